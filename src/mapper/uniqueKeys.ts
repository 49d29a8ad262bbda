/**
 * A model's unique keys: the column sets that name at most one row. `connectOrCreate` looks a
 * row up by one of them (`docs/graphql-surface.md`, "Nested writes").
 */
import type { TableColumn } from '../declare/index.js';
import type { TableDraft } from './draft.js';
import { findColumn } from './resolveTables.js';

/** Kinds a lookup cannot compare by value (as for primary keys, `resolveTables.ts`). */
const unkeyable = new Set(['set', 'largeBinary', 'json']);

/**
 * The primary key first, then each `Column(..., { unique: true })` in column order, then each
 * `UniqueConstraint([...])` in declaration order. A key repeated (a unique primary-key column, a
 * constraint over a column already unique) is kept once, where it first appears. A constraint
 * that names an unknown column is left out: `resolveTables` reported it.
 *
 * @example
 * // Table('tag', id: Column(Integer, { primaryKey: true }), name: Column(String(50), { unique: true }),
 * //   UniqueConstraint(['owner_id', 'slug']))
 * uniqueKeysOf(tag) // [[tag.id], [tag.name], [tag.owner_id, tag.slug]]
 */
export function uniqueKeysOf(table: TableDraft): TableColumn[][] {
  const keys: TableColumn[][] = [];
  const seen = new Set<string>();
  const add = (columns: readonly (TableColumn | undefined)[]) => {
    if (columns.length === 0 || columns.some((column) => column === undefined || unkeyable.has(column.type.kind))) return;
    const id = (columns as TableColumn[])
      .map((column) => column.name)
      .sort()
      .join('\u0000');
    if (seen.has(id)) return;
    seen.add(id);
    keys.push([...(columns as TableColumn[])]);
  };
  add(table.primaryKey);
  for (const column of table.columns) if (column.unique) add([column]);
  for (const constraint of table.decl.constraints) {
    if (constraint.kind === 'uniqueConstraint') add(constraint.columns.map((name) => findColumn(table.decl, name)));
  }
  return keys;
}
