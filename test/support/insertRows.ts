/** Fills and empties tables with plain statements, outside relgraph's session: fixtures for tests. */
import type { Driver } from '../../src/dialect/Driver.js';
import { val } from '../../src/sql/build.js';

/**
 * @example
 * await insertRows(driver, 'child', [{ id: 1, parent_id: 1, name: 'c1' }]);
 */
export async function insertRows(driver: Driver, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(driver.dialect.capabilities.maxBindParameters / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    await driver.execute(
      driver.dialect.render({
        kind: 'insert',
        table,
        columns,
        rows: part.map((row) => columns.map((column) => val(row[column]))),
        onConflict: 'error',
        returning: [],
      }),
    );
  }
}

/**
 * Empties tables, in the order given (the rows that reference others first), outside relgraph.
 *
 * @example
 * await deleteRows(driver, ['parent_tag', 'tag', 'parent']);
 */
export async function deleteRows(driver: Driver, tables: readonly string[]): Promise<void> {
  const quote = (name: string) => (driver.dialect.name === 'mysql' ? `\`${name}\`` : `"${name}"`);
  for (const table of tables) await driver.execute({ sql: `DELETE FROM ${quote(table)}`, params: [], kind: 'delete' });
}

/** Runs a hand-written SELECT and returns its rows. */
export async function selectRows(driver: Driver, sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const result = await driver.execute({ sql, params, kind: 'select' });
  return result.rows.map((row) => ({ ...row }));
}
