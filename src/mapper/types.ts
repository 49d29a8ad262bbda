/**
 * What `configure()` returns: models, tables and relationships with every name resolved and
 * every decision (direction, join columns, uselist, cascade) taken. All of it is frozen, and
 * nothing downstream resolves a name or guesses a direction again.
 */
import type { ModelClass, MetaData, TableColumn, TableDecl, ReferentialAction } from '../declare/index.js';

export type Direction = 'one-to-many' | 'many-to-one' | 'many-to-many';

/** A foreign key with its columns resolved: `columns[i]` references `targets[i]`. */
export interface ResolvedForeignKey {
  readonly table: MappedTable;
  readonly columns: readonly TableColumn[];
  readonly targetTable: MappedTable;
  readonly targets: readonly TableColumn[];
  readonly onDelete: ReferentialAction | undefined;
  readonly onUpdate: ReferentialAction | undefined;
  readonly name: string | undefined;
}

export interface MappedTable {
  readonly name: string;
  readonly decl: TableDecl;
  readonly columns: readonly TableColumn[];
  /** Declared primary-key columns; for a `secondary` declared without one, empty. */
  readonly primaryKey: readonly TableColumn[];
  readonly foreignKeys: readonly ResolvedForeignKey[];
  /** The model mapped to it, if any. */
  readonly model: MappedModel | undefined;
  /** Whether some relationship uses it as its `secondary`. */
  readonly isSecondary: boolean;
  column(name: string): TableColumn | undefined;
}

/** `{ saveUpdate, merge, ... }` parsed from `"all, delete-orphan"`. */
export interface Cascade {
  readonly saveUpdate: boolean;
  readonly merge: boolean;
  readonly refreshExpire: boolean;
  readonly expunge: boolean;
  readonly delete: boolean;
  readonly deleteOrphan: boolean;
}

export interface OrderTerm {
  readonly column: TableColumn;
  readonly descending: boolean;
}

/** The owner's column `local` equals `remote` (a column of the target, or of the secondary). */
export interface JoinPair {
  readonly local: TableColumn;
  readonly remote: TableColumn;
}

/** Many-to-many: the secondary's column `secondary` equals the target's column `target`. */
export interface SecondaryJoinPair {
  readonly secondary: TableColumn;
  readonly target: TableColumn;
}

/** The value of `from` is copied into `to` when a link is written. */
export interface SyncPair {
  readonly from: TableColumn;
  readonly to: TableColumn;
}

export interface MappedRelationship {
  readonly kind: 'relationship';
  readonly owner: MappedModel;
  readonly name: string;
  readonly target: MappedModel;
  readonly direction: Direction;
  readonly uselist: boolean;
  readonly secondary: MappedTable | undefined;
  readonly join: readonly JoinPair[];
  /** Many-to-many only. */
  readonly secondaryJoin: readonly SecondaryJoinPair[];
  /**
   * One-to-many: owner key → target foreign key. Many-to-one: target key → owner foreign key.
   * Many-to-many: owner key → secondary column.
   */
  readonly syncPairs: readonly SyncPair[];
  /** Many-to-many only: target key → secondary column. */
  readonly secondarySyncPairs: readonly SyncPair[];
  readonly cascade: Cascade;
  readonly passiveDeletes: boolean | 'all';
  readonly viewonly: boolean;
  readonly postUpdate: boolean;
  /** The default order of a list; empty means the target's primary key. */
  readonly orderBy: readonly OrderTerm[];
  /** For a scalar: whether it can be empty (GraphQL nullability). */
  readonly nullable: boolean;
  readonly reverse: MappedRelationship | undefined;
  readonly overlaps: readonly string[];
  /** Declared with `relationship()`, or created by the reverse's `backref`. */
  readonly origin: 'declared' | 'backref';
  readonly declaredAt: string | undefined;
  readonly doc: string | undefined;
}

export interface MappedAssociationProxy {
  readonly kind: 'associationProxy';
  readonly owner: MappedModel;
  readonly name: string;
  /** The owner's list of association objects, e.g. `Parent.childAssociations`. */
  readonly relationship: MappedRelationship;
  /** The association's scalar to the final target, e.g. `Association.child`. */
  readonly attribute: MappedRelationship;
  readonly target: MappedModel;
  readonly creator: ((target: any) => object) | undefined;
  readonly declaredAt: string | undefined;
}

export interface MappedModel {
  readonly kind: 'model';
  readonly name: string;
  readonly class: ModelClass;
  readonly table: MappedTable;
  readonly columns: readonly TableColumn[];
  readonly primaryKey: readonly TableColumn[];
  /**
   * Every column set that names at most one row: the primary key first, then each
   * `Column(..., { unique: true })`, then each `UniqueConstraint` (`uniqueKeys.ts`). What
   * `connectOrCreate` may look a row up by.
   */
  readonly uniqueKeys: readonly (readonly TableColumn[])[];
  readonly relationships: readonly MappedRelationship[];
  readonly proxies: readonly MappedAssociationProxy[];
  /**
   * Optimistic locking (`versionIdCol`): the NOT NULL Integer, BigInteger or DateTime column that
   * every UPDATE and DELETE of a row checks and bumps; undefined when the model has none.
   */
  readonly versionColumn: TableColumn | undefined;
  readonly declaredAt: string | undefined;
  /** A column, relationship or proxy by attribute name. */
  attribute(name: string): TableColumn | MappedRelationship | MappedAssociationProxy | undefined;
}

export interface Mapping {
  readonly metadata: MetaData;
  readonly models: readonly MappedModel[];
  readonly tables: readonly MappedTable[];
  model(name: string): MappedModel | undefined;
  table(name: string): MappedTable | undefined;
}

export function isMappedRelationship(value: unknown): value is MappedRelationship {
  return (value as { kind?: unknown } | null)?.kind === 'relationship';
}

export function isMappedAssociationProxy(value: unknown): value is MappedAssociationProxy {
  return (value as { kind?: unknown } | null)?.kind === 'associationProxy';
}

export function isTableColumn(value: unknown): value is TableColumn {
  const column = value as Partial<TableColumn> | null;
  return (
    typeof column === 'object' && column !== null && typeof column.name === 'string' && column.table !== undefined && !('kind' in column)
  );
}
