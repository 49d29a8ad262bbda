import { describe, expect, it } from 'vitest';
import { classifySqliteError } from '../../../src/dialect/sqlite/sqliteErrors.js';

// Error shapes as better-sqlite3 produces them; test/integration/driver.test.ts provokes the real ones.
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
