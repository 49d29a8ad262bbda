/** Turns relgraph's own errors into `GraphQLError`s with the contract's `extensions.code`. */
import { GraphQLError } from 'graphql';
import { isRelgraphError } from '../errors/RelgraphError.js';

/**
 * A `RelgraphError` becomes a `GraphQLError` carrying its code; anything else is rethrown as
 * is, for the server to mask as "Unexpected error." outside development.
 */
export function toGraphQLError(error: unknown): unknown {
  if (isRelgraphError(error)) {
    // No originalError: yoga masks any error whose chain ends in something other than a GraphQLError.
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
