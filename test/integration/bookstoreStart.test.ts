/**
 * `npm start` on a database an older bookstore made: the example refuses it with one message
 * naming what is missing and how to start afresh, instead of serving errors on every request.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Base from '../../examples/bookstore/models.js';
import { BookstoreDatabaseError, startBookstore } from '../../examples/bookstore/server.js';
import { configure, createAll, createDriver, createLogger } from '../../src/index.js';
import { sqliteFor } from '../support/requireDialect.js';

const sqlite = sqliteFor('bookstore start-up check');
describe.runIf(sqlite)('bookstore: starting on an older demo database', () => {
  const directories: string[] = [];
  afterAll(() => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

  it('refuses a database without a column the models declare, naming it, and writes nothing', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'rg-bookstore-'));
    directories.push(directory);
    const url = `sqlite:${path.join(directory, 'old.db')}`;
    const setup = await createDriver(url);
    await createAll(configure(Base), setup);
    // What a bookstore database from before optimistic locking looks like.
    await setup.execute({ sql: 'ALTER TABLE customer_order DROP COLUMN version', params: [], kind: 'ddl' });
    await setup.close();

    const started = startBookstore({ databaseUrl: url, port: 0, host: '127.0.0.1', logger: createLogger('silent') });
    await expect(started).rejects.toThrow(BookstoreDatabaseError);
    await expect(started).rejects.toThrow('table "customer_order" has no column "version" (Order.version)');

    const after = await createDriver(url);
    try {
      const { rows } = await after.execute({ sql: 'SELECT COUNT(*) AS n FROM customer_order', params: [], kind: 'select' });
      expect(rows[0]!['n']).toBe(0);
    } finally {
      await after.close();
    }
  });
});
