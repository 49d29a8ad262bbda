/**
 * The transaction protocol both drivers share (`docs/reliability.md` §3.1): BEGIN, the unit of
 * work one statement at a time, COMMIT; on any error ROLLBACK, or discard the connection when
 * that fails. After a statement fails, nothing more of the unit of work is sent.
 */
import type { CompiledQuery } from '../sql/statements.js';
import type { Executor, QueryResult } from './Driver.js';

/**
 * A statement was refused without being sent, because an earlier statement of the same
 * transaction failed. `cause` is that first failure; `classifyError` classifies by it.
 *
 * @example
 * dialect.classifyError(new TransactionAbortedError(deadlockError)).kind // 'deadlock'
 */
export class TransactionAbortedError extends Error {
  override readonly cause: unknown;

  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Refused to send a statement: an earlier statement of this transaction failed (${reason}), so it will be rolled back. Rerun the whole unit of work.`,
    );
    this.name = 'TransactionAbortedError';
    this.cause = cause;
  }
}

/** Errors that COMMIT itself failed with (`failedAtCommit`). */
const commitFailures = new WeakSet<object>();

/**
 * Whether `error` is what a COMMIT failed with, rather than a statement of the unit of work or
 * BEGIN. Its outcome is unknown unless the dialect knows the error to mean a rollback: a Galera
 * node answers a transaction that lost certification to another node's write with a deadlock
 * (MySQL 1213) at COMMIT, after every statement succeeded. `classifyError` asks this, so that
 * such a COMMIT is retryable (the transaction was rolled back, a rerun writes once) and every
 * other COMMIT failure is not (it may have committed).
 *
 * @example
 * try { await driver.transaction(work) } catch (error) {
 *   failedAtCommit(error) && dialect.classifyError(error).retryable // true for Galera's 1213 at COMMIT
 * }
 */
export function failedAtCommit(error: unknown): boolean {
  return typeof error === 'object' && error !== null && commitFailures.has(error);
}

/** The connection a transaction runs on, as each driver provides it. */
export interface TransactionSession {
  /** Sends one statement of the unit of work and reports it. */
  send(query: CompiledQuery): Promise<QueryResult>;
  begin(): Promise<void>;
  /** Rejects when the connection still reports an open transaction afterwards. */
  commit(): Promise<void>;
  /** Rejects when the connection still reports an open transaction afterwards. */
  rollback(): Promise<void>;
  /** Hands the connection back for reuse; called only after COMMIT or ROLLBACK succeeded. */
  release(): void;
  /** Closes the connection instead of reusing it: it may still be inside a transaction. */
  discard(reason: unknown): void;
}

/**
 * Runs `work` as one transaction on `session`.
 *
 * Order matters at every step:
 * 1. BEGIN; if it fails the connection's state is unknown, so it is discarded.
 * 2. `work` runs with an executor that sends one statement at a time. Statements the work fires
 *    together (a `Promise.all` of loads) are queued, and each checks, just before it is sent,
 *    that nothing before it failed. After a MySQL deadlock the server has already rolled back
 *    and the session is in autocommit: a queued INSERT sent now would commit on its own at once
 *    (reliability.md E10), so it must never be sent.
 * 3. When `work` settles, statements still queued are refused, and the one in flight is awaited.
 * 4. A statement error the work caught and swallowed still counts: no COMMIT after a failed
 *    statement (a lock-wait timeout rolls back only the statement, E3), so the first error is
 *    rethrown.
 * 5. COMMIT, or ROLLBACK on any error (also after a deadlock, where it is the only thing sent).
 *    If COMMIT or ROLLBACK fails, or the connection still reports a transaction, it is discarded
 *    rather than returned to the pool (E7). A COMMIT's error is rethrown as it is, marked
 *    (`failedAtCommit`), so that the caller never mistakes it for a statement's: it is retried
 *    only when the dialect knows it to be a rollback. This function never reruns `work` itself:
 *    work that marks its objects as written (a session's flush) would write nothing the second
 *    time; only a caller that rebuilds its work from the request can rerun it.
 *
 * @example
 * await runTransaction(session, async (tx) => {
 *   await tx.execute(dialect.render(insert));
 *   await tx.execute(dialect.render(update));
 * });
 * // mysql:  START TRANSACTION; INSERT ...; UPDATE ...; COMMIT
 * // sqlite: BEGIN IMMEDIATE; INSERT ...; UPDATE ...; COMMIT
 */
export async function runTransaction<T>(session: TransactionSession, work: (tx: Executor) => Promise<T>): Promise<T> {
  try {
    await session.begin();
  } catch (error) {
    session.discard(error);
    throw error;
  }
  const tx = new TransactionExecutor(session);
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await work(tx) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  await tx.end();
  const failure = tx.failure;
  if (outcome.ok && failure) outcome = { ok: false, error: failure.error };
  if (!outcome.ok) {
    await rollbackOrDiscard(session);
    throw outcome.error;
  }
  try {
    await session.commit();
  } catch (error) {
    if (typeof error === 'object' && error !== null) commitFailures.add(error);
    await rollbackOrDiscard(session);
    throw error;
  }
  session.release();
  return outcome.value;
}

async function rollbackOrDiscard(session: TransactionSession): Promise<void> {
  try {
    await session.rollback();
  } catch (error) {
    session.discard(error);
    return;
  }
  session.release();
}

/** The `tx` a unit of work receives: one statement at a time, none after a failure or the end. */
class TransactionExecutor implements Executor {
  readonly #session: TransactionSession;
  #tail: Promise<unknown> = Promise.resolve();
  #failure: { error: unknown } | undefined;
  #ended = false;

  constructor(session: TransactionSession) {
    this.#session = session;
  }

  get failure(): { error: unknown } | undefined {
    return this.#failure;
  }

  execute(query: CompiledQuery): Promise<QueryResult> {
    const run = async (): Promise<QueryResult> => {
      if (this.#ended) {
        throw new Error(
          'This transaction has already ended, so the statement was not sent. Run statements inside the transaction() callback and await them before it returns.',
        );
      }
      if (this.#failure) throw new TransactionAbortedError(this.#failure.error);
      try {
        return await this.#session.send(query);
      } catch (error) {
        this.#failure ??= { error };
        throw error;
      }
    };
    const result = this.#tail.then(run, run);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Refuses what is still queued and waits for the statement in flight. */
  async end(): Promise<void> {
    this.#ended = true;
    await this.#tail;
  }
}
