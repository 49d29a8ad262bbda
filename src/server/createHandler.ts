/**
 * `createHandler(models, options)`: relgraph as a graphql-yoga server, for users who mount it in
 * their own HTTP server (`yoga` is a request listener and a fetch handler) or run it with
 * `relgraph serve`. Limits are on by default; production mode turns off what helps an attacker
 * read the schema or the server's internals.
 */
import {
  createYoga,
  type CORSOptions,
  type GraphiQLOptions,
  type Plugin,
  type YogaInitialContext,
  type YogaLogger,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { DeclarativeBase, MetaData } from '../declare/index.js';
import type { Driver } from '../dialect/Driver.js';
import type { ReadReplicas } from '../dialect/ReadReplicas.js';
import type { Inflection } from '../inflect/inflection.js';
import type { Mapping } from '../mapper/index.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import type { Policy } from '../policy/index.js';
import { createRelgraph, type ExecutorName, type Relgraph, type SubscriptionOptions } from './createRelgraph.js';
import type { Limits } from './limits.js';
import { createLogger, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { useDiagramPage } from './diagramPage.js';
import { useProductionMode } from './useProductionMode.js';
import { useQueryLimits } from './useQueryLimits.js';
import { useRelgraph } from './useRelgraph.js';
import { useRowEstimate } from './useRowEstimate.js';
import { useTelemetry } from './useTelemetry.js';
import { useTracing } from './useTracing.js';
import { csrfHeaders, useTransportRules } from './useTransportRules.js';
import type { RetryOptions } from './runUnitOfWork.js';
import { useRequestErrorCodes } from './useRequestErrorCodes.js';
import { maskErrorWithoutInternals, useHttpErrors } from './useHttpErrors.js';

export interface HandlerOptions {
  readonly driver: Driver;
  /** Replicas that queries read from (`createRelgraph`'s `readReplicas`). Default none. */
  readonly readReplicas?: ReadReplicas;
  /** GraphiQL at the endpoint: default on outside production, with this query in its editor when given. */
  readonly graphiql?: boolean | { readonly defaultQuery?: string };
  /**
   * The models' entity-relationship diagram at `<graphqlEndpoint>/diagram`, each model's box
   * showing its GraphQL type when clicked (`docs/diagram.md`). Default: like GraphiQL, on outside production.
   */
  readonly diagram?: boolean;
  /** Every figure of `defaultLimitValues` can be changed here. */
  readonly limits?: Partial<Limits>;
  readonly retry?: Partial<RetryOptions>;
  readonly inflection?: Partial<Inflection>;
  /** Default `/graphql`. */
  readonly graphqlEndpoint?: string;
  /**
   * No introspection (`__type` answers null), GraphiQL, field suggestions or error details. Default:
   * `NODE_ENV === 'production'`.
   */
  readonly production?: boolean;
  /** Shows an unexpected error's message to clients; default: `NODE_ENV === 'development'`. Never in production. */
  readonly development?: boolean;
  /**
   * Where the server logs: unexpected errors at `error` (always), slow requests at `warn`, a
   * line per request at `debug` (or `info` with `accessLog`). Default: `createLogger('info')`.
   */
  readonly logger?: Logger;
  /** `false` silences the default logger (tests). Ignored when `logger` is given. */
  readonly logging?: boolean;
  /** Log every request at `info`. Default false (requests log at `debug`). */
  readonly accessLog?: boolean;
  /** Requests slower than this log at `warn`. Default 1000 ms. */
  readonly slowRequestMs?: number;
  /** Prometheus metrics to record into (`createMetrics()`); `listen()` serves them at /metrics. */
  readonly metrics?: Metrics;
  /**
   * Web origins allowed to call the API from a browser (CORS), e.g. `['https://app.example.com']`.
   * Default none: no cross-origin access. `'*'` allows any origin without credentials (cookies).
   */
  readonly corsOrigins?: readonly string[];
  /** More graphql-yoga plugins, after relgraph's. */
  readonly plugins?: readonly Plugin[];
  /**
   * Authorization rules (`definePolicy`). Without a policy every operation is allowed; with
   * one, whatever it does not allow is denied.
   */
  readonly policy?: Policy<any>;
  /**
   * The viewer of a request, as your authentication verified it (a session, a verified token):
   * what the policy's rules receive. Never build it from headers a client can set freely.
   */
  readonly viewer?: (initial: YogaInitialContext) => unknown | Promise<unknown>;
  /** Who answers operations (`createRelgraph`'s `executor`): `'plan'` (default) or `'graphql-js'`. */
  readonly executor?: ExecutorName;
  /** Documents whose plans the plan executor keeps (`createRelgraph`'s `planCacheSize`). Default 1,000. */
  readonly planCacheSize?: number;
  /**
   * Every result's `extensions.relgraph` says which executor answered, the plan cache hit and
   * the statements sent with their time; `'sql'` adds their SQL text. Default on outside
   * production; never in production, where it would show the server's SQL.
   */
  readonly explain?: boolean | 'sql';
  /**
   * The `secondary` tables without a primary key or unique index over their link columns: what
   * `checkLinkTables(mapping, driver)` returned, as `relgraph serve` passes it. Links into them
   * are kept unique by locking and checking before each insert. Default none (every secondary
   * table has its key, as `createAll` makes it).
   */
  readonly keylessLinkTables?: Iterable<string | { readonly table: string }>;
  /** Serve an Apollo Federation 2 subgraph (`createRelgraph`'s `federation`, `docs/federation.md`). Default off. */
  readonly federation?: boolean;
  /**
   * Subscriptions (`createRelgraph`'s `subscriptions`): default on, in-process; pass
   * `{ channel: await redisChangeChannel(url) }` to carry changes between servers, `false` for none.
   * Served over SSE at the endpoint, and over WebSocket by `listen()`.
   */
  readonly subscriptions?: boolean | SubscriptionOptions;
}

export type RelgraphServer = YogaServerInstance<Record<string, unknown>, RelgraphContext> & {
  readonly schema: GraphQLSchema;
  readonly mapping: Mapping;
  readonly limits: Limits;
  readonly relgraph: Relgraph;
  /** The origins allowed to call from a browser (`corsOrigins`): also those allowed to open a WebSocket. */
  readonly allowedOrigins: readonly string[];
};

/**
 * @example
 * const driver = await createDriver('sqlite:app.db');
 * const yoga = createHandler(Base, { driver });
 * http.createServer(yoga).listen(4000); // GraphiQL at http://localhost:4000/graphql
 */
export function createHandler(models: DeclarativeBase | MetaData | Mapping | Relgraph, options: HandlerOptions): RelgraphServer {
  const relgraph = isRelgraph(models)
    ? models
    : createRelgraph(models, {
        driver: options.driver,
        ...(options.readReplicas ? { readReplicas: options.readReplicas } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.inflection ? { inflection: options.inflection } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
        ...(options.metrics ? { onRetry: options.metrics.recordRetry } : {}),
        ...(options.executor ? { executor: options.executor } : {}),
        ...(options.planCacheSize !== undefined ? { planCacheSize: options.planCacheSize } : {}),
        ...(options.keylessLinkTables ? { keylessLinkTables: options.keylessLinkTables } : {}),
        ...(options.federation ? { federation: true } : {}),
        ...(options.subscriptions !== undefined ? { subscriptions: options.subscriptions } : {}),
        explain: explainFor(options),
      });
  const { schema, mapping, limits } = relgraph;
  const production = isProduction(options);
  const development = !production && (options.development ?? process.env.NODE_ENV === 'development');
  const graphiql = options.graphiql ?? !production;
  const graphqlEndpoint = options.graphqlEndpoint ?? '/graphql';
  const logger = options.logger ?? createLogger(options.logging === false ? 'silent' : 'info');
  const yoga = createYoga<Record<string, unknown>, RelgraphContext>({
    schema,
    graphqlEndpoint,
    graphiql: graphiql === false ? false : graphiqlOptions(typeof graphiql === 'object' ? graphiql : {}),
    renderGraphiQL: renderBundledGraphiQL,
    maskedErrors: { isDev: development, maskError: maskErrorWithoutInternals },
    // A path other than the endpoint answers a JSON 404, not yoga's landing page.
    landingPage: false,
    logging: yogaLogger(logger),
    cors: corsOptions(options.corsOrigins ?? []),
    batching: false,
    plugins: [
      // Its request span wraps everything the others do (a no-op without a tracer provider).
      useTracing(),
      // First after it, so that its clean error bodies are what the others' onResponse hooks see.
      useHttpErrors({ endpoint: graphqlEndpoint }),
      useTelemetry({
        logger,
        development,
        endpoint: graphqlEndpoint,
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.accessLog !== undefined ? { accessLog: options.accessLog } : {}),
        ...(options.slowRequestMs !== undefined ? { slowRequestMs: options.slowRequestMs } : {}),
      }),
      ...((options.diagram ?? !production)
        ? [useDiagramPage({ endpoint: graphqlEndpoint, schema, mapping, graphiql: graphiql !== false })]
        : []),
      useRelgraph(relgraph, options.viewer ? { viewer: options.viewer } : {}),
      ...(options.corsOrigins?.length ? [useVaryOrigin()] : []),
      useTransportRules({ bodyBytes: limits.bodyBytes }),
      ...useQueryLimits(limits),
      // Variables are checked before the row estimate, which needs them coerced.
      useRequestErrorCodes(),
      useRowEstimate(limits),
      ...(production ? useProductionMode() : []),
      ...(options.plugins ?? []),
    ],
  });
  return Object.assign(yoga, { schema, mapping, limits, relgraph, allowedOrigins: options.corsOrigins ?? [] }) as RelgraphServer;
}

function isProduction(options: HandlerOptions): boolean {
  return options.production ?? process.env.NODE_ENV === 'production';
}

/** Explain mode is for development: never in production, where it would show the server's SQL. */
function explainFor(options: HandlerOptions): boolean | 'sql' {
  if (isProduction(options)) return false;
  return options.explain ?? true;
}

/**
 * The bundled GraphiQL opens with `query` (yoga's CDN page reads `defaultQuery`): both are set,
 * so the ready query shows whichever page renders.
 */
function graphiqlOptions(options: { readonly defaultQuery?: string }): GraphiQLOptions {
  const query = options.defaultQuery;
  return { title: 'relgraph', ...(query ? { defaultQuery: query, query } : {}) } as GraphiQLOptions;
}

/**
 * GraphiQL with its scripts inlined, instead of yoga's default page that loads them from a
 * CDN: it works offline and behind firewalls. The bundle is large, so it loads on first use.
 */
async function renderBundledGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}

/**
 * graphql-yoga's own log lines (errors outside execution, which it masks) go to relgraph's
 * logger; its chatter below `warn` only at `debug`.
 */
function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: (...args: unknown[]) => logger.debug(args.map(String).join(' ')),
    info: (...args: unknown[]) => logger.debug(args.map(String).join(' ')),
    warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
    error: (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      logger.error(error ? { err: error } : {}, error ? `unexpected error: ${error.message}` : args.map(String).join(' '));
    },
  };
}

/**
 * CORS from an allow-list. With no origins, no CORS headers at all: browsers then refuse
 * cross-origin calls. graphql-yoga's default would reflect any `Origin` with
 * `access-control-allow-credentials: true`, letting any web page call the API with its
 * visitors' cookies. `'*'` answers `*` and never allows credentials.
 */
function corsOptions(origins: readonly string[]): false | ((request: Request) => CORSOptions) {
  if (origins.length === 0) return false;
  const anyOrigin = origins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    const common = {
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', ...csrfHeaders],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    } satisfies Exclude<CORSOptions, false>;
    if (origins.includes(origin)) return { ...common, origin: [origin], credentials: true };
    if (anyOrigin) return { ...common, origin: '*', credentials: false };
    return false;
  };
}

/** With an allow-list the answer depends on `Origin`, so shared caches must key on it. */
function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (
        !vary
          ?.toLowerCase()
          .split(/\s*,\s*/)
          .includes('origin')
      )
        response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}

function isRelgraph(value: unknown): value is Relgraph {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Relgraph).createContext === 'function' &&
    typeof (value as Relgraph).execute === 'function'
  );
}
