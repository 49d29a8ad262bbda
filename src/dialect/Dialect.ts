/**
 * The `Dialect` interface: what a database speaks. It declares capabilities, renders `sql/`
 * statements to text with `?` placeholders, encodes and decodes column values and classifies
 * driver errors. Code outside `dialect/` asks about capabilities, never about names.
 */
import type { ColumnType } from '../declare/index.js';
import type { CompiledQuery, Statement } from '../sql/statements.js';
import type { CreateTable } from '../sql/createTables.js';

export interface DialectCapabilities {
  /** The most `?` placeholders one statement may carry (driver and server limits). */
  readonly maxBindParameters: number;
  /** `INSERT ... RETURNING` (SQLite 3.35+, MariaDB 10.5+; not MySQL). */
  readonly insertReturning: boolean;
  /**
   * A multi-row INSERT gives its rows consecutive auto-increment ids, `step` apart, starting at
   * the reported insert id (MySQL `innodb_autoinc_lock_mode` 0 or 1; SQLite's single writer).
   */
  readonly consecutiveInsertIds: boolean;
  /** Where `consecutiveInsertIds` holds: first id of the statement, or last (SQLite). */
  readonly insertIdIs: 'first' | 'last';
  readonly autoIncrementStep: number;
  /**
   * `ROW_NUMBER() OVER (...)`, for a page per parent in one statement. Without it, the pages of
   * a level are one `UNION ALL` of a SELECT per parent (still one statement, fewer keys each).
   */
  readonly windowFunctions: boolean;
  /**
   * `SELECT ... LOCK IN SHARE MODE`: rows read stay as they are until COMMIT while other
   * transactions may lock them the same way (MySQL, MariaDB). Without it a shared lock is taken
   * as `FOR UPDATE`, which holds the rows as well and lets fewer writers through at once.
   */
  readonly sharedLocks: boolean;
}

/** What a driver error means for the unit of work that met it. */
export type DatabaseErrorKind =
  | 'unique-violation'
  | 'foreign-key-violation'
  | 'not-null-violation'
  | 'check-violation'
  | 'data-too-long'
  | 'bad-value'
  | 'deadlock'
  | 'lock-wait-timeout'
  | 'busy'
  | 'statement-timeout'
  | 'query-killed'
  | 'connection-lost'
  /** No connection could be had: the database is down or unreachable, or every connection stayed busy. Nothing was sent. */
  | 'unavailable'
  | 'too-many-prepared-statements'
  | 'unknown';

export interface DatabaseErrorClass {
  readonly kind: DatabaseErrorKind;
  /** Re-running the whole unit of work from its start may succeed (deadlock, lock wait, busy). */
  readonly retryable: boolean;
  /**
   * The server already rolled back the whole transaction (a MySQL deadlock): the connection is
   * in autocommit now, and nothing more of the unit of work may run on it.
   */
  readonly transactionRolledBack: boolean;
}

export interface Dialect {
  readonly name: 'mysql' | 'sqlite';
  readonly capabilities: DialectCapabilities;
  /**
   * @example
   * dialect.render(select({ table: 'child', alias: 't0' }, [{ expr: col('t0', 'id'), alias: 'id' }]))
   * // mysql:  { sql: 'SELECT `t0`.`id` AS `id` FROM `child` AS `t0`', params: [] }
   * // sqlite: { sql: 'SELECT "t0"."id" AS "id" FROM "child" AS "t0"', params: [] }
   */
  render(statement: Statement): CompiledQuery;
  /** `CREATE TABLE` and its indexes. */
  renderCreateTable(table: CreateTable): CompiledQuery[];
  /** Foreign keys added after all tables exist, to break a cycle between tables. */
  renderAddForeignKeys(table: CreateTable): CompiledQuery[];
  /**
   * A query whose rows' `name` lists the tables of the connected database (`createAll` with
   * `checkFirst`).
   * @example
   * // mysql:  SELECT `TABLE_NAME` AS `name` FROM `information_schema`.`TABLES` WHERE `TABLE_SCHEMA` = DATABASE()
   * // sqlite: SELECT "name" FROM "sqlite_master" WHERE "type" = ?   (params: ['table'])
   */
  renderTableNames(): CompiledQuery;
  /** A JavaScript value to what the driver binds for a column of `type`. */
  /**
   * The columns of every primary key and unique index of one table (bound as a parameter), as
   * rows `{ name, column }`: to check that an existing `secondary` table can hold a link once.
   */
  renderUniqueKeys(table: string): CompiledQuery;
  encode(type: ColumnType | undefined, value: unknown): unknown;
  /** A value the driver returned for a column of `type` to relgraph's representation. */
  decode(type: ColumnType, value: unknown): unknown;
  classifyError(error: unknown): DatabaseErrorClass;
}
