/**
 * A small, deterministic, varied data set for any mapping: a few rows per table, read from the
 * mapped tables alone, so that the differential test can fill every example schema without a
 * fixture of its own. Foreign keys point at rows that exist (some rows are never pointed at, so
 * lists come back empty; the first rows more often than the others, so that some lists hold
 * several rows and page), primary keys and unique constraints hold, NOT NULL columns get values
 * and nullable ones get NULL now and then. Values repeat on purpose (ties in `orderBy`) and cover
 * the awkward corners of each type (unicode, quotes, `%` and `_`, 64-bit integers, JSON `null`).
 */
import type { JsonValue, TableColumn } from '../../src/declare/index.js';
import type { Driver } from '../../src/dialect/Driver.js';
import type { Mapping, MappedTable } from '../../src/mapper/index.js';
import { createTables, type CreateTable } from '../../src/sql/createTables.js';
import { insertRows } from '../support/insertRows.js';

/** One row in relgraph's own value representation (`Date`, decimal strings, JSON values). */
export type SeedRow = Record<string, unknown>;

export interface SeedTable {
  readonly table: string;
  readonly rows: readonly SeedRow[];
}

export interface SeedOptions {
  /** Different seeds give different (but again deterministic) data. */
  readonly seed: number;
  /**
   * `"table.column"` names that get NULL in some rows although they are declared NOT NULL: for a
   * database whose tables drifted from the declarations (`createDriftedTables`).
   */
  readonly nullInto?: ReadonlySet<string>;
}

/** Rows of a table that has a model; link tables (no model, or a key made of foreign keys) get more. */
const modelRows = 7;
const linkRows = 10;

/**
 * @example
 * const tables = seedRows(configure(Base), { seed: 1 });
 * // [{ table: 'parent', rows: [{ id: 5, name: 'Beta' }, ...] }, { table: 'child', rows: [...] }]
 */
export function seedRows(mapping: Mapping, options: SeedOptions): SeedTable[] {
  const random = mulberry32(options.seed);
  const _pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const inserted = new Map<string, SeedRow[]>();
  const result: SeedTable[] = [];
  for (const created of createTables(mapping)) {
    const table = mapping.table(created.name)!;
    const rows: SeedRow[] = [];
    inserted.set(table.name, rows);
    const isLink =
      !table.model ||
      (table.primaryKey.length > 1 && table.primaryKey.every((c) => table.foreignKeys.some((fk) => fk.columns.includes(c))));
    const wanted = isLink ? linkRows : modelRows;
    // Integer keys with gaps, in a shuffled order: lists must come back sorted by the executor, not
    // by the insertion order.
    const ids = shuffle([1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233].slice(0, wanted), random);
    const keys = uniqueKeys(created);
    const nullInto = (column: TableColumn) => options.nullInto?.has(`${table.name}.${column.name}`) ?? false;
    // As created: a secondary's foreign keys form its primary key, and so are NOT NULL.
    const nullable = (column: TableColumn) => created.columns.find((c) => c.name === column.name)?.nullable ?? column.nullable;
    for (let attempt = 0; rows.length < wanted && attempt < wanted * 8; attempt++) {
      const index = rows.length;
      const row: SeedRow = {};
      // Each foreign key takes all its columns from one target row; the last two target rows are
      // never chosen, so that some rows have nothing related. A self-reference points backwards.
      for (const fk of table.foreignKeys) {
        const targets = fk.targetTable === table ? rows : (inserted.get(fk.targetTable.name) ?? []);
        const chosen = targets.length > 2 ? targets.slice(0, -2) : targets;
        const canBeNull = fk.columns.every(nullable);
        const forcedNull = fk.columns.some((c) => nullInto(c) && forcedNullRow(table, c, index));
        if (forcedNull || (canBeNull && (chosen.length === 0 || random() < 0.25))) {
          for (const column of fk.columns) if (!(column.name in row)) row[column.name] = null;
          continue;
        }
        if (chosen.length === 0) {
          if (fk.targetTable === table) continue; // a NOT NULL self-reference of the first row: filled below
          throw new Error(`seedRows: ${table.name} needs rows of ${fk.targetTable.name} first.`);
        }
        // Skewed towards the first rows, so that some parents have several children (a
        // connection's pages, per parent) and others one or none.
        const target = chosen[Math.floor(random() ** 2 * chosen.length)]!;
        fk.columns.forEach((column, i) => {
          if (!(column.name in row)) row[column.name] = target[fk.targets[i]!.name];
        });
      }
      for (const column of table.columns) {
        if (column.name in row) continue;
        if (nullInto(column) && forcedNullRow(table, column, index)) row[column.name] = null;
        else if (isIntegerKey(table, column)) row[column.name] = ids[index];
        else if (nullable(column) && (index === 1 || random() < 0.2)) row[column.name] = null;
        else
          row[column.name] = valueFor(
            column,
            index,
            attempt,
            keys.some((key) => key.includes(column.name)),
            random,
          );
      }
      // A NOT NULL self-reference with nothing before it points at the row itself.
      for (const fk of table.foreignKeys) {
        fk.columns.forEach((column, i) => {
          if (row[column.name] === undefined) row[column.name] = row[fk.targets[i]!.name];
        });
      }
      if (keys.some((key) => clashes(key, row, rows))) continue;
      rows.push(row);
    }
    result.push({ table: table.name, rows });
  }
  return result;
}

/** Inserts the seeded rows, table by table in dependency order, encoded for the driver's dialect. */
export async function insertSeedRows(driver: Driver, mapping: Mapping, tables: readonly SeedTable[]): Promise<void> {
  for (const { table, rows } of tables) {
    const columns = mapping.table(table)!.columns;
    await insertRows(
      driver,
      table,
      rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, driver.dialect.encode(column.type, row[column.name])]))),
    );
  }
}

/**
 * Creates the tables of `mapping` as `createAll` would, except that the `"table.column"` names
 * in `drift` are nullable in the database although declared NOT NULL: the state of a database
 * that drifted from its models, where a non-null GraphQL field can meet a NULL.
 */
export async function createDriftedTables(mapping: Mapping, driver: Driver, drift: ReadonlySet<string>): Promise<void> {
  const tables: CreateTable[] = createTables(mapping).map((table) => ({
    ...table,
    columns: table.columns.map((column) => (drift.has(`${table.name}.${column.name}`) ? { ...column, nullable: true } : column)),
  }));
  for (const table of tables) for (const query of driver.dialect.renderCreateTable(table)) await driver.execute(query);
  for (const table of tables) for (const query of driver.dialect.renderAddForeignKeys(table)) await driver.execute(query);
}

/** Every NOT NULL column of a model table that is not part of its primary key, as `"table.column"`. */
export function notNullColumns(mapping: Mapping): Set<string> {
  return new Set(
    mapping.models.flatMap((model) =>
      model.table.columns.filter((column) => !column.nullable && !column.primaryKey).map((column) => `${model.table.name}.${column.name}`),
    ),
  );
}

/**
 * The rows that get a forced NULL: two per column, few enough that most answers still have data,
 * and different rows for the columns of one table (a NULL name and a NULL foreign key apart).
 */
function forcedNullRow(table: MappedTable, column: TableColumn, index: number): boolean {
  const first = 2 + (table.columns.indexOf(column) % 3);
  return index === first || index === first + 3;
}

function isIntegerKey(table: MappedTable, column: TableColumn): boolean {
  return (
    table.primaryKey.length === 1 && table.primaryKey[0] === column && (column.type.kind === 'integer' || column.type.kind === 'bigInteger')
  );
}

/** The primary key and every unique constraint, as lists of column names. */
function uniqueKeys(created: CreateTable): string[][] {
  return [created.primaryKey, ...created.uniques.map((unique) => unique.columns)].filter((key) => key.length > 0).map((key) => [...key]);
}

/** A unique key is violated when another row has the same non-NULL values (NULLs never clash). */
function clashes(key: readonly string[], row: SeedRow, rows: readonly SeedRow[]): boolean {
  const values = key.map((name) => row[name]);
  if (values.some((value) => value === null || value === undefined)) return false;
  const text = JSON.stringify(values.map(comparable));
  return rows.some((other) => JSON.stringify(key.map((name) => comparable(other[name]))) === text);
}

/** MariaDB's default collation ignores case and accents, so unique strings are compared that way too. */
function comparable(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trimEnd();
  if (value instanceof Date) return value.toISOString();
  return value;
}

const words = [
  'alpha',
  'Beta',
  'beta',
  'gamma_x',
  'de%lta',
  'ünïcödé',
  '',
  'a b',
  "o'neil",
  'back\\slash',
  'quo"te',
  'emoji 😀',
  'Zeta',
  'alpha',
];
const texts = ['The first line.', 'Line one\nline two', '  padded  ', 'tab\there', '日本語のテキスト', 'alpha beta gamma'];
const integers = [0, 1, 2, 3, 3, 5, -7, 42, 2147483647, -2147483648];
const bigIntegers = ['0', '1', '-5', '42', '9007199254740993', '9223372036854775807', '-9223372036854775808'];
const floats = [0, 1.5, -2.25, 0.1, 1 / 3, 1e21, 123456.789, -0.0001, 3, 3];
const decimalUnits = [0n, 1n, 5n, 99n, 1050n, -325n, 9999n, 123456n];
const instants = [
  Date.UTC(2024, 0, 2, 3, 4, 5, 678),
  Date.UTC(1999, 11, 31, 23, 59, 59, 999),
  Date.UTC(2025, 5, 1),
  Date.UTC(1970, 0, 1),
  Date.UTC(2038, 0, 19, 3, 14, 8, 1),
  Date.UTC(2024, 0, 2, 3, 4, 5, 678),
];
const dates = ['2024-01-02', '1999-12-31', '2025-06-01', '2000-02-29', '2024-01-02', '1970-01-01'];
const jsonValues: JsonValue[] = [
  { a: 1 },
  [1, 2, 3],
  'text',
  42,
  true,
  null,
  { nested: { k: [1, { x: null }] }, u: 'ü' },
  [],
  {},
  1.5,
  { 'quo"te': 'a\\b' },
];

/**
 * A value for one column. Unique columns get a value made from the row's index and attempt, so
 * that they never clash; the others draw from small pools, so that values repeat.
 */
function valueFor(column: TableColumn, index: number, attempt: number, unique: boolean, random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const n = index * 31 + attempt;
  const type = column.type;
  switch (type.kind) {
    case 'integer':
      return unique ? 1000 + n : pick(integers);
    case 'bigInteger':
      return unique ? String(9007199254740000n + BigInt(n)) : pick(bigIntegers);
    case 'string':
    case 'text': {
      const text = unique ? `u${n}-${pick(words).replace(/[^a-z]/g, '')}` : pick(type.kind === 'text' ? [...texts, ...words] : words);
      return type.length === undefined ? text : Array.from(text).slice(0, type.length).join('');
    }
    case 'boolean':
      return random() < 0.5;
    case 'float':
      return unique ? n + 0.5 : pick(floats);
    case 'numeric': {
      const scale = type.scale ?? 2;
      const precision = type.precision ?? 10;
      const max = 10n ** BigInt(precision) - 1n;
      const units = unique ? BigInt(n) : pick(decimalUnits);
      return formatDecimal(units > max ? max : units < -max ? -max : units, scale);
    }
    case 'dateTime':
      return new Date(unique ? Date.UTC(2020, 0, 1) + n * 1000 : pick(instants));
    case 'date':
      return unique ? new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10) : pick(dates);
    case 'json':
      return pick(jsonValues);
    case 'enum':
      return type.values![unique ? n % type.values!.length : Math.floor(random() * type.values!.length)];
  }
}

/** `formatDecimal(-325n, 2)` → `'-3.25'`. */
function formatDecimal(units: bigint, scale: number): string {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A small seeded PRNG: the same seed gives the same data on every machine and run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
