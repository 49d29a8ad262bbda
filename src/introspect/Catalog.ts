/**
 * What a database's catalog says about its tables, in terms both dialects share: the input of
 * `relgraph introspect` (which infers models from it) and of the drift check (which compares it
 * with the declarations). `readMysqlCatalog` and `readSqliteCatalog` fill it; nothing here knows
 * SQL.
 */
import type { ColumnKind, ReferentialAction } from '../declare/index.js';

export interface Catalog {
  /** Base tables, in name order. */
  readonly tables: readonly CatalogTable[];
  /** Views, by name: listed, never mapped (they have no primary key to look rows up by). */
  readonly views: readonly string[];
}

export interface CatalogTable {
  readonly name: string;
  /** In the table's column order. */
  readonly columns: readonly CatalogColumn[];
  /** Column names of the primary key, in key order; empty when the table has none. */
  readonly primaryKey: readonly string[];
  /** Unique constraints and unique indexes other than the primary key. */
  readonly uniques: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>;
  /** Plain (non-unique) indexes, foreign keys' own indexes included. */
  readonly indexes: ReadonlyArray<{ readonly name: string; readonly columns: readonly string[] }>;
  readonly foreignKeys: readonly CatalogForeignKey[];
}

export interface CatalogColumn {
  readonly name: string;
  readonly type: CatalogType;
  readonly nullable: boolean;
  /** Filled by the database on insert (AUTO_INCREMENT, SQLite's INTEGER PRIMARY KEY rowid alias). */
  readonly autoincrement: boolean;
  /**
   * The column's default: a literal value (`{ value: 0 }`, `{ value: 'draft' }`), or an
   * expression the database evaluates (`{ expression: 'CURRENT_TIMESTAMP' }`); none when
   * there is no default (or only NULL).
   */
  readonly default?: { readonly value: string | number | boolean } | { readonly expression: string };
  /** Computed by the database (`GENERATED ALWAYS AS ...`): readable, never written. */
  readonly generated?: boolean;
}

/**
 * A column type as relgraph's declarations can say it. `kind` is relgraph's `ColumnKind`;
 * `native` is the database's own spelling (`tinyint(1)`, `varchar(50)`, `INTEGER`), kept for
 * messages and for what relgraph cannot declare yet (then `kind` is the closest kind that
 * reads the values back, and `lossy` says so).
 */
export interface CatalogType {
  readonly kind: ColumnKind;
  readonly native: string;
  /** `String(length)`, `LargeBinary(length)`. */
  readonly length?: number;
  /** `SmallInteger({ unsigned: true })`, `TinyInteger({ unsigned: true })`. */
  readonly unsigned?: boolean;
  /** `Numeric(precision, scale)`. */
  readonly precision?: number;
  readonly scale?: number;
  /** `Enum([...])`, `Set([...])`: the database's values, in declaration order. */
  readonly values?: readonly string[];
  /** Why the kind is only an approximation (`MEDIUMINT` read as Integer, `BIT` as String, ...). */
  readonly lossy?: string;
}

export interface CatalogForeignKey {
  /**
   * The constraint's name. SQLite keeps it only in the CREATE TABLE text (`CONSTRAINT "fk_..."`);
   * without one there, a name made from the columns as relgraph makes it (`fk_<table>_<columns>`).
   */
  readonly name: string;
  readonly columns: readonly string[];
  readonly targetTable: string;
  readonly targetColumns: readonly string[];
  /**
   * `undefined` when the database does what it does without a clause: MySQL/MariaDB report that
   * as RESTRICT or NO ACTION (the same thing in InnoDB), SQLite as NO ACTION.
   */
  readonly onDelete: ReferentialAction | undefined;
  readonly onUpdate: ReferentialAction | undefined;
  /** What the rules say that relgraph cannot declare (SQLite's `SET DEFAULT`, read as `undefined`). */
  readonly lossy?: string;
}

/**
 * Reading the catalog failed: the message says what was being read, `cause` is the database's
 * own error. (A `DatabaseUnavailableError` is passed on as it is.)
 */
export class CatalogReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CatalogReadError';
  }
}
