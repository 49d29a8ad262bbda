/**
 * Gives variable-coercion errors the contract's `BAD_USER_INPUT` code. graphql-js reports a
 * variable of the wrong type (`Variable "$id" got invalid value "x"; ...`) with no code, and
 * graphql-yoga passes it on as is.
 */
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useVariableErrorCodes(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || !('errors' in result) || !result.errors?.some(isVariableError)) return;
      setResult({ ...result, errors: result.errors.map((error) => (isVariableError(error) ? withCode(error) : error)) });
    },
  };
}

function isVariableError(error: GraphQLError): boolean {
  return error.extensions?.['code'] === undefined && error.path === undefined && /^Variable "\$[^"]+" /.test(error.message);
}

function withCode(error: GraphQLError): GraphQLError {
  // Keep the class and locations; only the extensions change.
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as GraphQLError, error, {
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}
