/**
 * Runs a `SELECT` of key columns aliased `rowKeyAlias(i)` (`sql/flushSelects.ts`) and decodes
 * each row into its tuple: how a delete preview lists the rows a set-based write would change,
 * and how the flush names them to subscribers just before it changes them.
 */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import { rowKeyAlias } from '../sql/flushSelects.js';
import type { Select } from '../sql/statements.js';

export async function readRowKeys(
  target: { readonly executor: Executor; readonly dialect: Dialect },
  select: Select,
  columns: readonly TableColumn[],
): Promise<unknown[][]> {
  const result = await target.executor.execute(target.dialect.render(select));
  return result.rows.map((raw) =>
    columns.map((column, i) => {
      const value = raw[rowKeyAlias(i)];
      return value === null || value === undefined ? null : target.dialect.decode(column.type, value);
    }),
  );
}
