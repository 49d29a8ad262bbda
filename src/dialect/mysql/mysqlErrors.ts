/**
 * MySQL and MariaDB error numbers, and what each means for the unit of work that met it. Every
 * vendor number relgraph knows lives in this file.
 *
 * References:
 * - MySQL server errors: https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html
 * - MariaDB error codes: https://mariadb.com/kb/en/mariadb-error-codes/
 * - InnoDB error handling (what a deadlock or lock-wait timeout rolls back):
 *   https://dev.mysql.com/doc/refman/8.0/en/innodb-error-handling.html
 */
import type { DatabaseErrorClass, DatabaseErrorKind } from '../Dialect.js';
import { TransactionAbortedError } from '../runTransaction.js';

/** The server's error numbers (`errno`), by their `ER_` names. */
export const MysqlErrno = {
  ER_DUP_ENTRY: 1062,
  /** Old form of 1451/1452, still sent by some paths. */
  ER_NO_REFERENCED_ROW: 1216,
  ER_ROW_IS_REFERENCED: 1217,
  ER_ROW_IS_REFERENCED_2: 1451,
  ER_NO_REFERENCED_ROW_2: 1452,
  ER_BAD_NULL_ERROR: 1048,
  ER_NO_DEFAULT_FOR_FIELD: 1364,
  ER_DATA_TOO_LONG: 1406,
  ER_WARN_DATA_OUT_OF_RANGE: 1264,
  WARN_DATA_TRUNCATED: 1265,
  ER_TRUNCATED_WRONG_VALUE: 1292,
  ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: 1366,
  /** MySQL 8.0.16+. */
  ER_CHECK_CONSTRAINT_VIOLATED: 3819,
  /** MariaDB 10.2+ (also a JSON column's `json_valid` check). */
  ER_CONSTRAINT_FAILED: 4025,
  /** InnoDB rolled back the whole transaction; the session is in autocommit now. */
  ER_LOCK_DEADLOCK: 1213,
  /** Only the statement was rolled back (`innodb_rollback_on_timeout` is OFF by default). */
  ER_LOCK_WAIT_TIMEOUT: 1205,
  /** `KILL QUERY`: the statement stopped, the transaction is still open. */
  ER_QUERY_INTERRUPTED: 1317,
  /**
   * MariaDB `max_statement_time`; sent with an errno but no `code` by mysql2. Like 1205 it rolls
   * back the statement only. A row-lock wait as long as the statement timeout ends with this
   * error rather than 1205 (InnoDB checks lock waits about once a second), so it is retryable
   * in the same way: ROLLBACK, then the whole unit of work again.
   */
  ER_STATEMENT_TIMEOUT: 1969,
  /** MySQL `max_execution_time`. */
  ER_QUERY_TIMEOUT: 3024,
  ER_MAX_PREPARED_STMT_COUNT_REACHED: 1461,
  ER_CON_COUNT_ERROR: 1040,
  ER_SERVER_SHUTDOWN: 1053,
  /** MariaDB: `KILL CONNECTION` of this session. */
  ER_CONNECTION_KILLED: 1927,
} as const;

const byErrno = new Map<number, DatabaseErrorKind>([
  [MysqlErrno.ER_DUP_ENTRY, 'unique-violation'],
  [MysqlErrno.ER_NO_REFERENCED_ROW, 'foreign-key-violation'],
  [MysqlErrno.ER_ROW_IS_REFERENCED, 'foreign-key-violation'],
  [MysqlErrno.ER_ROW_IS_REFERENCED_2, 'foreign-key-violation'],
  [MysqlErrno.ER_NO_REFERENCED_ROW_2, 'foreign-key-violation'],
  [MysqlErrno.ER_BAD_NULL_ERROR, 'not-null-violation'],
  [MysqlErrno.ER_NO_DEFAULT_FOR_FIELD, 'not-null-violation'],
  [MysqlErrno.ER_DATA_TOO_LONG, 'data-too-long'],
  [MysqlErrno.ER_WARN_DATA_OUT_OF_RANGE, 'bad-value'],
  [MysqlErrno.WARN_DATA_TRUNCATED, 'bad-value'],
  [MysqlErrno.ER_TRUNCATED_WRONG_VALUE, 'bad-value'],
  [MysqlErrno.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD, 'bad-value'],
  [MysqlErrno.ER_CHECK_CONSTRAINT_VIOLATED, 'check-violation'],
  [MysqlErrno.ER_CONSTRAINT_FAILED, 'check-violation'],
  [MysqlErrno.ER_LOCK_DEADLOCK, 'deadlock'],
  [MysqlErrno.ER_LOCK_WAIT_TIMEOUT, 'lock-wait-timeout'],
  [MysqlErrno.ER_QUERY_INTERRUPTED, 'query-killed'],
  [MysqlErrno.ER_STATEMENT_TIMEOUT, 'statement-timeout'],
  [MysqlErrno.ER_QUERY_TIMEOUT, 'statement-timeout'],
  [MysqlErrno.ER_MAX_PREPARED_STMT_COUNT_REACHED, 'too-many-prepared-statements'],
  [MysqlErrno.ER_CON_COUNT_ERROR, 'connection-lost'],
  [MysqlErrno.ER_SERVER_SHUTDOWN, 'connection-lost'],
  [MysqlErrno.ER_CONNECTION_KILLED, 'connection-lost'],
]);

/** mysql2's and Node's codes for a connection that is gone or never came (reliability.md E2, E5). */
const connectionCodes = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

interface MysqlErrorLike {
  readonly errno?: unknown;
  readonly code?: unknown;
  readonly fatal?: unknown;
  readonly message?: unknown;
}

/**
 * Classifies an error from mysql2 by `errno`, then by `fatal` and its code. A deadlock is
 * retryable and has rolled the transaction back; a lock-wait or statement timeout is retryable
 * but has not (the driver's ROLLBACK does it). A lost connection is not retryable here: a COMMIT may or may
 * not have happened.
 *
 * @example
 * classifyMysqlError({ errno: 1062, code: 'ER_DUP_ENTRY' }) // { kind: 'unique-violation', retryable: false, transactionRolledBack: false }
 * classifyMysqlError({ errno: 1213 })                       // { kind: 'deadlock', retryable: true, transactionRolledBack: true }
 */
export function classifyMysqlError(error: unknown): DatabaseErrorClass {
  if (error instanceof TransactionAbortedError) return classifyMysqlError(error.cause);
  const e = (typeof error === 'object' && error !== null ? error : {}) as MysqlErrorLike;
  const kind = (typeof e.errno === 'number' ? byErrno.get(e.errno) : undefined) ?? connectionKind(e);
  return {
    kind,
    retryable: kind === 'deadlock' || kind === 'lock-wait-timeout' || kind === 'statement-timeout',
    transactionRolledBack: kind === 'deadlock',
  };
}

function connectionKind(e: MysqlErrorLike): DatabaseErrorKind {
  if (e.fatal === true) return 'connection-lost';
  if (typeof e.code === 'string' && connectionCodes.has(e.code)) return 'connection-lost';
  // mysql2 rejects a command on a closed connection with this message and no code (E2).
  if (typeof e.message === 'string' && e.message.includes('closed state')) return 'connection-lost';
  return 'unknown';
}
