/**
 * The server around the API: `npm start`'s bookstore answers its ready query from demo data on
 * every dialect, health and readiness endpoints, and a clean shutdown that lets requests in
 * flight finish. The `relgraph` command is tested in cli.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, createAll, createDriver, createHandler, createLogger, insertDemoDataFor, listen } from './serverFixtures.js';
import { readyQuery } from '../../examples/bookstore/server.js';
import Base from '../../examples/bookstore/models.js';
import { createTestDriver, DIALECTS, selectRows, type TestDriver } from '../support/index.js';

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
      const response = await yoga.fetch('http://x/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: readyQuery }),
      });
      const body = (await response.json()) as { data: { publishers: Array<{ name: string; books: unknown[] }> }; errors?: unknown };
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
    const running = await listen(createHandler(mapping, { driver, logging: false }), driver, {
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('silent'),
    });
    const base = running.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).text()).toBe('ready');
    // Close while a request is being served: it still gets its answer.
    const arrived = new Promise<void>((resolve) => running.server.once('request', () => resolve()));
    const inFlight = fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ books { id authors { id } } }' }),
    });
    await arrived;
    const closed = running.close();
    expect((await inFlight).status).toBe(200);
    await closed;
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
