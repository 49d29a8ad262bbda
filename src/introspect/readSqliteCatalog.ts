/**
 * Reads a SQLite database's catalog: `sqlite_master` for the tables and views, the pragmas
 * (`table_xinfo`, `index_list`, `index_info`, `foreign_key_list`) for what SQLite knows of each,
 * and each table's own `CREATE TABLE` text for what only that text keeps: the names of unique
 * and foreign-key constraints, and the CHECKs that relgraph writes for enums
 * (`CHECK ("format" IN ('hardcover', 'paperback'))`).
 *
 * SQLite types are names, not types: a column's kind comes from its declared type as relgraph's
 * DDL writes it (INTEGER, BIGINT, VARCHAR(n), TEXT, BOOLEAN, REAL, NUMERIC(p, s)), a few common
 * names other tools write (DATETIME, DATE, JSON, DECIMAL, ...), and SQLite's affinity rules for
 * the rest. relgraph's DDL stores dates, datetimes and JSON as plain TEXT, so those read back as
 * `text`: nothing in the database says otherwise.
 */
import type { ColumnKind, ReferentialAction } from '../declare/index.js';
import type { Executor } from '../dialect/Driver.js';
import { constraintName } from '../sql/createTables.js';
import { catalogQuery, groupBy } from './catalogQuery.js';
import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogTable, CatalogType } from './Catalog.js';

type Row = Record<string, unknown>;

/**
 * @example
 * const catalog = await readSqliteCatalog(driver);
 * catalog.tables.map((t) => t.name) // ['association', 'left', 'right']
 */
export async function readSqliteCatalog(executor: Executor): Promise<Catalog> {
  // `sqlite_%`: SQLite's own tables (sqlite_sequence, sqlite_stat1, ...); SQLite reserves the
  // prefix in any case, as LIKE matches it.
  const objects = await select(
    executor,
    'the tables and views (sqlite_master)',
    'SELECT "type" AS "type", "name" AS "name", "sql" AS "sql" FROM "sqlite_master" WHERE "type" IN (?, ?) AND "name" NOT LIKE ? ESCAPE ?',
    ['table', 'view', 'sqlite\\_%', '\\'],
  );
  const tableNames = objects.filter((o) => o['type'] === 'table').map((o) => String(o['name']));
  const views = objects.filter((o) => o['type'] === 'view').map((o) => String(o['name']));
  if (tableNames.length === 0) return { tables: [], views };

  // One statement per pragma for every table at once: the pragmas are table-valued functions.
  const fromTables = 'FROM "sqlite_master" AS "m" JOIN';
  const onlyTables = 'WHERE "m"."type" = ? AND "m"."name" NOT LIKE ? ESCAPE ?';
  const tableParams = ['table', 'sqlite\\_%', '\\'];
  const columnRows = await select(
    executor,
    'the columns (pragma table_xinfo)',
    `SELECT "m"."name" AS "table", "c"."cid" AS "cid", "c"."name" AS "name", "c"."type" AS "type", "c"."notnull" AS "notnull", "c"."dflt_value" AS "default", "c"."pk" AS "pk", "c"."hidden" AS "hidden" ${fromTables} pragma_table_xinfo("m"."name") AS "c" ${onlyTables} ORDER BY "m"."name", "c"."cid"`,
    tableParams,
  );
  const indexRows = await select(
    executor,
    'the indexes (pragma index_list, index_info)',
    `SELECT "m"."name" AS "table", "il"."name" AS "index", "il"."unique" AS "unique", "il"."origin" AS "origin", "il"."partial" AS "partial", "ii"."seqno" AS "seqno", "ii"."cid" AS "cid", "ii"."name" AS "column" ${fromTables} pragma_index_list("m"."name") AS "il" JOIN pragma_index_info("il"."name") AS "ii" ${onlyTables} ORDER BY "m"."name", "il"."name", "ii"."seqno"`,
    tableParams,
  );
  const foreignKeyRows = await select(
    executor,
    'the foreign keys (pragma foreign_key_list)',
    `SELECT "m"."name" AS "table", "fk"."id" AS "id", "fk"."seq" AS "seq", "fk"."table" AS "target", "fk"."from" AS "from", "fk"."to" AS "to", "fk"."on_update" AS "onUpdate", "fk"."on_delete" AS "onDelete" ${fromTables} pragma_foreign_key_list("m"."name") AS "fk" ${onlyTables} ORDER BY "m"."name", "fk"."id", "fk"."seq"`,
    tableParams,
  );

  const ddl = new Map(
    objects.filter((o) => o['type'] === 'table').map((o) => [String(o['name']), typeof o['sql'] === 'string' ? o['sql'] : undefined]),
  );
  const columnsOf = groupBy(columnRows, (r) => String(r['table']));
  const indexesOf = groupBy(indexRows, (r) => String(r['table']));
  const foreignKeysOf = groupBy(foreignKeyRows, (r) => String(r['table']));
  // A foreign key without target columns (`REFERENCES parent`) means the target's primary key.
  const primaryKeys = new Map(tableNames.map((name) => [name.toLowerCase(), primaryKeyOf(columnsOf.get(name) ?? [])]));

  return {
    tables: tableNames.map((name) =>
      readTable(
        name,
        parseCreateTable(ddl.get(name)),
        columnsOf.get(name) ?? [],
        indexesOf.get(name) ?? [],
        foreignKeysOf.get(name) ?? [],
        primaryKeys,
        tableNames,
      ),
    ),
    views,
  };
}

function readTable(
  name: string,
  ddl: TableDdl,
  columnRows: readonly Row[],
  indexRows: readonly Row[],
  foreignKeyRows: readonly Row[],
  primaryKeys: ReadonlyMap<string, string[]>,
  tableNames: readonly string[],
): CatalogTable {
  const primaryKey = primaryKeyOf(columnRows);
  const indexes = groupBy(indexRows, (r) => String(r['index']));
  // A lone INTEGER primary key is the rowid, numbered by SQLite, unless the key has an index
  // of its own (a WITHOUT ROWID table, or `INTEGER PRIMARY KEY DESC`).
  const keyIndexed = indexRows.some((r) => r['origin'] === 'pk');
  const keyColumn = columnRows.find((r) => Number(r['pk']) === 1);
  const rowid =
    primaryKey.length === 1 && !keyIndexed && keyColumn !== undefined && String(keyColumn['type']).trim().toUpperCase() === 'INTEGER'
      ? String(keyColumn['name'])
      : undefined;

  const columns = columnRows
    // hidden 1: a virtual table's hidden column; 2 and 3: generated columns (virtual, stored).
    .filter((r) => Number(r['hidden']) !== 1)
    .map((r): CatalogColumn => {
      const columnName = String(r['name']);
      const key = columnName.toLowerCase();
      const type = sqliteType(String(r['type'] ?? ''), ddl.enums.get(key), ddl.json.has(key));
      const isRowid = columnName === rowid;
      const value = isRowid ? undefined : sqliteDefault(r['default'], type.kind);
      return {
        name: columnName,
        type,
        // The rowid is never NULL (a NULL inserted there is given the next number).
        nullable: !isRowid && Number(r['notnull']) === 0,
        autoincrement: isRowid,
        ...(value === undefined ? {} : { default: value }),
        ...(Number(r['hidden']) >= 2 ? { generated: true } : {}),
      };
    });

  const uniques: Array<{ name: string; columns: string[] }> = [];
  const plain: Array<{ name: string; columns: string[] }> = [];
  const namedUniques = [...ddl.uniques];
  for (const [indexName, rows] of indexes) {
    const first = rows[0]!;
    if (first['origin'] === 'pk') continue;
    // An expression (cid -2) has no column name; the Catalog has no way to say it.
    if (rows.some((r) => r['column'] === null || r['column'] === undefined)) continue;
    const indexColumns = rows.map((r) => String(r['column']));
    // A partial unique index keeps only some rows unique: not a key of the table.
    if (Number(first['unique']) === 1 && Number(first['partial']) === 0) {
      if (first['origin'] === 'u') {
        // UNIQUE in CREATE TABLE: SQLite names the index sqlite_autoindex_<table>_<n>; the
        // constraint's own name is only in the CREATE TABLE text.
        const declared = take(namedUniques, (u) => sameNames(u.columns, indexColumns));
        uniques.push({ name: declared?.name ?? constraintName('uq', name, indexColumns), columns: indexColumns });
      } else {
        uniques.push({ name: indexName, columns: indexColumns });
      }
    } else {
      plain.push({ name: indexName, columns: indexColumns });
    }
  }

  const namedForeignKeys = [...ddl.foreignKeys];
  const foreignKeys = [...groupBy(foreignKeyRows, (r) => String(r['id'])).values()].map((rows): CatalogForeignKey => {
    const first = rows[0]!;
    const fkColumns = rows.map((r) => String(r['from']));
    const written = String(first['target']);
    // SQLite keeps the target as written; the table's own spelling is the one to use.
    const targetTable = tableNames.find((t) => t.toLowerCase() === written.toLowerCase()) ?? written;
    const targetColumns = rows.every((r) => r['to'] !== null && r['to'] !== undefined)
      ? rows.map((r) => String(r['to']))
      : (primaryKeys.get(targetTable.toLowerCase()) ?? []);
    const declared = take(
      namedForeignKeys,
      (fk) => sameNames(fk.columns, fkColumns) && fk.targetTable.toLowerCase() === written.toLowerCase(),
    );
    const onDelete = sqliteAction(first['onDelete']);
    const onUpdate = sqliteAction(first['onUpdate']);
    const lossy = [onDelete, onUpdate].flatMap((a, i) => (a.lossy ? [`ON ${i === 0 ? 'DELETE' : 'UPDATE'} ${a.lossy}`] : []));
    return {
      name: declared?.name ?? constraintName('fk', name, fkColumns),
      columns: fkColumns,
      targetTable,
      targetColumns,
      onDelete: onDelete.action,
      onUpdate: onUpdate.action,
      ...(lossy.length > 0 ? { lossy: `${lossy.join(' and ')}: relgraph cannot declare it; read as no action` } : {}),
    };
  });

  return { name, columns, primaryKey, uniques, indexes: plain, foreignKeys };
}

function primaryKeyOf(columnRows: readonly Row[]): string[] {
  return columnRows
    .filter((r) => Number(r['pk']) > 0)
    .sort((a, b) => Number(a['pk']) - Number(b['pk']))
    .map((r) => String(r['name']));
}

/** NO ACTION is what SQLite does without a clause, so it reads as `undefined`. */
function sqliteAction(value: unknown): { action: ReferentialAction | undefined; lossy?: string } {
  const text = String(value ?? '').toUpperCase();
  switch (text) {
    case 'CASCADE':
    case 'SET NULL':
    case 'RESTRICT':
      return { action: text };
    case 'SET DEFAULT':
      return { action: undefined, lossy: 'SET DEFAULT' };
    default:
      return { action: undefined };
  }
}

/**
 * @example
 * sqliteType('VARCHAR(50)')                   // { kind: 'string', native: 'VARCHAR(50)', length: 50 }
 * sqliteType('TEXT', ['draft', 'published'])  // { kind: 'enum', native: 'TEXT', values: ['draft', 'published'] }
 * sqliteType('NUMERIC(10, 2)')                // { kind: 'numeric', native: 'NUMERIC(10, 2)', precision: 10, scale: 2 }
 */
export function sqliteType(declared: string, enumValues?: readonly string[], json = false): CatalogType {
  const native = declared.trim();
  const match = /^([^(]*?)\s*(?:\(\s*([+-]?\d+)\s*(?:,\s*([+-]?\d+)\s*)?\))?$/.exec(native);
  const base = (match?.[1] ?? native).replace(/\s+/g, ' ').toUpperCase();
  const first = match?.[2] === undefined ? undefined : Number(match[2]);
  const second = match?.[3] === undefined ? undefined : Number(match[3]);
  const affinity = sqliteAffinity(base);
  if (enumValues && enumValues.length > 0 && affinity === 'TEXT') return { kind: 'enum', native, values: [...enumValues] };
  if (json && affinity === 'TEXT') return { kind: 'json', native };
  const kind = (k: ColumnKind, extra: Partial<CatalogType> = {}): CatalogType => ({ kind: k, native, ...extra });
  switch (base) {
    case 'INTEGER':
    case 'INT':
    case 'MEDIUMINT':
      return kind('integer');
    case 'SMALLINT':
    case 'INT2':
      return kind('smallInteger');
    case 'SMALLINT UNSIGNED':
      return kind('smallInteger', { unsigned: true });
    case 'TINYINT':
      return kind('tinyInteger');
    case 'TINYINT UNSIGNED':
      return kind('tinyInteger', { unsigned: true });
    case 'BLOB':
      return kind('largeBinary');
    case 'BIGINT':
    case 'INT8':
    case 'UNSIGNED BIG INT':
      return kind('bigInteger');
    case 'BOOLEAN':
    case 'BOOL':
      return kind('boolean');
    case 'VARCHAR':
    case 'CHAR':
    case 'CHARACTER':
    case 'NCHAR':
    case 'NVARCHAR':
    case 'VARYING CHARACTER':
    case 'CHARACTER VARYING':
    case 'NATIVE CHARACTER':
      return kind('string', first === undefined ? {} : { length: first });
    case 'TEXT':
    case 'CLOB':
    case 'TINYTEXT':
    case 'MEDIUMTEXT':
    case 'LONGTEXT':
      return kind('text');
    case 'REAL':
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
    case 'FLOAT':
      return kind('float');
    case 'NUMERIC':
    case 'DECIMAL':
      return first === undefined
        ? kind('numeric', { lossy: 'no precision and scale declared; read as Numeric, whose default is (10, 2)' })
        : kind('numeric', { precision: first, scale: second ?? 0 });
    case 'DATETIME':
    case 'TIMESTAMP':
      return kind('dateTime');
    case 'DATE':
      return kind('date');
    case 'JSON':
      return kind('json');
    case 'TIME':
      return kind('time');
    case 'YEAR':
      return kind('year');
    default:
      break;
  }
  switch (affinity) {
    case 'INTEGER':
      return kind('integer');
    case 'TEXT':
      return kind('text');
    case 'REAL':
      return kind('float');
    case 'BLOB':
      // BLOB in the name (MEDIUMBLOB, ...) holds bytes; no declared type at all may hold anything.
      return base === '' ? kind('string', { lossy: 'no declared type: may hold any value; read as String' }) : kind('largeBinary');
    case 'NUMERIC':
      return kind('numeric', { lossy: 'NUMERIC affinity: holds integers, reals or text; read as Numeric' });
  }
}

/** https://www.sqlite.org/datatype3.html §3.1, in its order. */
function sqliteAffinity(base: string): 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC' {
  if (base.includes('INT')) return 'INTEGER';
  if (base.includes('CHAR') || base.includes('CLOB') || base.includes('TEXT')) return 'TEXT';
  if (base.includes('BLOB') || base === '') return 'BLOB';
  if (base.includes('REAL') || base.includes('FLOA') || base.includes('DOUB')) return 'REAL';
  return 'NUMERIC';
}

/**
 * `dflt_value` is the default's SQL text: `'draft'`, `1`, `NULL`, `CURRENT_TIMESTAMP`,
 * `(datetime('now'))`.
 */
function sqliteDefault(text: unknown, kind: ColumnKind): CatalogColumn['default'] {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const sql = String(text).trim();
  if (/^null$/i.test(sql)) return undefined;
  const quoted = /^'((?:[^']|'')*)'$/s.exec(sql);
  if (quoted) return { value: typedLiteral(kind, quoted[1]!.replaceAll("''", "'")) };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(sql)) return { value: typedLiteral(kind, sql, true) };
  if (/^(true|false)$/i.test(sql)) return { value: typedLiteral(kind, sql.toLowerCase() === 'true' ? '1' : '0', true) };
  return { expression: sql };
}

/** A default's text as the value a declaration would give: `1` on a Boolean is `true`. */
function typedLiteral(kind: ColumnKind, text: string, number = false): string | number | boolean {
  switch (kind) {
    case 'boolean':
      if (/^[+-]?0*1(\.0*)?$/.test(text)) return true;
      if (/^[+-]?0+(\.0*)?$/.test(text)) return false;
      return number ? Number(text) : text;
    case 'integer':
    case 'smallInteger':
    case 'tinyInteger':
    case 'year':
    case 'float':
      return Number.isFinite(Number(text)) && text.trim() !== '' ? Number(text) : text;
    default:
      return text;
  }
}

// ---------------------------------------------------------------------------------------------
// The CREATE TABLE text: constraint names, and the CHECKs that say a column is an enum or JSON.

interface TableDdl {
  readonly uniques: Array<{ readonly name: string; readonly columns: readonly string[] }>;
  readonly foreignKeys: Array<{ readonly name: string; readonly columns: readonly string[]; readonly targetTable: string }>;
  /** By lower-cased column name: `CHECK (col IN ('a', 'b'))`. */
  readonly enums: Map<string, string[]>;
  /** Lower-cased column names with `CHECK (json_valid(col))`. */
  readonly json: Set<string>;
}

interface Token {
  readonly kind: 'word' | 'ident' | 'string' | 'number' | 'punct';
  readonly text: string;
}

const empty = (): TableDdl => ({ uniques: [], foreignKeys: [], enums: new Map(), json: new Set() });

/**
 * What the pragmas do not say, from the text SQLite keeps. Anything it cannot follow gives an
 * empty answer: the pragmas stay the truth, only names and enum values are lost.
 *
 * @example
 * parseCreateTable('CREATE TABLE "t" ("s" TEXT CONSTRAINT "ck" CHECK ("s" IN (\'a\', \'b\')), CONSTRAINT "uq_t_s" UNIQUE ("s"))')
 * // { uniques: [{ name: 'uq_t_s', columns: ['s'] }], foreignKeys: [], enums: Map { 's' => ['a', 'b'] }, json: Set {} }
 */
export function parseCreateTable(sql: string | undefined): TableDdl {
  if (sql === undefined) return empty();
  try {
    return parseTokens(tokenize(sql));
  } catch {
    return empty();
  }
}

function parseTokens(tokens: readonly Token[]): TableDdl {
  const result = empty();
  const open = tokens.findIndex((t) => t.kind === 'punct' && t.text === '(');
  // CREATE TABLE ... AS SELECT: no definitions to read.
  if (open < 0 || tokens.slice(0, open).some((t) => isWord(t, 'AS'))) return result;
  const close = matching(tokens, open);
  for (const definition of splitTopLevel(tokens.slice(open + 1, close))) {
    if (definition.length === 0) continue;
    const head = definition[0]!;
    if (head.kind === 'word' && ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'].includes(head.text.toUpperCase())) {
      tableConstraint(definition, result);
    } else {
      columnConstraints(definition, result);
    }
  }
  return result;
}

function tableConstraint(tokens: readonly Token[], result: TableDdl): void {
  let i = 0;
  let name: string | undefined;
  if (isWord(tokens[0], 'CONSTRAINT')) {
    name = tokens[1]?.text;
    i = 2;
  }
  const keyword = tokens[i];
  if (isWord(keyword, 'UNIQUE')) {
    const columns = nameList(tokens, i + 1);
    if (name !== undefined && columns) result.uniques.push({ name, columns });
  } else if (isWord(keyword, 'FOREIGN') && isWord(tokens[i + 1], 'KEY')) {
    const open = i + 2;
    const columns = nameList(tokens, open);
    const references = tokens[open] ? matching(tokens, open) + 1 : -1;
    const target = tokens[references + 1];
    if (name !== undefined && columns && isWord(tokens[references], 'REFERENCES') && target) {
      result.foreignKeys.push({ name, columns, targetTable: target.text });
    }
  } else if (isWord(keyword, 'CHECK')) {
    check(groupAfter(tokens, i + 1), result);
  }
}

function columnConstraints(tokens: readonly Token[], result: TableDdl): void {
  const column = tokens[0]!.text;
  let name: string | undefined;
  for (let j = 1; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && token.text === '(') {
      j = matching(tokens, j);
      continue;
    }
    if (token.kind !== 'word') continue;
    switch (token.text.toUpperCase()) {
      case 'CONSTRAINT':
        name = tokens[j + 1]?.text;
        j += 1;
        break;
      case 'UNIQUE':
        if (name !== undefined) result.uniques.push({ name, columns: [column] });
        name = undefined;
        break;
      case 'CHECK':
        check(groupAfter(tokens, j + 1), result);
        if (tokens[j + 1]?.text === '(') j = matching(tokens, j + 1);
        name = undefined;
        break;
      case 'REFERENCES': {
        const target = tokens[j + 1];
        if (name !== undefined && target) result.foreignKeys.push({ name, columns: [column], targetTable: target.text });
        name = undefined;
        j += 1;
        break;
      }
      case 'PRIMARY':
      case 'NOT':
      case 'NULL':
      case 'DEFAULT':
      case 'COLLATE':
      case 'GENERATED':
      case 'AS':
        name = undefined;
        break;
      default:
        break;
    }
  }
}

/** `col IN ('a', 'b')` makes an enum; `json_valid(col)` makes JSON. Nothing else is read. */
function check(expression: readonly Token[] | undefined, result: TableDdl): void {
  if (!expression || expression.length < 3) return;
  const [subject, keyword, open] = expression;
  if ((subject!.kind === 'word' || subject!.kind === 'ident') && isWord(keyword, 'IN') && open!.text === '(' && open!.kind === 'punct') {
    if (matching(expression, 2) !== expression.length - 1) return;
    const items = splitTopLevel(expression.slice(3, -1));
    if (items.length > 0 && items.every((item) => item.length === 1 && item[0]!.kind === 'string')) {
      result.enums.set(
        subject!.text.toLowerCase(),
        items.map((item) => item[0]!.text),
      );
    }
    return;
  }
  if (
    isWord(subject, 'JSON_VALID') &&
    expression.length === 4 &&
    keyword!.text === '(' &&
    expression[3]!.text === ')' &&
    (open!.kind === 'word' || open!.kind === 'ident')
  ) {
    result.json.add(open!.text.toLowerCase());
  }
}

/** The names in the parenthesized list at `open`: `("a", "b" DESC)` → `['a', 'b']`. */
function nameList(tokens: readonly Token[], open: number): string[] | undefined {
  const group = groupAfter(tokens, open);
  if (!group) return undefined;
  const items = splitTopLevel(group);
  if (items.some((item) => item.length === 0 || (item[0]!.kind !== 'word' && item[0]!.kind !== 'ident'))) return undefined;
  return items.map((item) => item[0]!.text);
}

/** The tokens inside the parentheses that open at `open`, or `undefined` if none open there. */
function groupAfter(tokens: readonly Token[], open: number): Token[] | undefined {
  const token = tokens[open];
  if (token?.kind !== 'punct' || token.text !== '(') return undefined;
  return tokens.slice(open + 1, matching(tokens, open));
}

function matching(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if (t.text === '(') depth += 1;
    if (t.text === ')' && --depth === 0) return i;
  }
  throw new Error('unbalanced parentheses');
}

function splitTopLevel(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.text === '(') depth += 1;
    if (t.kind === 'punct' && t.text === ')') depth -= 1;
    if (depth === 0 && t.kind === 'punct' && t.text === ',') parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === word;
}

/** SQLite's tokens, as far as a CREATE TABLE needs them (https://www.sqlite.org/lang_keywords.html). */
function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const quotedUntil = (close: string, kind: Token['kind']) => {
    let text = '';
    for (i += 1; ; i++) {
      if (i >= sql.length) throw new Error('unterminated quote');
      if (sql[i] === close) {
        if (close !== ']' && sql[i + 1] === close) {
          text += close;
          i += 1;
          continue;
        }
        i += 1;
        tokens.push({ kind, text });
        return;
      }
      text += sql[i];
    }
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === "'") {
      quotedUntil("'", 'string');
    } else if (c === '"') {
      quotedUntil('"', 'ident');
    } else if (c === '`') {
      quotedUntil('`', 'ident');
    } else if (c === '[') {
      quotedUntil(']', 'ident');
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const number = /^(0x[0-9a-f]+|\d*\.?\d*(e[+-]?\d+)?)/i.exec(sql.slice(i))![0];
      tokens.push({ kind: 'number', text: number });
      i += Math.max(number.length, 1);
    } else if (/[\p{L}_$\u0080-\uffff]/u.test(c)) {
      const word = /^[\p{L}\p{N}_$\u0080-\uffff]+/u.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    } else {
      const two = sql.slice(i, i + 2);
      const text = ['<=', '>=', '<>', '!=', '==', '||', '<<', '>>', '->'].includes(two) ? two : c;
      tokens.push({ kind: 'punct', text });
      i += text.length;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name.toLowerCase() === b[i]!.toLowerCase());
}

/** Removes and returns the first item that matches. */
function take<T>(items: T[], match: (item: T) => boolean): T | undefined {
  const index = items.findIndex(match);
  return index < 0 ? undefined : items.splice(index, 1)[0];
}

function select(executor: Executor, what: string, sql: string, params: readonly unknown[]): Promise<readonly Row[]> {
  return catalogQuery(executor, 'SQLite', what, sql, params);
}
