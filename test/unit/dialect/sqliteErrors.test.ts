import { describe, expect, it } from 'vitest';
import { ConnectionUnavailableError } from '../../../src/dialect/Semaphore.js';
import { classifySqliteError, sqliteConnectionProblem } from '../../../src/dialect/sqlite/sqliteErrors.js';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError.js';

// Error shapes as better-sqlite3 produces them; test/integration/driver.test.ts provokes the real ones.
describe('sqlite: classifying errors', () => {
  it('maps extended result codes to the kind', () => {
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_UNIQUE' }).kind).toBe('unique-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }).kind).toBe('unique-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }).kind).toBe('foreign-key-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_NOTNULL' }).kind).toBe('not-null-violation');
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed: price_positive' }).kind).toBe(
      'check-violation',
    );
  });

  it("tells relgraph's length and enum checks apart by their names", () => {
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed: ck_child_name_length' }).kind).toBe(
      'data-too-long',
    );
    expect(classifySqliteError({ code: 'SQLITE_CONSTRAINT_CHECK', message: 'CHECK constraint failed: ck_child_status_enum' }).kind).toBe(
      'bad-value',
    );
  });

  it('marks busy and locked retryable', () => {
    expect(classifySqliteError({ code: 'SQLITE_BUSY' })).toEqual({ kind: 'busy', retryable: true, transactionRolledBack: false });
    expect(classifySqliteError({ code: 'SQLITE_BUSY_SNAPSHOT' }).kind).toBe('busy');
    expect(classifySqliteError({ code: 'SQLITE_LOCKED' }).kind).toBe('busy');
  });

  it('treats a closed database as a lost connection', () => {
    expect(classifySqliteError(new TypeError('The database connection is not open')).kind).toBe('connection-lost');
  });

  it('classifies an unavailable database by the error it wraps, or as unavailable', () => {
    expect(classifySqliteError(new DatabaseUnavailableError('io', { cause: { code: 'SQLITE_IOERR_WRITE' } })).kind).toBe('connection-lost');
    expect(classifySqliteError(new ConnectionUnavailableError('timeout', 'held'))).toEqual({
      kind: 'unavailable',
      retryable: false,
      transactionRolledBack: false,
    });
  });

  it("reads a file that is not a database as the URL's mistake, and one SQLite cannot open or read as unavailable", () => {
    expect(sqliteConnectionProblem({ code: 'SQLITE_NOTADB' })?.lasting).toBe(true);
    expect(sqliteConnectionProblem({ code: 'SQLITE_CANTOPEN' })?.lasting).toBe(false);
    expect(sqliteConnectionProblem({ code: 'SQLITE_IOERR_SHORT_READ' })).toEqual({
      lasting: false,
      what: 'reading or writing it failed (SQLITE_IOERR_SHORT_READ)',
      fix: 'check the disk and the file system it is on',
    });
    expect(sqliteConnectionProblem(new TypeError('The database connection is not open'))?.lasting).toBe(false);
    expect(sqliteConnectionProblem({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeUndefined();
    expect(sqliteConnectionProblem({ code: 'SQLITE_BUSY' })).toBeUndefined();
  });
});
