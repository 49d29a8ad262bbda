/**
 * The SQLite driver: one better-sqlite3 connection, prepared statements cached by their text,
 * and an async mutex so that a transaction, which spans awaits, has the connection to itself.
 */
import Database from 'better-sqlite3';
import { DatabaseUnavailableError } from '../../errors/DatabaseUnavailableError.js';
import { databaseUrlSetting } from '../../errors/DatabaseUrlError.js';
import type { CompiledQuery } from '../../sql/statements.js';
import { inspect } from '../../util/inspect.js';
import { connectionFailure } from '../connectionFailure.js';
import type { Driver, DriverOptions, Executor, QueryResult } from '../Driver.js';
import { observeStatement } from '../observeStatement.js';
import { runTransaction, type TransactionSession } from '../runTransaction.js';
import { ConnectionUnavailableError, Semaphore } from '../Semaphore.js';
import { sqliteDialect } from './sqliteDialect.js';
import { sqliteConnectionProblem } from './sqliteErrors.js';
import { checkCounts } from '../../util/checkCounts.js';

/** The part of a better-sqlite3 statement that relgraph uses. */
interface SqliteStatement {
  /** True when the statement returns rows (a SELECT, or anything with RETURNING). */
  readonly reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  /** Integers come back as bigints, so that none above 2^53 loses digits. */
  safeIntegers(toggle?: boolean): SqliteStatement;
}

/** The part of a better-sqlite3 database that relgraph uses. */
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
  readonly inTransaction: boolean;
}

type SqliteDatabaseConstructor = new (
  filename: string,
  options: { timeout: number; readonly?: boolean; fileMustExist?: boolean },
) => SqliteDatabase;

export interface SqliteDriverOptions extends DriverOptions {
  /** A file path, or `':memory:'`. */
  readonly filename: string;
  /**
   * Open an existing file for reading only, and change nothing about it (no WAL switch): for
   * commands that only read the catalog (`relgraph introspect`, `relgraph check`).
   */
  readonly readOnly?: boolean;
  /** How long a statement waits for another process's lock (`busy_timeout`), in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** How long a request waits for the connection while a transaction holds it, in ms. Default 5000. */
  readonly acquireTimeoutMs?: number;
  /** Requests that may wait for the connection; beyond it they fail at once. Default 1000. */
  readonly queueLimit?: number;
  /** Prepared statements kept (least recently used go first). Default 500. */
  readonly statementCacheSize?: number;
}

/**
 * Opens the database with `foreign_keys = ON` and, for a file, `journal_mode = WAL` and a
 * `busy_timeout`.
 *
 * @example
 * const driver = await createSqliteDriver({ filename: ':memory:' });
 * await driver.execute({ sql: 'SELECT 1 AS "one"', params: [], kind: 'select' }) // { rows: [{ one: 1 }], ... }
 */
export async function createSqliteDriver(options: SqliteDriverOptions): Promise<Driver> {
  if (typeof options.filename !== 'string' || options.filename.length === 0) {
    throw new TypeError(
      `createSqliteDriver(options): options.filename expects a file path or ":memory:", but got: ${String(options.filename)}.`,
    );
  }
  const driver = new SqliteDriver(options);
  await driver.open();
  return driver;
}

/** One option that must be a whole number of at least `min`, or its default. */
function getValidCount(options: SqliteDriverOptions, name: keyof SqliteDriverOptions & string, fallback: number, min: number): number {
  const value = options[name] ?? fallback;
  checkCounts('createDriver(url, options): options', { [name]: value }, [name], min);
  return value as number;
}

class SqliteDriver implements Driver {
  readonly dialect = sqliteDialect;
  readonly #options: SqliteDriverOptions;
  readonly #busyTimeoutMs: number;
  readonly #cacheSize: number;
  /**
   * One connection serves every request, and a transaction spans awaits (its unit of work
   * awaits each statement). Without this mutex, a concurrent request's statement would run on
   * the same connection while someone else's transaction is open: its read would see
   * uncommitted rows, and its write would be committed or rolled back with that transaction.
   * So a transaction holds the mutex from BEGIN to COMMIT or ROLLBACK, and a statement outside
   * a transaction takes it for just that statement.
   */
  readonly #mutex: Semaphore;
  readonly #cache = new Map<string, SqliteStatement>();
  #db: SqliteDatabase | undefined;
  #broken: Error | undefined;

  constructor(options: SqliteDriverOptions) {
    this.#options = options;
    this.#busyTimeoutMs = getValidCount(options, 'busyTimeoutMs', 5000, 0);
    this.#cacheSize = getValidCount(options, 'statementCacheSize', 500, 1);
    this.#mutex = new Semaphore({
      permits: 1,
      queueLimit: getValidCount(options, 'queueLimit', 1000, 0),
      timeoutMs: getValidCount(options, 'acquireTimeoutMs', 5000, 1),
      what: 'the SQLite connection',
      onWait: options.onConnectionWait,
      timeoutHint:
        "A transaction holds it. A statement sent through the driver, rather than the transaction's executor, from inside transaction() waits for its own transaction.",
    });
  }

  /**
   * Opens the file. A file that is not a database is the URL's fault (`DatabaseUrlError`); one
   * SQLite cannot open or read is unavailable (`DatabaseUnavailableError`).
   */
  async open(): Promise<void> {
    try {
      const SqliteDatabase = Database as unknown as SqliteDatabaseConstructor;
      // An in-memory database is new and empty whatever the option says; SQLite cannot open one read-only.
      const readOnly = this.#options.readOnly === true && !isMemory(this.#options.filename);
      this.#db = new SqliteDatabase(this.#options.filename, {
        timeout: this.#busyTimeoutMs,
        ...(readOnly ? { readonly: true, fileMustExist: true } : {}),
      });
      this.#cache.clear();
      await this.#session('PRAGMA foreign_keys = ON');
      if (!isMemory(this.#options.filename) && !readOnly) {
        // WAL lets readers in other processes work while relgraph writes.
        await this.#session('PRAGMA journal_mode = WAL');
        await this.#session(`PRAGMA busy_timeout = ${this.#busyTimeoutMs}`);
      }
    } catch (error) {
      try {
        this.#db?.close();
      } catch {
        // A connection that failed to set up may fail to close too; it is dropped either way.
      }
      this.#db = undefined;
      throw this.#unavailable(error);
    }
  }

  async execute(query: CompiledQuery): Promise<QueryResult> {
    await this.#mutex.acquire();
    try {
      return await this.#run(query);
    } finally {
      this.#mutex.release();
    }
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    await this.#mutex.acquire();
    const control = (sql: string) => this.#send({ sql, params: [], kind: 'transaction' });
    // BEGIN and the work's statements report a file that cannot be read or written as
    // unavailable; COMMIT never does (its outcome may be unknown), nor does ROLLBACK.
    const session: TransactionSession = {
      send: (query) => this.#run(query),
      // IMMEDIATE takes the write lock now: a deferred transaction that reads and then writes
      // can fail with SQLITE_BUSY at its first write, which busy_timeout cannot wait out.
      begin: async () => {
        await this.#run({ sql: 'BEGIN IMMEDIATE', params: [], kind: 'transaction' });
      },
      commit: async () => {
        await control('COMMIT');
        if (this.#database().inTransaction) throw new Error('The SQLite connection still reports an open transaction after COMMIT.');
      },
      // Some errors (SQLITE_FULL, SQLITE_IOERR, ...) make SQLite roll back by itself; a ROLLBACK
      // then would fail with "no transaction is active", so it is sent only when one is open.
      rollback: async () => {
        if (this.#database().inTransaction) await control('ROLLBACK');
        if (this.#database().inTransaction) throw new Error('The SQLite connection still reports an open transaction after ROLLBACK.');
      },
      release: () => this.#mutex.release(),
      // Reached when BEGIN, or COMMIT and ROLLBACK, failed. Only a connection still inside a
      // transaction is closed; after a failed BEGIN IMMEDIATE (SQLITE_BUSY) there is none.
      discard: (reason) => {
        if (!this.#db?.inTransaction) {
          this.#mutex.release();
          return;
        }
        void this.#reopen(reason).finally(() => this.#mutex.release());
      },
    };
    return runTransaction(session, work);
  }

  async close(): Promise<void> {
    await this.#mutex.close();
    this.#db?.close();
    this.#db = undefined;
  }

  /** `#send`, with a failure of the file itself reported as `DatabaseUnavailableError`. */
  async #run(query: CompiledQuery): Promise<QueryResult> {
    try {
      return await this.#send(query);
    } catch (error) {
      throw this.#unavailable(error);
    }
  }

  #unavailable(error: unknown): unknown {
    if (error instanceof DatabaseUnavailableError) return error;
    const problem = sqliteConnectionProblem(error);
    return problem ? connectionFailure(describeTarget(this.#options.filename), problem, error) : error;
  }

  #send(query: CompiledQuery): Promise<QueryResult> {
    return observeStatement(
      this.#options.onStatement,
      query,
      () => {
        const statement = this.#prepare(query.sql);
        if (statement.reader) {
          const rows = statement.all(...query.params).map((row) => normalizeRow(row as Record<string, unknown>));
          return { rows, affectedRows: query.kind === 'select' ? 0 : rows.length, insertId: undefined };
        }
        const { changes, lastInsertRowid } = statement.run(...query.params);
        // lastInsertRowid is the connection's last insert, even if this statement inserted nothing.
        const insertId = query.kind === 'insert' && changes > 0 ? Number(lastInsertRowid) : undefined;
        return { rows: [], affectedRows: changes, insertId };
      },
      'sqlite',
    );
  }

  /** A cached prepared statement; the least recently used is dropped beyond the cache size. */
  #prepare(sql: string): SqliteStatement {
    let statement = this.#cache.get(sql);
    if (statement) {
      this.#cache.delete(sql);
    } else {
      statement = this.#database().prepare(sql);
      if (statement.reader) statement.safeIntegers(true);
      if (this.#cache.size >= this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(sql, statement);
    return statement;
  }

  async #session(sql: string): Promise<void> {
    await observeStatement(
      this.#options.onStatement,
      { sql, params: [], kind: 'session' },
      () => {
        this.#database().prepare(sql).run();
        return { rows: [], affectedRows: 0, insertId: undefined };
      },
      'sqlite',
    );
  }

  #database(): SqliteDatabase {
    if (this.#broken) throw this.#broken;
    if (!this.#db)
      throw new ConnectionUnavailableError(
        'closed',
        `Cannot use the SQLite database ${inspect(this.#options.filename)}: the driver is closed.`,
      );
    return this.#db;
  }

  /**
   * A ROLLBACK failed, so the connection may still hold a transaction: close it. A file
   * database is opened again; an in-memory one is gone, and the driver refuses further work.
   */
  async #reopen(reason: unknown): Promise<void> {
    try {
      this.#db?.close();
    } catch {
      // Closing a connection in an unknown state may fail too; it is dropped either way.
    }
    this.#db = undefined;
    const detail = reason instanceof Error ? reason.message : String(reason);
    if (isMemory(this.#options.filename)) {
      this.#broken = new DatabaseUnavailableError(
        `The in-memory SQLite database was closed because a ROLLBACK failed (${detail}); its data is lost. Create a new driver.`,
        { cause: reason },
      );
      return;
    }
    try {
      await this.open();
    } catch (error) {
      this.#broken = new DatabaseUnavailableError(
        `The SQLite database was closed because a ROLLBACK failed (${detail}), and opening it again failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}

/** `The database URL (...) names the SQLite file "data/app.db"`: where file messages say they looked. */
function describeTarget(filename: string): string {
  return isMemory(filename)
    ? `${databaseUrlSetting} names an in-memory SQLite database`
    : `${databaseUrlSetting} names the SQLite file ${inspect(filename)}`;
}

function isMemory(filename: string): boolean {
  return filename === ':memory:' || filename === '' || filename.startsWith('file::memory:');
}

/** bigints (from `safeIntegers`) become numbers, or decimal strings beyond 2^53. */
function normalizeRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'bigint') {
      row[key] = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
    }
  }
  return row;
}
