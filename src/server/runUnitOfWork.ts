/**
 * Runs a mutation operation as one unit of work in one transaction
 * (`docs/graphql-surface.md`, "Transactions and errors"): all its fields or none of them. A field that fails rolls everything back and the response carries `data: null`, so a
 * non-null payload never hides a write that happened. A deadlock or lock-wait timeout reruns
 * the whole operation from a fresh read, a bounded number of times (`reliability.md` §3.2), and
 * so does a duplicate key met by a `connectOrCreate` that lost a race for its row
 * (`writes/applyInput.ts`): the rerun reads the row the other operation committed, and links it.
 */
import { type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import type { Driver } from '../dialect/Driver.js';
import { createLoaders, type RowBudget } from '../loaders/Loaders.js';
import type { Mapping } from '../mapper/index.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import { Session } from '../session/index.js';
import { trace } from '@opentelemetry/api';
import { countStatements } from './countStatements.js';
import type { ChangeFeed } from '../live/ChangeFeed.js';
import { ChangeLog } from '../session/ChangeLog.js';
import { commitRolledBack, metConflict, pauseBeforeRetry } from './retryPolicy.js';
import { inSpan, tracing } from '../telemetry/tracer.js';
import { TransactionConflictError } from '../errors/RelgraphError.js';
import { findDatabaseUnavailable } from '../errors/DatabaseUnavailableError.js';
import { toGraphQLError } from '../errors/toGraphQLError.js';
import { lostConnectOrCreateRace } from '../writes/mapWriteError.js';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  readonly attempts: number;
  /** Bounds of the jittered pause before a retry, in milliseconds. Default 10–100. */
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRetry: RetryOptions = { attempts: 3, minDelayMs: 10, maxDelayMs: 100 };

/** Thrown inside the transaction to roll it back while keeping the operation's result. */
class RollBack extends Error {
  readonly result: ExecutionResult;

  constructor(result: ExecutionResult) {
    super('The mutation operation failed; rolling back.');
    this.result = result;
  }
}

export type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

export interface UnitOfWork {
  readonly mapping: Mapping;
  readonly driver: Driver;
  readonly retry: RetryOptions;
  readonly newBudget: (() => RowBudget) | undefined;
  /** Told of each rerun, for the metrics. */
  readonly onRetry?: (() => void) | undefined;
  /** Secondary tables without a key over their link columns (`SessionOptions.keylessLinkTables`). */
  readonly keylessLinkTables?: ReadonlySet<string>;
  /** Where the committed attempt's changes are published, for subscribers. */
  readonly changes?: ChangeFeed;
}

/** Runs one mutation operation with `execute` inside a transaction, retrying it whole on a deadlock. */
export async function runUnitOfWork(
  args: ExecutionArgs,
  execute: Execute,
  { mapping, driver, retry, newBudget, onRetry, keylessLinkTables, changes }: UnitOfWork,
): Promise<ExecutionResult> {
  const context = args.contextValue as RelgraphContext;
  for (let attempt = 1; ; attempt++) {
    let session: Session | undefined;
    // Each attempt logs its own changes; only the one that commits is published.
    const log = changes?.wanted ? new ChangeLog(mapping) : undefined;
    try {
      const committed = await inTransactionSpan(attempt, () =>
        driver.transaction(async (tx) => {
          const dialect = driver.dialect;
          const { access, stats } = context.relgraph;
          const executor = countStatements(tx, stats);
          (context as { relgraph: RelgraphContext['relgraph'] }).relgraph = {
            dialect,
            access,
            stats,
            loaders: createLoaders({
              dialect,
              executor,
              ...(newBudget ? { budget: newBudget() } : {}),
              ...(access.enforced ? { scope: access.scope } : {}),
            }),
            session: (session = new Session({
              mapping,
              executor,
              dialect,
              ...(keylessLinkTables ? { keylessLinkTables } : {}),
              ...(log ? { changes: log } : {}),
            })),
          };
          const result = await execute(args);
          if (result.errors?.length) throw new RollBack(result);
          return result;
        }),
      );
      if (log) changes?.publish(log.events);
      return committed;
    } catch (error) {
      if (!(error instanceof RollBack)) {
        // A COMMIT the database answered with a rollback (Galera: 1213 at COMMIT for a
        // transaction that lost certification): nothing was written, so the operation reruns
        // from a fresh read like any deadlock. Any other COMMIT failure may have committed:
        // `unavailableOrThrow` rethrows it, and it is never rerun.
        if (!commitRolledBack(driver, error)) return unavailableOrThrow(error);
        if (attempt < retry.attempts) {
          onRetry?.();
          noteRetry(attempt, 'a COMMIT the database rolled back');
          await pauseBeforeRetry(retry);
          continue;
        }
        return { data: null, errors: [toGraphQLError(new TransactionConflictError(attempt, { cause: error })) as GraphQLError] };
      }
      const conflicted = error.result.errors!.some((e) => metConflict(driver, e.originalError));
      const retryable = conflicted || (session !== undefined && lostConnectOrCreateRace(session));
      if (retryable && attempt < retry.attempts) {
        onRetry?.();
        noteRetry(attempt, conflicted ? 'a deadlock or lock wait' : 'a connectOrCreate that lost a race');
        await pauseBeforeRetry(retry);
        continue;
      }
      // Spent on deadlocks or lock waits: the client hears that nothing was written and it may
      // send the mutation again, not an unexpected error.
      return { data: null, errors: conflicted ? error.result.errors!.map((e) => asConflict(driver, e, attempt)) : error.result.errors };
    }
  }
}

/**
 * Each attempt in a `relgraph.transaction` span, inside a traced request: its statements, BEGIN to
 * COMMIT or ROLLBACK, are its children, and an attempt rolled back ends with an error status.
 */
function inTransactionSpan<T>(attempt: number, run: () => Promise<T>): Promise<T> {
  return tracing() ? inSpan('relgraph.transaction', { 'relgraph.transaction.attempt': attempt }, run) : run();
}

/** A rerun, as an event on the request's active span (the execute phase's). */
function noteRetry(attempt: number, reason: string): void {
  trace.getActiveSpan()?.addEvent('relgraph.retry', { 'relgraph.transaction.attempt': attempt, 'relgraph.retry.reason': reason });
}

/** A field's deadlock or lock wait, after the last attempt, as TRANSACTION_CONFLICT at the same path. */
function asConflict(driver: Driver, error: GraphQLError, attempts: number): GraphQLError {
  if (!metConflict(driver, error.originalError)) return error;
  const conflict = new TransactionConflictError(attempts, { cause: error.originalError });
  return new GraphQLError(conflict.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { code: conflict.code },
  });
}

/**
 * BEGIN found the database unavailable (or no connection was free): nothing ran, so the
 * operation answers DATABASE_UNAVAILABLE (HTTP 503, Retry-After), as a query does, not a 500.
 * Anything else that ends the transaction outside the work is rethrown as it is: above all a
 * failed COMMIT, whose outcome is unknown and which is never retried nor reported as retryable.
 */
function unavailableOrThrow(error: unknown): ExecutionResult {
  if (!findDatabaseUnavailable(error)) throw error;
  return { data: null, errors: [toGraphQLError(error) as GraphQLError] };
}
