/**
 * MySQL and MariaDB error numbers, and what each means for the unit of work that met it. Every
 * vendor number relgraph knows lives in this file.
 *
 * References:
 * - MySQL server errors: https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html
 * - MySQL client errors at connect (1040, 1045, 1049, 1129, 1130):
 *   https://dev.mysql.com/doc/refman/8.0/en/problems-connecting.html
 * - MariaDB error codes: https://mariadb.com/kb/en/mariadb-error-codes/
 * - InnoDB error handling (what a deadlock or lock-wait timeout rolls back):
 *   https://dev.mysql.com/doc/refman/8.0/en/innodb-error-handling.html
 * - Galera (MariaDB Galera Cluster, "Certification-based replication" and `wsrep_ready`): a
 *   transaction that loses certification is rolled back and its COMMIT fails with 1213; a node
 *   that is not part of the primary component refuses statements with 1047.
 *   https://mariadb.com/kb/en/about-galera-replication/
 */
import { DatabaseUnavailableError } from '../../errors/DatabaseUnavailableError.js';
import type { ConnectionProblem } from '../connectionFailure.js';
import type { DatabaseErrorClass, DatabaseErrorKind } from '../Dialect.js';
import { failedAtCommit, TransactionAbortedError } from '../runTransaction.js';

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
  /**
   * InnoDB rolled back the whole transaction; the session is in autocommit now. Galera sends it
   * too, at COMMIT, for a transaction that lost certification to a write on another node (or was
   * aborted by one), with SQLSTATE 40001: it never waited on a lock, but it was rolled back all
   * the same.
   */
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
  /** At connect: the user may not use the database in the URL. */
  ER_DBACCESS_DENIED_ERROR: 1044,
  /** At connect: wrong user name or password. */
  ER_ACCESS_DENIED_ERROR: 1045,
  /** At connect: the database in the URL does not exist. */
  ER_BAD_DB_ERROR: 1049,
  /** At connect: the server blocks this host after too many failed connects (`max_connect_errors`). */
  ER_HOST_IS_BLOCKED: 1129,
  /** At connect: no account for the user from this host. */
  ER_HOST_NOT_PRIVILEGED: 1130,
  /** At connect: the account needs a password, or another plugin, and none was given. */
  ER_ACCESS_DENIED_NO_PASSWORD_ERROR: 1698,
  /**
   * `ER_UNKNOWN_COM_ERROR`, SQLSTATE 08S01. From a Galera node that is not in the primary
   * component or not Synced (`wsrep_ready=OFF`): "WSREP has not yet prepared node for
   * application use". The statement was refused without running.
   */
  ER_UNKNOWN_COM_ERROR: 1047,
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
  [MysqlErrno.ER_UNKNOWN_COM_ERROR, 'unavailable'],
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
 * A COMMIT that failed (`failedAtCommit`) is retryable only when the server said it rolled the
 * transaction back: 1213, which is how Galera reports a lost certification. Anything else at
 * COMMIT (a lost connection, a timeout, 1180 from a node that left the cluster) leaves the
 * outcome unknown, and a rerun could write twice, so it is never retryable.
 *
 * @example
 * classifyMysqlError({ errno: 1062, code: 'ER_DUP_ENTRY' }) // { kind: 'unique-violation', retryable: false, transactionRolledBack: false }
 * classifyMysqlError({ errno: 1213 })                       // { kind: 'deadlock', retryable: true, transactionRolledBack: true }
 * classifyMysqlError({ errno: 1047 })                       // { kind: 'unavailable', retryable: false, transactionRolledBack: false }
 */
export function classifyMysqlError(error: unknown): DatabaseErrorClass {
  if (error instanceof TransactionAbortedError) return classifyMysqlError(error.cause);
  if (failedAtCommit(error)) {
    const errno = (error as MysqlErrorLike).errno;
    if (errno === MysqlErrno.ER_LOCK_DEADLOCK) return { kind: 'deadlock', retryable: true, transactionRolledBack: true };
    const kind = typeof errno === 'number' ? (byErrno.get(errno) ?? 'unknown') : connectionKind(error as MysqlErrorLike);
    return { kind, retryable: false, transactionRolledBack: false };
  }
  if (error instanceof DatabaseUnavailableError) {
    // By the driver's error it wraps (a lost connection stays 'connection-lost'); without one,
    // no connection could be had at all.
    const inner = error.cause === undefined ? undefined : classifyMysqlError(error.cause);
    return inner && inner.kind !== 'unknown' ? inner : { kind: 'unavailable', retryable: false, transactionRolledBack: false };
  }
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

const retryLater = 'relgraph connects again for the next request';

/** Server errors at connect (or that end a session), by errno. */
const connectProblems = new Map<number, ConnectionProblem>([
  [
    MysqlErrno.ER_ACCESS_DENIED_ERROR,
    {
      lasting: true,
      what: 'the server refused the user name and password (1045 Access denied)',
      fix: 'fix the user and password in the URL (percent-encoded), or the account on the server',
    },
  ],
  [
    MysqlErrno.ER_ACCESS_DENIED_NO_PASSWORD_ERROR,
    {
      lasting: true,
      what: 'the server refused the user (1698 Access denied)',
      fix: "give the account's password in the URL, or fix the account on the server",
    },
  ],
  [
    MysqlErrno.ER_DBACCESS_DENIED_ERROR,
    {
      lasting: true,
      what: 'the user may not use that database (1044 Access denied)',
      fix: 'grant the user access to it, or fix the database name in the URL',
    },
  ],
  [
    MysqlErrno.ER_BAD_DB_ERROR,
    {
      lasting: true,
      what: 'that database does not exist on the server (1049 Unknown database)',
      fix: 'create it, or fix the database name in the URL',
    },
  ],
  [
    MysqlErrno.ER_HOST_NOT_PRIVILEGED,
    {
      lasting: true,
      what: 'the server has no account for this user from this host (1130)',
      fix: 'create the account for this host on the server, or fix the user in the URL',
    },
  ],
  [
    MysqlErrno.ER_HOST_IS_BLOCKED,
    {
      lasting: false,
      what: 'the server blocks this host after too many failed connects (1129)',
      fix: 'run "mariadb-admin flush-hosts" (or FLUSH HOSTS) on the server, and raise max_connect_errors',
    },
  ],
  [
    MysqlErrno.ER_CON_COUNT_ERROR,
    {
      lasting: false,
      what: 'the server has no connections left (1040 Too many connections)',
      fix: 'lower connectionLimit here or in other clients, or raise max_connections on the server',
    },
  ],
  [MysqlErrno.ER_SERVER_SHUTDOWN, { lasting: false, what: 'the server is shutting down (1053)', fix: `start it again; ${retryLater}` }],
  [MysqlErrno.ER_CONNECTION_KILLED, { lasting: false, what: 'the server killed the connection (1927)', fix: retryLater }],
  [
    MysqlErrno.ER_UNKNOWN_COM_ERROR,
    {
      lasting: false,
      what: 'the Galera node is not ready for queries: it is not Synced with a primary component (1047 WSREP has not yet prepared node for application use, wsrep_ready=OFF)',
      fix: 'wait for the node to rejoin its cluster, or point relgraph at a Synced node; relgraph sends the next request again',
    },
  ],
]);

/** Socket codes from Node and mysql2 for a connection that never came or is gone. */
const socketProblems = new Map<string, Omit<ConnectionProblem, 'lasting'>>([
  [
    'ECONNREFUSED',
    { what: 'nothing accepts connections there (ECONNREFUSED)', fix: 'start the database, or fix the host and port in the URL' },
  ],
  [
    'ETIMEDOUT',
    {
      what: 'connecting timed out (ETIMEDOUT)',
      fix: 'check that the database runs and that this machine can reach it (host, port, firewall), or raise connectTimeout',
    },
  ],
  ['EHOSTUNREACH', { what: 'the host cannot be reached (EHOSTUNREACH)', fix: 'check the host in the URL and the network' }],
  ['ENETUNREACH', { what: "the host's network cannot be reached (ENETUNREACH)", fix: 'check the host in the URL and the network' }],
  ['ENOTFOUND', { what: 'the host name does not resolve (ENOTFOUND)', fix: 'fix the host in the URL, or check DNS' }],
  ['EAI_AGAIN', { what: 'the host name could not be resolved just now (EAI_AGAIN)', fix: "check DNS, or use the host's address" }],
  ['ECONNRESET', { what: 'the server closed the connection (ECONNRESET)', fix: `check that the database runs; ${retryLater}` }],
  ['EPIPE', { what: 'the connection was closed (EPIPE)', fix: `check that the database runs; ${retryLater}` }],
  [
    'PROTOCOL_CONNECTION_LOST',
    { what: 'the server closed the connection (PROTOCOL_CONNECTION_LOST)', fix: `check that the database runs; ${retryLater}` },
  ],
]);

/** Node's codes for a server certificate that does not verify. */
const certificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
]);

/**
 * What a mysql2 error says about the connection, for the operator; `undefined` when it is not
 * about the connection (an SQL error). At `'connect'` a reply timeout means the server did not
 * answer the session setup; on a `'statement'` it is left alone, since the statement may have
 * run and the server may be fine (a slow statement), so it is not reported as unavailable.
 *
 * @example
 * mysqlConnectionProblem({ code: 'ECONNREFUSED', fatal: true }, 'connect')
 * // { lasting: false, what: 'nothing accepts connections there (ECONNREFUSED)', fix: 'start the database, or fix the host and port in the URL' }
 * mysqlConnectionProblem({ errno: 1062, sqlState: '23000' }, 'statement') // undefined
 */
export function mysqlConnectionProblem(error: unknown, stage: 'connect' | 'statement'): ConnectionProblem | undefined {
  const e = (typeof error === 'object' && error !== null ? error : {}) as MysqlErrorLike;
  const byNumber = typeof e.errno === 'number' ? connectProblems.get(e.errno) : undefined;
  if (byNumber) return byNumber;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const socket = code === undefined ? undefined : socketProblems.get(code);
  if (socket) return { lasting: false, ...socket };
  if (code === 'HANDSHAKE_NO_SSL_SUPPORT') {
    return {
      lasting: true,
      what: 'the server does not offer TLS, which the URL asks for (HANDSHAKE_NO_SSL_SUPPORT)',
      fix: 'turn TLS on in the server, or remove ssl from the URL',
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      lasting: true,
      what: "the server's TLS certificate is not for that host name (ERR_TLS_CERT_ALTNAME_INVALID)",
      fix: 'connect by a name the certificate lists',
    };
  }
  if (code !== undefined && certificateCodes.has(code)) {
    return {
      lasting: true,
      what: `the server's TLS certificate could not be verified (${code})`,
      fix: 'give the CA that signed it with sslCa=/path/to/ca.pem, or use ssl=no-verify to encrypt without verifying',
    };
  }
  if (code === 'HANDSHAKE_SSL_ERROR') {
    // mysql2 replaces Node's code (SELF_SIGNED_CERT_IN_CHAIN, ...) with this one and keeps
    // Node's message: a certificate that does not verify is the URL's to fix, anything else
    // (a connection cut during the handshake) may pass.
    const reason = typeof e.message === 'string' ? e.message : 'no reason given';
    if (/altnames/i.test(reason)) {
      return {
        lasting: true,
        what: `the server's TLS certificate is not for that host name (${reason})`,
        fix: 'connect by a name the certificate lists',
      };
    }
    if (/certificate/i.test(reason)) {
      return {
        lasting: true,
        what: `the server's TLS certificate could not be verified (${reason})`,
        fix: 'give the CA that signed it with sslCa=/path/to/ca.pem, or use ssl=no-verify to encrypt without verifying',
      };
    }
    return {
      lasting: false,
      what: `the TLS handshake failed (${reason})`,
      fix: `check that the database runs and offers TLS; ${retryLater}`,
    };
  }
  if (code !== undefined && /^ERR_(SSL|TLS)_/.test(code)) {
    return { lasting: true, what: `the TLS handshake failed (${code})`, fix: 'check the TLS settings of the server and of the URL' };
  }
  if (code === 'PROTOCOL_SEQUENCE_TIMEOUT') {
    return stage === 'connect'
      ? {
          lasting: false,
          what: 'the server did not answer the session setup in time (PROTOCOL_SEQUENCE_TIMEOUT)',
          fix: `check that the database is not overloaded or frozen; ${retryLater}`,
        }
      : undefined;
  }
  if (typeof e.message === 'string' && e.message.includes('closed state')) {
    return { lasting: false, what: 'the connection was already closed', fix: `check that the database runs; ${retryLater}` };
  }
  if (e.fatal === true) {
    return {
      lasting: false,
      what: `the connection failed (${code ?? 'a fatal error'})`,
      fix: `check that the database runs; ${retryLater}`,
    };
  }
  return undefined;
}
