/**
 * What every mounting example exports (`start(options)` → a running server with `close()`),
 * and how each one runs on its own: `npx tsx --conditions=relgraph-source examples/mounting/express.ts`
 * serves the blog on SQLite in memory, with its tables created and a few rows in them.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createAll, createDriver, Session, type Driver } from 'relgraph';
import { Author, mapping, Post, Tag } from './models.js';

export interface ExampleOptions {
  /** The database; the running example owns it from here on, and `close()` closes it. */
  readonly driver: Driver;
  /** 0 picks a free port; `url` says which. */
  readonly port: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
}

export interface RunningExample {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string;
  /** Stops accepting, lets the requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

export type StartExample = (options: ExampleOptions) => Promise<RunningExample>;

/**
 * Whether the module is the program's entry point (run with tsx), not imported by a test.
 *
 * @example
 * if (isEntryPoint(import.meta.url)) await runExample('Express', startExpress);
 */
export function isEntryPoint(moduleUrl: string): boolean {
  return moduleUrl === pathToFileURL(process.argv[1] ?? '').href;
}

/**
 * Starts an example on SQLite in memory with the blog's tables and a few rows, on `PORT`
 * (default 4000), prints how to call it, and closes it on Ctrl+C.
 *
 * @example
 * await runExample('Express', startExpress);
 */
export async function runExample(name: string, start: StartExample): Promise<void> {
  const driver = await createDriver('sqlite::memory:');
  await createAll(mapping, driver);
  await insertSampleRows(driver);
  const running = await start({ driver, port: Number(process.env.PORT ?? 4000) });
  process.stdout.write(
    [
      `The blog, mounted in ${name}: ${running.url}`,
      'Readers see published posts; editors see drafts too and may write. Try:',
      `  curl -s ${running.url} -H 'content-type: application/json' -d '{"query":"{ posts { title published tags { name } } }"}'`,
      `  curl -s ${running.url} -H 'content-type: application/json' -H 'authorization: Bearer editor-secret' -d '{"query":"{ posts { title published } }"}'`,
      'Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}

/** Two authors, a published post and a draft, two tags — written through relgraph's unit of work. */
export async function insertSampleRows(driver: Driver): Promise<void> {
  const session = new Session({ mapping, executor: driver, dialect: driver.dialect });
  const ada = new Author({ name: 'Ada', email: 'ada@example.com' });
  const grace = new Author({ name: 'Grace', email: 'grace@example.com' });
  const sql = new Tag({ name: 'sql' });
  const graphql = new Tag({ name: 'graphql' });
  const published = new Post({ title: 'Joins without tears', body: 'One statement per level.', published: true, author: ada });
  const draft = new Post({ title: 'Transactions, unfinished', body: 'All or nothing.', published: false, author: grace });
  published.tags.push(sql, graphql);
  draft.tags.push(sql);
  for (const instance of [ada, grace, sql, graphql, published, draft]) session.add(instance);
  await session.commit();
}

/**
 * The URL of a listening Node server's endpoint.
 *
 * @example
 * endpointUrl(server, '/graphql'); // 'http://127.0.0.1:43121/graphql'
 */
export function endpointUrl(server: Server, path: string): string {
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${path}`;
}

/**
 * Stops a Node server the way a deploy wants it stopped: no new connections, idle keep-alive
 * connections closed now, requests in flight answered — then the database closed, once nothing
 * can use it any more.
 *
 * @example
 * return { url, close: () => closeServer(server, driver) };
 */
export async function closeServer(server: Server, driver: Driver): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  server.closeIdleConnections();
  await closed;
  await driver.close();
}
