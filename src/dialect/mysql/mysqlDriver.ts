/**
 * The MySQL/MariaDB driver: a mysql2 pool behind a relgraph-side acquire timeout and queue
 * limit, sessions set up for strictness and bounded waits, statements always parameterized, and
 * transactions that never hand a connection back while one may still be open.
 */
import { createPool } from 'mysql2/promise';
import { DatabaseUnavailableError } from '../../errors/DatabaseUnavailableError.js';
import { databaseUrlSetting } from '../../errors/DatabaseUrlError.js';
import type { CompiledQuery } from '../../sql/statements.js';
import { connectionFailure } from '../connectionFailure.js';
import type { Driver, DriverOptions, Executor, QueryResult } from '../Driver.js';
import { type DatabaseSystem, observeStatement } from '../observeStatement.js';
import { runTransaction, type TransactionSession } from '../runTransaction.js';
import { ConnectionUnavailableError, Semaphore } from '../Semaphore.js';
import { createMysqlDialect, isMariaDb, type MysqlServerInfo } from './mysqlDialect.js';
import type { DialectProfile } from './profiles.js';
import { mysqlConnectionProblem } from './mysqlErrors.js';
import { checkCounts } from '../../util/checkCounts.js';

/** The part of mysql2's promise pool that relgraph uses. */
interface MysqlPool {
  getConnection(): Promise<MysqlConnection>;
  end(): Promise<void>;
}

/** A checked-out connection of mysql2's promise API. */
interface MysqlConnection {
  /** Binary protocol: a server-side prepared statement, values sent apart from the text. */
  execute(sql: string, values: unknown[]): Promise<[unknown, unknown]>;
  /** Text protocol; used only for transaction control and session SETs, which have no values. */
  query(sql: string): Promise<[unknown, unknown]>;
  release(): void;
  destroy(): void;
  /** The callback-API connection behind this wrapper: one object per socket. */
  readonly connection: object;
}

/** An OK packet: what INSERT, UPDATE, DELETE and transaction control return. */
interface MysqlResultHeader {
  readonly affectedRows: number;
  readonly insertId: number | string;
  /** Server status flags; bit 0 is SERVER_STATUS_IN_TRANS. */
  readonly serverStatus?: number;
}

const SERVER_STATUS_IN_TRANS = 1;

/** TLS with more than Node's defaults: PEM text, not file paths (a URL's `sslCa=` names a file, which is read). */
export interface MysqlTlsOptions {
  /** CA certificates to trust instead of Node's bundled ones. */
  readonly ca?: string | Buffer;
  /** A client certificate, with its `key`. */
  readonly cert?: string | Buffer;
  readonly key?: string | Buffer;
  /**
   * Verify the server's certificate chain and host name. Default true; false encrypts without
   * knowing who answers (the URL's `ssl=no-verify`).
   */
  readonly rejectUnauthorized?: boolean;
}

export interface MysqlDriverOptions extends DriverOptions {
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /**
   * TLS: `true` verifies the server's certificate (against Node's CAs) and host name; an object
   * adds a CA or a client certificate, or turns verification off. Default false (the server
   * may still refuse a connection without TLS).
   */
  readonly ssl?: boolean | MysqlTlsOptions;
  /** The connection's character set or collation: `utf8mb4` (the default) or a utf8mb4 collation. */
  readonly charset?: string;
  /** Connections in the pool. Default 10. */
  readonly connectionLimit?: number;
  /** Requests that may wait for a connection; beyond it they fail at once. Default 100. */
  readonly queueLimit?: number;
  /** How long a request waits for a connection, in ms. Default 5000. */
  readonly acquireTimeoutMs?: number;
  /** TCP connect and handshake timeout, in ms. Default 2000. */
  readonly connectTimeoutMs?: number;
  /** An idle connection is closed after this long, in ms. Default 60000. */
  readonly idleTimeoutMs?: number;
  /** Prepared statements cached per connection (LRU). Default 256. */
  readonly maxPreparedStatements?: number;
  /** Session `innodb_lock_wait_timeout`, in seconds. Default 5. */
  readonly lockWaitTimeoutSeconds?: number;
  /** MariaDB session `max_statement_time`, in seconds; 0 turns it off. Ignored on MySQL. Default 5. */
  readonly statementTimeoutSeconds?: number;
  /**
   * How long to wait for the server's reply to one statement, in ms, before giving the
   * connection up: a half-open connection (a stalled network, a frozen server) answers nothing,
   * and no server-side timeout can end that. Default: the longer of the statement and lock-wait
   * timeouts, plus 2 s.
   */
  readonly replyTimeoutMs?: number;
  /**
   * MariaDB session `idle_transaction_timeout`, in seconds: the server closes a connection left
   * idle inside a transaction (reliability.md §0 "server-side safety net"); 0 turns it off.
   * Ignored on MySQL. Default 30.
   */
  readonly idleTransactionTimeoutSeconds?: number;
  /**
   * The SQL the server accepts: `'mysql'` (MySQL and MariaDB, the default), or `'tidb'` /
   * `'vitess'`, which keep to what those engines document (`profiles.ts`).
   */
  readonly dialectProfile?: DialectProfile;
}

/**
 * Opens a pool, reads the server on the first connection (version, `innodb_autoinc_lock_mode`,
 * `auto_increment_increment`) and returns a driver whose dialect matches that server.
 *
 * @example
 * const driver = await createMysqlDriver({ host: '127.0.0.1', port: 3306, user: 'app', password: 's3cret', database: 'shop' });
 * driver.dialect.capabilities.insertReturning // true on MariaDB >= 10.5
 */
export async function createMysqlDriver(options: MysqlDriverOptions): Promise<Driver> {
  const connectionLimit = getValidCount(options, 'connectionLimit', 10, 1);
  const pool = createPool({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 3306,
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.database !== undefined ? { database: options.database } : {}),
    ...getValidSsl(options),
    charset: getValidCharset(options),
    // BIGINT and DECIMAL as exact strings; DATE as 'YYYY-MM-DD'; DATETIME read and written as UTC.
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: ['DATE'],
    timezone: 'Z',
    // MySQL 8 would parse JSON columns itself; MariaDB sends LONGTEXT. Text from both, decoded once.
    jsonStrings: true,
    connectionLimit,
    // The relgraph-side semaphore below keeps requests from queueing in mysql2; this is a backstop.
    queueLimit: getValidCount(options, 'queueLimit', 100, 0),
    connectTimeout: getValidCount(options, 'connectTimeoutMs', 2000, 1),
    idleTimeout: getValidCount(options, 'idleTimeoutMs', 60_000, 1),
    // mysql2 only closes idle connections when maxIdle < connectionLimit.
    maxIdle: Math.max(1, connectionLimit - 1),
    enableKeepAlive: true,
    maxPreparedStatements: getValidCount(options, 'maxPreparedStatements', 256, 1),
    // No call-site stack captured on every statement (mysql2's promise API does it by default,
    // for errors only): relgraph maps every server error to its own, which says what failed.
    trace: false,
  }) as unknown as MysqlPool;
  const driver = new MysqlDriver(pool, options, connectionLimit);
  try {
    await driver.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return driver;
}

/**
 * mysql2's `ssl`: verification on unless turned off, and then the host name too (mysql2 checks
 * it only with `verifyIdentity`), as PostgreSQL's `sslmode=verify-full` does.
 */
function getValidSsl(options: MysqlDriverOptions): { ssl?: Record<string, unknown> } {
  const { ssl } = options;
  if (ssl === undefined || ssl === false) return {};
  if (ssl === true) return { ssl: { rejectUnauthorized: true, verifyIdentity: true } };
  if (typeof ssl !== 'object' || ssl === null || Array.isArray(ssl)) {
    throw new TypeError(
      `createDriver(url, options): options.ssl expects true, false or { ca, cert, key, rejectUnauthorized }, but got: ${typeof ssl}.`,
    );
  }
  const verify = ssl.rejectUnauthorized !== false;
  return { ssl: { ...pick(ssl, ['ca', 'cert', 'key']), rejectUnauthorized: verify, verifyIdentity: verify } };
}

function getValidCharset(options: MysqlDriverOptions): string {
  const charset = options.charset ?? 'utf8mb4';
  if (typeof charset !== 'string' || !/^utf8mb4(_[a-z0-9_]+)?$/i.test(charset)) {
    throw new TypeError(
      `createDriver(url, options): options.charset expects "utf8mb4" or a utf8mb4 collation such as "utf8mb4_unicode_ci" (relgraph reads and writes utf8mb4), but got: ${String(charset)}.`,
    );
  }
  return charset;
}

function pick<T extends object>(object: T, keys: ReadonlyArray<keyof T>): Partial<T> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<T>;
}

/**
 * The URL this driver connects to, password hidden, as every connection message names it. Built
 * from the options, so the scheme is always `mysql://`.
 */
function describeTarget(options: MysqlDriverOptions): string {
  const user = options.user !== undefined ? `${encodeURIComponent(options.user)}${options.password !== undefined ? ':***' : ''}@` : '';
  const host = options.host ?? '127.0.0.1';
  return `${databaseUrlSetting} points at mysql://${user}${host.includes(':') ? `[${host}]` : host}:${options.port ?? 3306}/${encodeURIComponent(options.database ?? '')}`;
}

/** One option that must be a whole number of at least `min`, or its default. */
function getValidCount(options: MysqlDriverOptions, name: keyof MysqlDriverOptions & string, fallback: number, min: number): number {
  const value = options[name] ?? fallback;
  checkCounts('createDriver(url, options): options', { [name]: value }, [name], min);
  return value as number;
}

/** Seconds for a session variable: a finite number >= 0, written into SET text (never from a request). */
function getValidSeconds(options: MysqlDriverOptions, name: keyof MysqlDriverOptions, fallback: number): number {
  const value = options[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`createDriver(url, options): options.${name} expects a number of seconds >= 0, but got: ${String(value)}.`);
  }
  return value;
}

class MysqlDriver implements Driver {
  readonly #pool: MysqlPool;
  readonly #options: MysqlDriverOptions;
  readonly #slots: Semaphore;
  readonly #acquireTimeoutMs: number;
  readonly #replyTimeoutMs: number;
  /** `The database URL (...) points at mysql://app:***@db:3306/shop`: where connection messages say they tried. */
  readonly #target: string;
  /** Sockets whose session has been set up (keyed by the core connection object). */
  readonly #prepared = new WeakSet<object>();
  #server: MysqlServerInfo | undefined;
  #sessionSql = '';
  #dialect: ReturnType<typeof createMysqlDialect> | undefined;

  constructor(pool: MysqlPool, options: MysqlDriverOptions, connectionLimit: number) {
    this.#pool = pool;
    this.#options = options;
    this.#target = describeTarget(options);
    this.#acquireTimeoutMs = getValidCount(options, 'acquireTimeoutMs', 5000, 1);
    const serverTimeoutMs =
      1000 * Math.max(getValidSeconds(options, 'statementTimeoutSeconds', 5), getValidCount(options, 'lockWaitTimeoutSeconds', 5, 1));
    this.#replyTimeoutMs = getValidCount(options, 'replyTimeoutMs', serverTimeoutMs + 2000, 1);
    this.#slots = new Semaphore({
      permits: connectionLimit,
      queueLimit: getValidCount(options, 'queueLimit', 100, 0),
      timeoutMs: this.#acquireTimeoutMs,
      what: 'a MySQL connection',
      onWait: options.onConnectionWait,
      timeoutHint: `All ${connectionLimit} connections of the pool are in use (connectionLimit).`,
    });
  }

  /** `db.system` of the statements' spans: known once the first connection has read the server. */
  get #system(): DatabaseSystem {
    return this.#server && isMariaDb(this.#server) ? 'mariadb' : 'mysql';
  }

  get dialect() {
    if (!this.#dialect) throw new Error('The MySQL driver is not connected yet.');
    return this.#dialect;
  }

  /** Reads the server on a first connection, and builds the dialect from what it says. */
  async connect(): Promise<void> {
    this.#release(await this.#acquire());
  }

  execute(query: CompiledQuery): Promise<QueryResult> {
    return this.#withConnection(async (connection) => send(connection, query, this.#options, this.#replyTimeoutMs, this.#system));
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const connection = await this.#acquire();
    // Once a reply timed out the connection's protocol state is unknown: nothing more is sent
    // on it, not even ROLLBACK (which would wait behind the lost reply); it is discarded.
    let silent = false;
    const noteTimeout = (error: unknown) => {
      if ((error as { code?: unknown } | null)?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') silent = true;
      throw error;
    };
    /** Sends START TRANSACTION, COMMIT or ROLLBACK; returns whether a transaction is open after it. */
    const control = async (sql: string): Promise<boolean> => {
      if (silent) throw new Error(`Not sending ${sql}: an earlier reply on this connection timed out, so it is discarded.`);
      let inTransaction = true;
      await observeStatement(
        this.#options.onStatement,
        { sql, params: [], kind: 'transaction' },
        async () => {
          const [header] = await replyWithin(connection, this.#replyTimeoutMs, connection.query(sql)).catch(noteTimeout);
          inTransaction = (((header as MysqlResultHeader).serverStatus ?? SERVER_STATUS_IN_TRANS) & SERVER_STATUS_IN_TRANS) !== 0;
          return { rows: [], affectedRows: 0, insertId: undefined };
        },
        this.#system,
      );
      return inTransaction;
    };
    // The OK packet's status flags say whether the session is still in a transaction, at no
    // extra round trip; if it is (or the flags are missing), the connection is not reused.
    const expectClosed = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (await control(sql)) throw new Error(`The connection still reports an open transaction after ${sql}.`);
    };
    // BEGIN and the statements of the work report a lost connection as unavailable: nothing was
    // committed (the server rolls back a transaction whose connection is gone). COMMIT never
    // does: after a lost COMMIT the outcome is unknown, and a client told to retry could write twice.
    const session: TransactionSession = {
      send: (query) =>
        send(connection, query, this.#options, this.#replyTimeoutMs, this.#system)
          .catch(noteTimeout)
          .catch((error: unknown) => {
            throw this.#unavailable(error, 'statement');
          }),
      begin: async () => {
        await control('START TRANSACTION').catch((error: unknown) => {
          throw this.#unavailable(error, 'statement');
        });
      },
      commit: () => expectClosed('COMMIT'),
      rollback: () => expectClosed('ROLLBACK'),
      release: () => this.#release(connection),
      discard: () => this.#discard(connection),
    };
    return runTransaction(session, work);
  }

  async close(): Promise<void> {
    await this.#slots.close();
    await this.#pool.end();
  }

  /**
   * Runs one statement in autocommit. A connection whose statement failed is released only
   * when the server answered with an SQL error; after anything else (a lost connection, a
   * protocol error) it is destroyed.
   */
  async #withConnection(run: (connection: MysqlConnection) => Promise<QueryResult>): Promise<QueryResult> {
    const connection = await this.#acquire();
    let result: QueryResult;
    try {
      result = await run(connection);
    } catch (error) {
      if (isServerError(error)) this.#release(connection);
      else this.#discard(connection);
      throw this.#unavailable(error, 'statement');
    }
    this.#release(connection);
    return result;
  }

  /**
   * A failure to reach the server as `DatabaseUnavailableError` (or `DatabaseUrlError` when the
   * URL cannot work), naming the URL without its password; any other error as it is.
   */
  #unavailable(error: unknown, stage: 'connect' | 'statement'): unknown {
    if (error instanceof DatabaseUnavailableError) return error;
    const problem = mysqlConnectionProblem(error, stage);
    return problem ? connectionFailure(this.#target, problem, error) : error;
  }

  /**
   * A slot from the semaphore (bounded wait), then a connection from mysql2 (bounded by the
   * time left), then the session set up if the connection is new.
   */
  async #acquire(): Promise<MysqlConnection> {
    const started = Date.now();
    await this.#slots.acquire();
    let connection: MysqlConnection;
    try {
      // A free connection comes at once; a new one may need a handshake, which gets what is left
      // of the acquire timeout, but at least a second.
      const left = Math.max(1000, this.#acquireTimeoutMs - (Date.now() - started));
      connection = await withTimeout(this.#pool.getConnection(), left, (late) => late.release());
    } catch (error) {
      this.#slots.release();
      throw this.#unavailable(error, 'connect');
    }
    if (this.#prepared.has(connection.connection)) return connection;
    try {
      await this.#setUpSession(connection);
    } catch (error) {
      this.#discard(connection);
      throw this.#unavailable(error, 'connect');
    }
    this.#prepared.add(connection.connection);
    return connection;
  }

  #release(connection: MysqlConnection): void {
    connection.release();
    this.#slots.release();
  }

  #discard(connection: MysqlConnection): void {
    connection.destroy();
    this.#slots.release();
  }

  /**
   * The first connection reads the server; every new connection then gets one SET:
   * - `time_zone = '+00:00'`, so DATETIME values and NOW() agree with the UTC text relgraph sends;
   * - `sql_mode` with STRICT_TRANS_TABLES added if missing, so an over-long string fails with 1406
   *   instead of being cut (reliability.md §3.7);
   * - `innodb_lock_wait_timeout`, so a blocked statement fails in seconds, not 50 s;
   * - MariaDB only: `max_statement_time` (errno 1969 when exceeded) and `idle_transaction_timeout`.
   */
  async #setUpSession(connection: MysqlConnection): Promise<void> {
    if (!this.#server) {
      const sql =
        'SELECT VERSION() AS `version`, @@innodb_autoinc_lock_mode AS `autoincLockMode`, @@auto_increment_increment AS `autoIncrementIncrement`';
      const result = await observeStatement(this.#options.onStatement, { sql, params: [], kind: 'session' }, async () => {
        const [rows] = await replyWithin(connection, this.#replyTimeoutMs, connection.query(sql));
        return { rows: rows as Array<Record<string, unknown>>, affectedRows: 0, insertId: undefined };
      });
      const row = result.rows[0] ?? {};
      this.#server = {
        version: String(row['version']),
        autoincLockMode: Number(row['autoincLockMode']),
        autoIncrementIncrement: Number(row['autoIncrementIncrement']),
      };
      this.#dialect = createMysqlDialect(this.#server, this.#options.dialectProfile);
      this.#sessionSql = sessionSql(this.#server, this.#options);
    }
    const sql = this.#sessionSql;
    await observeStatement(this.#options.onStatement, { sql, params: [], kind: 'session' }, async () => {
      await replyWithin(connection, this.#replyTimeoutMs, connection.query(sql));
      return { rows: [], affectedRows: 0, insertId: undefined };
    });
  }
}

function sessionSql(server: MysqlServerInfo, options: MysqlDriverOptions): string {
  const settings = [
    "time_zone = '+00:00'",
    "sql_mode = IF(FIND_IN_SET('STRICT_TRANS_TABLES', @@SESSION.sql_mode) > 0, @@SESSION.sql_mode, CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_TRANS_TABLES'))",
    `innodb_lock_wait_timeout = ${getValidCount(options, 'lockWaitTimeoutSeconds', 5, 1)}`,
    // READ COMMITTED: every statement sees what was committed before it. Under InnoDB's default
    // REPEATABLE READ, a mutation whose UPDATE changed nothing (a link another transaction just
    // made) reads its payload back from the transaction's old snapshot, and answers with data
    // that does not show its own effect. It also takes fewer gap locks, so fewer deadlocks.
    // The variable is tx_isolation on MariaDB before 11.1, transaction_isolation on MySQL 8.
    `${isMariaDb(server) ? 'tx_isolation' : 'transaction_isolation'} = 'READ-COMMITTED'`,
  ];
  if (isMariaDb(server)) {
    settings.push(`max_statement_time = ${getValidSeconds(options, 'statementTimeoutSeconds', 5)}`);
    settings.push(`idle_transaction_timeout = ${Math.round(getValidSeconds(options, 'idleTransactionTimeoutSeconds', 30))}`);
  }
  return `SET SESSION ${settings.join(', ')}`;
}

/**
 * Statements with values always go through `execute()`: a server-side prepared statement, so a
 * value can never become SQL text (reliability.md E1: `query()` with `?` inlines escaped
 * literals on the client). DDL goes the same way, so every statement relgraph renders shows up
 * in the general log as Prepare/Execute.
 *
 * Measured on MariaDB 10.11 with mysql2 3.24: `LIMIT ? OFFSET ?` with JS numbers works (mysql2
 * sends them as DOUBLE and MariaDB accepts that; the "Incorrect arguments to
 * mysqld_stmt_execute" problem is MySQL 8.0.22+, where mysql2 now uses the parameter types the
 * server reports at prepare time), and `LIKE ? ESCAPE ?` works, so numbers stay numbers.
 */
function send(
  connection: MysqlConnection,
  query: CompiledQuery,
  options: DriverOptions,
  timeout: number,
  system: DatabaseSystem,
): Promise<QueryResult> {
  return observeStatement(
    options.onStatement,
    query,
    async () => {
      const [result] = await replyWithin(connection, timeout, connection.execute(query.sql, [...query.params]));
      return toQueryResult(query, result);
    },
    system,
  );
}

/**
 * The reply to one statement, or, after `ms` without one, an error coded
 * `PROTOCOL_SEQUENCE_TIMEOUT` (a lost connection: the statement's outcome is unknown) and the
 * socket torn down. mysql2's own `timeout` covers `query()` only, and its `destroy()` is a
 * graceful close that waits for the server — which a half-open connection never answers.
 */
function replyWithin<T>(connection: MysqlConnection, ms: number, reply: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        Object.assign(new Error(`No reply from the MySQL server within ${ms} ms; the connection was closed.`), {
          code: 'PROTOCOL_SEQUENCE_TIMEOUT',
          fatal: true,
        }),
      );
      (connection.connection as { stream?: { destroy(): void } }).stream?.destroy();
      connection.destroy();
    }, ms);
    reply.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function toQueryResult(query: CompiledQuery, result: unknown): QueryResult {
  if (Array.isArray(result)) {
    const rows = result as Array<Record<string, unknown>>;
    // A SELECT, or an INSERT ... RETURNING (which reports no OK packet through mysql2).
    return { rows, affectedRows: query.kind === 'select' ? 0 : rows.length, insertId: undefined };
  }
  const header = result as MysqlResultHeader;
  const insertId = Number(header.insertId);
  return {
    rows: [],
    affectedRows: header.affectedRows,
    insertId: query.kind === 'insert' && insertId > 0 ? insertId : undefined,
  };
}

/** An error the server sent for a statement: the connection itself is still good. */
function isServerError(error: unknown): boolean {
  const e = error as { errno?: unknown; fatal?: unknown; sqlState?: unknown } | null;
  return typeof e?.errno === 'number' && typeof e.sqlState === 'string' && e.fatal !== true;
}

/**
 * Waits at most `ms` for `promise`. If it settles later, `late` disposes of its value, so that a
 * connection handed out after the caller gave up goes back to the pool.
 */
function withTimeout<T>(promise: Promise<T>, ms: number, late: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        reject(
          new ConnectionUnavailableError(
            'timeout',
            `Timed out waiting for a new MySQL connection (acquire timeout, ${Math.max(0, ms)} ms left): the handshake did not finish in time; check that the server is not overloaded or frozen.`,
          ),
        );
      },
      Math.max(0, ms),
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        if (timedOut) late(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!timedOut) reject(error);
      },
    );
  });
}
