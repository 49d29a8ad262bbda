/** mysql2 helpers shared by the baselines (which, unlike relgraph, talk to mysql2 directly). */
import { createPool, type Pool, type PoolConnection } from 'mysql2/promise';
import { poolSize } from './Implementation.js';

export type Row = Record<string, unknown>;

/** Anything that runs a query: the pool (autocommit) or one connection in a transaction. */
export interface Queryable {
  query(sql: string, values?: unknown): Promise<[unknown, unknown]>;
}

/** A pool of `poolSize` connections. Statements use the text protocol with `?` placeholders. */
export function openPool(url: string): Pool {
  return createPool({ uri: url, connectionLimit: poolSize, maxIdle: poolSize, charset: 'utf8mb4' });
}

export async function select<T = Row>(db: Queryable, sql: string, values: unknown[] = []): Promise<T[]> {
  const [rows] = await db.query(sql, values);
  return rows as T[];
}

/** What a write answers: rows changed, and the first auto-increment id an INSERT generated. */
export interface WriteResult {
  readonly affectedRows: number;
  readonly insertId: number;
}

export async function run(db: Queryable, sql: string, values: unknown[] = []): Promise<WriteResult> {
  const [header] = await db.query(sql, values);
  return header as WriteResult;
}

/**
 * Inserts `names` as children of `parentId` in one multi-row INSERT and returns them with their
 * ids. MariaDB gives the rows of one such INSERT consecutive ids under `innodb_autoinc_lock_mode`
 * 0 or 1 (1 is its default) and `auto_increment_increment` 1, as the bench's server runs; the
 * header's `insertId` is the first.
 */
export async function insertChildren(
  db: Queryable,
  parentId: number,
  names: readonly string[],
): Promise<Array<{ id: number; name: string }>> {
  if (names.length === 0) return [];
  const { insertId } = await run(db, 'INSERT INTO child (name, parent_id) VALUES ?', [names.map((name) => [name, parentId])]);
  return names.map((name, i) => ({ id: insertId + i, name }));
}

/** Runs `work` in a transaction; a deadlock (1213) or lock-wait timeout (1205) reruns it, three tries in all. */
export async function inTransaction<T>(pool: Pool, work: (connection: PoolConnection) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const connection = await pool.getConnection();
    try {
      await connection.query('START TRANSACTION');
      const result = await work(connection);
      await connection.query('COMMIT');
      return result;
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      const errno = (error as { errno?: number }).errno;
      if ((errno === 1213 || errno === 1205) && attempt < 3) continue;
      throw error;
    } finally {
      connection.release();
    }
  }
}

/** Groups rows by `key`, keeping their order; every key in `keys` gets a (possibly empty) list. */
export function groupBy<K>(keys: readonly K[], rows: readonly Row[], key: string): Row[][] {
  const groups = new Map<unknown, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row[key])?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

export class NotFound extends Error {}
