/**
 * The bench dataset for the in-process benches (`inProcessWrites.ts`, `subscriptionFanOut.ts`):
 * on a throwaway MariaDB started as `npm run bench` starts it, or in SQLite in memory.
 */
import { createConnection } from 'mysql2/promise';
import { createAll, type Driver, type Mapping } from 'relgraph';
import { startMariadb, type MariadbServer } from '../test/support/mariadbServer.js';
import { loadDataset, rows } from './dataset.js';

export interface BenchDatabase {
  /** For `createDriver`. */
  readonly url: string;
  /** Loads the dataset through the bench's driver where the database is in its process (SQLite). */
  fill(driver: Driver, mapping: Mapping): Promise<void>;
  stop(): Promise<void>;
}

export async function openBenchDatabase(database: string): Promise<BenchDatabase> {
  if (database === 'sqlite') return { url: 'sqlite::memory:', fill: loadIntoSqlite, stop: async () => undefined };
  if (database !== 'mariadb') throw new TypeError(`--database expects mariadb or sqlite, but got ${database}.`);
  const mariadb: MariadbServer = await startMariadb();
  const admin = await createConnection({ host: '127.0.0.1', port: mariadb.port, user: 'root' });
  await admin.query('CREATE DATABASE rg_bench');
  await admin.query('USE rg_bench');
  await loadDataset(admin);
  await admin.end();
  return { url: `${mariadb.appUrl}/rg_bench`, fill: async () => undefined, stop: () => mariadb.stop() };
}

async function loadIntoSqlite(target: Driver, mapping: Mapping): Promise<void> {
  await createAll(mapping, target);
  for (const table of rows()) {
    for (let i = 0; i < table.rows.length; i += 500) {
      const batch = table.rows.slice(i, i + 500);
      const sql = `INSERT INTO ${table.table} (${table.columns.join(', ')}) VALUES ${batch.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ')}`;
      await target.execute({ sql, params: batch.flat(), kind: 'insert' });
    }
  }
}
