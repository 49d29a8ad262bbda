/** `Column(...)`: a column as declared, in a `Table` or as a model attribute. */
import { toColumnType, type ColumnType, type ColumnTypeLike } from './columnTypes.js';
import type { ForeignKeyDecl } from './ForeignKey.js';

export interface ColumnOptions<T = unknown> {
  readonly primaryKey?: boolean;
  /** Default: true, except for primary-key columns. */
  readonly nullable?: boolean;
  readonly unique?: boolean;
  /** Adds an index (foreign-key columns always get one). */
  readonly index?: boolean;
  /** A value, or a function called for each new row, used when an insert leaves the column out. */
  readonly default?: T | (() => T);
  /** SQL text for the DDL's `DEFAULT`, e.g. `'CURRENT_TIMESTAMP'`. Trusted: never from a request. */
  readonly serverDefault?: string;
  /** Default: true for a lone integer primary key, as in SQLAlchemy. */
  readonly autoincrement?: boolean;
  /** Shown as the field's description in the GraphQL schema. */
  readonly doc?: string;
  /** Never set by users: keeps options apart from `ForeignKey(...)` in the argument list. */
  readonly kind?: never;
}

/**
 * A declared column. `T` is the TypeScript type of its values and `N` whether it accepts NULL;
 * both are inferred from the arguments.
 */
export interface ColumnDecl<T = unknown, N extends boolean = boolean> {
  readonly kind: 'column';
  /** The SQL name when given as the first argument; otherwise the attribute's name. */
  readonly name?: string;
  readonly type: ColumnType<T>;
  readonly foreignKeys: readonly ForeignKeyDecl[];
  readonly options: ColumnOptions<T>;
  /** Phantom: whether values may be null. */
  readonly nullable?: N;
}

type ColumnArg = ForeignKeyDecl | ColumnOptions<any>;

type OptionsIn<A extends readonly unknown[]> = Extract<A[number], ColumnOptions<any>>;

/** Nullable unless declared `primaryKey: true` or `nullable: false`. */
export type IsNullable<A extends readonly unknown[]> = [OptionsIn<A>] extends [never]
  ? true
  : OptionsIn<A> extends { primaryKey: true }
    ? false
    : OptionsIn<A> extends { nullable: false }
      ? false
      : true;

/**
 * Declares a column. In a model the attribute's name is the column's name unless a name comes
 * first; in a `Table` the name is required.
 *
 * @example
 * id: Column(Integer, { primaryKey: true })
 * parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false })
 * Table('association', Base.metadata, Column('left_id', Integer, ForeignKey('left.id')))
 */
export function Column<T, const A extends readonly ColumnArg[]>(type: ColumnTypeLike<T>, ...args: A): ColumnDecl<T, IsNullable<A>>;
export function Column<T, const A extends readonly ColumnArg[]>(
  name: string,
  type: ColumnTypeLike<T>,
  ...args: A
): ColumnDecl<T, IsNullable<A>>;
export function Column(...args: unknown[]): ColumnDecl {
  const name = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
  const type = toColumnType(args.shift());
  if (!type) {
    throw new TypeError(
      `Column(${name ? `"${name}", ` : ''}type, ...) expects a column type such as Integer or String(50) ${name ? 'after the name' : 'first'}, but got something else.`,
    );
  }
  const foreignKeys: ForeignKeyDecl[] = [];
  let options: ColumnOptions = {};
  for (const arg of args) {
    if (isForeignKey(arg)) foreignKeys.push(arg);
    else if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) options = { ...options, ...arg };
    else
      throw new TypeError(
        `Column(${name ? `"${name}"` : type.kind}): expects ForeignKey(...) or an options object after the type, but got: ${String(arg)}.`,
      );
  }
  return Object.freeze({
    kind: 'column',
    ...(name ? { name } : {}),
    type,
    foreignKeys: Object.freeze(foreignKeys),
    options: Object.freeze(options),
  });
}

export function isColumnDecl(value: unknown): value is ColumnDecl {
  return (value as { kind?: unknown } | null)?.kind === 'column';
}

function isForeignKey(value: unknown): value is ForeignKeyDecl {
  return (value as { kind?: unknown } | null)?.kind === 'foreignKey';
}
