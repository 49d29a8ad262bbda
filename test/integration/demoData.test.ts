/**
 * The bookstore's demo data in a real database: `createAll` makes the tables, `insertDemoData`
 * fills them in one transaction, and plain SQL reads back what arrived.
 */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/bookstore/models.js';
import { generateDemoData, insertDemoData, type DemoRow } from '../../examples/bookstore/demoData.js';
import type { Dialect } from '../../src/dialect/Dialect.js';
import type { Driver } from '../../src/dialect/Driver.js';
import { createAll } from '../../src/dialect/createAll.js';
import { configure, type MappedTable } from '../../src/index.js';
import { DIALECTS, recordStatements, withDatabase } from '../support/index.js';

const mapping = configure(Base);
const data = generateDemoData();

/** Plain SQL, without parameters; the bookstore's table names need no quoting on either dialect. */
async function query(driver: Driver, sql: string): Promise<ReadonlyArray<Record<string, unknown>>> {
  return (await driver.execute({ sql, params: [], kind: 'select' })).rows;
}

async function countRows(driver: Driver, table: string): Promise<number> {
  const [row] = await query(driver, `SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row?.['n']);
}

/** The same driver, with a dialect that accepts at most `maxBindParameters` placeholders. */
function withBindLimit(driver: Driver, maxBindParameters: number): Driver {
  const original = driver.dialect;
  // The dialect may be frozen, so the proxy forwards to it from an empty target.
  const dialect = new Proxy(
    {},
    {
      get(_, property) {
        if (property === 'capabilities') return { ...original.capabilities, maxBindParameters };
        const value: unknown = Reflect.get(original, property);
        return typeof value === 'function' ? value.bind(original) : value;
      },
    },
  ) as Dialect;
  return {
    dialect,
    execute: (compiled) => driver.execute(compiled),
    transaction: (work) => driver.transaction(work),
    close: () => driver.close(),
  };
}

function byPrimaryKey(table: MappedTable): (a: DemoRow, b: DemoRow) => number {
  return (a, b) => {
    for (const column of table.primaryKey) {
      const difference = (a[column.name] as number) - (b[column.name] as number);
      if (difference !== 0) return difference;
    }
    return 0;
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: bookstore demo data`, () => {
    it('inserts every demo row, as the row counts show', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        const counts = await insertDemoData(mapping, driver, data);
        for (const { table, rows } of data.tables) {
          expect(counts[table], table).toBe(rows.length);
          expect(await countRows(driver, table), table).toBe(rows.length);
        }
        const [joined] = await query(
          driver,
          'SELECT COUNT(*) AS n FROM order_line JOIN customer_order ON customer_order.id = order_line.order_id JOIN book ON book.id = order_line.book_id JOIN customer ON customer.id = customer_order.customer_id',
        );
        expect(Number(joined?.['n'])).toBe(data.tables.find((t) => t.table === 'order_line')!.rows.length);
      });
    });

    it('reads back the values it wrote, column by column', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        await insertDemoData(mapping, driver, data);
        for (const { table: name, rows } of data.tables) {
          const table = mapping.table(name)!;
          const order = table.primaryKey.map((column) => column.name).join(', ');
          const stored = (await query(driver, `SELECT * FROM ${name} ORDER BY ${order}`)).map((row) =>
            Object.fromEntries(
              table.columns.map((column) => {
                const value = row[column.name];
                return [column.name, value === null ? null : driver.dialect.decode(column.type, value)];
              }),
            ),
          );
          expect(stored, name).toEqual([...rows].sort(byPrimaryKey(table)));
        }
      });
    });

    it('writes in one transaction, as multi-row inserts within the bind-parameter limit', async () => {
      const log = recordStatements();
      await withDatabase(
        dialect,
        async (driver) => {
          await createAll(mapping, driver);
          log.clear();
          const limit = 100;
          await insertDemoData(mapping, withBindLimit(driver, limit), data);
          const expected = data.tables.reduce((sum, { table, rows }) => {
            const perInsert = Math.floor(limit / mapping.table(table)!.columns.length);
            return sum + Math.ceil(rows.length / perInsert);
          }, 0);
          expect(log.inserts).toHaveLength(expected);
          for (const insert of log.inserts) expect(insert.params.length).toBeLessThanOrEqual(limit);
          expect(log.transactionControl.map((event) => event.sql.split(' ')[0]!.toUpperCase())).toEqual([
            expect.stringMatching(/^(BEGIN|START)$/),
            'COMMIT',
          ]);
          for (const { table, rows } of data.tables) expect(await countRows(driver, table), table).toBe(rows.length);
        },
        { onStatement: log.onStatement },
      );
    });

    it('writes nothing when a row fails', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        const broken = {
          seed: data.seed,
          tables: data.tables.map(({ table, rows }) =>
            table === 'review'
              ? { table, rows: rows.map((row, i) => (i === rows.length - 1 ? { ...row, book_id: 9999 } : row)) }
              : { table, rows },
          ),
        };
        await expect(insertDemoData(mapping, driver, broken)).rejects.toThrow();
        for (const { table } of data.tables) expect(await countRows(driver, table), table).toBe(0);
      });
    });
  });
}
