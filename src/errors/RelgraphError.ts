/** Errors that reach a GraphQL client: each carries one code of the contract and a short message. */
import { ErrorCode } from './codes.js';

/**
 * Base class of every error relgraph raises on purpose while serving a request. The resolvers
 * turn it into a `GraphQLError` with `extensions.code`; anything else is masked.
 *
 * @example
 * throw new NotFoundError('Parent with id 7 was not found.');
 */
export class RelgraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class NotFoundError extends RelgraphError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

export class BadUserInputError extends RelgraphError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message);
  }
}

/** A database constraint refused the write; the message names GraphQL things, never SQL ones. */
export class ConstraintViolationError extends RelgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.CONSTRAINT_VIOLATION, message, options);
  }
}

/**
 * The retries of a mutation that met deadlocks, lock-wait timeouts or certification conflicts are
 * spent: every attempt was rolled back, so nothing was written and the client may send it again.
 */
export class TransactionConflictError extends RelgraphError {
  constructor(attempts: number, options?: { cause?: unknown }) {
    super(
      ErrorCode.TRANSACTION_CONFLICT,
      `The mutation met concurrent writes to the same rows in each of its ${attempts} attempts and was rolled back each time; nothing was written. Send it again.`,
      options,
    );
  }
}

export class ForbiddenError extends RelgraphError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class QueryTooComplexError extends RelgraphError {
  constructor(message: string) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message);
  }
}

export function isRelgraphError(error: unknown): error is RelgraphError {
  return error instanceof RelgraphError;
}

export class SubscriptionLimitError extends RelgraphError {
  constructor(message: string) {
    super(ErrorCode.SUBSCRIPTION_LIMIT, message);
  }
}

export class PubSubUnavailableError extends RelgraphError {
  constructor(message: string) {
    super(ErrorCode.PUBSUB_UNAVAILABLE, message);
  }
}
