/**
 * The MySQL/MariaDB dialect: backquoted identifiers, `ON DUPLICATE KEY UPDATE` for ignored
 * conflicts, InnoDB DDL, value conversions for mysql2, and capabilities read from the server.
 */
import type { ColumnType } from '../../declare/index.js';
import type { CreateColumn, CreateForeignKey, CreateTable } from '../../sql/createTables.js';
import type { CompiledQuery, Insert, Statement } from '../../sql/statements.js';
import { inspect } from '../../util/inspect.js';
import {
  decodeColumnValue,
  formatUtcDateTime,
  joinSetMembers,
  toBoolean,
  toBuffer,
  toDate,
  toDateString,
  toDecimalString,
} from '../columnValues.js';
import type { Dialect, DialectCapabilities } from '../Dialect.js';
import { renderStatement, type SqlFlavor } from '../renderStatement.js';
import { classifyMysqlError } from './mysqlErrors.js';
import { type DialectProfile, profileRules } from './profiles.js';

/** What the driver reads from the server on its first connection. */
export interface MysqlServerInfo {
  /** `SELECT VERSION()`, e.g. `'10.11.19-MariaDB-0+deb12u1'` or `'8.0.36'`. */
  readonly version: string;
  /** `@@innodb_autoinc_lock_mode`: 0 or 1 keep a multi-row INSERT's ids consecutive, 2 does not. */
  readonly autoincLockMode: number;
  /** `@@auto_increment_increment`: the distance between consecutive ids. */
  readonly autoIncrementIncrement: number;
}

/** Assumed when no server was asked (rendering DDL or SQL offline): MariaDB 10.11 defaults. */
export const assumedMysqlServer: MysqlServerInfo = Object.freeze({
  version: '10.11.0-MariaDB',
  autoincLockMode: 1,
  autoIncrementIncrement: 1,
});

/**
 * @example
 * isMariaDb({ version: '10.11.19-MariaDB-0+deb12u1', ... }) // true
 */
export function isMariaDb(server: MysqlServerInfo): boolean {
  return /mariadb/i.test(server.version);
}

/** `INSERT ... RETURNING` arrived in MariaDB 10.5; MySQL has none. */
function supportsReturning(server: MysqlServerInfo): boolean {
  const [major = 0, minor = 0] = server.version.split(/[.-]/).map(Number);
  return isMariaDb(server) && (major > 10 || (major === 10 && minor >= 5));
}

/** `ROW_NUMBER() OVER (...)`: MariaDB 10.2+, MySQL 8.0+. */
function supportsWindowFunctions(server: MysqlServerInfo): boolean {
  const [major = 0, minor = 0] = server.version.split(/[.-]/).map(Number);
  return isMariaDb(server) ? major > 10 || (major === 10 && minor >= 2) : major >= 8;
}

/**
 * `` `name` ``, with backquotes doubled. Every identifier is quoted, because the seed's tables
 * are called `left` and `right`, both reserved words (sqlalchemy-semantics.md §8).
 */
function quote(identifier: string): string {
  return `\`${identifier.replaceAll('`', '``')}\``;
}

/**
 * The MySQL/MariaDB dialect for a server, or for `assumedMysqlServer` when rendering offline;
 * `profile` narrows it to what TiDB or Vitess accept.
 *
 * @example
 * const dialect = createMysqlDialect({ version: '10.11.19-MariaDB', autoincLockMode: 1, autoIncrementIncrement: 1 });
 * dialect.capabilities.insertReturning // true (MariaDB >= 10.5)
 * dialect.render(update) // { sql: 'UPDATE `child` SET `name` = ? WHERE `child`.`id` = ?', params: ['x', 7], kind: 'update' }
 */
export function createMysqlDialect(server: MysqlServerInfo = assumedMysqlServer, profile: DialectProfile = 'mysql'): Dialect {
  const capabilities: DialectCapabilities = Object.freeze({
    // The protocol counts a statement's parameters in 16 bits.
    maxBindParameters: 65535,
    insertReturning: supportsReturning(server),
    consecutiveInsertIds: server.autoincLockMode <= 1,
    insertIdIs: 'first' as const,
    autoIncrementStep: server.autoIncrementIncrement,
    windowFunctions: supportsWindowFunctions(server),
    sharedLocks: true,
    // TiDB and Vitess report a MySQL version but lack some of what it has (`profiles.ts`).
    ...profileRules(profile).capabilities,
  });
  const flavor: SqlFlavor = {
    quote,
    encode: encodeMysqlValue,
    ignoreConflicts,
    insertReturning: capabilities.insertReturning,
    // MySQL has no "LIMIT ALL"; its manual recommends the largest BIGINT UNSIGNED.
    noLimit: '18446744073709551615',
    lockingReads: true,
    shareLock: capabilities.sharedLocks ? ' LOCK IN SHARE MODE' : ' FOR UPDATE',
    windowFunctions: capabilities.windowFunctions,
    enumOrder: 'declaration',
    setHas: (column, member) => `FIND_IN_SET(${member}, ${column}) > 0`,
  };
  return Object.freeze({
    name: 'mysql' as const,
    capabilities,
    render: (statement: Statement) => renderStatement(statement, flavor),
    renderCreateTable,
    renderAddForeignKeys,
    renderTableNames,
    renderUniqueKeys,
    encode: encodeMysqlValue,
    decode: decodeColumnValue,
    classifyError: classifyMysqlError,
  });
}

/**
 * Skips rows whose key exists, and only those: a no-op assignment to the first column. Never
 * `INSERT IGNORE`, which also turns foreign-key and NOT NULL errors into warnings.
 *
 * Two differences from SQLite's `ON CONFLICT DO NOTHING`, measured on MariaDB 10.11: with
 * `RETURNING`, the skipped rows are returned too (with their stored values); and mysql2 connects
 * with `CLIENT_FOUND_ROWS`, so `affectedRows` counts a skipped row as 1. Neither tells whether
 * a row was new.
 */
function ignoreConflicts(insert: Insert): { prefix: string; suffix: string } {
  const first = quote(insert.columns[0] ?? '');
  return { prefix: '', suffix: ` ON DUPLICATE KEY UPDATE ${first} = ${first}` };
}

/**
 * mysql2 binds strings, numbers and nulls. `dateTime` is sent as UTC text (`DATETIME(3)`, session
 * `time_zone` `+00:00`), `json` as its text, `boolean` as 1/0, `bigInteger` and `numeric` as
 * decimal strings. `undefined` becomes NULL (mysql2 refuses it).
 *
 * @example
 * encodeMysqlValue(DateTime, new Date('2026-11-25T09:30:00Z')) // '2026-11-25 09:30:00.000'
 * encodeMysqlValue(JSON, { a: 1 })                              // '{"a":1}'
 */
export function encodeMysqlValue(type: ColumnType | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type?.kind) {
    case 'dateTime':
      return formatUtcDateTime(toDate(value));
    case 'date':
      return toDateString(value);
    case 'json':
      return JSON.stringify(value);
    case 'boolean':
      return toBoolean(value) ? 1 : 0;
    case 'bigInteger':
    case 'numeric':
      return toDecimalString(value);
    case 'set':
      return joinSetMembers(type, value);
    case 'largeBinary':
      return toBuffer(value);
    case undefined:
      if (value instanceof Date) return formatUtcDateTime(value);
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (typeof value === 'bigint') return value.toString();
      return value;
    default:
      return value;
  }
}

/**
 * @example
 * renderCreateTable(child)[0].sql
 * // CREATE TABLE `child` (
 * //   `id` INT NOT NULL AUTO_INCREMENT,
 * //   `parent_id` INT,
 * //   PRIMARY KEY (`id`),
 * //   KEY `ix_child_parent_id` (`parent_id`),
 * //   CONSTRAINT `fk_child_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`)
 * // ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
 */
function renderCreateTable(table: CreateTable): CompiledQuery[] {
  const list = (columns: readonly string[]) => columns.map(quote).join(', ');
  // Indexes go inline: MySQL 8 has no CREATE INDEX IF NOT EXISTS.
  const lines = [
    ...table.columns.map(columnDefinition),
    ...(table.primaryKey.length > 0 ? [`PRIMARY KEY (${list(table.primaryKey)})`] : []),
    ...table.uniques.map((unique) => `UNIQUE KEY ${quote(unique.name)} (${list(unique.columns)})`),
    ...table.indexes.map((index) => `KEY ${quote(index.name)} (${list(index.columns)})`),
    ...table.foreignKeys.filter((fk) => !fk.deferred).map(foreignKeyConstraint),
  ];
  const sql = `CREATE TABLE ${quote(table.name)} (\n  ${lines.join(',\n  ')}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`;
  return [{ sql, params: [], kind: 'ddl' }];
}

/**
 * @example
 * renderAddForeignKeys(left)[0].sql
 * // ALTER TABLE `left` ADD CONSTRAINT `fk_left_right_id` FOREIGN KEY (`right_id`) REFERENCES `right` (`id`)
 */
function renderAddForeignKeys(table: CreateTable): CompiledQuery[] {
  return table.foreignKeys
    .filter((fk) => fk.deferred)
    .map((fk) => ({
      sql: `ALTER TABLE ${quote(table.name)} ADD ${foreignKeyConstraint(fk)}`,
      params: [],
      kind: 'ddl' as const,
    }));
}

function renderTableNames(): CompiledQuery {
  return {
    sql: 'SELECT `TABLE_NAME` AS `name` FROM `information_schema`.`TABLES` WHERE `TABLE_SCHEMA` = DATABASE()',
    params: [],
    kind: 'select',
  };
}

function renderUniqueKeys(table: string): CompiledQuery {
  return {
    sql: 'SELECT `INDEX_NAME` AS `name`, `COLUMN_NAME` AS `column` FROM `information_schema`.`STATISTICS` WHERE `TABLE_SCHEMA` = DATABASE() AND `TABLE_NAME` = ? AND `NON_UNIQUE` = 0',
    params: [table],
    kind: 'select',
  };
}

function foreignKeyConstraint(fk: CreateForeignKey): string {
  let sql = `CONSTRAINT ${quote(fk.name)} FOREIGN KEY (${fk.columns.map(quote).join(', ')}) REFERENCES ${quote(fk.targetTable)} (${fk.targetColumns.map(quote).join(', ')})`;
  if (fk.onDelete) sql += ` ON DELETE ${fk.onDelete}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${fk.onUpdate}`;
  return sql;
}

function columnDefinition(column: CreateColumn): string {
  let sql = `${quote(column.name)} ${columnType(column.type)}`;
  if (!column.nullable) sql += ' NOT NULL';
  if (column.autoincrement) sql += ' AUTO_INCREMENT';
  if (column.serverDefault !== undefined) sql += ` DEFAULT ${column.serverDefault}`;
  else if (column.literalDefault !== undefined) sql += ` DEFAULT ${literal(encodeMysqlValue(column.type, column.literalDefault))}`;
  return sql;
}

/**
 * @example
 * columnType(String(50)) // 'VARCHAR(50)'
 * columnType(Enum(['draft', 'published'])) // "ENUM('draft', 'published')"
 */
function columnType(type: ColumnType): string {
  switch (type.kind) {
    case 'integer':
      return 'INT';
    case 'bigInteger':
      return 'BIGINT';
    case 'smallInteger':
      return type.unsigned ? 'SMALLINT UNSIGNED' : 'SMALLINT';
    case 'tinyInteger':
      return type.unsigned ? 'TINYINT UNSIGNED' : 'TINYINT';
    case 'year':
      return 'YEAR';
    case 'string':
      return `VARCHAR(${type.length ?? 255})`;
    case 'text':
      return 'TEXT';
    case 'boolean':
      return 'BOOLEAN';
    case 'float':
      return 'DOUBLE';
    case 'numeric':
      return `DECIMAL(${type.precision ?? 10}, ${type.scale ?? 2})`;
    case 'dateTime':
      return 'DATETIME(3)';
    case 'date':
      return 'DATE';
    case 'time':
      return 'TIME';
    case 'json':
      return 'JSON';
    case 'enum':
      return `ENUM(${(type.values ?? []).map(literal).join(', ')})`;
    case 'set':
      return `SET(${(type.values ?? []).map(literal).join(', ')})`;
    case 'largeBinary':
      // Without a length, the largest: a BLOB stops at 64 KiB. With one, MySQL picks the smallest that holds it.
      return type.length === undefined ? 'LONGBLOB' : `BLOB(${type.length})`;
  }
}

/** A literal for DDL defaults and enum values; never used for request values. */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  throw new TypeError(`Cannot write ${inspect(value)} as a default value in MySQL DDL; use serverDefault for SQL expressions.`);
}
