/**
 * `sharedEventReads`, over an in-process SQLite database: which statements the subscribers of one
 * event share (a SELECT in flight with the same SQL and parameters) and which they never do
 * (another event's, one already answered, a write, parameters that only look alike). The
 * subscriptions test shows it end to end (`subscriptions.test.ts`, "shares one event's reads").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventReadsByEvent, sharedEventReads } from '../../src/live/sharedEventReads.js';
import type { CompiledQuery } from '../../src/sql/statements.js';
import { createTestDriver, recordStatements, type TestDriver } from '../support/index.js';
import { sqliteFor } from '../support/requireDialect.js';

const sqlite = sqliteFor('sharedEventReads');
describe.skipIf(!sqlite)('sharedEventReads', () => {
  const log = recordStatements();
  let driver: TestDriver;
  beforeAll(async () => {
    driver = await createTestDriver(sqlite!, { onStatement: log.onStatement });
  });
  afterAll(() => driver?.drop());

  const select = (sql: string, ...params: unknown[]): CompiledQuery => ({ sql, params, kind: 'select' });
  /** Runs the queries at once, each through its event's executor; the rows of each, and the statements sent. */
  const atOnce = async (...reads: Array<[event: object, query: CompiledQuery]>) => {
    const readsOf = eventReadsByEvent();
    log.clear();
    const results = await Promise.all(reads.map(([event, query]) => sharedEventReads(driver, readsOf(event)).execute(query)));
    return { rows: results.map((result) => result.rows), sent: log.statements.length };
  };

  it('sends a SELECT that subscribers of one event send at once only once, and hands each its rows', async () => {
    const event = {};
    const query = select('SELECT ? AS a', 7);
    const { rows, sent } = await atOnce([event, query], [event, query], [event, query]);
    expect(sent).toBe(1);
    expect(rows).toEqual([[{ a: 7 }], [{ a: 7 }], [{ a: 7 }]]);
  });

  it("never shares another event's read, a read already answered, or a write", async () => {
    const query = select('SELECT ? AS a', 7);
    expect((await atOnce([{}, query], [{}, query])).sent).toBe(2);
    const readsOf = eventReadsByEvent();
    const event = {};
    log.clear();
    await sharedEventReads(driver, readsOf(event)).execute(query);
    await sharedEventReads(driver, readsOf(event)).execute(query);
    expect(log.statements).toHaveLength(2);
    const write: CompiledQuery = { sql: 'CREATE TABLE IF NOT EXISTS t (a INTEGER)', params: [], kind: 'ddl' };
    expect((await atOnce([event, write], [event, write])).sent).toBe(2);
  });

  it('tells parameters apart by type and by value, whatever characters the strings hold', async () => {
    const event = {};
    const { rows, sent } = await atOnce(
      [event, select('SELECT ? AS a', 1)],
      [event, select('SELECT ? AS a', '1')],
      [event, select('SELECT ? AS a, ? AS b', 'x\u0000sy', 'z')],
      [event, select('SELECT ? AS a, ? AS b', 'x', 'y\u0000sz')],
      [event, select('SELECT ? AS a', null)],
      [event, select('SELECT ? AS a', 'null')],
    );
    expect(sent).toBe(6);
    expect(rows).toEqual([
      [{ a: 1 }],
      [{ a: '1' }],
      [{ a: 'x\u0000sy', b: 'z' }],
      [{ a: 'x', b: 'y\u0000sz' }],
      [{ a: null }],
      [{ a: 'null' }],
    ]);
    // Bytes by their content: two buffers that hold the same bytes are one statement.
    const bytes = (hex: string) => select('SELECT hex(?) AS a', Buffer.from(hex, 'hex'));
    const binary = await atOnce([event, bytes('00ff')], [event, bytes('00ff')], [event, bytes('00fe')]);
    expect(binary.sent).toBe(2);
    expect(binary.rows).toEqual([[{ a: '00FF' }], [{ a: '00FF' }], [{ a: '00FE' }]]);
  });
});
