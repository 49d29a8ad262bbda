/**
 * The statements a flush writes, beside the read path's `selectStatements.ts`: a multi-row
 * INSERT, an UPDATE or DELETE of rows named by key, the rows of a `secondary` table, and the
 * set-based writes that name their rows by a foreign key. `session/` passes mapped tables,
 * columns and plain values; each value becomes a parameter typed by its column.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedTable } from '../mapper/index.js';
import { and, col, eq, inList, val } from './build.js';
import type { Assignment, Delete, Expr, Insert, Update, ValueNode } from './statements.js';

/** Columns paired with the value each must hold: `[[child.parent_id, 1]]` is `child.parent_id = 1`. */
export type ColumnValues = ReadonlyArray<readonly [TableColumn, unknown]>;

/**
 * The rows a set-based write names: those whose columns hold the values of `equal`, less those
 * whose `except.columns` take one of `except.keys` (tuples in column order).
 */
export interface RowMatch {
  readonly equal: ColumnValues;
  readonly except?: { readonly columns: readonly TableColumn[]; readonly keys: ReadonlyArray<readonly unknown[]> };
}

/**
 * `column = ?`, an UPDATE's assignment of `value`.
 *
 * @example
 * assign(Child.name, 'Ada') // { column: 'name', value: { kind: 'value', value: 'Ada', type: String } }
 */
export function assign(column: TableColumn, value: unknown): Assignment {
  return { column: column.name, value: val(value, column.type) };
}

/**
 * `column = column + n`: a counter advanced where it stands, so one statement serves rows that
 * hold different values (a version column).
 *
 * @example
 * increment(Parent.version, 1) // { column: 'version', increment: 1 }
 */
export function increment(column: TableColumn, n: number): Assignment {
  return { column: column.name, increment: n };
}

/**
 * A multi-row INSERT; `rows` are tuples in `columns` order. `returning`: the columns to read back
 * for each row, where the dialect has `RETURNING` (a generated key).
 *
 * @example
 * insertRows(child, [Child.id, Child.name], [[1, 'a'], [2, 'b']], [])
 * // mysql:  INSERT INTO `child` (`id`, `name`) VALUES (?, ?), (?, ?)
 * // sqlite: INSERT INTO "child" ("id", "name") VALUES (?, ?), (?, ?)
 * insertRows(child, [Child.name], [['a']], [Child.id])
 * // sqlite: INSERT INTO "child" ("name") VALUES (?) RETURNING "id"    (MariaDB 10.5+ too; MySQL: no RETURNING)
 */
export function insertRows(
  table: MappedTable,
  columns: readonly TableColumn[],
  rows: ReadonlyArray<readonly unknown[]>,
  returning: readonly TableColumn[] = [],
): Insert {
  return {
    kind: 'insert',
    table: table.name,
    columns: columns.map((column) => column.name),
    rows: typedRows(columns, rows),
    onConflict: 'error',
    returning: returning.map((column) => column.name),
  };
}

/**
 * `UPDATE t SET ... WHERE <key> IN (...)`: the rows whose `keyColumns` take one of `keyRows`,
 * and only where the columns of `expected` still hold its values. A key may lead with more
 * columns than the primary key's: a versioned row is named by `(version, id)`, so that rows at
 * one version share a term of the list.
 *
 * @example
 * updateByKey(child, [assign(Child.parent_id, null)], [Child.id], [[3], [4]], [[Child.parent_id, 1]])
 * // UPDATE child SET parent_id = ? WHERE (child.id IN (?, ?) AND child.parent_id = ?)           -- [null, 3, 4, 1]
 * updateByKey(parent, [assign(Parent.name, 'x'), increment(Parent.version, 1)], [Parent.version, Parent.id], [[4, 1], [4, 2], [7, 3]])
 * // UPDATE parent SET name = ?, version = version + 1
 * //   WHERE ((parent.version = ? AND parent.id IN (?, ?)) OR (parent.version = ? AND parent.id IN (?)))
 * // (mysql quotes with backquotes, sqlite with double quotes; both pad IN lists to a power of two)
 */
export function updateByKey(
  table: MappedTable,
  set: readonly Assignment[],
  keyColumns: readonly TableColumn[],
  keyRows: ReadonlyArray<readonly unknown[]>,
  expected: ColumnValues = [],
): Update {
  return { kind: 'update', table: table.name, set, where: keysWhere(table, keyColumns, keyRows, expected) };
}

/**
 * `DELETE FROM t WHERE <key> IN (...)`, with `expected` as `updateByKey` has it.
 *
 * @example
 * deleteByKeys(child, [Child.id], [[3], [4], [5]])
 * // mysql:  DELETE FROM `child` WHERE `child`.`id` IN (?, ?, ?, ?)     -- [3, 4, 5, 5]
 * // sqlite: DELETE FROM "child" WHERE "child"."id" IN (?, ?, ?, ?)
 */
export function deleteByKeys(
  table: MappedTable,
  keyColumns: readonly TableColumn[],
  keyRows: ReadonlyArray<readonly unknown[]>,
  expected: ColumnValues = [],
): Delete {
  return { kind: 'delete', table: table.name, where: keysWhere(table, keyColumns, keyRows, expected) };
}

/**
 * Rows of a `secondary` table, each a tuple in `columns` order, skipping those whose key exists:
 * adding an existing link is a no-op, even under concurrency (a table without a key skips
 * nothing; `session/keylessLinks.ts` checks first there).
 *
 * @example
 * insertLinks(association, [association.left_id, association.right_id], [[1, 7], [1, 8]])
 * // mysql:  INSERT INTO `association` (`left_id`, `right_id`) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `left_id` = `left_id`
 * // sqlite: INSERT INTO "association" ("left_id", "right_id") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING
 */
export function insertLinks(secondary: MappedTable, columns: readonly TableColumn[], pairs: ReadonlyArray<readonly unknown[]>): Insert {
  return {
    kind: 'insert',
    table: secondary.name,
    columns: columns.map((column) => column.name),
    rows: typedRows(columns, pairs),
    onConflict: 'ignore',
    returning: [],
  };
}

/**
 * Rows of a `secondary` table by their link columns. The dialect groups the pairs by all but
 * their last column, so that the table's indexes serve the list (`renderStatement.ts`, `tupleIn`).
 *
 * @example
 * deleteLinks(association, [association.left_id, association.right_id], [[1, 7], [1, 8], [2, 7]])
 * // DELETE FROM association WHERE ((association.left_id = ? AND association.right_id IN (?, ?))
 * //   OR (association.left_id = ? AND association.right_id IN (?)))                   -- [1, 7, 8, 2, 7]
 */
export function deleteLinks(secondary: MappedTable, columns: readonly TableColumn[], pairs: ReadonlyArray<readonly unknown[]>): Delete {
  return { kind: 'delete', table: secondary.name, where: keyIn(secondary, columns, pairs) };
}

/**
 * `UPDATE t SET fk = NULL WHERE <match>`: every column `match` compares is cleared, on the rows
 * it names. `also`: more assignments for the same rows (a version bump).
 *
 * @example
 * clearReferences(child, { equal: [[Child.parent_id, 1]], except: { columns: [Child.id], keys: [[4]] } })
 * // mysql:  UPDATE `child` SET `parent_id` = ? WHERE (`child`.`parent_id` = ? AND `child`.`id` NOT IN (?))   -- [null, 1, 4]
 * // sqlite: UPDATE "child" SET "parent_id" = ? WHERE ("child"."parent_id" = ? AND "child"."id" NOT IN (?))
 */
export function clearReferences(table: MappedTable, match: RowMatch, also: readonly Assignment[] = []): Update {
  return {
    kind: 'update',
    table: table.name,
    set: [...match.equal.map(([column]) => assign(column, null)), ...also],
    where: matchWhere(table.name, match),
  };
}

/**
 * `DELETE FROM t WHERE <match>`: the `secondary` rows of a deleted row, say.
 *
 * @example
 * deleteReferences(association, { equal: [[association.left_id, 1]] })
 * // mysql:  DELETE FROM `association` WHERE `association`.`left_id` = ?
 * // sqlite: DELETE FROM "association" WHERE "association"."left_id" = ?
 */
export function deleteReferences(table: MappedTable, match: RowMatch): Delete {
  return { kind: 'delete', table: table.name, where: matchWhere(table.name, match) };
}

/**
 * The WHERE of a `RowMatch`, its columns named by `alias`: `fk = ? AND ... [AND key NOT IN (...)]`.
 * One function for the writes and for the preview's reads (`selectRowKeys`), so that a preview
 * lists exactly the rows the write would change. An empty `except` leaves no row out.
 */
export function matchWhere(alias: string, match: RowMatch): Expr {
  const { equal, except } = match;
  return and([
    ...equal.map(([column, value]) => eq(col(alias, column.name), val(value, column.type))),
    except && except.keys.length > 0
      ? inList(
          except.columns.map((column) => col(alias, column.name)),
          typedRows(except.columns, except.keys),
          true,
        )
      : undefined,
  ]);
}

function keysWhere(
  table: MappedTable,
  keyColumns: readonly TableColumn[],
  keyRows: ReadonlyArray<readonly unknown[]>,
  expected: ColumnValues,
) {
  return and([
    keyIn(table, keyColumns, keyRows),
    ...expected.map(([column, value]) => eq(col(table.name, column.name), val(value, column.type))),
  ]);
}

/** `(columns) IN (rows)`, the columns named by the table's own name, as an UPDATE or DELETE has them. */
function keyIn(table: MappedTable, columns: readonly TableColumn[], rows: ReadonlyArray<readonly unknown[]>): Expr {
  return inList(
    columns.map((column) => col(table.name, column.name)),
    typedRows(columns, rows),
  );
}

/** Each value a parameter typed by its column. */
export function typedRows(columns: readonly TableColumn[], rows: ReadonlyArray<readonly unknown[]>): ValueNode[][] {
  return rows.map((row) => row.map((value, i) => val(value, columns[i]!.type)));
}
