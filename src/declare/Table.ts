/** `Table(...)` and the columns bound to it. Models build their tables through the same code. */
import { callSite } from '../util/callSite.js';
import { isIntegerKind, type ColumnType } from './columnTypes.js';
import { isColumnDecl, type ColumnDecl } from './Column.js';
import { isTableConstraint, type ForeignKeyDecl, type TableConstraintDecl } from './ForeignKey.js';
import type { MetaData } from './MetaData.js';

/** A column bound to its table, with every option defaulted. */
export interface TableColumn {
  readonly table: TableDecl;
  /** The SQL name. */
  readonly name: string;
  /** The model attribute it is mapped to; the SQL name for plain tables. */
  readonly attribute: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly index: boolean;
  readonly autoincrement: boolean;
  readonly default: unknown;
  readonly serverDefault: string | undefined;
  readonly foreignKeys: readonly ForeignKeyDecl[];
  readonly doc: string | undefined;
}

export interface TableDecl {
  readonly kind: 'table';
  readonly name: string;
  readonly metadata: MetaData;
  readonly columns: readonly TableColumn[];
  readonly constraints: readonly TableConstraintDecl[];
  /** The name of the model mapped to this table, if any. */
  readonly modelName: string | undefined;
  /** Where it was declared, for error messages: `"examples/seed/many-to-many.ts:8"`. */
  readonly declaredAt: string | undefined;
  column(name: string): TableColumn | undefined;
}

/**
 * Declares a table that no model maps, typically the `secondary` of a many-to-many.
 *
 * @example
 * const association = Table('association', Base.metadata,
 *   Column('left_id', Integer, ForeignKey('left.id')),
 *   Column('right_id', Integer, ForeignKey('right.id')));
 */
export function Table(name: string, metadata: MetaData, ...items: Array<ColumnDecl | TableConstraintDecl>): TableDecl {
  if (typeof name !== 'string' || name.length === 0) {
    throw new TypeError(`Table(name, metadata, ...columns) expects a table name first, but got: ${String(name)}.`);
  }
  const columns: Array<[string, ColumnDecl]> = [];
  const constraints: TableConstraintDecl[] = [];
  for (const item of items) {
    if (isColumnDecl(item)) {
      if (!item.name) throw new TypeError(`Table "${name}": every column needs a name, as in Column('left_id', Integer).`);
      columns.push([item.name, item]);
    } else if (isTableConstraint(item)) {
      constraints.push(item);
    } else {
      throw new TypeError(`Table "${name}": expects Column(...) or a constraint after the metadata, but got: ${String(item)}.`);
    }
  }
  return createTable({ name, metadata, columns, constraints, modelName: undefined, declaredAt: callSite() });
}

export interface TableSpec {
  readonly name: string;
  readonly metadata: MetaData;
  /** `[attribute, declaration]` pairs, in declaration order. */
  readonly columns: ReadonlyArray<readonly [string, ColumnDecl]>;
  readonly constraints: readonly TableConstraintDecl[];
  readonly modelName: string | undefined;
  readonly declaredAt: string | undefined;
}

/** Builds a table and registers it with its metadata. Used by `Table()` and by models. */
export function createTable(spec: TableSpec): TableDecl {
  const bound: TableColumn[] = [];
  const table: TableDecl = {
    kind: 'table',
    name: spec.name,
    metadata: spec.metadata,
    columns: bound,
    constraints: Object.freeze([...spec.constraints]),
    modelName: spec.modelName,
    declaredAt: spec.declaredAt,
    column: (name) => bound.find((c) => c.name === name),
  };
  const primaryKeys = spec.columns.filter(([, decl]) => decl.options.primaryKey);
  for (const [attribute, decl] of spec.columns) {
    bound.push(bindColumn(table, attribute, decl, primaryKeys.length));
  }
  Object.freeze(bound);
  spec.metadata.addTable(Object.freeze(table));
  return table;
}

function bindColumn(table: TableDecl, attribute: string, decl: ColumnDecl, primaryKeyCount: number): TableColumn {
  const { options } = decl;
  const primaryKey = options.primaryKey === true;
  const integer = isIntegerKind(decl.type.kind);
  // SQLAlchemy's autoincrement="auto": a lone integer primary key that is not also a foreign key.
  const autoincrement = options.autoincrement ?? (primaryKey && primaryKeyCount === 1 && integer && decl.foreignKeys.length === 0);
  return Object.freeze({
    table,
    name: decl.name ?? attribute,
    attribute,
    type: decl.type,
    nullable: options.nullable ?? !primaryKey,
    primaryKey,
    unique: options.unique === true,
    index: options.index === true,
    autoincrement,
    default: options.default,
    serverDefault: options.serverDefault,
    foreignKeys: decl.foreignKeys,
    doc: options.doc,
  });
}
