/** `declarativeBase()` and `Base.model()`: models as classes whose row types come from their columns. */
import { callSite } from '../util/callSite.js';
import { didYouMean } from '../util/didYouMean.js';
import { isColumnDecl, type ColumnDecl } from './Column.js';
import { isTableConstraint, type TableConstraintDecl } from './ForeignKey.js';
import { MetaData } from './MetaData.js';
import { createTable, type TableDecl } from './Table.js';
import { isRelationshipDecl, type RelationshipDecl } from './relationship.js';
import { isAssociationProxyDecl, type AssociationProxyDecl } from './associationProxy.js';

export type Attribute = ColumnDecl<any, boolean> | RelationshipDecl | AssociationProxyDecl;
export type Attributes = { readonly [name: string]: Attribute };

/** The second argument of `Base.model()`: the table name, then the attributes. */
export type ModelDeclaration = {
  readonly tableName: string;
  /** Composite foreign keys and unique constraints. */
  readonly tableArgs?: readonly TableConstraintDecl[];
  /**
   * Optimistic locking: the attribute name of an Integer, BigInteger or DateTime column (NOT
   * NULL) that every UPDATE and DELETE of a row checks and bumps. SQLAlchemy's
   * `__mapper_args__ = {"version_id_col": ...}`, camelCased.
   */
  readonly versionIdCol?: string;
} & { readonly [name: string]: Attribute | string | readonly TableConstraintDecl[] | undefined };

type AttributesOf<D> = { readonly [K in keyof D as K extends 'tableName' | 'tableArgs' | 'versionIdCol' ? never : K]: D[K] };

/** The column values of a model, typed from its declaration: `Row<typeof Parent>`. */
export type RowOf<A> = {
  -readonly [K in keyof A as A[K] extends ColumnDecl<any, any> ? K : never]: A[K] extends ColumnDecl<infer T, infer N>
    ? N extends true
      ? T | null
      : T
    : never;
};

/**
 * Relationship and proxy attributes. Their shape (a list or one object) is decided by the
 * mapper from the foreign keys, after every model is declared, so it is not typed here.
 */
export type RelatedOf<A> = {
  -readonly [K in keyof A as A[K] extends RelationshipDecl | AssociationProxyDecl ? K : never]: any;
};

export type InstanceOf<A> = RowOf<A> & RelatedOf<A>;

export interface ModelClass<A = Attributes> {
  new (init?: Partial<InstanceOf<A>>): InstanceOf<A>;
  readonly modelName: string;
  readonly tableName: string;
  readonly table: TableDecl;
  readonly attributes: A;
  readonly metadata: MetaData;
  readonly declaredAt: string | undefined;
  /** The `versionIdCol` option as given: the version column's attribute, checked by `configure()`. */
  readonly versionIdCol: string | undefined;
}

/** `Row<typeof Parent>`: `{ id: number; name: string | null }`. */
export type Row<M> = M extends ModelClass<infer A> ? RowOf<A> : never;

/** `Instance<typeof Parent>`: a row plus its relationship attributes. */
export type Instance<M> = M extends ModelClass<infer A> ? InstanceOf<A> : never;

export interface DeclarativeBase {
  readonly metadata: MetaData;
  /**
   * Declares a model: a class mapped to table `tableName`, with one attribute per column,
   * relationship and association proxy.
   *
   * @example
   * const Parent = Base.model('Parent', {
   *   tableName: 'parent',
   *   id: Column(Integer, { primaryKey: true }),
   *   children: relationship('Child', { backPopulates: 'parent' }),
   * });
   *
   * With optimistic locking, every UPDATE and DELETE checks and bumps `version`:
   * const Order = Base.model('Order', {
   *   tableName: 'orders',
   *   versionIdCol: 'version',
   *   id: Column(Integer, { primaryKey: true }),
   *   version: Column(Integer, { nullable: false }),
   * });
   */
  model<const D extends ModelDeclaration>(name: string, declaration: D): ModelClass<AttributesOf<D>>;
}

/**
 * The registry of a set of models, as SQLAlchemy's `DeclarativeBase`. A models module exports
 * it as its default export; that is what `relgraph generate` and `relgraph serve` load.
 */
export function declarativeBase(options: { metadata?: MetaData } = {}): DeclarativeBase {
  const metadata = options.metadata ?? new MetaData();
  return Object.freeze({
    metadata,
    model: (name: string, declaration: ModelDeclaration) => defineModel(metadata, name, declaration),
  }) as DeclarativeBase;
}

export function isDeclarativeBase(value: unknown): value is DeclarativeBase {
  const base = value as Partial<DeclarativeBase> | null;
  return typeof base === 'object' && base !== null && base.metadata instanceof MetaData && typeof base.model === 'function';
}

const reserved = new Set(['tableName', 'tableArgs', 'versionIdCol']);

function defineModel(metadata: MetaData, name: string, declaration: ModelDeclaration): ModelClass {
  if (typeof name !== 'string' || !/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) {
    throw new TypeError(
      `Base.model(name, declaration) expects a model name usable as a GraphQL type name, but got: ${JSON.stringify(name)}.`,
    );
  }
  const { tableName, tableArgs = [], versionIdCol } = declaration;
  if (typeof tableName !== 'string' || tableName.length === 0) {
    throw new TypeError(`Base.model("${name}", declaration): declaration.tableName must name the table, but got: ${String(tableName)}.`);
  }
  const attributes: Record<string, Attribute> = {};
  const columns: Array<[string, ColumnDecl]> = [];
  for (const [key, value] of Object.entries(declaration)) {
    if (reserved.has(key)) continue;
    if (isColumnDecl(value)) columns.push([key, value]);
    else if (!isRelationshipDecl(value) && !isAssociationProxyDecl(value)) {
      throw new TypeError(`${name}.${key}: expects Column(...), relationship(...) or associationProxy(...), but got: ${String(value)}.`);
    }
    attributes[key] = value as Attribute;
  }
  if (!Array.isArray(tableArgs) || !tableArgs.every(isTableConstraint)) {
    throw new TypeError(
      `Base.model("${name}", declaration): tableArgs expects ForeignKeyConstraint(...) or UniqueConstraint(...) entries.`,
    );
  }
  const declaredAt = callSite();
  const table = createTable({ name: tableName, metadata, columns, constraints: tableArgs, modelName: name, declaredAt });
  const model = createModelClass(name, {
    modelName: name,
    tableName,
    table,
    attributes: Object.freeze(attributes),
    metadata,
    declaredAt,
    versionIdCol,
  });
  metadata.addModel(model);
  return model;
}

type ModelStatics = Omit<ModelClass, 'prototype'>;

function createModelClass(name: string, statics: ModelStatics): ModelClass {
  const attributeNames = Object.keys(statics.attributes);
  const model = class {
    constructor(init?: Record<string, unknown>) {
      if (init === undefined) return;
      if (typeof init !== 'object' || init === null) {
        throw new TypeError(`new ${name}(values) expects an object of attribute values, but got: ${String(init)}.`);
      }
      for (const [key, value] of Object.entries(init)) {
        if (!(key in statics.attributes)) {
          throw new TypeError(`${name} has no attribute "${key}".${didYouMean(key, attributeNames)}`);
        }
        (this as Record<string, unknown>)[key] = value;
      }
    }
  };
  Object.defineProperty(model, 'name', { value: name });
  for (const [key, value] of Object.entries(statics)) {
    Object.defineProperty(model, key, { value, enumerable: true });
  }
  return model as unknown as ModelClass;
}

export function isModelClass(value: unknown): value is ModelClass {
  return (
    typeof value === 'function' &&
    typeof (value as Partial<ModelClass>).modelName === 'string' &&
    (value as Partial<ModelClass>).metadata instanceof MetaData
  );
}
