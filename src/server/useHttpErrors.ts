/**
 * Every error answer has the same clean shape, `{ "errors": [{ "message", "extensions": { "code" } }] }`,
 * whoever produced it (relgraph, graphql-yoga, a plugin), and never carries an internal: no
 * `originalError`, no stack, no parser or driver object — in development too. The HTTP-level
 * codes (`BAD_REQUEST`, `OPERATION_RESOLUTION_FAILURE`) get the status of `docs/graphql-over-http.md`.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { maskError as yogaMaskError, type MaskError, type Plugin } from 'graphql-yoga';

/** Extension keys that hold internals (yoga's and Apollo's names), which yoga would send as they are. */
const sentInternalKeys = ['originalError', 'stack', 'stacktrace', 'exception'];
/** ... and the ones yoga keeps for itself (the status to answer with; whether it masked the error). */
const internalKeys = [...sentInternalKeys, 'http', 'unexpected'];

/**
 * A JSON error answer, as every refusal before GraphQL runs is written.
 *
 * @example
 * httpErrorResponse(413, 'The request body is larger than 102400 bytes.');
 * // 413, content-type application/json; charset=utf-8
 * // {"errors":[{"message":"The request body is larger than 102400 bytes.","extensions":{"code":"BAD_REQUEST"}}]}
 */
export function httpErrorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * graphql-yoga's `maskedErrors.maskError` without its development extras: yoga's own puts the
 * original error, stack included, in `extensions.originalError` when `isDev`. Here development
 * adds only the original message, as `extensions.cause` (as relgraph does for an error in a field).
 *
 * @example
 * createYoga({ schema, maskedErrors: { maskError: maskErrorWithoutInternals, isDev: true } });
 * // {"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR","cause":"connection lost"}}
 */
export const maskErrorWithoutInternals: MaskError = (error, message, isDev) => {
  const masked = yogaMaskError(error, message, false);
  if (!isDev || masked === error) return masked;
  const cause = error instanceof GraphQLError ? error.originalError : error;
  if (!(cause instanceof Error)) return masked;
  const graphQLError = masked as GraphQLError;
  return copyWith(graphQLError, { ...graphQLError.extensions, cause: cause.message });
};

/**
 * @example
 * createYoga({ schema, plugins: [useHttpErrors({ endpoint: '/graphql' })] });
 * // PUT /graphql with Accept: text/html → 405, Allow: GET, POST,
 * // {"errors":[{"message":"The method PUT is not accepted. Send a POST, or a GET for a query.","extensions":{"code":"BAD_REQUEST"}}]}
 */
export function useHttpErrors(options: { readonly endpoint: string }): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map(withHttpStatusAndNoInternals);
      if (errors.some((error, i) => error !== result.errors![i])) setResult({ ...(result as ExecutionResult), errors });
    },
    async onResponse({ request, response, setResponse }) {
      if (response.status < 400) return;
      setResponse(await cleanErrorResponse(response, request, options.endpoint));
    },
  };
}

/**
 * yoga sends `extensions.originalError` as it is, and decides the status from `http`:
 * `BAD_REQUEST` (a malformed request: no query, a parameter of the wrong type) is 400 under
 * both media types, and a request naming no runnable operation (`OPERATION_RESOLUTION_FAILURE`,
 * GraphQL spec "GetOperation") is a request error like any other.
 */
function withHttpStatusAndNoInternals(error: GraphQLError): GraphQLError {
  const extensions = (error.extensions ?? {}) as Record<string, unknown> & { http?: { spec?: boolean; status?: number } };
  const code = extensions['code'];
  const http = extensions.http && {
    ...extensions.http,
    spec: code === 'BAD_REQUEST' ? false : code === 'OPERATION_RESOLUTION_FAILURE' ? true : extensions.http.spec,
  };
  const hasInternals = Object.keys(extensions).some((key) => sentInternalKeys.includes(key));
  if (!hasInternals && http?.spec === extensions.http?.spec) return error;
  const kept = Object.fromEntries(Object.entries(extensions).filter(([key]) => !sentInternalKeys.includes(key)));
  return copyWith(error, http ? { ...kept, http } : kept);
}

/** The answer's status and headers, with a body of the clean shape: the errors it had, or one that says what the status means. */
async function cleanErrorResponse(response: Response, request: Request, endpoint: string): Promise<Response> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const fallbackCode = response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  const given = isErrorBody(body) ? body.errors : [];
  const errors = given.length
    ? given.map((error) => cleanError(error, fallbackCode, () => explainStatus(response.status, request, endpoint)))
    : [{ message: explainStatus(response.status, request, endpoint), extensions: { code: fallbackCode } }];
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  if (!/^application\/(graphql-response\+)?json/.test(headers.get('content-type') ?? ''))
    headers.set('content-type', 'application/json; charset=utf-8');
  if (response.status === 405 && !headers.has('allow')) headers.set('allow', 'GET, POST');
  const rest = isErrorBody(body) ? Object.fromEntries(Object.entries(body).filter(([key]) => key === 'data' || key === 'extensions')) : {};
  if (rest['extensions'] && typeof rest['extensions'] === 'object')
    rest['extensions'] = withoutInternals(rest['extensions'] as Record<string, unknown>);
  const cleaned = JSON.stringify({ ...rest, errors });
  // An explicit length: without it the answer goes out chunked, and a client that stopped
  // sending its own body (a refused 50 MiB upload) cannot tell where the answer ends.
  headers.set('content-length', String(Buffer.byteLength(cleaned)));
  return new Response(cleaned, { status: response.status, statusText: response.statusText, headers });
}

function cleanError(error: unknown, fallbackCode: string, fallbackMessage: () => string): Record<string, unknown> {
  const given = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const extensions = withoutInternals(
    (typeof given['extensions'] === 'object' && given['extensions'] !== null ? given['extensions'] : {}) as Record<string, unknown>,
  );
  return {
    message: typeof given['message'] === 'string' && given['message'] ? given['message'] : fallbackMessage(),
    ...(Array.isArray(given['locations']) ? { locations: given['locations'] } : {}),
    ...(Array.isArray(given['path']) ? { path: given['path'] } : {}),
    extensions: { ...extensions, code: typeof extensions['code'] === 'string' ? extensions['code'] : fallbackCode },
  };
}

function withoutInternals(extensions: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => !internalKeys.includes(key)));
}

function isErrorBody(body: unknown): body is { errors: unknown[] } & Record<string, unknown> {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
}

/** What an answer with no message of its own says: the status's meaning, and what to do. */
function explainStatus(status: number, request: Request, endpoint: string): string {
  switch (status) {
    case 404:
      return `Nothing is served at ${new URL(request.url, 'http://localhost').pathname}. Send GraphQL requests to ${endpoint}.`;
    case 405:
      return `The method ${request.method} is not accepted. Send a POST, or a GET for a query.`;
    case 406:
      // The transport rules refused an Accept without JSON before anything ran: what is left is an
      // answer that cannot be JSON, a subscription's stream.
      return `A subscription is answered as a stream of events, which the Accept header does not allow. Accept text/event-stream (GraphQL over SSE), or subscribe over a WebSocket at ${endpoint}.`;
    case 413:
      return 'The request is too large. Send a shorter one.';
    case 415:
      return 'The request body is not JSON. Send the operation as a POST with Content-Type application/json.';
    default:
      return status >= 500 ? 'Unexpected error.' : 'The request cannot be answered. Send a JSON POST with a "query" string.';
  }
}

/** The same error with other extensions; its class, message, locations and path are kept. */
function copyWith(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as GraphQLError, error, { extensions });
}
