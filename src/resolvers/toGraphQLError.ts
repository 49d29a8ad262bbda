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

/** Wraps a resolver so that the errors it throws reach clients with their code. */
export function withErrorCodes<A extends unknown[], R>(resolve: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await resolve(...args);
    } catch (error) {
      throw toGraphQLError(error);
    }
  };
}
