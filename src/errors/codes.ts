/** The error codes of the GraphQL contract (`docs/graphql-surface.md`, "Transactions and errors"). */

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONSTRAINT_VIOLATION: 'CONSTRAINT_VIOLATION',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** A versioned row changed or went since it was read (optimistic locking); nothing was written. */
  STALE_DATA: 'STALE_DATA',
  /**
   * A mutation kept meeting concurrent writes (deadlocks, lock-wait timeouts, a Galera node's
   * certification conflicts) after relgraph reran it; nothing was written, so sending it again is safe.
   */
  TRANSACTION_CONFLICT: 'TRANSACTION_CONFLICT',
  /** The database cannot be reached or has no connection free: HTTP 503 with `Retry-After`; nothing was written. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /**
   * A subscription was refused (too many open on this connection or server) or ended because its
   * subscriber fell too far behind; subscribe again later, and query what changed meanwhile.
   */
  SUBSCRIPTION_LIMIT: 'SUBSCRIPTION_LIMIT',
  /** The channel that carries changes between servers (Redis) went away: the subscription ended; subscribe again. */
  PUBSUB_UNAVAILABLE: 'PUBSUB_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
