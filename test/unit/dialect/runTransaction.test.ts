import { describe, expect, it } from 'vitest';
import type { CompiledQuery } from '../../../src/sql/statements.js';
import type { QueryResult } from '../../../src/dialect/Driver.js';
import { TransactionAbortedError, failedAtCommit, runTransaction, type TransactionSession } from '../../../src/dialect/runTransaction.js';

/**
 * A session that records what would be sent and fails where told. The protocol is tested here
 * without a database; the drivers are tested against real ones in test/integration.
 */
function recordingSession(fail: { statement?: string; commit?: boolean; rollback?: boolean } = {}) {
  const sent: string[] = [];
  let ended: 'released' | 'discarded' | undefined;
  const ok: QueryResult = { rows: [], affectedRows: 1, insertId: undefined };
  const session: TransactionSession = {
    async send(query) {
      sent.push(query.sql);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (query.sql === fail.statement) throw Object.assign(new Error(`${query.sql} failed`), { errno: 1213 });
      return ok;
    },
    begin: async () => void sent.push('BEGIN'),
    async commit() {
      sent.push('COMMIT');
      if (fail.commit) throw new Error('commit failed');
    },
    async rollback() {
      sent.push('ROLLBACK');
      if (fail.rollback) throw new Error('rollback failed');
    },
    release: () => void (ended = 'released'),
    discard: () => void (ended = 'discarded'),
  };
  return { session, sent, ended: () => ended };
}

const q = (sql: string): CompiledQuery => ({ sql, params: [], kind: 'insert' });

describe('runTransaction: the protocol', () => {
  it('sends BEGIN, the statements one at a time, COMMIT, and releases the connection', async () => {
    const { session, sent, ended } = recordingSession();
    const result = await runTransaction(session, async (tx) => {
      await Promise.all([tx.execute(q('a')), tx.execute(q('b'))]);
      return 'done';
    });
    expect(result).toBe('done');
    expect(sent).toEqual(['BEGIN', 'a', 'b', 'COMMIT']);
    expect(ended()).toBe('released');
  });

  it('sends nothing queued after a failed statement, then only ROLLBACK', async () => {
    const { session, sent, ended } = recordingSession({ statement: 'a' });
    const outcomes: unknown[] = [];
    await expect(
      runTransaction(session, async (tx) => {
        const all = [tx.execute(q('a')), tx.execute(q('b')), tx.execute(q('c'))].map((p) => p.catch((e: unknown) => outcomes.push(e)));
        await Promise.all(all);
        throw outcomes[0];
      }),
    ).rejects.toThrow('a failed');
    expect(sent).toEqual(['BEGIN', 'a', 'ROLLBACK']);
    expect(outcomes[1]).toBeInstanceOf(TransactionAbortedError);
    expect((outcomes[1] as TransactionAbortedError).cause).toBe(outcomes[0]);
    expect(ended()).toBe('released');
  });

  it('rolls back and rethrows the statement error when the work swallowed it', async () => {
    const { session, sent } = recordingSession({ statement: 'b' });
    await expect(
      runTransaction(session, async (tx) => {
        await tx.execute(q('a'));
        await tx.execute(q('b')).catch(() => undefined);
        await tx.execute(q('c')).catch(() => undefined);
        return 'pretended success';
      }),
    ).rejects.toThrow('b failed');
    expect(sent).toEqual(['BEGIN', 'a', 'b', 'ROLLBACK']);
  });

  it('rolls back when the work throws without any statement failing', async () => {
    const { session, sent } = recordingSession();
    await expect(
      runTransaction(session, async (tx) => {
        await tx.execute(q('a'));
        throw new Error('resolver failed');
      }),
    ).rejects.toThrow('resolver failed');
    expect(sent).toEqual(['BEGIN', 'a', 'ROLLBACK']);
  });

  it('waits for the statement in flight and refuses the rest when the work gives up early', async () => {
    const { session, sent } = recordingSession();
    let late: Promise<unknown> | undefined;
    await expect(
      runTransaction(session, async (tx) => {
        void tx.execute(q('a'));
        late = tx.execute(q('b')).catch((e: unknown) => e);
        throw new Error('gave up');
      }),
    ).rejects.toThrow('gave up');
    expect(sent).toEqual(['BEGIN', 'a', 'ROLLBACK']);
    expect(await late).toBeInstanceOf(Error);
  });

  it('discards the connection when ROLLBACK fails', async () => {
    const { session, ended } = recordingSession({ statement: 'a', rollback: true });
    await expect(runTransaction(session, (tx) => tx.execute(q('a')))).rejects.toThrow('a failed');
    expect(ended()).toBe('discarded');
  });

  it('rolls back after a failed COMMIT and rethrows the COMMIT error', async () => {
    const { session, sent, ended } = recordingSession({ commit: true });
    await expect(runTransaction(session, (tx) => tx.execute(q('a')))).rejects.toThrow('commit failed');
    expect(sent).toEqual(['BEGIN', 'a', 'COMMIT', 'ROLLBACK']);
    expect(ended()).toBe('released');
  });

  it('marks what COMMIT failed with as failedAtCommit, and never what a statement or BEGIN failed with', async () => {
    const atCommit = recordingSession({ commit: true });
    const commitError = await runTransaction(atCommit.session, (tx) => tx.execute(q('a'))).catch((e: unknown) => e);
    expect(failedAtCommit(commitError)).toBe(true);
    const atStatement = recordingSession({ statement: 'a' });
    const statementError = await runTransaction(atStatement.session, (tx) => tx.execute(q('a'))).catch((e: unknown) => e);
    expect(statementError).toMatchObject({ errno: 1213 });
    expect(failedAtCommit(statementError)).toBe(false);
    const atBegin = recordingSession();
    atBegin.session.begin = async () => {
      throw new Error('begin failed');
    };
    expect(failedAtCommit(await runTransaction(atBegin.session, async () => undefined).catch((e: unknown) => e))).toBe(false);
    expect(failedAtCommit('not an object')).toBe(false);
  });

  it("runs the work once when COMMIT fails, even when the failure was a rollback: rerunning is the caller's call", async () => {
    const { session, sent } = recordingSession();
    session.commit = async () => {
      sent.push('COMMIT');
      throw Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
        errno: 1213,
        sqlState: '40001',
      });
    };
    let runs = 0;
    await expect(
      runTransaction(session, async (tx) => {
        runs += 1;
        await tx.execute(q('a'));
      }),
    ).rejects.toThrow('Deadlock found');
    expect(runs).toBe(1);
    expect(sent).toEqual(['BEGIN', 'a', 'COMMIT', 'ROLLBACK']);
  });

  it('refuses statements once the transaction has ended', async () => {
    const { session } = recordingSession();
    let saved: Parameters<Parameters<typeof runTransaction>[1]>[0] | undefined;
    await runTransaction(session, async (tx) => {
      saved = tx;
    });
    await expect(saved!.execute(q('late'))).rejects.toThrow(
      'This transaction has already ended, so the statement was not sent. Run statements inside the transaction() callback and await them before it returns.',
    );
  });
});
