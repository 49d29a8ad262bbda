/**
 * SQLite result codes, and what each means for the unit of work that met it. better-sqlite3
 * reports the extended code as the error's `code` (`SQLITE_CONSTRAINT_UNIQUE`).
 *
 * Reference: https://www.sqlite.org/rescode.html
 */
import type { DatabaseErrorClass, DatabaseErrorKind } from '../Dialect.js';
import { TransactionAbortedError } from '../runTransaction.js';

const byCode = new Map<string, DatabaseErrorKind>([
  ['SQLITE_CONSTRAINT_UNIQUE', 'unique-violation'],
  ['SQLITE_CONSTRAINT_PRIMARYKEY', 'unique-violation'],
  ['SQLITE_CONSTRAINT_ROWID', 'unique-violation'],
  ['SQLITE_CONSTRAINT_FOREIGNKEY', 'foreign-key-violation'],
  ['SQLITE_CONSTRAINT_NOTNULL', 'not-null-violation'],
  ['SQLITE_CONSTRAINT_CHECK', 'check-violation'],
  ['SQLITE_MISMATCH', 'bad-value'],
  ['SQLITE_TOOBIG', 'data-too-long'],
  ['SQLITE_INTERRUPT', 'query-killed'],
  ['SQLITE_CANTOPEN', 'connection-lost'],
  ['SQLITE_NOTADB', 'connection-lost'],
]);

/**
 * SQLite does not enforce `VARCHAR(n)` or enum values, so relgraph's DDL adds named CHECK
 * constraints for them. Their names end in these suffixes, which is how a failed CHECK is told
 * apart from other checks: a too-long string is `data-too-long` and a value outside an enum is
 * `bad-value`, as MySQL's strict mode reports them (1406, 1265).
 *
 * @example
 * sqliteCheckName('child', 'name', 'length') // 'ck_child_name_length'
 */
export function sqliteCheckName(table: string, column: string, what: 'length' | 'enum'): string {
  return `ck_${table}_${column}_${what}`;
}

/**
 * @example
 * classifySqliteError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }) // { kind: 'foreign-key-violation', retryable: false, transactionRolledBack: false }
 * classifySqliteError({ code: 'SQLITE_BUSY' })                  // { kind: 'busy', retryable: true, transactionRolledBack: false }
 */
export function classifySqliteError(error: unknown): DatabaseErrorClass {
  if (error instanceof TransactionAbortedError) return classifySqliteError(error.cause);
  const kind = sqliteKind(error);
  return { kind, retryable: kind === 'busy', transactionRolledBack: false };
}

function sqliteKind(error: unknown): DatabaseErrorKind {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (typeof code !== 'string') {
    // better-sqlite3 throws a TypeError, without a code, once the database is closed.
    return text.includes('database connection is not open') ? 'connection-lost' : 'unknown';
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    const name = /CHECK constraint failed: (\S+)/.exec(text)?.[1];
    if (name?.endsWith('_length')) return 'data-too-long';
    if (name?.endsWith('_enum')) return 'bad-value';
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return 'connection-lost';
  return byCode.get(code) ?? 'unknown';
}
