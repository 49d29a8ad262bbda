import { describe, expect, it } from 'vitest';
import { classifyMysqlError } from '../../../src/dialect/mysql/mysqlErrors.js';
import { TransactionAbortedError } from '../../../src/dialect/runTransaction.js';

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
    expect(classifyMysqlError(new TransactionAbortedError({ errno: 1213 }))).toEqual({ kind: 'deadlock', retryable: true, transactionRolledBack: true });
  });

  it('calls anything else unknown', () => {
    expect(classifyMysqlError(new Error('boom'))).toEqual({ kind: 'unknown', retryable: false, transactionRolledBack: false });
    expect(classifyMysqlError(undefined).kind).toBe('unknown');
  });
});
