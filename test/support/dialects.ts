/**
 * `DIALECTS`: the dialects this test run covers, each able to create a fresh database. Filtered
 * by `RELGRAPH_DIALECTS`; MariaDB is present only when the global setup provided a server.
 */
import { inject } from 'vitest';
import { createConnection } from 'mysql2/promise';
import type { ProvidedMariadb } from './providedContext.js';
import { selectDialects, type DialectName } from './selectDialects.js';

/** Where a fresh test database lives, and how to remove it. */
export interface TestDatabaseLocation {
  /** For `createDriver(url)`. */
  readonly url: string;
  drop(): Promise<void>;
}

export interface TestDialect {
  readonly name: DialectName;
  /**
   * A fresh, empty database. SQLite: in memory, so every driver opened on the URL is a database
   * of its own; pass `{ file: true }` for a temp file that several drivers can share.
   */
  createDatabase(options?: { file?: boolean }): Promise<TestDatabaseLocation>;
  /** MariaDB only: SQL as root, outside relgraph (fault injection, server-side checks). */
  readonly admin: AdminAccess | undefined;
}

export interface AdminAccess {
  readonly url: string;
  query(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
}

const sqlite: TestDialect = {
  name: 'sqlite',
  async createDatabase(options = {}) {
    if (!options.file) return { url: 'sqlite::memory:', drop: async () => undefined };
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'rg-sqlite-'));
    return { url: `sqlite:${path.join(dir, 'test.db')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  },
  admin: undefined,
};

function mariadb(server: ProvidedMariadb): TestDialect {
  const admin: AdminAccess = {
    url: server.adminUrl,
    async query(sql, params = []) {
      const connection = await createConnection(server.adminUrl);
      try {
        const [rows] = await connection.query(sql, params);
        return Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
      } finally {
        await connection.end();
      }
    },
  };
  return {
    name: 'mariadb',
    async createDatabase() {
      const name = `rg_${Math.random().toString(36).slice(2, 10)}`;
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      const base = new URL(server.appUrl);
      base.pathname = `/${name}`;
      return { url: base.toString(), drop: async () => void (await admin.query(`DROP DATABASE IF EXISTS \`${name}\``)) };
    },
    admin,
  };
}

function availableDialects(): TestDialect[] {
  const selected = selectDialects(process.env['RELGRAPH_DIALECTS']);
  const server = inject('relgraphMariadb');
  return selected.flatMap((name) => {
    if (name === 'sqlite') return [sqlite];
    // The global setup already printed why MariaDB is missing (or failed the run under CI).
    return server ? [mariadb(server)] : [];
  });
}

/**
 * @example
 * for (const dialect of DIALECTS) describe(`${dialect.name}: driver`, () => { ... });
 */
export const DIALECTS: readonly TestDialect[] = availableDialects();
