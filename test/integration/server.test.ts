/**
 * The server around the API: `npm start`'s bookstore answers its ready query from demo data on
 * every dialect, health and readiness endpoints, a clean shutdown that lets requests in
 * flight finish, and the `relgraph` CLI (generate, create-tables, bad usage).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, createAll, createDriver, createHandler, createLogger, insertDemoDataFor, listen } from './serverFixtures.js';
import { readyQuery } from '../../examples/bookstore/server.js';
import Base from '../../examples/bookstore/models.js';
import { createTestDriver, DIALECTS, selectRows, type TestDriver } from '../support/index.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['--conditions=relgraph-source', 'scripts/relgraph-dev.mjs', ...args], { cwd: process.cwd() });

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the bookstore server`, () => {
    let driver: TestDriver;

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      const mapping = configure(Base);
      await createAll(mapping, driver);
      await insertDemoDataFor(mapping, driver);
    });
    afterAll(() => driver?.drop());

    it('answers the ready query of GraphiQL with the demo data', async () => {
      const yoga = createHandler(configure(Base), { driver, logging: false });
      const response = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: readyQuery }) });
      const body = await response.json() as { data: { publishers: Array<{ name: string; books: unknown[] }> }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      const names = (await selectRows(driver, 'SELECT name FROM publisher ORDER BY name')).map((row) => row.name);
      expect(body.data.publishers.map((p) => p.name)).toEqual(names.slice(0, 3));
      expect(body.data.publishers.every((p) => p.books.length > 0)).toBe(true);
    });
  });
}

describe('serving over HTTP', () => {
  it('reports health and readiness, and finishes a request in flight on shutdown', async () => {
    const driver = await createDriver('sqlite::memory:');
    const mapping = configure(Base);
    await createAll(mapping, driver);
    const running = await listen(createHandler(mapping, { driver, logging: false }), driver, { port: 0, host: '127.0.0.1', logger: createLogger('silent') });
    const base = running.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).text()).toBe('ready');
    // Close while a request is being served: it still gets its answer.
    const arrived = new Promise<void>((resolve) => running.server.once('request', () => resolve()));
    const inFlight = fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ books { id authors { id } } }' }) });
    await arrived;
    const closed = running.close();
    expect((await inFlight).status).toBe(200);
    await closed;
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});

describe('the relgraph CLI', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'rg-cli-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('prints the SDL that the golden file holds', async () => {
    const { stdout } = await cli('generate', 'examples/seed/one-to-many.ts');
    expect(stdout).toBe(await readFile('examples/seed/one-to-many.graphql', 'utf8'));
  });

  it('writes the SDL to --out', async () => {
    const out = path.join(directory, 'schema.graphql');
    await cli('generate', 'examples/bookstore/models.ts', '--out', out);
    expect(await readFile(out, 'utf8')).toBe(await readFile('schema/schema.graphql', 'utf8'));
  });

  it('creates the tables, and leaves them alone the second time', async () => {
    const db = `sqlite:${path.join(directory, 'cli.db')}`;
    const first = await cli('create-tables', 'examples/seed/many-to-many.ts', '--db', db);
    expect(first.stderr).toContain('created left, right, association');
    const second = await cli('create-tables', 'examples/seed/many-to-many.ts', '--db', db);
    expect(second.stderr).toContain('every table exists already');
  });

  it('exits with 2 and the usage on a bad command line', async () => {
    const failure = await cli('generate').catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('Expected one models module, but got 0.');
    const unknown = await cli('frobnicate').catch((error: { code: number; stderr: string }) => error);
    expect(unknown).toMatchObject({ code: 2 });
  });

  it('exits with 1 and every problem when the declarations are wrong', async () => {
    const file = path.join(directory, 'bad.mts');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, `
import { Column, Integer, declarativeBase, relationship } from '${path.resolve('src/index.ts')}';
const Base = declarativeBase();
Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), children: relationship('Chld') });
export default Base;
`));
    const failure = await cli('generate', file).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('Parent.children: the target "Chld" is not a declared model.');
  });
});
