/**
 * The SELECTs of the write path: rows locked before they are written, the links a `secondary`
 * table already holds, and the rows a flush preview lists. Beside `writeStatements.ts`, whose
 * WHERE the preview's reads share.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedModel, MappedTable } from '../mapper/index.js';
import { col, inList, select } from './build.js';
import { selectByKeys } from './selectStatements.js';
import type { Expr, Select } from './statements.js';
import { matchWhere, type RowMatch, typedRows } from './writeStatements.js';

/**
 * Rows of `model` by primary key, locked until the transaction ends: `selectByKeys` with
 * `FOR UPDATE` (where the dialect has row locks; SQLite's single writer needs none).
 *
 * @example
 * lockRows(Parent, [[1], [2]])
 * // mysql:  SELECT `t0`.`id` AS `id`, ..., `t0`.`id` AS `_rg_k0` FROM `parent` AS `t0` WHERE `t0`.`id` IN (?, ?) FOR UPDATE
 * // sqlite: SELECT "t0"."id" AS "id", ..., "t0"."id" AS "_rg_k0" FROM "parent" AS "t0" WHERE "t0"."id" IN (?, ?)
 */
export function lockRows(model: MappedModel, keys: ReadonlyArray<readonly unknown[]>): Select {
  return { ...selectByKeys(model, model.primaryKey, keys), lock: 'update' };
}

/** The alias of the `i`th link column in `selectExistingLinks`' rows: `l0`, `l1`, ... */
export function linkAlias(i: number): string {
  return `l${i}`;
}

/**
 * Which of `pairs` (tuples in `columns` order) a `secondary` table holds: its link columns as
 * `linkAlias(i)`. Not a locking read.
 *
 * @example
 * selectExistingLinks(association, [association.left_id, association.right_id], [[1, 7], [1, 8]])
 * // SELECT t0.left_id AS l0, t0.right_id AS l1 FROM association AS t0 WHERE (t0.left_id = ? AND t0.right_id IN (?, ?))
 * // (mysql quotes with backquotes, sqlite with double quotes)
 */
export function selectExistingLinks(
  secondary: MappedTable,
  columns: readonly TableColumn[],
  pairs: ReadonlyArray<readonly unknown[]>,
): Select {
  const refs = columns.map((column) => col('t0', column.name));
  return select(
    { table: secondary.name, alias: 't0' },
    refs.map((expr, i) => ({ expr, alias: linkAlias(i) })),
    { where: inList(refs, typedRows(columns, pairs)) },
  );
}

/** The alias of the `i`th key column in the rows of `selectRowKeys` and `selectRowKeysIn`: `k0`, `k1`, ... */
export function rowKeyAlias(i: number): string {
  return `k${i}`;
}

/**
 * The `keyColumns` of the rows a set-based write would change (the same WHERE as
 * `clearReferences` and `deleteReferences`), in key order, as `rowKeyAlias(i)`.
 *
 * @example
 * selectRowKeys(child, [Child.id], { equal: [[Child.parent_id, 1]] })
 * // mysql:  SELECT `child`.`id` AS `k0` FROM `child` AS `child` WHERE `child`.`parent_id` = ? ORDER BY `child`.`id` ASC
 * // sqlite: SELECT "child"."id" AS "k0" FROM "child" AS "child" WHERE "child"."parent_id" = ? ORDER BY "child"."id" ASC
 */
export function selectRowKeys(table: MappedTable, keyColumns: readonly TableColumn[], match: RowMatch): Select {
  return selectKeysWhere(table, keyColumns, matchWhere(table.name, match));
}

/**
 * The `keyColumns` of the rows whose `columns` take one of `values` (tuples in column order), in
 * key order: the rows that reference some deleted rows through a foreign key.
 *
 * @example
 * selectRowKeysIn(child, [Child.id], [Child.parent_id], [[1], [2]])
 * // SELECT child.id AS k0 FROM child AS child WHERE child.parent_id IN (?, ?) ORDER BY child.id ASC
 * // (mysql quotes with backquotes, sqlite with double quotes)
 */
export function selectRowKeysIn(
  table: MappedTable,
  keyColumns: readonly TableColumn[],
  columns: readonly TableColumn[],
  values: ReadonlyArray<readonly unknown[]>,
): Select {
  return selectKeysWhere(
    table,
    keyColumns,
    inList(
      columns.map((column) => col(table.name, column.name)),
      typedRows(columns, values),
    ),
  );
}

/** Aliased by the table's own name, as the UPDATE and DELETE whose rows it lists name them. */
function selectKeysWhere(table: MappedTable, keyColumns: readonly TableColumn[], where: Expr): Select {
  return select(
    { table: table.name, alias: table.name },
    keyColumns.map((column, i) => ({ expr: col(table.name, column.name), alias: rowKeyAlias(i) })),
    { where, orderBy: keyColumns.map((column) => ({ expr: col(table.name, column.name), descending: false })) },
  );
}
