/**
 * A statement whose reply never comes (a half-open connection, a frozen server) fails after the
 * reply timeout, its connection is thrown away, and the pool goes on with fresh ones.
 */
import { describe, expect, it } from 'vitest';
import { createTestDriver } from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';

const mariadb = mariadbFor('mariadb: reply timeout');

describe.skipIf(!mariadb)('mariadb: reply timeout', () => {
  it('gives up on a statement with no reply, discards its connection, and serves the next one', async () => {
    const driver = await createTestDriver(mariadb!, { replyTimeoutMs: 300, statementTimeoutSeconds: 0, connectionLimit: 1 });
    try {
      const slow = { sql: 'SELECT SLEEP(2) AS `slept`', params: [], kind: 'select' as const };
      const started = Date.now();
      await expect(driver.execute(slow)).rejects.toMatchObject({ code: 'PROTOCOL_SEQUENCE_TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(1500);
      expect(driver.dialect.classifyError(await driver.execute(slow).catch((e: unknown) => e)).kind).toBe('connection-lost');
      const { rows } = await driver.execute({ sql: 'SELECT 1 AS `one`', params: [], kind: 'select' });
      expect(Number(rows[0]!['one'])).toBe(1);
      // Inside a transaction: nothing more is sent on the silent connection, not even ROLLBACK.
      const attempt = driver.transaction(async (tx) => {
        await tx.execute(slow);
      });
      await expect(attempt).rejects.toMatchObject({ code: 'PROTOCOL_SEQUENCE_TIMEOUT' });
      expect(Number((await driver.execute({ sql: 'SELECT @@in_transaction AS `t`', params: [], kind: 'select' })).rows[0]!['t'])).toBe(0);
    } finally {
      await driver.drop();
    }
  });
});
