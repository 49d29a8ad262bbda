import { describe, expect, it } from 'vitest';
import { createDriver } from '../../src/dialect/createDriver.js';
import { expectStatements, recordStatements } from './recordStatements.js';

describe('support: recording statements', () => {
  it('records each statement by kind, leaves session setup out of sql, and clears', async () => {
    const log = recordStatements();
    const driver = await createDriver('sqlite::memory:', { onStatement: log.onStatement });
    try {
      expect(log.statements.map((e) => e.kind)).toEqual(['session']);
      await driver.execute({ sql: 'CREATE TABLE "t" ("id" INTEGER PRIMARY KEY)', params: [], kind: 'ddl' });
      await driver.transaction(async (tx) => {
        await tx.execute({ sql: 'INSERT INTO "t" ("id") VALUES (?)', params: [1], kind: 'insert' });
        await tx.execute({ sql: 'SELECT "id" FROM "t"', params: [], kind: 'select' });
      });
      await driver.execute({ sql: 'INSERT INTO "t" ("id") VALUES (?)', params: [1], kind: 'insert' }).catch(() => undefined);
      expect(log.selects).toHaveLength(1);
      expect(log.inserts).toHaveLength(2);
      expect(log.transactionControl.map((e) => e.sql)).toEqual(['BEGIN IMMEDIATE', 'COMMIT']);
      expect(log.errors.map((e) => e.params)).toEqual([[1]]);
      expectStatements(log, [/^CREATE TABLE/, 'BEGIN IMMEDIATE', 'INSERT INTO "t" ("id") VALUES (?)', /^SELECT/, 'COMMIT', /^INSERT/]);
      log.clear();
      expect(log.statements).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it('fails with both lists when the statements differ', () => {
    const log = recordStatements();
    log.onStatement({ sql: 'SELECT 1', params: [], kind: 'select', durationMs: 0, rowCount: 1 });
    expect(() => expectStatements(log, ['SELECT 2'])).toThrow(/SELECT 2/);
    expect(() => expectStatements(log, [/^SELECT/, 'COMMIT'])).toThrow(/COMMIT/);
  });
});
