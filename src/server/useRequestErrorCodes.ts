/**
 * Request errors — the operation is refused before it runs, and the answer has no `data` — get a
 * code and the HTTP status of the GraphQL over HTTP spec: 400 under
 * `application/graphql-response+json`, 200 under `application/json`. Variables that do not
 * coerce to their declared types come back from graphql-js without `data` (for a mutation,
 * `relgraph.execute` answers them the same way before it opens a transaction).
 */
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The `http` extension of a request error. yoga sends `status` only under
 * `application/graphql-response+json` (`spec: true`) and answers 200 under `application/json`;
 * it never sends the extension itself. A new object each time: yoga's validation step writes to it.
 *
 * @example
 * new GraphQLError('The operation is 9 levels deep, more than the 6 allowed.', { extensions: { code: 'QUERY_TOO_COMPLEX', http: requestErrorHttp() } });
 */
export function requestErrorHttp(): { spec: true; status: 400 } {
  return { spec: true, status: 400 };
}

/**
 * Implements "Coercing Variable Values" (GraphQL spec §6.1.2) as a request error: a variable of
 * the wrong type, a missing non-null variable or an overflowing Int is `BAD_USER_INPUT` with no
 * `data`. Any other error with no code and no path comes from the request too (a resolver's error
 * has a path, and unexpected ones are masked as INTERNAL_SERVER_ERROR): `BAD_USER_INPUT` as well.
 *
 * @example
 * // POST {"query":"query ($id: Int!) { parent(id: $id) { id } }","variables":{"id":"x"}}
 * // Accept: application/graphql-response+json → 400
 * // {"errors":[{"message":"Variable \"$id\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"","locations":[…],"extensions":{"code":"BAD_USER_INPUT"}}]}
 */
export function useRequestErrorCodes(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || !('errors' in result) || !result.errors?.some(lacksCode)) return;
      const requestError = !('data' in result);
      setResult({ ...result, errors: result.errors.map((error) => (lacksCode(error) ? withCode(error, requestError) : error)) });
    },
  };
}

function lacksCode(error: GraphQLError): boolean {
  return error.extensions?.['code'] === undefined && error.path === undefined;
}

/** A scalar's own code (carried over from its parseValue error) is kept. */
function withCode(error: GraphQLError, requestError: boolean): GraphQLError {
  // Keep the class and locations; only the extensions change.
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as GraphQLError, error, {
    extensions: {
      ...error.extensions,
      code: error.extensions?.['code'] ?? 'BAD_USER_INPUT',
      ...(requestError ? { http: requestErrorHttp() } : {}),
    },
  });
}
