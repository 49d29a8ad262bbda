/**
 * What the server tells its operator about each request: a request id (echoed in the
 * `x-request-id` header), a log line per request (at `debug`, or at `info` as an access log),
 * a `warn` line for a slow request, an `error` line for every unexpected error — which the
 * client sees masked, carrying the request id to quote — and the Prometheus metrics. No SQL
 * parameter values are logged here.
 */
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isRelgraphError } from '../errors/RelgraphError.js';
import type { RelgraphContext, RequestStats } from '../resolvers/RelgraphContext.js';
import type { Logger } from './logger.js';
import type { Metrics, RequestOutcome } from './metrics.js';

export interface TelemetryOptions {
  readonly logger: Logger;
  readonly metrics?: Metrics;
  /** Log every request at `info` (an access log); otherwise at `debug`. */
  readonly accessLog?: boolean;
  /** A request slower than this is logged at `warn`. Default 1000 ms. */
  readonly slowRequestMs?: number;
  /** Put the unexpected error's message in the response (never in production). */
  readonly development?: boolean;
  /** The GraphQL endpoint's path: only its requests count in the metrics. Default `/graphql`. */
  readonly endpoint?: string;
}

interface RequestState {
  readonly id: string;
  readonly started: number;
  operationType: string;
  operationName: string | undefined;
  /**
   * The request's statement counter, not its whole context: the context would keep its loaders
   * and every row they read alive for as long as the request object lives.
   */
  stats: RequestStats | undefined;
  hadErrors: boolean;
  unavailable: boolean;
  unavailableCause?: string | undefined;
  /** Unexpected errors met during execution, logged with the request's figures when it ends. */
  readonly unexpected: Array<{ readonly error: Error; readonly path: string | undefined }>;
}

/** A client's own `x-request-id` is kept when it is short and plain; otherwise one is made. */
const acceptableRequestId = /^[\w.:@-]{1,128}$/;

/**
 * @example
 * createYoga({ schema, plugins: [useTelemetry({ logger: createLogger('info'), accessLog: true })] });
 * // {"level":"info","msg":"request","requestId":"…","method":"POST","path":"/graphql","status":200,"operation":"query Books","durationMs":3.2,"statements":2}
 */
export function useTelemetry(options: TelemetryOptions): Plugin {
  const { logger, metrics } = options;
  const slowMs = options.slowRequestMs ?? 1000;
  const states = new WeakMap<Request, RequestState>();

  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      states.set(request, {
        id: given && acceptableRequestId.test(given) ? given : randomUUID(),
        started: performance.now(),
        operationType: 'none',
        operationName: undefined,
        stats: undefined,
        hadErrors: false,
        unavailable: false,
        unexpected: [],
      });
    },
    onExecute({ args }) {
      const context = args.contextValue as unknown as RelgraphContext & { request?: Request };
      const state = context.request ? states.get(context.request) : undefined;
      if (!state) return undefined;
      const operation = getOperationAST(args.document, args.operationName);
      state.operationType = operation?.operation ?? 'none';
      state.operationName = operation?.name?.value;
      state.stats = context.relgraph?.stats;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result)) return;
          setResult(maskUnexpected(result as ExecutionResult, state, options.development ?? false));
        },
      };
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state || Array.isArray(result) || !result || !('errors' in result) || !result.errors?.length) return;
      state.hadErrors = true;
      const unavailable = result.errors.find((error) => error.extensions?.['code'] === 'DATABASE_UNAVAILABLE');
      if (unavailable) {
        state.unavailable = true;
        // The client's message is fixed; what the driver said is kept as a hidden cause.
        const cause = (unavailable.originalError as { cause?: unknown } | undefined)?.cause ?? (unavailable as { cause?: unknown }).cause;
        state.unavailableCause = cause instanceof Error ? cause.message : undefined;
      }
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      const durationMs = Math.round((performance.now() - state.started) * 10) / 10;
      const statements = state.stats?.statements ?? 0;
      const path = new URL(request.url).pathname;
      const slow = durationMs > slowMs;
      const operation = state.operationName ? `${state.operationType} ${state.operationName}` : state.operationType;
      for (const { error, path: field } of state.unexpected) {
        logger.error(
          { requestId: state.id, operation, path: field, durationMs, statements, err: error },
          `unexpected error: ${error.message}`,
        );
      }
      if (state.unavailable) {
        logger.warn(
          { requestId: state.id, operation, durationMs, statements },
          `database unavailable: ${state.unavailableCause ?? 'no connection'}`,
        );
      }
      if (slow || options.accessLog || logger.isLevelEnabled('debug')) {
        const fields = { requestId: state.id, method: request.method, path, status: response.status, operation, durationMs, statements };
        if (slow) logger.warn(fields, `slow request: ${durationMs} ms, more than ${slowMs} ms`);
        else if (options.accessLog) logger.info(fields, 'request');
        else logger.debug(fields, 'request');
      }
      const page = response.headers.get('content-type')?.startsWith('text/html') ?? false;
      if (metrics && path === (options.endpoint ?? '/graphql') && !page) {
        metrics.recordRequest({ operation: state.operationType, outcome: outcomeOf(response.status, state), durationMs, statements });
      }
    },
  };
}

function outcomeOf(status: number, state: RequestState): RequestOutcome {
  if (state.unavailable) return 'database_unavailable';
  if (status >= 500) return 'server_error';
  // A request that failed before execution (syntax, validation, limits) is the client's,
  // whatever status graphql-yoga chose for its media type.
  if (status >= 400 || (state.hadErrors && state.operationType === 'none')) return 'client_error';
  return state.hadErrors ? 'graphql_error' : 'ok';
}

/**
 * Masks each error that no part of relgraph meant for the client (a bug, a declaration that
 * does not match the table, a driver failure) as `Unexpected error.` with code
 * `INTERNAL_SERVER_ERROR` and the request id, plus the original message in development, and
 * keeps the original for the log line.
 */
function maskUnexpected(result: ExecutionResult, state: RequestState, development: boolean): ExecutionResult {
  if (!result.errors?.some(isUnexpected)) return result;
  const errors = result.errors.map((error) => {
    if (!isUnexpected(error)) return error;
    const cause = error.originalError ?? error;
    state.unexpected.push({ error: cause, path: error.path?.join('.') });
    return new GraphQLError('Unexpected error.', {
      ...(error.nodes ? { nodes: error.nodes } : {}),
      ...(error.path ? { path: error.path } : {}),
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        requestId: state.id,
        ...(development ? { cause: cause.message } : {}),
        ...(error.extensions?.['http'] ? { http: error.extensions['http'] } : {}),
      },
    });
  });
  return { ...result, errors, extensions: { ...result.extensions, requestId: state.id } };
}

/** An error that carries no code of the contract and was not raised as a GraphQL error on purpose. */
function isUnexpected(error: GraphQLError): boolean {
  const original = error.originalError;
  if (!original) return false;
  if (original instanceof GraphQLError || isRelgraphError(original)) return false;
  return error.extensions?.['code'] === undefined;
}
