/**
 * The SQLite dialect: double-quoted identifiers, `ON CONFLICT DO NOTHING`, DDL with inline
 * foreign keys and CHECKs for what SQLite does not enforce by type, and value conversions for
 * better-sqlite3.
 */
import { integerRange, isIntegerKind, type ColumnType } from '../../declare/index.js';
import type { CreateColumn, CreateForeignKey, CreateTable } from '../../sql/createTables.js';
import type { CompiledQuery, Statement } from '../../sql/statements.js';
import { inspect } from '../../util/inspect.js';
import { decodeColumnValue, joinSetMembers, toBoolean, toBuffer, toDate, toDateString, toDecimalString } from '../columnValues.js';
import type { Dialect, DialectCapabilities } from '../Dialect.js';
import { renderStatement, type SqlFlavor } from '../renderStatement.js';
import { classifySqliteError, sqliteCheckName } from './sqliteErrors.js';

/** `"name"`, with double quotes doubled. */
function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

const capabilities: DialectCapabilities = Object.freeze({
  // SQLITE_MAX_VARIABLE_NUMBER as better-sqlite3 12.9 compiles it (`PRAGMA compile_options`
  // shows MAX_VARIABLE_NUMBER=32766); 32,767 placeholders fail with "too many SQL variables".
  maxBindParameters: 32766,
  // RETURNING needs SQLite 3.35; better-sqlite3 12.9 bundles 3.53.
  insertReturning: true,
  // One writer at a time: a multi-row INSERT's rowids are max(rowid)+1, +2, ...
  consecutiveInsertIds: true,
  insertIdIs: 'last',
  autoIncrementStep: 1,
  // Window functions arrived in SQLite 3.25.
  windowFunctions: true,
  // One writer at a time: no row locks of either kind.
  sharedLocks: false,
});

const flavor: SqlFlavor = {
  quote,
  encode: encodeSqliteValue,
  // Skips only rows that violate a uniqueness constraint; NOT NULL, CHECK and foreign-key
  // errors still fail. With RETURNING, only the inserted rows come back.
  ignoreConflicts: () => ({ prefix: '', suffix: ' ON CONFLICT DO NOTHING' }),
  insertReturning: capabilities.insertReturning,
  noLimit: '-1',
  lockingReads: false,
  shareLock: '',
  windowFunctions: capabilities.windowFunctions,
  enumOrder: 'text',
  // `||` keeps NULL NULL (concat() would not), so NOT (...) treats a NULL set as MySQL does.
  setHas: (column, member) => `instr(',' || ${column} || ',', ',' || ${member} || ',') > 0`,
};

/**
 * The SQLite dialect. Its capabilities do not depend on a server, so it is one object.
 *
 * @example
 * sqliteDialect.render(update) // { sql: 'UPDATE "child" SET "name" = ? WHERE "child"."id" = ?', params: ['x', 7], kind: 'update' }
 */
export const sqliteDialect: Dialect = Object.freeze({
  name: 'sqlite' as const,
  capabilities,
  render: (statement: Statement) => renderStatement(statement, flavor),
  renderCreateTable,
  // SQLite does not check a referenced table when a table is created, so every foreign key is
  // already inline in CREATE TABLE; and it has no ALTER TABLE ADD CONSTRAINT.
  renderAddForeignKeys: () => [],
  renderTableNames,
  renderUniqueKeys,
  encode: encodeSqliteValue,
  decode: decodeColumnValue,
  classifyError: classifySqliteError,
});

/**
 * better-sqlite3 binds numbers, strings, bigints and nulls. `dateTime` is stored as ISO-8601
 * text, `boolean` as 1/0, `json` as text, `bigInteger` as a bigint (every digit kept), `numeric`
 * as a decimal string that the column's NUMERIC affinity turns into a number.
 *
 * @example
 * encodeSqliteValue(DateTime, new Date('2026-11-25T09:30:00Z')) // '2026-11-25T09:30:00.000Z'
 * encodeSqliteValue(BigInteger, '9007199254740993')             // 9007199254740993n
 */
export function encodeSqliteValue(type: ColumnType | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type?.kind) {
    case 'dateTime':
      return toDate(value).toISOString();
    case 'date':
      return toDateString(value);
    case 'json':
      return JSON.stringify(value);
    case 'boolean':
      return toBoolean(value) ? 1 : 0;
    case 'bigInteger':
      return BigInt(toDecimalString(value));
    case 'numeric':
      return toDecimalString(value);
    case 'set':
      return joinSetMembers(type, value);
    case 'largeBinary':
      return toBuffer(value);
    case undefined:
      if (value instanceof Date) return value.toISOString();
      if (typeof value === 'boolean') return value ? 1 : 0;
      return value;
    default:
      return value;
  }
}

/**
 * @example
 * renderCreateTable(child).map((q) => q.sql)
 * // CREATE TABLE "child" (
 * //   "id" INTEGER PRIMARY KEY,
 * //   "parent_id" INTEGER,
 * //   CONSTRAINT "fk_child_parent_id" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id")
 * // )
 * // CREATE INDEX IF NOT EXISTS "ix_child_parent_id" ON "child" ("parent_id")
 */
function renderCreateTable(table: CreateTable): CompiledQuery[] {
  const list = (columns: readonly string[]) => columns.map(quote).join(', ');
  const rowid = rowidColumn(table);
  const lines = [
    ...table.columns.map((column) => columnDefinition(table.name, column, column.name === rowid)),
    ...(table.primaryKey.length > 0 && rowid === undefined ? [`PRIMARY KEY (${list(table.primaryKey)})`] : []),
    ...table.uniques.map((unique) => `CONSTRAINT ${quote(unique.name)} UNIQUE (${list(unique.columns)})`),
    ...table.foreignKeys.map(foreignKeyConstraint),
  ];
  return [
    { sql: `CREATE TABLE ${quote(table.name)} (\n  ${lines.join(',\n  ')}\n)`, params: [], kind: 'ddl' },
    ...table.indexes.map((index) => ({
      sql: `CREATE INDEX IF NOT EXISTS ${quote(index.name)} ON ${quote(table.name)} (${list(index.columns)})`,
      params: [],
      kind: 'ddl' as const,
    })),
  ];
}

/** The column declared `INTEGER PRIMARY KEY`, an alias of the rowid that SQLite numbers itself. */
function rowidColumn(table: CreateTable): string | undefined {
  if (table.primaryKey.length !== 1) return undefined;
  const column = table.columns.find((c) => c.name === table.primaryKey[0]);
  return column?.autoincrement && isIntegerKind(column.type.kind) ? column.name : undefined;
}

/** A composite primary key shows as a unique `sqlite_autoindex_*` index. */
function renderUniqueKeys(table: string): CompiledQuery {
  return {
    sql: 'SELECT "il"."name" AS "name", "ii"."name" AS "column" FROM pragma_index_list(?) AS "il", pragma_index_info("il"."name") AS "ii" WHERE "il"."unique" = 1',
    params: [table],
    kind: 'select',
  };
}

function renderTableNames(): CompiledQuery {
  return { sql: 'SELECT "name" FROM "sqlite_master" WHERE "type" = ?', params: ['table'], kind: 'select' };
}

function foreignKeyConstraint(fk: CreateForeignKey): string {
  let sql = `CONSTRAINT ${quote(fk.name)} FOREIGN KEY (${fk.columns.map(quote).join(', ')}) REFERENCES ${quote(fk.targetTable)} (${fk.targetColumns.map(quote).join(', ')})`;
  if (fk.onDelete) sql += ` ON DELETE ${fk.onDelete}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${fk.onUpdate}`;
  return sql;
}

function columnDefinition(table: string, column: CreateColumn, rowid: boolean): string {
  const name = quote(column.name);
  if (rowid) return `${name} INTEGER PRIMARY KEY`;
  let sql = `${name} ${columnType(column.type)}`;
  if (!column.nullable) sql += ' NOT NULL';
  if (column.serverDefault !== undefined) sql += ` DEFAULT ${column.serverDefault}`;
  else if (column.literalDefault !== undefined) sql += ` DEFAULT ${literal(encodeSqliteValue(column.type, column.literalDefault))}`;
  const { type } = column;
  // SQLite stores any length in any column; these CHECKs make it refuse what MySQL refuses.
  if (type.kind === 'string') {
    sql += ` CONSTRAINT ${quote(sqliteCheckName(table, column.name, 'length'))} CHECK (length(${name}) <= ${type.length ?? 255})`;
  }
  if (type.kind === 'enum') {
    sql += ` CONSTRAINT ${quote(sqliteCheckName(table, column.name, 'enum'))} CHECK (${name} IN (${(type.values ?? []).map(literal).join(', ')}))`;
  }
  const range = integerRange(type);
  if (range) {
    sql += ` CONSTRAINT ${quote(sqliteCheckName(table, column.name, 'range'))} CHECK (${name} BETWEEN ${range.min} AND ${range.max})`;
  }
  return sql;
}

/**
 * Type names chosen for their affinity (https://www.sqlite.org/datatype3.html): dates are TEXT
 * so ISO strings stay text; `Numeric` has NUMERIC affinity, so decimals come back as numbers.
 */
function columnType(type: ColumnType): string {
  switch (type.kind) {
    case 'integer':
      return 'INTEGER';
    case 'bigInteger':
      return 'BIGINT';
    // The names keep what the column is for introspection; all have INTEGER affinity but YEAR
    // (NUMERIC), which stores integers the same way.
    case 'smallInteger':
      return type.unsigned ? 'SMALLINT UNSIGNED' : 'SMALLINT';
    case 'tinyInteger':
      return type.unsigned ? 'TINYINT UNSIGNED' : 'TINYINT';
    case 'year':
      return 'YEAR';
    case 'time':
      // NUMERIC affinity keeps `09:30:00` as text: it is not a number.
      return 'TIME';
    case 'largeBinary':
      return 'BLOB';
    case 'set':
      return 'TEXT';
    case 'string':
      return `VARCHAR(${type.length ?? 255})`;
    case 'text':
    case 'json':
    case 'enum':
    case 'dateTime':
    case 'date':
      return 'TEXT';
    case 'boolean':
      return 'BOOLEAN';
    case 'float':
      return 'REAL';
    case 'numeric':
      return `NUMERIC(${type.precision ?? 10}, ${type.scale ?? 2})`;
  }
}

/** A literal for DDL defaults and enum values; never used for request values. */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  throw new TypeError(`Cannot write ${inspect(value)} as a default value in SQLite DDL; use serverDefault for SQL expressions.`);
}
