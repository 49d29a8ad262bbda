/** The database cannot be reached right now: the error behind `DATABASE_UNAVAILABLE` and HTTP 503. */
import { ErrorCode } from './codes.js';
import { RelgraphError } from './RelgraphError.js';

/**
 * Raised when no statement could reach the database: it refuses connections, cannot be
 * reached, has no connections left, is shutting down, lost the connection before the unit of
 * work could finish (so nothing was committed), or every connection of relgraph's pool stayed
 * busy for the acquire timeout. Nothing of the request was written, so the client may send it
 * again after `retryAfterSeconds`.
 *
 * `message` is for the operator (the CLI, logs): one sentence naming the database URL with the
 * password replaced by `***`, what failed and the fix. A GraphQL client never sees it: it gets
 * `clientMessage`, `extensions.code: "DATABASE_UNAVAILABLE"`, HTTP 503 and `Retry-After`.
 *
 * A COMMIT whose reply was lost is never reported with this error: its outcome is unknown, and
 * a client that retried it could write twice.
 *
 * @example
 * try { await createDriver('mysql://app:pw@127.0.0.1:3306/shop') } catch (e) {
 *   if (e instanceof DatabaseUnavailableError) console.error(e.message); // ... mysql://app:***@127.0.0.1:3306/shop, but nothing accepts connections there (ECONNREFUSED); ...
 * }
 */
export class DatabaseUnavailableError extends RelgraphError {
  /** What a client reads: short, with nothing about the host, the driver or the SQL. */
  static readonly clientMessage = 'The database is unavailable. Try again later.';

  /** The `Retry-After` a client is told, in seconds. */
  readonly retryAfterSeconds: number;

  constructor(message: string, options: { cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, 'cause' in options ? { cause: options.cause } : undefined);
    this.retryAfterSeconds = options.retryAfterSeconds ?? 5;
  }
}

/**
 * The `DatabaseUnavailableError` in `error` or in its chain of causes (a statement refused
 * because an earlier one of its transaction met an unavailable database), or `undefined`.
 *
 * @example
 * findDatabaseUnavailable(new TransactionAbortedError(new DatabaseUnavailableError('...'))) // the inner error
 */
export function findDatabaseUnavailable(error: unknown): DatabaseUnavailableError | undefined {
  const seen = new Set<unknown>();
  for (
    let current = error;
    typeof current === 'object' && current !== null && !seen.has(current);
    current = (current as { cause?: unknown }).cause
  ) {
    if (current instanceof DatabaseUnavailableError) return current;
    seen.add(current);
  }
  return undefined;
}
