/**
 * When a mutation's unit of work is rerun, for both ways of running one: the whole operation
 * (`runUnitOfWork.ts`) and one mutation field on its own (`createRelgraph.ts`). One rule, so that
 * the two cannot drift: a deadlock or lock-wait timeout met by a statement reruns, and so does a
 * COMMIT the dialect knows to be a rollback (Galera's 1213 for a lost certification); any other
 * COMMIT failure may have committed and never reruns.
 */
import type { Driver } from '../dialect/Driver.js';
import { failedAtCommit } from '../dialect/runTransaction.js';
import type { RetryOptions } from './runUnitOfWork.js';

/** Whether `error`, or any error in its chain of causes, is a deadlock or lock wait the dialect calls retryable. */
export function metConflict(driver: Driver, error: unknown): boolean {
  for (let cause = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (driver.dialect.classifyError(cause).retryable) return true;
  }
  return false;
}

/** Whether COMMIT failed with an error that means the database rolled the transaction back. */
export function commitRolledBack(driver: Driver, error: unknown): boolean {
  return failedAtCommit(error) && driver.dialect.classifyError(error).retryable;
}

/** The jittered pause before a rerun, so that two transactions that collided do not collide again in step. */
export function pauseBeforeRetry(retry: RetryOptions): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, retry.minDelayMs + Math.random() * (retry.maxDelayMs - retry.minDelayMs)));
}
