import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../src/dialect/createDriver.js';
import { sqliteFilename } from '../../src/dialect/createDriver.js';
import { DIALECTS } from './dialects.js';
import { countServerSelects } from './serverCounters.js';
import { createTestDriver, withDatabase } from './testDatabase.js';

const createTable = { sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY)', params: [], kind: 'ddl' } as const;
const selectOne = { sql: 'SELECT 1 AS one', params: [], kind: 'select' } as const;

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: test databases`, () => {
    it('gives each test driver a database of its own', async () => {
      await withDatabase(dialect, async (first) => {
        await first.execute(createTable);
        await withDatabase(dialect, async (second) => {
          await expect(second.execute(createTable)).resolves.toBeDefined();
        });
      });
    });

    it('drops the database afterwards, even when the test fails', async () => {
      let url = '';
      await expect(
        withDatabase(
          dialect,
          async (driver) => {
            url = driver.url;
            await driver.execute(selectOne);
            throw new Error('test failed');
          },
          { file: true },
        ),
      ).rejects.toThrow('test failed');
      if (dialect.admin) {
        const name = new URL(url).pathname.slice(1);
        expect(await dialect.admin.query('SHOW DATABASES LIKE ?', [name])).toEqual([]);
      } else {
        expect(existsSync(sqliteFilename(url))).toBe(false);
      }
    });
  });
}

for (const dialect of DIALECTS.filter((d) => d.admin)) {
  describe(`${dialect.name}: server counters`, () => {
    it('counts the SELECTs the server ran on a one-connection driver', async () => {
      const driver = await createTestDriver(dialect, { connectionLimit: 1 });
      try {
        expect(
          await countServerSelects(driver, async () => {
            await driver.execute(selectOne);
            await driver.execute(selectOne);
          }),
        ).toBe(2);
        expect(await countServerSelects(driver, async () => undefined)).toBe(0);
      } finally {
        await driver.drop();
      }
    });

    it('connects tests as the app user, who can reach only rg_ databases', async () => {
      await withDatabase(dialect, async (driver) => {
        const { rows } = await driver.execute({ sql: 'SELECT CURRENT_USER() AS `user`', params: [], kind: 'select' });
        if (new URL(driver.url).username === 'app') {
          expect(rows[0]!['user']).toBe('app@127.0.0.1');
          const other = new URL(driver.url);
          other.pathname = '/mysql';
          await expect(createDriver(other.toString())).rejects.toThrow(/Access denied/);
        }
      });
    });
  });
}
