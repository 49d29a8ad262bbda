/**
 * The suite's processes: a throwaway MariaDB (test/support/mariadbServer.ts, with the general log
 * in a table and the SQL error log), its schemas and users, and relgraph servers as child
 * processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { configure, createAll, createDriver } from '../../src/index.js';
import { startMariadb, type MariadbServer } from '../support/mariadbServer.js';
import Base from './models.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export const SCHEMA = 'rg_rel';
/** The same tables, but `parent_tag` made by hand without any key over its two columns. */
export const NOPK_SCHEMA = 'rg_nopk';

export interface Database {
  readonly server: MariadbServer;
  /** `root` through the Unix socket: fault injection and log reading. */
  readonly root: Connection;
  appUrl(schema: string): string;
  /** Rows of a root query. */
  rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A fresh root connection (through the socket), for a transaction of its own. */
  connectRoot(): Promise<Connection>;
  /** Reconnects `root` after a restart of MariaDB. */
  reconnect(): Promise<void>;
  stop(): Promise<void>;
}

export async function startDatabase(): Promise<Database> {
  const server = await startMariadb({
    args: [
      '--general-log=1',
      '--log-output=TABLE',
      // Every statement that returns an error, with its errno, to a file in the datadir.
      '--plugin-load-add=sql_errlog',
      '--sql-error-log-filename=sql_errors.log',
      '--innodb-flush-log-at-trx-commit=1',
    ],
  });
  const connectRoot = () => createConnection({ socketPath: server.socket, user: 'root', multipleStatements: false });
  let root = await connectRoot();
  const rows = async <T>(sql: string, params: unknown[] = []) => (await root.query<RowDataPacket[]>(sql, params))[0] as T[];
  const database: Database = {
    server,
    get root() {
      return root;
    },
    appUrl: (schema) => `${server.appUrl}/${schema}`,
    rows,
    connectRoot,
    async reconnect() {
      await root.end().catch(() => undefined);
      root = await connectRoot();
    },
    async stop() {
      await root.end().catch(() => undefined);
      await server.stop();
    },
  };
  await createSchemas(database);
  return database;
}

/**
 * Both schemas, and `app` narrowed to DML on them (mariadbServer grants it everything on `rg_*`).
 * Tables come from relgraph's `createAll`, run as root; `rg_nopk.parent_tag` is replaced by one
 * with no primary or unique key at all.
 */
async function createSchemas(db: Database): Promise<void> {
  const mapping = configure(Base);
  for (const schema of [SCHEMA, NOPK_SCHEMA]) {
    await db.root.query(`CREATE DATABASE ${schema}`);
    const driver = await createDriver(`${db.server.adminUrl}/${schema}`, { connectionLimit: 1 });
    try {
      await createAll(mapping, driver);
    } finally {
      await driver.close();
    }
    await db.root.query(`DROP TABLE ${schema}.ghost`);
  }
  await db.root.query(`DROP TABLE ${NOPK_SCHEMA}.parent_tag`);
  await db.root.query(`CREATE TABLE ${NOPK_SCHEMA}.parent_tag (
    parent_id INT NULL, tag_id INT NULL,
    FOREIGN KEY (parent_id) REFERENCES ${NOPK_SCHEMA}.parent (id),
    FOREIGN KEY (tag_id) REFERENCES ${NOPK_SCHEMA}.tag (id)
  ) ENGINE=InnoDB`);
  await db.root.query("REVOKE ALL PRIVILEGES ON `rg\\_%`.* FROM 'app'@'127.0.0.1'");
  for (const schema of [SCHEMA, NOPK_SCHEMA]) {
    await db.root.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${schema}.* TO 'app'@'127.0.0.1'`);
  }
}

/** What `sql_errlog` wrote: one line per failed statement, e.g. `... app[app] @ [127.0.0.1] ERROR 1213: ...`. */
export async function sqlErrorLog(db: Database): Promise<string[]> {
  const text = await readFile(path.join(db.server.dataDir, 'sql_errors.log'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean);
}

export async function errorLog(db: Database): Promise<string> {
  return readFile(db.server.errorLog, 'utf8').catch(() => '');
}

export interface RelgraphProcess {
  readonly url: string;
  readonly origin: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  alive(): boolean;
  stop(): Promise<void>;
}

export interface RelgraphOptions {
  readonly dbUrl: string;
  readonly connectionLimit: number;
  readonly mode: 'production' | 'development';
  readonly env?: Record<string, string>;
}

const running: RelgraphProcess[] = [];

/** Every relgraph server started so far (their logs are read at the end; leftovers are stopped). */
export function relgraphProcesses(): readonly RelgraphProcess[] {
  return running;
}

/** Starts `server.ts` as a child process and waits for its `listening` line. */
export async function startRelgraph(options: RelgraphOptions): Promise<RelgraphProcess> {
  const child = spawn(process.execPath, ['--conditions=relgraph-source', '--import', 'tsx', path.join(here, 'server.ts')], {
    cwd: path.join(here, '..', '..'),
    env: {
      ...process.env,
      NODE_ENV: options.mode,
      RG_DB_URL: options.dbUrl,
      RG_CONNECTION_LIMIT: String(options.connectionLimit),
      RG_TEST_HOOKS: '1',
      RG_REQUEST_TIMEOUT_MS: '4000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = await new Promise<{ listening: string; pid: number }>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`The relgraph server did not start within 60 s: ${stderr.slice(-2000)}`)), 60_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith('{"listening"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { listening: string; pid: number });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The relgraph server exited with ${code ?? signal} before it served: ${stderr.slice(-2000)}`));
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const server: RelgraphProcess = {
    url: started.listening,
    origin: new URL(started.listening).origin,
    pid: started.pid,
    child,
    stderr: () => stderr,
    alive,
    async stop() {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.push(server);
  return server;
}

export interface ServerMetrics {
  readonly pid: number;
  readonly rssBytes: number;
  readonly statements: number;
  readonly shapes: number;
  readonly statementErrors: Record<string, number>;
}

/** The test-build metrics of a relgraph server (`GET /__rg/metrics`). */
export async function metrics(server: RelgraphProcess): Promise<ServerMetrics> {
  const response = await fetch(`${server.origin}/__rg/metrics`, { signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as ServerMetrics;
}

/** `@@in_transaction` of every pooled connection, taken all at once (`GET /__rg/probe`). */
export async function probeConnections(
  server: RelgraphProcess,
): Promise<Array<{ inTransaction?: string | number; connectionId?: number; error?: string }>> {
  const response = await fetch(`${server.origin}/__rg/probe`, { signal: AbortSignal.timeout(20_000) });
  return ((await response.json()) as { connections: Array<{ inTransaction?: string | number; connectionId?: number; error?: string }> })
    .connections;
}

/** §4.1 assertion 7: open InnoDB transactions of `app`, its connections, and the prepared statements. */
export async function leakState(db: Database): Promise<{ appTransactions: number; appConnections: number; preparedStatements: number }> {
  const [trx] = await db.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX t
    JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.USER = 'app'`);
  const [connections] = await db.rows<{ n: number }>("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE USER = 'app'");
  const [prepared] = await db.rows<{ Value: string }>("SHOW GLOBAL STATUS LIKE 'Prepared_stmt_count'");
  return {
    appTransactions: Number(trx?.n ?? 0),
    appConnections: Number(connections?.n ?? 0),
    preparedStatements: Number(prepared?.Value ?? 0),
  };
}
