/**
 * `createHandler(models, options)`: relgraph as a graphql-yoga server, for users who mount it in
 * their own HTTP server (`yoga` is a request listener and a fetch handler) or run it with
 * `relgraph serve`. Limits are on by default; production mode turns off what helps an attacker
 * read the schema or the server's internals.
 */
import { createYoga, type GraphiQLOptions, type Plugin, type YogaInitialContext, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { DeclarativeBase, MetaData } from '../declare/index.js';
import type { Driver } from '../dialect/Driver.js';
import type { Inflection } from '../inflect/inflection.js';
import type { Mapping } from '../mapper/index.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import type { Policy } from '../policy/index.js';
import { createRelgraph, type Relgraph } from './createRelgraph.js';
import type { Limits } from './limits.js';
import { useProductionMode } from './useProductionMode.js';
import { useQueryLimits } from './useQueryLimits.js';
import { useRelgraph } from './useRelgraph.js';
import { useRowEstimate } from './useRowEstimate.js';
import { useTransportRules } from './useTransportRules.js';
import type { RetryOptions } from './runUnitOfWork.js';
import { useRequestErrorCodes } from './useRequestErrorCodes.js';

export interface HandlerOptions {
  readonly driver: Driver;
  /** GraphiQL at the endpoint: default on outside production, with this query in its editor when given. */
  readonly graphiql?: boolean | { readonly defaultQuery?: string };
  /** Every figure of `defaultLimitValues` can be changed here. */
  readonly limits?: Partial<Limits>;
  readonly retry?: Partial<RetryOptions>;
  readonly inflection?: Partial<Inflection>;
  /** Default `/graphql`. */
  readonly graphqlEndpoint?: string;
  /**
   * No introspection, GraphiQL, field suggestions, error details or GET. Default:
   * `NODE_ENV === 'production'`.
   */
  readonly production?: boolean;
  /** Shows error details (stack, original message) to clients; default: `NODE_ENV === 'development'`. */
  readonly development?: boolean;
  readonly logging?: boolean;
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
}

export type RelgraphServer = YogaServerInstance<Record<string, unknown>, RelgraphContext> & {
  readonly schema: GraphQLSchema;
  readonly mapping: Mapping;
  readonly limits: Limits;
  readonly relgraph: Relgraph;
};

/**
 * @example
 * const driver = await createDriver('sqlite:app.db');
 * const yoga = createHandler(Base, { driver });
 * http.createServer(yoga).listen(4000); // GraphiQL at http://localhost:4000/graphql
 */
export function createHandler(models: DeclarativeBase | MetaData | Mapping | Relgraph, options: HandlerOptions): RelgraphServer {
  const relgraph = isRelgraph(models) ? models : createRelgraph(models, {
    driver: options.driver,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.inflection ? { inflection: options.inflection } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  const { schema, mapping, limits } = relgraph;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const development = !production && (options.development ?? process.env.NODE_ENV === 'development');
  const graphiql = options.graphiql ?? !production;
  const yoga = createYoga<Record<string, unknown>, RelgraphContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    graphiql: graphiql === false ? false : graphiqlOptions(typeof graphiql === 'object' ? graphiql : {}),
    renderGraphiQL: renderBundledGraphiQL,
    maskedErrors: { isDev: development },
    logging: options.logging ?? true,
    batching: false,
    plugins: [
      useRelgraph(relgraph, options.viewer ? { viewer: options.viewer } : {}),
      useTransportRules({ bodyBytes: limits.bodyBytes, allowGet: !production }),
      ...useQueryLimits(limits),
      useRowEstimate(limits),
      ...(production ? useProductionMode() : []),
      useRequestErrorCodes(),
      ...(options.plugins ?? []),
    ],
  });
  return Object.assign(yoga, { schema, mapping, limits, relgraph }) as RelgraphServer;
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

function isRelgraph(value: unknown): value is Relgraph {
  return typeof value === 'object' && value !== null && typeof (value as Relgraph).createContext === 'function' && typeof (value as Relgraph).execute === 'function';
}
