/**
 * A mutation whose reruns are spent on lock waits answers TRANSACTION_CONFLICT ("nothing was
 * written, send it again"), not an unexpected error: on MariaDB, another connection holds the
 * row past the lock-wait timeout for every attempt. Through relgraph.execute (one unit of work
 * per operation) and through graphql-js's own execute (one per mutation field).
 */
import { execute as graphqlExecute, parse, type ExecutionResult } from 'graphql';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, Integer, String as Str, declarativeBase } from '../../src/declare/index.js';
import { createRelgraph } from '../../src/server/createRelgraph.js';
import { configure } from '../../src/session/configure.js';
import { createTestDriver, insertRows, selectRows, type TestDriver } from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';
import { createAll } from './serverFixtures.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
});
const mapping = configure(Base);

const mariadb = mariadbFor('mariadb: TRANSACTION_CONFLICT after the last rerun');
describe.skipIf(!mariadb)('mariadb: TRANSACTION_CONFLICT after the last rerun', () => {
  let driver: TestDriver;

  beforeAll(async () => {
    // A one-second lock wait, so that two attempts fail within seconds.
    driver = await createTestDriver(mariadb!, { lockWaitTimeoutSeconds: 1 });
    await createAll(mapping, driver);
    await insertRows(driver, 'parent', [{ id: 1, name: 'before' }]);
  });
  afterAll(() => driver?.drop());

  it.each(['relgraph.execute', 'graphql-js execute'] as const)(
    'answers TRANSACTION_CONFLICT at the field, writes nothing, after every attempt met the lock (%s)',
    async (via) => {
      let retries = 0;
      const relgraph = createRelgraph(mapping, { driver, retry: { attempts: 2, minDelayMs: 1, maxDelayMs: 5 }, onRetry: () => retries++ });
      const holder = await createConnection(driver.url);
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT id FROM parent WHERE id = 1 FOR UPDATE');
        const run = via === 'relgraph.execute' ? relgraph.execute : graphqlExecute;
        const result = (await run({
          schema: relgraph.schema,
          document: parse('mutation { updateParent(id: 1, input: { name: "after" }) { id name } }'),
          contextValue: relgraph.createContext(),
        })) as ExecutionResult;
        expect(result.data?.updateParent ?? null).toBeNull();
        expect(result.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['TRANSACTION_CONFLICT', ['updateParent']]]);
        expect(result.errors?.[0]?.message).toBe(
          'The mutation met concurrent writes to the same rows in each of its 2 attempts and was rolled back each time; nothing was written. Send it again.',
        );
        expect(retries).toBe(1);
      } finally {
        await holder.query('ROLLBACK');
        await holder.end();
      }
      expect(await selectRows(driver, 'SELECT name FROM parent WHERE id = 1')).toEqual([{ name: 'before' }]);
    },
    30_000,
  );
});
