/**
 * The database side of the pattern tests: a fresh database per dialect holding a seed module's
 * tables, filled with the rows the test file declares, and small readers that put a GraphQL
 * answer and a hand-written SQL result into one shape (owner → related keys), so that a
 * `toEqual` compares them.
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { DeclarativeBase } from '../../src/index.js';
import {
  createTestApi,
  createTestDriver,
  insertRows,
  recordStatements,
  selectRows,
  type GraphQLResponse,
  type StatementLog,
  type TestApi,
  type TestDialect,
  type TestDriver,
} from '../support/index.js';

export type Row = Record<string, unknown>;
export type GraphQLErrorShape = NonNullable<GraphQLResponse['errors']>[number];

export interface SeedDatabase {
  readonly api: TestApi;
  readonly driver: TestDriver;
  /** The statements sent since the tables were last filled. */
  readonly log: StatementLog;
  /** A table name quoted for the dialect: `` `left` `` on MySQL/MariaDB, `"left"` on SQLite. */
  table(name: string): string;
  /** Runs a hand-written SELECT. */
  sql(text: string): Promise<Row[]>;
  /** Every table's rows, each as JSON and sorted: equal snapshots mean nothing was written. */
  snapshot(): Promise<Record<string, string[]>>;
  /** Sends an operation that must fail: asserts `data: null` and returns the first error. */
  failure(query: string): Promise<GraphQLErrorShape | undefined>;
  /**
   * The writes sent since the log was last cleared, in order, as verb and table, the same on
   * every dialect: `['UPDATE child', 'DELETE parent']`.
   */
  writes(): string[];
}

/**
 * Opens a database for one describe block: creates the tables of `base` and inserts `rows`
 * (table by table, in the object's order, so referenced tables come first), once before all
 * tests (`'once'`, for reads) or again before each test (`'each'`, for writes). The statement
 * log is cleared after every fill.
 *
 * @example
 * const db = useSeedDatabase(dialect, Base, { parent: [...], child: [...] }, 'each');
 * it('...', async () => { await db.api.data('mutation { ... }'); expect(await db.sql('SELECT ...')).toEqual(...); });
 */
export function useSeedDatabase(
  dialect: TestDialect,
  base: DeclarativeBase,
  rows: Readonly<Record<string, readonly Row[]>>,
  fill: 'once' | 'each',
): SeedDatabase {
  const log = recordStatements();
  let driver: TestDriver | undefined;
  let api: TestApi | undefined;
  const tables = Object.keys(rows);
  const opened = () => {
    if (!driver || !api) throw new Error('The seed database is not open yet: use it inside a test.');
    return { driver, api };
  };
  const table = (name: string) => (opened().driver.dialect.name === 'mysql' ? `\`${name}\`` : `"${name}"`);
  const refill = async () => {
    const { driver } = opened();
    for (const name of [...tables].reverse()) await driver.execute({ sql: `DELETE FROM ${table(name)}`, params: [], kind: 'delete' });
    for (const name of tables) await insertRows(driver, name, rows[name]!);
    log.clear();
  };

  beforeAll(async () => {
    driver = await createTestDriver(dialect, { onStatement: log.onStatement });
    api = await createTestApi(base, driver);
    if (fill === 'once') await refill();
  });
  afterAll(() => driver?.drop());
  if (fill === 'each') beforeEach(refill);

  const sql = (text: string) => selectRows(opened().driver, text);
  return {
    get api() {
      return opened().api;
    },
    get driver() {
      return opened().driver;
    },
    log,
    table,
    sql,
    async snapshot() {
      const entries = await Promise.all(
        tables.map(
          async (name) => [name, (await sql(`SELECT * FROM ${table(name)}`)).map((row) => JSON.stringify(normalise(row))).sort()] as const,
        ),
      );
      return Object.fromEntries(entries);
    },
    async failure(query) {
      const result = await opened().api.query(query);
      expect(result.data ?? null, `${query} should have failed`).toBeNull();
      expect(result.errors?.length, `${query} should have answered an error`).toBeGreaterThan(0);
      return result.errors?.[0];
    },
    writes() {
      return log.statements
        .filter((event) => event.kind === 'insert' || event.kind === 'update' || event.kind === 'delete')
        .map((event) => {
          const match = /^(INSERT INTO|UPDATE|DELETE FROM) [`"]([^`"]+)[`"]/.exec(event.sql);
          if (!match) throw new Error(`Not a write of one table: ${event.sql}`);
          return `${match[1]!.split(' ')[0]} ${match[2]}`;
        });
    },
  };
}

/** A key read from SQL: numbers stay numbers (whatever the driver returned), NULL stays null. */
export function key(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * Each owner with the keys of its related rows, in the order GraphQL returned them.
 *
 * @example
 * listsOf([{ id: 1, children: [{ id: 21 }] }, { id: 2, children: [] }], 'children') // [[1, [21]], [2, []]]
 */
export function listsOf(
  owners: readonly Row[],
  field: string,
  keyOf: (row: Row) => unknown = (row) => row.id,
): Array<[unknown, unknown[]]> {
  return owners.map((owner) => [keyOf(owner), (owner[field] as Row[]).map(keyOf)]);
}

/**
 * Each owner with the key of its related row, or null.
 *
 * @example
 * scalarsOf([{ id: 21, parent: { id: 1 } }, { id: 23, parent: null }], 'parent') // [[21, 1], [23, null]]
 */
export function scalarsOf(
  owners: readonly Row[],
  field: string,
  keyOf: (row: Row) => unknown = (row) => row.id,
  ownerKey: (row: Row) => unknown = keyOf,
): Array<[unknown, unknown]> {
  return owners.map((owner) => {
    const related = owner[field] as Row | null;
    return [ownerKey(owner), related === null ? null : keyOf(related)];
  });
}

/**
 * Groups SQL rows `{ owner, related }`, sorted by owner then related, into `[owner, [related…]]`;
 * a row whose related is NULL (an owner with none, from a LEFT JOIN) gives an empty list.
 *
 * @example
 * grouped([{ owner: 1, related: 21 }, { owner: 1, related: 22 }, { owner: 2, related: null }]) // [[1, [21, 22]], [2, []]]
 */
export function grouped(
  rows: readonly Row[],
  relatedOf: (row: Row) => unknown = (row) => key(row.related),
  ownerOf: (row: Row) => unknown = (row) => key(row.owner),
): Array<[unknown, unknown[]]> {
  const groups: Array<[unknown, unknown[]]> = [];
  for (const row of rows) {
    const owner = ownerOf(row);
    let group = groups.at(-1);
    if (!group || group[0] !== owner) groups.push((group = [owner, []]));
    const related = relatedOf(row);
    if (related !== null) group[1].push(related);
  }
  return groups;
}

/**
 * SQL rows `{ owner, related }` as `[owner, related]` pairs, related null where the key is NULL.
 *
 * @example
 * paired([{ owner: 21, related: 1 }, { owner: 23, related: null }]) // [[21, 1], [23, null]]
 */
export function paired(
  rows: readonly Row[],
  relatedOf: (row: Row) => unknown = (row) => key(row.related),
  ownerOf: (row: Row) => unknown = (row) => key(row.owner),
): Array<[unknown, unknown]> {
  return rows.map((row) => [ownerOf(row), relatedOf(row)]);
}

/** Rows of one column pair as `[a, b]` numbers, in the order given: `pairsOf(rows, 'left_id', 'right_id')`. */
export function pairsOf(rows: readonly Row[], first: string, second: string): Array<[number | null, number | null]> {
  return rows.map((row) => [key(row[first]), key(row[second])]);
}

function normalise(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [name, typeof value === 'bigint' ? Number(value) : value]));
}

/**
 * Sends each root field in an operation of its own, so that no operation nears the server's
 * alias limit, and gathers the answers under their names.
 *
 * @example
 * await lookUpEach(api, { p1: 'parent(id: 1) { id }', missing: 'parent(id: 99) { id }' }) // { p1: { id: 1 }, missing: null }
 */
export async function lookUpEach(api: TestApi, fields: Readonly<Record<string, string>>): Promise<Record<string, any>> {
  const answers: Record<string, any> = {};
  for (const [name, field] of Object.entries(fields)) answers[name] = (await api.data(`{ ${name}: ${field} }`))[name];
  return answers;
}
