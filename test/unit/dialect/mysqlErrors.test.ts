import { describe, expect, it } from 'vitest';
import { classifyMysqlError, mysqlConnectionProblem } from '../../../src/dialect/mysql/mysqlErrors.js';
import { TransactionAbortedError, runTransaction, type TransactionSession } from '../../../src/dialect/runTransaction.js';
import { ConnectionUnavailableError } from '../../../src/dialect/Semaphore.js';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError.js';

// Error shapes as mysql2 produces them; test/integration/driver.test.ts provokes the real ones.
describe('mysql: classifying errors', () => {
  it('maps errno to the kind, and marks only deadlock, lock-wait and statement timeouts retryable', () => {
    const cases: Array<[number, string, boolean, boolean]> = [
      [1062, 'unique-violation', false, false],
      [1451, 'foreign-key-violation', false, false],
      [1452, 'foreign-key-violation', false, false],
      [1048, 'not-null-violation', false, false],
      [1364, 'not-null-violation', false, false],
      [1406, 'data-too-long', false, false],
      [1366, 'bad-value', false, false],
      [1292, 'bad-value', false, false],
      [1265, 'bad-value', false, false],
      [3819, 'check-violation', false, false],
      [4025, 'check-violation', false, false],
      [1213, 'deadlock', true, true],
      [1205, 'lock-wait-timeout', true, false],
      [1317, 'query-killed', false, false],
      [1969, 'statement-timeout', true, false],
      [3024, 'statement-timeout', true, false],
      [1461, 'too-many-prepared-statements', false, false],
    ];
    for (const [errno, kind, retryable, transactionRolledBack] of cases) {
      expect(classifyMysqlError({ errno }), `errno ${errno}`).toEqual({ kind, retryable, transactionRolledBack });
    }
  });

  it('treats fatal errors, socket codes and the closed-state message as a lost connection', () => {
    for (const error of [
      { fatal: true, code: 'ER_SOMETHING' },
      { code: 'PROTOCOL_CONNECTION_LOST' },
      { code: 'ECONNRESET' },
      { code: 'EPIPE' },
      { code: 'ECONNREFUSED' },
      new Error("Can't add new command when connection is in closed state"),
    ]) {
      expect(classifyMysqlError(error).kind).toBe('connection-lost');
    }
  });

  it('classifies a refused statement by the failure that caused it', () => {
    expect(classifyMysqlError(new TransactionAbortedError({ errno: 1213 }))).toEqual({
      kind: 'deadlock',
      retryable: true,
      transactionRolledBack: true,
    });
  });

  it('calls anything else unknown', () => {
    expect(classifyMysqlError(new Error('boom'))).toEqual({ kind: 'unknown', retryable: false, transactionRolledBack: false });
    expect(classifyMysqlError(undefined).kind).toBe('unknown');
  });

  it('classifies an unavailable database by the driver error it wraps, or as unavailable', () => {
    expect(classifyMysqlError(new DatabaseUnavailableError('lost', { cause: { errno: 1927, fatal: true } })).kind).toBe('connection-lost');
    expect(classifyMysqlError(new ConnectionUnavailableError('timeout', 'busy'))).toEqual({
      kind: 'unavailable',
      retryable: false,
      transactionRolledBack: false,
    });
    expect(classifyMysqlError(new TransactionAbortedError(new ConnectionUnavailableError('queue-full', 'full'))).kind).toBe('unavailable');
  });
});

describe('mysql: connection problems', () => {
  it("reads the URL's own mistakes as lasting: password, database, account, TLS", () => {
    for (const error of [
      { errno: 1045, code: 'ER_ACCESS_DENIED_ERROR' },
      { errno: 1044, code: 'ER_DBACCESS_DENIED_ERROR' },
      { errno: 1049, code: 'ER_BAD_DB_ERROR' },
      { errno: 1130 },
      { code: 'HANDSHAKE_NO_SSL_SUPPORT', fatal: true },
      { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
      { code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
      Object.assign(new Error('unable to verify the first certificate'), { code: 'HANDSHAKE_SSL_ERROR', fatal: true }),
      Object.assign(new Error("Hostname/IP does not match certificate's altnames: IP: 10.0.0.1 is not in the cert's list: "), {
        code: 'HANDSHAKE_SSL_ERROR',
        fatal: true,
      }),
    ]) {
      expect(mysqlConnectionProblem(error, 'connect')?.lasting, JSON.stringify(error)).toBe(true);
    }
  });

  it('reads a server that is down, unreachable, full or restarting as unavailable now', () => {
    for (const error of [
      { code: 'ECONNREFUSED', fatal: true },
      { code: 'ETIMEDOUT', fatal: true },
      { code: 'EHOSTUNREACH' },
      { code: 'ENOTFOUND' },
      { code: 'PROTOCOL_CONNECTION_LOST', fatal: true },
      { errno: 1040, code: 'ER_CON_COUNT_ERROR', fatal: true },
      { errno: 1053, code: 'ER_SERVER_SHUTDOWN' },
      Object.assign(new Error('Client network socket disconnected before secure TLS connection was established'), {
        code: 'HANDSHAKE_SSL_ERROR',
        fatal: true,
      }),
      new Error("Can't add new command when connection is in closed state"),
    ]) {
      expect(mysqlConnectionProblem(error, 'statement')?.lasting, JSON.stringify(error)).toBe(false);
    }
    expect(mysqlConnectionProblem({ code: 'ECONNREFUSED' }, 'connect')).toEqual({
      lasting: false,
      what: 'nothing accepts connections there (ECONNREFUSED)',
      fix: 'start the database, or fix the host and port in the URL',
    });
  });

  it("leaves SQL errors alone, and a statement's reply timeout, whose statement may have run", () => {
    expect(mysqlConnectionProblem({ errno: 1062, sqlState: '23000', code: 'ER_DUP_ENTRY' }, 'statement')).toBeUndefined();
    expect(mysqlConnectionProblem({ errno: 1213, sqlState: '40001' }, 'statement')).toBeUndefined();
    expect(mysqlConnectionProblem(new Error('boom'), 'statement')).toBeUndefined();
    expect(mysqlConnectionProblem({ code: 'PROTOCOL_SEQUENCE_TIMEOUT', fatal: true }, 'statement')).toBeUndefined();
    expect(mysqlConnectionProblem({ code: 'PROTOCOL_SEQUENCE_TIMEOUT', fatal: true }, 'connect')?.lasting).toBe(false);
  });
});

/** What `runTransaction` rethrows when COMMIT fails with `error` (marked as a COMMIT failure). */
async function failAtCommit(error: object): Promise<unknown> {
  const session: TransactionSession = {
    send: async () => ({ rows: [], affectedRows: 1, insertId: undefined }),
    begin: async () => undefined,
    commit: async () => {
      throw error;
    },
    rollback: async () => undefined,
    release: () => undefined,
    discard: () => undefined,
  };
  return runTransaction(session, (tx) => tx.execute({ sql: 'INSERT INTO t VALUES (1)', params: [], kind: 'insert' })).catch(
    (e: unknown) => e,
  );
}

describe('mysql: Galera', () => {
  it('retries a COMMIT that lost certification (1213 at COMMIT): the node rolled the transaction back', async () => {
    const certification = await failAtCommit(
      Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
        errno: 1213,
        sqlState: '40001',
        code: 'ER_LOCK_DEADLOCK',
      }),
    );
    expect(classifyMysqlError(certification)).toEqual({ kind: 'deadlock', retryable: true, transactionRolledBack: true });
  });

  it('never retries any other COMMIT failure: it may have committed', async () => {
    for (const error of [
      { errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT', sqlState: 'HY000' },
      { errno: 1969, sqlState: '70100' },
      { errno: 1180, code: 'ER_ERROR_DURING_COMMIT', sqlState: 'HY000', message: 'Error while appending streaming replication fragment' },
      { errno: 1047, code: 'ER_UNKNOWN_COM_ERROR', sqlState: '08S01' },
      { code: 'PROTOCOL_CONNECTION_LOST', fatal: true },
      { code: 'PROTOCOL_SEQUENCE_TIMEOUT', fatal: true },
      new Error("Can't add new command when connection is in closed state"),
      new Error('The connection still reports an open transaction after COMMIT.'),
    ]) {
      const classified = classifyMysqlError(await failAtCommit(error));
      expect(classified.retryable, JSON.stringify(error)).toBe(false);
      expect(classified.transactionRolledBack, JSON.stringify(error)).toBe(false);
    }
    // The same lock-wait timeout met by a statement is retryable: only COMMIT's outcome is unknown.
    expect(classifyMysqlError({ errno: 1205 }).retryable).toBe(true);
  });

  it('reports a node that is not Synced (1047) as unavailable, with the reason for the operator', () => {
    const notReady = {
      errno: 1047,
      code: 'ER_UNKNOWN_COM_ERROR',
      sqlState: '08S01',
      message: 'WSREP has not yet prepared node for application use',
    };
    expect(classifyMysqlError(notReady)).toEqual({ kind: 'unavailable', retryable: false, transactionRolledBack: false });
    expect(mysqlConnectionProblem(notReady, 'statement')).toEqual({
      lasting: false,
      what: 'the Galera node is not ready for queries: it is not Synced with a primary component (1047 WSREP has not yet prepared node for application use, wsrep_ready=OFF)',
      fix: 'wait for the node to rejoin its cluster, or point relgraph at a Synced node; relgraph sends the next request again',
    });
    expect(classifyMysqlError(new DatabaseUnavailableError('...', { cause: notReady })).kind).toBe('unavailable');
  });
});
