/** Runs a SELECT built by `sql/` and decodes its rows: attribute values by column type, plus owner keys. */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import { includeAlias, includePrefix, keyAlias, linkPrefix } from '../sql/selectStatements.js';
import { rowDecoder } from '../rows/rowDecoder.js';
import { keyString, valueKeyString, type Row } from '../rows/Row.js';
import type { Select, WindowedSelect } from '../sql/statements.js';

export interface SelectResult {
  readonly rows: Row[];
  /** For each row, `keyString()` of the owner key it was selected for (`_rg_k*`); empty for plain selects. */
  readonly ownerKeys: string[];
  /** For each included to-one relationship, each row's related row, or null when there is none. */
  readonly included: Array<Array<Row | null>>;
  /** For each row, the link-table columns asked for (`linkColumns`), by attribute; empty when none were. */
  readonly links: Row[];
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
  linkColumns: readonly TableColumn[] = [],
): Promise<SelectResult> {
  const result = await executor.execute(dialect.render(statement));
  const count = result.rows.length;
  const rows: Row[] = new Array(count);
  const ownerKeys: string[] = keyColumns.length > 0 ? new Array(count) : [];
  const decode = rowDecoder(dialect, model, '');
  const joined = include.map((relationship, j) => ({
    decode: rowDecoder(dialect, relationship.target, includePrefix(j)),
    keys: relationship.target.primaryKey.map((column) => includeAlias(j, column.attribute)),
    rows: new Array<Row | null>(count),
  }));
  const aliases = keyColumns.map((_, i) => keyAlias(i));
  const links: Row[] = linkColumns.length > 0 ? new Array(count) : [];
  // Plain loops: an iterator per row was a fifth of this function's garbage on wide reads.
  for (let i = 0; i < count; i++) {
    const raw = result.rows[i]!;
    rows[i] = decode(raw);
    if (keyColumns.length === 1) ownerKeys[i] = valueKeyString(dialect.decode(keyColumns[0]!.type, raw[aliases[0]!]));
    else if (keyColumns.length > 1) ownerKeys[i] = keyString(keyColumns.map((column, k) => dialect.decode(column.type, raw[aliases[k]!])));
    for (let j = 0; j < joined.length; j++) {
      const join = joined[j]!;
      // The LEFT JOIN found no row when the target's key is NULL.
      join.rows[i] = join.keys.some((alias) => raw[alias] === null || raw[alias] === undefined) ? null : join.decode(raw);
    }
    if (linkColumns.length > 0) {
      const link: Record<string, unknown> = {};
      for (const column of linkColumns) {
        const value = raw[linkPrefix + column.attribute];
        link[column.attribute] = value === null || value === undefined ? null : dialect.decode(column.type, value);
      }
      links[i] = link;
    }
  }
  return { rows, ownerKeys, included: joined.map((join) => join.rows), links };
}
