/**
 * Gives every request-level error a code: the contract says a variable of the wrong type is
 * `BAD_USER_INPUT`, and graphql-js reports it (`Variable "$id" got invalid value "x"; ...`) with
 * no code, as it does a subscription sent to a schema without one. An error with no code and no
 * path comes from the request itself, never from a resolver (those carry a path, and unexpected
 * ones are masked as INTERNAL_SERVER_ERROR), so it is the client's to fix: `BAD_USER_INPUT`,
 * answered with HTTP 400 as graphql-yoga's own executor answers it (the `http` extension sets
 * the status and is not sent).
 */
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useRequestErrorCodes(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || !('errors' in result) || !result.errors?.some(lacksCode)) return;
      setResult({ ...result, errors: result.errors.map((error) => (lacksCode(error) ? withCode(error) : error)) });
    },
  };
}

function lacksCode(error: GraphQLError): boolean {
  return error.extensions?.['code'] === undefined && error.path === undefined;
}

function withCode(error: GraphQLError): GraphQLError {
  // Keep the class and locations; only the extensions change.
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as GraphQLError, error, {
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}
