/**
 * The `Driver` interface: runs statements and transactions for a `Dialect`. The two
 * implementations live in `mysql/` and `sqlite/`; nothing else touches `mysql2` or
 * `better-sqlite3`.
 */
import type { CompiledQuery } from '../sql/statements.js';
import type { Dialect } from './Dialect.js';

export interface QueryResult {
  /** Rows keyed by the select's aliases, values as the driver returned them. */
  readonly rows: ReadonlyArray<Record<string, unknown>>;
  readonly affectedRows: number;
  /** The auto-increment id the statement reported (first row on MySQL, last on SQLite). */
  readonly insertId: number | undefined;
}

/** Runs statements: the driver itself (autocommit), or one transaction. */
export interface Executor {
  execute(query: CompiledQuery): Promise<QueryResult>;
}

export interface StatementEvent {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly kind: CompiledQuery['kind'];
  readonly durationMs: number;
  readonly rowCount: number;
  readonly error?: unknown;
}

export interface DriverOptions {
  /** Called after every statement sent to the database, transaction control included. */
  readonly onStatement?: (event: StatementEvent) => void;
  /** Called when a statement or transaction had to wait for a free connection, with the wait. */
  readonly onConnectionWait?: (waitedMs: number) => void;
}

export interface Driver extends Executor {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction on one connection: BEGIN, work, COMMIT. On any error it
   * rolls back (or discards the connection when that fails) and rethrows; after a statement
   * fails, the transaction's executor refuses to send anything more.
   */
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  /** Closes every connection; waits for transactions in flight. */
  close(): Promise<void>;
}
