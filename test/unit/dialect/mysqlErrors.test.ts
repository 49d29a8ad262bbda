import { describe, expect, it } from 'vitest';
import { classifyMysqlError } from '../../../src/dialect/mysql/mysqlErrors.js';
import { TransactionAbortedError } from '../../../src/dialect/runTransaction.js';
import { classifySqliteError } from '../../../src/dialect/sqlite/sqliteErrors.js';

// Error shapes as mysql2 and better-sqlite3 produce them; the integration tests provoke the real ones.
describe('mysql: classifying errors', () => {
  it('maps errno to the kind, and marks only deadlock and lock-wait timeout retryable', () => {
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
      [1969, 'statement-timeout', false, false],
      [3024, 'statement-timeout', false, false],
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
    expect(classifyMysqlError(new TransactionAbortedError({ errno: 1213 }))).toEqual({ kind: 'deadlock', retryable: true, transactionRolledBack: true });
  });

  it('calls anything else unknown', () => {
    expect(classifyMysqlError(new Error('boom'))).toEqual({ kind: 'unknown', retryable: false, transactionRolledBack: false });
    expect(classifyMysqlError(undefined).kind).toBe('unknown');
  });
});

describe('sqlite: classifying errors', () => {
  it('maps extended result codes to the kind', () => {
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_UNIQUE' }).kind).toBe('unique-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }).kind).toBe('unique-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }).kind).toBe('foreign-key-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_NOTNULL' }).kind).toBe('not-null-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed: price_positive' }).kind).toBe('check-violation');
  });

  it('tells relgraph\'s length and enum checks apart by their names', () => {
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed: ck_child_name_length' }).kind).toBe('data-too-long');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed: ck_child_status_enum' }).kind).toBe('bad-value');
  });

  it('marks busy and locked retryable', () => {
    expect(classifySqliteError({ code: 'SQLITE_BUSY' })).toEqual({ kind: 'busy', retryable: true, transactionRolledBack: false });
    expect(classifySqliteError({ code: 'SQLITE_BUSY_SNAPSHOT' }).kind).toBe('busy');
    expect(classifySqliteError({ code: 'SQLITE_LOCKED' }).kind).toBe('busy');
  });

  it('treats a closed database as a lost connection', () => {
    expect(classifySqliteError(new TypeError('The database connection is not open')).kind).toBe('connection-lost');
  });
});
