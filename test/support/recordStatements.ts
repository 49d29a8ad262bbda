/** `recordStatements()`: a statement log built on `onStatement`, for asserting SQL and round trips. */
import { expect } from 'vitest';
import type { StatementEvent } from '../../src/dialect/Driver.js';

export interface StatementLog {
  /** Pass as `onStatement` to `createDriver` / `createTestDriver`. */
  readonly onStatement: (event: StatementEvent) => void;
  /** Everything, in order, session setup included. */
  readonly statements: readonly StatementEvent[];
  readonly selects: readonly StatementEvent[];
  readonly inserts: readonly StatementEvent[];
  readonly updates: readonly StatementEvent[];
  readonly deletes: readonly StatementEvent[];
  /** BEGIN / START TRANSACTION, COMMIT, ROLLBACK. */
  readonly transactionControl: readonly StatementEvent[];
  /** Statements that failed. */
  readonly errors: readonly StatementEvent[];
  /** The SQL text of every statement except session setup (which depends on when connections open). */
  readonly sql: readonly string[];
  clear(): void;
}

/**
 * @example
 * const log = recordStatements();
 * const driver = await createTestDriver(dialect, { onStatement: log.onStatement });
 * log.clear();
 * await loadParentsWithChildren();
 * expect(log.selects).toHaveLength(2);
 */
export function recordStatements(): StatementLog {
  const events: StatementEvent[] = [];
  const ofKind = (kind: StatementEvent['kind']) => events.filter((e) => e.kind === kind);
  return {
    onStatement: (event) => void events.push(event),
    get statements() {
      return [...events];
    },
    get selects() {
      return ofKind('select');
    },
    get inserts() {
      return ofKind('insert');
    },
    get updates() {
      return ofKind('update');
    },
    get deletes() {
      return ofKind('delete');
    },
    get transactionControl() {
      return ofKind('transaction');
    },
    get errors() {
      return events.filter((e) => e.error !== undefined);
    },
    get sql() {
      return events.filter((e) => e.kind !== 'session').map((e) => e.sql);
    },
    clear: () => void events.splice(0),
  };
}

/**
 * Asserts the statements sent since the log was last cleared (session setup left out), in
 * order. A string must equal the SQL; a RegExp must match it. On a mismatch vitest prints both
 * lists.
 *
 * @example
 * expectStatements(log, ['START TRANSACTION', /^INSERT INTO `child`/, 'ROLLBACK']);
 */
export function expectStatements(log: StatementLog, expected: ReadonlyArray<string | RegExp>): void {
  const actual = log.sql.map((sql, i) => {
    const want = expected[i];
    return want instanceof RegExp && want.test(sql) ? want : sql;
  });
  expect(actual).toEqual(expected);
}
