/** Turns relgraph's own errors into `GraphQLError`s with the contract's `extensions.code`. */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, findDatabaseUnavailable } from './DatabaseUnavailableError.js';
import { isRelgraphError } from './RelgraphError.js';

/**
 * A `RelgraphError` becomes a `GraphQLError` carrying its code; anything else is rethrown as
 * is, for the server to mask as "Unexpected error." outside development.
 *
 * An unavailable database (also when it is the cause of another error, such as a statement
 * refused after one that met it) becomes `DATABASE_UNAVAILABLE` with a fixed, short message (the
 * operator's message names the host) and `extensions.http`, which graphql-yoga turns into HTTP
 * 503 and a `Retry-After` header and never sends to the client. The operator's error stays
 * reachable as the answer's non-enumerable `cause`.
 *
 * @example
 * toGraphQLError(new NotFoundError('Parent with id 7 was not found.'))
 * // GraphQLError { message: 'Parent with id 7 was not found.', extensions: { code: 'NOT_FOUND' } }
 * toGraphQLError(new DatabaseUnavailableError('... mysql://app:***@db:3306/shop, but nothing accepts connections there ...'))
 * // GraphQLError { message: 'The database is unavailable. Try again later.',
 * //   extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': '5' } } } }
 */
export function toGraphQLError(error: unknown): unknown {
  // No originalError: yoga masks any error whose chain ends in something other than a GraphQLError.
  const unavailable = findDatabaseUnavailable(error);
  if (unavailable) {
    const answer = new GraphQLError(DatabaseUnavailableError.clientMessage, {
      extensions: { code: unavailable.code, http: { status: 503, headers: { 'Retry-After': String(unavailable.retryAfterSeconds) } } },
    });
    // For the server's logs and metrics (`error.originalError.cause` in a yoga plugin): not
    // enumerable, so no serializer sends it to the client.
    Object.defineProperty(answer, 'cause', { value: unavailable, enumerable: false });
    return answer;
  }
  if (isRelgraphError(error)) {
    return new GraphQLError(error.message, { extensions: { code: error.code } });
  }
  return error;
}

/**
 * Wraps a resolver so that the errors it throws reach clients with their code. A resolver that
 * answers at once stays synchronous: no promise per field per row.
 */
export function withErrorCodes<A extends unknown[], R>(resolve: (...args: A) => R | Promise<R>): (...args: A) => R | Promise<R> {
  return (...args: A) => {
    try {
      const result = resolve(...args);
      return result instanceof Promise ? result.catch(rethrowWithCode) : result;
    } catch (error) {
      throw toGraphQLError(error);
    }
  };
}

function rethrowWithCode(error: unknown): never {
  throw toGraphQLError(error);
}
