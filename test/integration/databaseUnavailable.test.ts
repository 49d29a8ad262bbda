/**
 * A database that cannot be reached. `createDriver` says so in one sentence that names the URL
 * without its password; while serving, queries and mutations answer `DATABASE_UNAVAILABLE` with
 * HTTP 503 and `Retry-After` and nothing internal, the same handler answers again once the
 * database is back, and `/ready` follows the database while `/health` stays up.
 */
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ConnectionUnavailableError } from '../../src/dialect/Semaphore.js';
import { DatabaseUnavailableError } from '../../src/errors/DatabaseUnavailableError.js';
import { DatabaseUrlError } from '../../src/errors/DatabaseUrlError.js';
import { startMariadb, type MariadbServer } from '../support/mariadbServer.js';
import { createTestDriver, DIALECTS, insertRows, selectRows, type TestDriver } from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';
import { configure, createAll, createDriver, createHandler, createLogger, listen } from './serverFixtures.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
const mapping = configure(Base);

const query = '{ parents { id name children { name } } }';
const mutation = 'mutation { createParent(input: { name: "new" }) { id name } }';
const clientMessage = 'The database is unavailable. Try again later.';

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly text: string;
  readonly body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(yoga: ReturnType<typeof createHandler>, document: string): Promise<Answer> {
  const response = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document }),
  });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text, body: JSON.parse(text) as Answer['body'] };
}

/** The answer a request gets while the database is unavailable: 503, Retry-After, the code, and nothing else. */
function expectUnavailable(answer: Answer, retryAfter: string, internals: RegExp) {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe(retryAfter);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  for (const error of answer.body.errors!) {
    expect(error.message).toBe(clientMessage);
    // `http` told yoga the status and header; it is not sent to the client.
    expect(error.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
  }
  expect(answer.text).not.toMatch(internals);
}

/** Polls `check` until it holds; fails after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}.`);
}

/** A loopback port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port was assigned.'))));
    });
  });
}

describe('createDriver: a MySQL server that is not there', () => {
  it('throws DatabaseUnavailableError naming the URL with the password hidden', async () => {
    const port = await freePort();
    const error = await createDriver(`mysql://app:Sekr3t-pw@127.0.0.1:${port}/shop?connectTimeout=1000`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toBe(
      `The database URL (--db or DATABASE_URL) points at mysql://app:***@127.0.0.1:${port}/shop, but nothing accepts connections there (ECONNREFUSED); start the database, or fix the host and port in the URL.`,
    );
    // Not in the message, nor anywhere in what a log would print: stack, cause, properties.
    expect(inspect(error, { depth: 5 })).not.toContain('Sekr3t');
    expect(JSON.stringify(error)).not.toContain('Sekr3t');
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: every connection busy`, () => {
    let driver: TestDriver;
    beforeAll(async () => {
      driver = await createTestDriver(dialect, { connectionLimit: 1, acquireTimeoutMs: 200, queueLimit: 5 });
      await createAll(mapping, driver);
      await insertRows(driver, 'parent', [{ id: 1, name: 'p1' }]);
    });
    afterAll(() => driver?.drop());

    it('answers queries and mutations DATABASE_UNAVAILABLE with 503 and Retry-After until a connection is free', async () => {
      const internals = /mysql|mariadb|sqlite|connectionLimit|acquire|timed out|stack|originalError|Unexpected/i;
      for (const production of [false, true]) {
        // What a logging plugin sees: the operator's error, behind the short one the client gets.
        const seen: unknown[] = [];
        const useSeen: Plugin = {
          onExecutionResult({ result }) {
            for (const error of (result as { errors?: GraphQLError[] }).errors ?? []) seen.push((error.originalError ?? error) as unknown);
          },
        };
        const yoga = createHandler(mapping, { driver, logging: false, production, plugins: [useSeen] });
        let release!: () => void;
        const holding = driver.transaction(() => new Promise<void>((resolve) => (release = resolve)));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expectUnavailable(await post(yoga, query), '1', internals);
        expectUnavailable(await post(yoga, mutation), '1', internals);
        expect(seen.map((error) => (error as { cause?: unknown }).cause)).toEqual([
          expect.any(ConnectionUnavailableError),
          expect.any(ConnectionUnavailableError),
        ]);
        expect(JSON.stringify(seen)).not.toMatch(/acquire|connection/i);
        release();
        await holding;
        const after = await post(yoga, query);
        expect(after.status).toBe(200);
        expect(after.body).toMatchObject({ data: { parents: [{ id: 1, name: 'p1', children: [] }] } });
        expect(after.body.errors).toBeUndefined();
      }
      expect(await selectRows(driver, 'SELECT name FROM parent ORDER BY id')).toEqual([{ name: 'p1' }]);
    });
  });
}

const mariadb = mariadbFor('mariadb: a server that goes down and comes back');

describe.skipIf(!mariadb)('mariadb: a server that goes down and comes back', () => {
  const password = 'Sekr3t-pw';
  let server: MariadbServer;
  let url: string;

  beforeAll(async () => {
    server = await startMariadb();
    const admin = await createConnection({ host: '127.0.0.1', port: server.port, user: 'root' });
    try {
      await admin.query('CREATE DATABASE `rg_down` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await admin.query(`CREATE USER 'outage'@'127.0.0.1' IDENTIFIED BY '${password}'`);
      await admin.query("GRANT ALL PRIVILEGES ON `rg_down`.* TO 'outage'@'127.0.0.1'");
    } finally {
      await admin.end();
    }
    url = `mysql://outage:${password}@127.0.0.1:${server.port}/rg_down`;
  }, 120_000);
  afterAll(() => server?.stop());

  it('refuses a wrong password or an unknown database as a usage error, password hidden', async () => {
    const wrong = await createDriver(url.replace(password, 'not-it')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(wrong).toBeInstanceOf(DatabaseUrlError);
    expect((wrong as Error).message).toBe(
      `The database URL (--db or DATABASE_URL) points at mysql://outage:***@127.0.0.1:${server.port}/rg_down, but the server refused the user name and password (1045 Access denied); fix the user and password in the URL (percent-encoded), or the account on the server.`,
    );
    expect(inspect(wrong, { depth: 5 })).not.toContain('not-it');
    const unknown = await createDriver(url.replace('rg_down', 'rg_nowhere')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(unknown).toBeInstanceOf(DatabaseUrlError);
    expect((unknown as Error).message).toContain(
      '/rg_nowhere, but the user may not use that database (1044 Access denied); grant the user access to it, or fix the database name in the URL.',
    );
  });

  it('answers 503 with Retry-After while it is down, serves again without a restart, and /ready follows it', async () => {
    const driver = await createDriver(url, { connectTimeoutMs: 1000 });
    await createAll(mapping, driver);
    await insertRows(driver, 'parent', [{ id: 1, name: 'p1' }]);
    const yoga = createHandler(mapping, { driver, logging: false, production: true });
    const running = await listen(yoga, driver, { port: 0, host: '127.0.0.1', logger: createLogger('silent') });
    const base = running.url.replace(/\/graphql$/, '');
    const status = async (path: string) => (await fetch(`${base}${path}`)).status;
    const internals = new RegExp(
      `mysql|mariadb|127\\.0\\.0\\.1|${server.port}|outage|${password}|rg_down|ECONN|PROTOCOL_|errno|stack|originalError`,
      'i',
    );
    try {
      expect((await post(yoga, query)).status).toBe(200);
      expect(await status('/ready')).toBe(200);

      const restarting = server.restart('shutdown', 4000);
      await until('/ready answers 503', async () => (await status('/ready')) === 503);
      expect(await status('/health')).toBe(200);
      expectUnavailable(await post(yoga, query), '5', internals);
      expectUnavailable(await post(yoga, mutation), '5', internals);
      const refused = await createDriver(url).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(DatabaseUnavailableError);
      expect((refused as Error).message).toContain(`mysql://outage:***@127.0.0.1:${server.port}/rg_down, but `);
      expect(inspect(refused, { depth: 5 })).not.toContain(password);
      expect(await status('/health')).toBe(200);

      await restarting;
      await until('/ready answers 200', async () => (await status('/ready')) === 200);
      const read = await post(yoga, query);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ data: { parents: [{ id: 1, name: 'p1', children: [] }] } });
      expect(read.body.errors).toBeUndefined();
      const write = await post(yoga, mutation);
      expect(write.status).toBe(200);
      expect(write.body).toMatchObject({ data: { createParent: { id: 2, name: 'new' } } });
      expect(write.body.errors).toBeUndefined();
      // The mutations sent while it was down wrote nothing.
      expect(await selectRows(driver, 'SELECT name FROM parent ORDER BY id')).toEqual([{ name: 'p1' }, { name: 'new' }]);
    } finally {
      await running.close();
    }
  }, 120_000);
});
