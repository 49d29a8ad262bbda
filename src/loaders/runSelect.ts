/** Runs a SELECT built by `sql/` and decodes its rows: attribute values by column type, plus owner keys. */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import { includeAlias, keyAlias } from '../sql/selectStatements.js';
import type { Select, WindowedSelect } from '../sql/statements.js';

/** A row as relgraph hands it around: column values keyed by attribute name. */
export type Row = Readonly<Record<string, unknown>>;

export interface SelectResult {
  readonly rows: Row[];
  /** For each row, `keyString()` of the owner key it was selected for (`_rg_k*`); empty for plain selects. */
  readonly ownerKeys: string[];
  /** For each included to-one relationship, each row's related row, or null when there is none. */
  readonly included: Array<Array<Row | null>>;
}

/**
 * Decodes as it goes, with no object per row beyond the row itself: on a wide fan-out the
 * read path allocates little besides what the response needs.
 */
export async function runSelect(
  executor: Executor,
  dialect: Dialect,
  statement: Select | WindowedSelect,
  model: MappedModel,
  keyColumns: readonly TableColumn[] = [],
  include: readonly MappedRelationship[] = [],
): Promise<SelectResult> {
  const result = await executor.execute(dialect.render(statement));
  const rows: Row[] = new Array(result.rows.length);
  const ownerKeys: string[] = keyColumns.length > 0 ? new Array(result.rows.length) : [];
  const included = include.map(() => new Array<Row | null>(result.rows.length));
  const aliases = keyColumns.map((_, i) => keyAlias(i));
  for (let i = 0; i < result.rows.length; i++) {
    const raw = result.rows[i]!;
    rows[i] = decodeRow(dialect, model, raw);
    if (keyColumns.length === 1) ownerKeys[i] = keyString([dialect.decode(keyColumns[0]!.type, raw[aliases[0]!])]);
    else if (keyColumns.length > 1) ownerKeys[i] = keyString(keyColumns.map((column, k) => dialect.decode(column.type, raw[aliases[k]!])));
    for (const [j, relationship] of include.entries()) included[j]![i] = decodeIncluded(dialect, relationship.target, raw, j);
  }
  return { rows, ownerKeys, included };
}

/** The joined row of the `j`th included relationship, or null when the LEFT JOIN found none. */
function decodeIncluded(dialect: Dialect, model: MappedModel, raw: Record<string, unknown>, j: number): Row | null {
  if (model.primaryKey.some((column) => raw[includeAlias(j, column.attribute)] === null || raw[includeAlias(j, column.attribute)] === undefined)) return null;
  const row: Record<string, unknown> = {};
  for (const column of model.columns) row[column.attribute] = dialect.decode(column.type, raw[includeAlias(j, column.attribute)]);
  return row;
}

export function decodeRow(dialect: Dialect, model: MappedModel, raw: Record<string, unknown>): Row {
  const row: Record<string, unknown> = {};
  for (const column of model.columns) row[column.attribute] = dialect.decode(column.type, raw[column.attribute]);
  return row;
}

/**
 * A stable string for a key tuple, so that keys compare by value: DataLoader's cache key, and
 * the grouping of related rows by owner. One number or string — the usual key — takes a short
 * path; anything else is JSON (which starts with `[`, so the two never meet).
 *
 * @example
 * keyString([7])          // 'n7'
 * keyString(['ab'])       // 'sab'
 * keyString([1, 'x'])     // '[1,"x"]'
 */
export function keyString(values: readonly unknown[]): string {
  if (values.length === 1) {
    const value = values[0];
    if (typeof value === 'number') return `n${value}`;
    if (typeof value === 'string') return `s${value}`;
  }
  return JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v)));
}

export function keyOf(row: Row, columns: readonly TableColumn[]): unknown[] {
  return columns.map((column) => row[column.attribute]);
}
