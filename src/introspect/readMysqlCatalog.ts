/**
 * Reads a MySQL/MariaDB database's catalog from `information_schema`, for the connection's
 * current database (`DATABASE()`): TABLES (base tables and views), COLUMNS, STATISTICS (unique
 * and plain indexes), TABLE_CONSTRAINTS with KEY_COLUMN_USAGE (primary and foreign keys),
 * REFERENTIAL_CONSTRAINTS (their rules) and, on MariaDB, CHECK_CONSTRAINTS (MariaDB's `JSON` is
 * a LONGTEXT with a `json_valid` CHECK). Every statement takes the database's name as a
 * parameter.
 *
 * MySQL and MariaDB differ in how COLUMNS shows a default: MariaDB (10.2.7+) quotes string
 * literals (`'draft'`), writes a missing default of a nullable column as the text `NULL` and
 * expressions as they are (`current_timestamp(3)`); MySQL writes literals unquoted and marks
 * expressions `DEFAULT_GENERATED` in EXTRA.
 */
import type { ColumnKind, ReferentialAction } from '../declare/index.js';
import type { Executor } from '../dialect/Driver.js';
import { catalogQuery, groupBy } from './catalogQuery.js';
import {
  CatalogReadError,
  type Catalog,
  type CatalogColumn,
  type CatalogForeignKey,
  type CatalogTable,
  type CatalogType,
} from './Catalog.js';

type Row = Record<string, unknown>;

/**
 * @example
 * const catalog = await readMysqlCatalog(driver);
 * catalog.tables.find((t) => t.name === 'book')?.primaryKey // ['id']
 */
export async function readMysqlCatalog(executor: Executor): Promise<Catalog> {
  const [server] = await select(executor, 'the current database', 'SELECT DATABASE() AS `database`, VERSION() AS `version`', []);
  const schema = server?.['database'];
  if (schema === null || schema === undefined) {
    throw new CatalogReadError(
      'The connection has no current database, so there is no catalog to read: name the database in the URL (mysql://user:password@host:3306/database).',
    );
  }
  const mariadb = /mariadb/i.test(text(server?.['version']));
  const params = [text(schema)];

  const tableRows = await select(
    executor,
    'the tables and views (information_schema.TABLES)',
    'SELECT `TABLE_NAME` AS `name`, `TABLE_TYPE` AS `type` FROM `information_schema`.`TABLES` WHERE `TABLE_SCHEMA` = ?',
    params,
  );
  // BASE TABLE, and MariaDB's SYSTEM VERSIONED tables; not MariaDB's SEQUENCEs or a session's
  // TEMPORARY tables.
  const tableNames = tableRows.filter((r) => ['BASE TABLE', 'SYSTEM VERSIONED'].includes(text(r['type']))).map((r) => text(r['name']));
  const views = tableRows.filter((r) => text(r['type']) === 'VIEW').map((r) => text(r['name']));
  if (tableNames.length === 0) return { tables: [], views };

  const columnRows = await select(
    executor,
    'the columns (information_schema.COLUMNS)',
    'SELECT `TABLE_NAME` AS `table`, `COLUMN_NAME` AS `name`, `ORDINAL_POSITION` AS `position`, `COLUMN_DEFAULT` AS `default`, `IS_NULLABLE` AS `nullable`, `DATA_TYPE` AS `dataType`, `COLUMN_TYPE` AS `columnType`, `CHARACTER_MAXIMUM_LENGTH` AS `length`, `NUMERIC_PRECISION` AS `precision`, `NUMERIC_SCALE` AS `scale`, `EXTRA` AS `extra` FROM `information_schema`.`COLUMNS` WHERE `TABLE_SCHEMA` = ? ORDER BY `TABLE_NAME`, `ORDINAL_POSITION`',
    params,
  );
  const indexRows = await select(
    executor,
    'the indexes (information_schema.STATISTICS)',
    'SELECT `TABLE_NAME` AS `table`, `INDEX_NAME` AS `index`, `NON_UNIQUE` AS `nonUnique`, `SEQ_IN_INDEX` AS `seq`, `COLUMN_NAME` AS `column` FROM `information_schema`.`STATISTICS` WHERE `TABLE_SCHEMA` = ? ORDER BY `TABLE_NAME`, `INDEX_NAME`, `SEQ_IN_INDEX`',
    params,
  );
  const keyRows = await select(
    executor,
    'the primary and foreign keys (information_schema.TABLE_CONSTRAINTS, KEY_COLUMN_USAGE)',
    'SELECT `k`.`TABLE_NAME` AS `table`, `k`.`CONSTRAINT_NAME` AS `name`, `c`.`CONSTRAINT_TYPE` AS `type`, `k`.`COLUMN_NAME` AS `column`, `k`.`ORDINAL_POSITION` AS `position`, `k`.`REFERENCED_TABLE_SCHEMA` AS `targetSchema`, `k`.`REFERENCED_TABLE_NAME` AS `targetTable`, `k`.`REFERENCED_COLUMN_NAME` AS `targetColumn` FROM `information_schema`.`TABLE_CONSTRAINTS` AS `c` JOIN `information_schema`.`KEY_COLUMN_USAGE` AS `k` ON `k`.`CONSTRAINT_SCHEMA` = `c`.`CONSTRAINT_SCHEMA` AND `k`.`TABLE_NAME` = `c`.`TABLE_NAME` AND `k`.`CONSTRAINT_NAME` = `c`.`CONSTRAINT_NAME` WHERE `c`.`TABLE_SCHEMA` = ? AND `k`.`TABLE_SCHEMA` = ? AND `c`.`CONSTRAINT_TYPE` IN (?, ?) ORDER BY `k`.`TABLE_NAME`, `k`.`CONSTRAINT_NAME`, `k`.`ORDINAL_POSITION`',
    [...params, ...params, 'PRIMARY KEY', 'FOREIGN KEY'],
  );
  const ruleRows = await select(
    executor,
    "the foreign keys' rules (information_schema.REFERENTIAL_CONSTRAINTS)",
    'SELECT `TABLE_NAME` AS `table`, `CONSTRAINT_NAME` AS `name`, `UPDATE_RULE` AS `onUpdate`, `DELETE_RULE` AS `onDelete` FROM `information_schema`.`REFERENTIAL_CONSTRAINTS` WHERE `CONSTRAINT_SCHEMA` = ?',
    params,
  );
  // MySQL has a JSON type of its own (and before 8.0.16 no CHECK_CONSTRAINTS, whose TABLE_NAME
  // only MariaDB has).
  const checkRows = mariadb
    ? await select(
        executor,
        'the CHECK constraints (information_schema.CHECK_CONSTRAINTS)',
        'SELECT `TABLE_NAME` AS `table`, `CHECK_CLAUSE` AS `clause` FROM `information_schema`.`CHECK_CONSTRAINTS` WHERE `CONSTRAINT_SCHEMA` = ?',
        params,
      )
    : [];

  const columnsOf = groupBy(columnRows, (r) => text(r['table']));
  const indexesOf = groupBy(indexRows, (r) => text(r['table']));
  const keysOf = groupBy(keyRows, (r) => text(r['table']));
  const rules = new Map(ruleRows.map((r) => [`${text(r['table'])}\u0000${text(r['name'])}`, r]));
  const jsonColumns = new Set(
    checkRows.flatMap((r) => {
      const column = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(text(r['clause']).trim())?.[1];
      return column === undefined ? [] : [`${text(r['table'])}\u0000${column.replaceAll('``', '`')}`];
    }),
  );

  return {
    tables: tableNames.map((name) =>
      readTable(
        name,
        text(schema),
        mariadb,
        columnsOf.get(name) ?? [],
        indexesOf.get(name) ?? [],
        keysOf.get(name) ?? [],
        rules,
        jsonColumns,
      ),
    ),
    views,
  };
}

function readTable(
  name: string,
  schema: string,
  mariadb: boolean,
  columnRows: readonly Row[],
  indexRows: readonly Row[],
  keyRows: readonly Row[],
  rules: ReadonlyMap<string, Row>,
  jsonColumns: ReadonlySet<string>,
): CatalogTable {
  const columns = columnRows.map((r): CatalogColumn => {
    const columnName = text(r['name']);
    const extra = text(r['extra']);
    const type = mysqlType(r, jsonColumns.has(`${name}\u0000${columnName}`));
    const value = mysqlDefault(r['default'], extra, mariadb, type.kind);
    return {
      name: columnName,
      type,
      nullable: text(r['nullable']) === 'YES',
      autoincrement: /\bauto_increment\b/i.test(extra),
      ...(value === undefined ? {} : { default: value }),
      ...(/\b(VIRTUAL|STORED|PERSISTENT) GENERATED\b/i.test(extra) ? { generated: true } : {}),
    };
  });

  const uniques: Array<{ name: string; columns: string[] }> = [];
  const indexes: Array<{ name: string; columns: string[] }> = [];
  for (const [indexName, rows] of groupBy(indexRows, (r) => text(r['index']))) {
    if (indexName === 'PRIMARY') continue;
    // A functional index (MySQL 8) has an expression, not a column: the Catalog cannot say it.
    if (rows.some((r) => r['column'] === null || r['column'] === undefined)) continue;
    const index = { name: indexName, columns: rows.map((r) => text(r['column'])) };
    if (Number(rows[0]!['nonUnique']) === 0) uniques.push(index);
    else indexes.push(index);
  }

  const byConstraint = groupBy(keyRows, (r) => `${text(r['type'])}\u0000${text(r['name'])}`);
  const primaryKey = keyRows.filter((r) => text(r['type']) === 'PRIMARY KEY').map((r) => text(r['column']));
  const foreignKeys = [...byConstraint.values()]
    .filter((rows) => text(rows[0]!['type']) === 'FOREIGN KEY')
    .map((rows): CatalogForeignKey => {
      const first = rows[0]!;
      const constraint = text(first['name']);
      const rule = rules.get(`${name}\u0000${constraint}`);
      const onDelete = mysqlAction(rule?.['onDelete']);
      const onUpdate = mysqlAction(rule?.['onUpdate']);
      const lossy = [onDelete, onUpdate].flatMap((a, i) => (a.lossy ? [`ON ${i === 0 ? 'DELETE' : 'UPDATE'} ${a.lossy}`] : []));
      const targetSchema = text(first['targetSchema']);
      const targetTable = text(first['targetTable']);
      return {
        name: constraint,
        columns: rows.map((r) => text(r['column'])),
        // A table of another database is named with it: `other.table`.
        targetTable: targetSchema === '' || targetSchema === schema ? targetTable : `${targetSchema}.${targetTable}`,
        targetColumns: rows.map((r) => text(r['targetColumn'])),
        onDelete: onDelete.action,
        onUpdate: onUpdate.action,
        ...(lossy.length > 0 ? { lossy: `${lossy.join(' and ')}: relgraph cannot declare it; read as no action` } : {}),
      };
    });

  return { name, columns, primaryKey, uniques, indexes, foreignKeys };
}

/**
 * RESTRICT and NO ACTION are one thing in InnoDB, and what it does without a clause (MariaDB
 * reports RESTRICT then, MySQL 8 NO ACTION): both read as `undefined`.
 */
function mysqlAction(value: unknown): { action: ReferentialAction | undefined; lossy?: string } {
  const rule = text(value).toUpperCase();
  if (rule === 'CASCADE' || rule === 'SET NULL') return { action: rule };
  // InnoDB refuses SET DEFAULT; another engine may keep it.
  if (rule === 'SET DEFAULT') return { action: undefined, lossy: 'SET DEFAULT' };
  return { action: undefined };
}

/**
 * @example
 * mysqlType({ dataType: 'tinyint', columnType: 'tinyint(1)' })            // { kind: 'boolean', native: 'tinyint(1)' }
 * mysqlType({ dataType: 'varchar', columnType: 'varchar(50)', length: 50 }) // { kind: 'string', native: 'varchar(50)', length: 50 }
 * mysqlType({ dataType: 'longtext', columnType: 'longtext' }, true)         // { kind: 'json', native: 'longtext' } (MariaDB JSON)
 */
export function mysqlType(row: Row, jsonCheck = false): CatalogType {
  const dataType = text(row['dataType']).toLowerCase();
  const native = text(row['columnType']) || dataType;
  const unsigned = /\bunsigned\b/i.test(native);
  const kind = (k: ColumnKind, extra: Partial<CatalogType> = {}): CatalogType => ({ kind: k, native, ...extra });
  const lossy = (k: ColumnKind, why: string, extra: Partial<CatalogType> = {}) => kind(k, { ...extra, lossy: why });
  switch (dataType) {
    case 'tinyint':
      // BOOLEAN is TINYINT(1); MySQL 8.0.19+ drops every other display width, but keeps this one.
      if (/^tinyint\(1\)/i.test(native)) return kind('boolean');
      return kind('tinyInteger', unsigned ? { unsigned } : {});
    case 'smallint':
      return kind('smallInteger', unsigned ? { unsigned } : {});
    case 'mediumint':
      return kind('integer');
    case 'int':
    case 'integer':
      return unsigned ? lossy('integer', 'UNSIGNED: values above 2147483647 do not fit Integer (GraphQL Int)') : kind('integer');
    case 'bigint':
      return unsigned
        ? lossy('bigInteger', 'UNSIGNED: values above 9223372036854775807 do not fit BigInteger (a signed BIGINT)')
        : kind('bigInteger');
    case 'varchar':
    case 'char': {
      const length = numberOrUndefined(row['length']);
      return kind('string', length === undefined ? {} : { length });
    }
    case 'tinytext':
    case 'text':
    case 'mediumtext':
    case 'longtext':
      return jsonCheck ? kind('json') : kind('text');
    case 'json':
      return kind('json');
    case 'decimal':
    case 'numeric': {
      const precision = numberOrUndefined(row['precision']);
      const scale = numberOrUndefined(row['scale']);
      return kind('numeric', { ...(precision === undefined ? {} : { precision }), ...(scale === undefined ? {} : { scale }) });
    }
    case 'float':
    case 'double':
    case 'real':
    case 'double precision':
      return kind('float');
    case 'datetime':
    case 'timestamp':
      return kind('dateTime');
    case 'date':
      return kind('date');
    case 'enum':
      return kind('enum', { values: quotedList(native) });
    case 'year':
      return kind('year');
    case 'set':
      return kind('set', { values: quotedList(native) });
    case 'time':
      return /^time\(\d*[1-9]\d*\)/i.test(native) ? lossy('time', 'fractions of a second are not kept (Time is HH:MM:SS)') : kind('time');
    case 'tinyblob':
      return kind('largeBinary', { length: 255 });
    case 'blob':
      return kind('largeBinary', { length: 65535 });
    case 'mediumblob':
      return kind('largeBinary', { length: 16777215 });
    case 'longblob':
      return kind('largeBinary');
    case 'binary':
    case 'varbinary': {
      const length = numberOrUndefined(row['length']);
      return lossy('largeBinary', 'create-tables would make it a BLOB', ...(length === undefined ? [] : [{ length }]));
    }
    case 'bit':
      return lossy('string', 'holds bits, and relgraph has no BIT type; read as String');
    default:
      return lossy('string', `relgraph has no ${dataType.toUpperCase()} type; read as String`);
  }
}

/** The members of `enum('a','it''s')`: `['a', "it's"]`. */
function quotedList(columnType: string): string[] {
  const values: string[] = [];
  for (const match of columnType.matchAll(/'((?:[^'\\]|''|\\.)*)'/gs)) values.push(unescapeLiteral(match[1]!));
  return values;
}

const escapes: Record<string, string> = { '0': '\0', n: '\n', r: '\r', t: '\t', b: '\b', Z: '\x1a' };

/** The inside of a MySQL string literal: `''` and `\'` are `'`, `\\` is `\`, `\n` a newline. */
function unescapeLiteral(inside: string): string {
  return inside.replace(/''|\\(.)/gs, (_whole, escaped: string | undefined) =>
    escaped === undefined ? "'" : (escapes[escaped] ?? escaped),
  );
}

function mysqlDefault(raw: unknown, extra: string, mariadb: boolean, kind: ColumnKind): CatalogColumn['default'] {
  if (raw === null || raw === undefined) return undefined;
  const sql = text(raw);
  if (mariadb) {
    if (sql === 'NULL') return undefined;
    const quoted = /^'((?:[^'\\]|''|\\.)*)'$/s.exec(sql);
    if (quoted) return { value: typedLiteral(kind, unescapeLiteral(quoted[1]!)) };
    if (isNumber(sql)) return { value: typedLiteral(kind, sql) };
    return { expression: sql };
  }
  // MySQL: an expression is marked (8.0.13+); MySQL 5.7 marks CURRENT_TIMESTAMP only by its text.
  if (/\bDEFAULT_GENERATED\b/i.test(extra)) return { expression: sql };
  if ((kind === 'dateTime' || kind === 'date') && /^(current_timestamp|now|localtime|localtimestamp)(\(\d*\))?$/i.test(sql)) {
    return { expression: sql };
  }
  return { value: typedLiteral(kind, sql) };
}

function isNumber(sql: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(sql);
}

/** A default's text as the value a declaration would give: `1` on a Boolean is `true`. */
function typedLiteral(kind: ColumnKind, value: string): string | number | boolean {
  switch (kind) {
    case 'boolean':
      if (/^[+-]?0*1$/.test(value)) return true;
      if (/^[+-]?0+$/.test(value)) return false;
      return isNumber(value) ? Number(value) : value;
    case 'integer':
    case 'smallInteger':
    case 'tinyInteger':
    case 'year':
    case 'float':
      return isNumber(value) ? Number(value) : value;
    default:
      return value;
  }
}

/** information_schema values can come back as Buffers (binary collations) or, for counts, bigints as strings. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

function numberOrUndefined(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(text(value));
  return Number.isFinite(n) ? n : undefined;
}

function select(executor: Executor, what: string, sql: string, params: readonly unknown[]): Promise<readonly Row[]> {
  return catalogQuery(executor, 'MySQL', what, sql, params);
}
