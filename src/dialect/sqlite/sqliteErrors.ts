/**
 * SQLite result codes, and what each means for the unit of work that met it. better-sqlite3
 * reports the extended code as the error's `code` (`SQLITE_CONSTRAINT_UNIQUE`).
 *
 * Reference: https://www.sqlite.org/rescode.html
 */
import { DatabaseUnavailableError } from '../../errors/DatabaseUnavailableError.js';
import type { ConnectionProblem } from '../connectionFailure.js';
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
 * SQLite does not enforce `VARCHAR(n)`, enum values or the range of a narrow integer, so
 * relgraph's DDL adds named CHECK constraints for them. Their names end in these suffixes, which
 * is how a failed CHECK is told apart from other checks: a too-long string is `data-too-long`,
 * a value outside an enum or a range `bad-value`, as MySQL's strict mode reports them (1406,
 * 1265, 1264).
 *
 * @example
 * sqliteCheckName('child', 'name', 'length') // 'ck_child_name_length'
 */
export function sqliteCheckName(table: string, column: string, what: 'length' | 'enum' | 'range'): string {
  return `ck_${table}_${column}_${what}`;
}

/**
 * @example
 * classifySqliteError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }) // { kind: 'foreign-key-violation', retryable: false, transactionRolledBack: false }
 * classifySqliteError({ code: 'SQLITE_BUSY' })                  // { kind: 'busy', retryable: true, transactionRolledBack: false }
 */
export function classifySqliteError(error: unknown): DatabaseErrorClass {
  if (error instanceof TransactionAbortedError) return classifySqliteError(error.cause);
  if (error instanceof DatabaseUnavailableError) {
    const inner = error.cause === undefined ? undefined : classifySqliteError(error.cause);
    return inner && inner.kind !== 'unknown' ? inner : { kind: 'unavailable', retryable: false, transactionRolledBack: false };
  }
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
    if (name?.endsWith('_enum') || name?.endsWith('_range')) return 'bad-value';
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return 'connection-lost';
  return byCode.get(code) ?? 'unknown';
}

/**
 * What a better-sqlite3 error says about the database file, for the operator; `undefined` when
 * it is about a statement (a constraint, a busy lock). A file that is not a database is the
 * URL's fault; one SQLite cannot open, read or write is the environment's, and may be fixed
 * without touching the URL.
 *
 * @example
 * sqliteConnectionProblem({ code: 'SQLITE_NOTADB' })
 * // { lasting: true, what: 'it is not a SQLite database (SQLITE_NOTADB)', fix: 'name a SQLite database file, or a new file for relgraph to create' }
 */
export function sqliteConnectionProblem(error: unknown): ConnectionProblem | undefined {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  if (code === 'SQLITE_NOTADB') {
    return {
      lasting: true,
      what: 'it is not a SQLite database (SQLITE_NOTADB)',
      fix: 'name a SQLite database file, or a new file for relgraph to create',
    };
  }
  if (code === 'SQLITE_CANTOPEN') {
    return {
      lasting: false,
      what: 'SQLite cannot open it (SQLITE_CANTOPEN)',
      fix: 'check that relgraph may read and write the file and its directory',
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) {
    return { lasting: false, what: `reading or writing it failed (${code})`, fix: 'check the disk and the file system it is on' };
  }
  if (typeof code !== 'string' && typeof message === 'string' && message.includes('database connection is not open')) {
    return { lasting: false, what: 'its connection is closed', fix: 'open a new driver' };
  }
  return undefined;
}
