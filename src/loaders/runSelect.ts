/** Runs a SELECT built by `sql/` and decodes its rows: attribute values by column type, plus owner keys. */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedModel } from '../mapper/index.js';
import { keyAlias } from '../sql/selectStatements.js';
import type { Select, WindowedSelect } from '../sql/statements.js';

/** A row as relgraph hands it around: column values keyed by attribute name. */
export type Row = Readonly<Record<string, unknown>>;

export interface KeyedRow {
  readonly row: Row;
  /** The owner key the row was selected for (`_rg_k*`), decoded; empty for plain selects. */
  readonly key: readonly unknown[];
}

export async function runSelect(
  executor: Executor,
  dialect: Dialect,
  statement: Select | WindowedSelect,
  model: MappedModel,
  keyColumns: readonly TableColumn[] = [],
): Promise<KeyedRow[]> {
  const result = await executor.execute(dialect.render(statement));
  return result.rows.map((raw) => ({
    row: decodeRow(dialect, model, raw),
    key: keyColumns.map((column, i) => dialect.decode(column.type, raw[keyAlias(i)])),
  }));
}

export function decodeRow(dialect: Dialect, model: MappedModel, raw: Record<string, unknown>): Row {
  const row: Record<string, unknown> = {};
  for (const column of model.columns) row[column.attribute] = dialect.decode(column.type, raw[column.attribute]);
  return row;
}

/**
 * A stable string for a key tuple, so that `1`, `"1"`-free numbers, strings and dates compare
 * by value (DataLoader's cache key, and grouping rows by owner).
 */
export function keyString(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v)));
}

export function keyOf(row: Row, columns: readonly TableColumn[]): unknown[] {
  return columns.map((column) => row[column.attribute]);
}
