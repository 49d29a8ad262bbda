/**
 * What `createAll` creates, as neutral data: one `CreateTable` per table in dependency order,
 * with the keys and indexes the contract asks for. The dialects render it.
 */
import type { ColumnType, ReferentialAction, TableColumn } from '../declare/index.js';
import type { Mapping, MappedTable } from '../mapper/index.js';
import { topoSort } from '../util/topoSort.js';

export interface CreateColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly autoincrement: boolean;
  /** A literal default (number, string or boolean), rendered into the DDL. */
  readonly literalDefault: string | number | boolean | undefined;
  readonly serverDefault: string | undefined;
}

export interface CreateForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly targetTable: string;
  readonly targetColumns: readonly string[];
  readonly onDelete: ReferentialAction | undefined;
  readonly onUpdate: ReferentialAction | undefined;
  /** Added by ALTER TABLE after every table exists, because the tables reference each other. */
  readonly deferred: boolean;
}

export interface CreateTable {
  readonly name: string;
  readonly columns: readonly CreateColumn[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly CreateForeignKey[];
  readonly uniques: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>;
  readonly indexes: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>;
}

/**
 * @example
 * createTables(configure(Base)).map((t) => t.name) // ['left', 'right', 'association']
 */
export function createTables(mapping: Mapping): CreateTable[] {
  const tables = mapping.tables;
  const edges = tables.flatMap((table) =>
    table.foreignKeys.filter((fk) => fk.targetTable !== table).map((fk) => [fk.targetTable, table] as const),
  );
  const { sorted, cycle } = topoSort(tables, edges);
  const created = new Set<MappedTable>(sorted);
  // Tables on a cycle come last; their foreign keys to tables not yet created are deferred.
  return [...sorted, ...cycle].map((table) => {
    const before = new Set([...created]);
    created.add(table);
    return createTable(table, (target) => target === table || before.has(target));
  });
}

function createTable(table: MappedTable, exists: (target: MappedTable) => boolean): CreateTable {
  // A secondary declared without a primary key (as in the seed) gets one over its foreign-key
  // columns, so that the same link can never be stored twice.
  const primaryKey =
    table.primaryKey.length > 0
      ? table.primaryKey.map((c) => c.name)
      : table.isSecondary
        ? unique(table.foreignKeys.flatMap((fk) => fk.columns.map((c) => c.name)))
        : [];
  const uniques = [
    ...table.columns.filter((c) => c.unique).map((c) => [c.name]),
    ...table.decl.constraints.flatMap((c) => (c.kind === 'uniqueConstraint' ? [c.columns.map((n) => table.column(n)?.name ?? n)] : [])),
  ];
  const covered = (columns: readonly string[]) => [primaryKey, ...uniques].some((key) => startsWith(key, columns));
  const foreignKeys = table.foreignKeys.map((fk) => ({
    name:
      fk.name ??
      constraintName(
        'fk',
        table.name,
        fk.columns.map((c) => c.name),
      ),
    columns: fk.columns.map((c) => c.name),
    targetTable: fk.targetTable.name,
    targetColumns: fk.targets.map((c) => c.name),
    onDelete: fk.onDelete,
    onUpdate: fk.onUpdate,
    deferred: !exists(fk.targetTable),
  }));
  const indexColumns = [
    ...foreignKeys.map((fk) => fk.columns).filter((columns) => !covered(columns)),
    ...table.columns.filter((c) => c.index && !c.unique).map((c) => [c.name]),
  ];
  const seen = new Set<string>();
  const indexes = indexColumns
    .filter((columns) => !seen.has(columns.join()) && seen.add(columns.join()))
    .map((columns) => ({ name: constraintName('ix', table.name, columns), columns }));
  return {
    name: table.name,
    columns: table.columns.map((column) => createColumn(column, primaryKey.includes(column.name))),
    primaryKey,
    foreignKeys,
    uniques: uniques.map((columns) => ({ name: constraintName('uq', table.name, columns), columns })),
    indexes,
  };
}

function createColumn(column: TableColumn, inPrimaryKey: boolean): CreateColumn {
  const value = column.default;
  const literalDefault = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  return {
    name: column.name,
    type: column.type,
    nullable: column.nullable && !inPrimaryKey,
    autoincrement: column.autoincrement,
    literalDefault,
    serverDefault: column.serverDefault,
  };
}

function startsWith(key: readonly string[], columns: readonly string[]): boolean {
  return columns.every((column, i) => key[i] === column);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** `fk_child_parent_id`, shortened with a hash to MySQL's 64-character limit. */
export function constraintName(prefix: string, table: string, columns: readonly string[]): string {
  const name = `${prefix}_${table}_${columns.join('_')}`;
  if (name.length <= 64) return name;
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `${name.slice(0, 55)}_${hash.toString(16).padStart(8, '0')}`;
}
