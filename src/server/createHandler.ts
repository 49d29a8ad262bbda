/**
 * `createHandler(models, options)`: relgraph as a graphql-yoga server, for users who mount it in
 * their own HTTP server (`yoga` is a request listener and a fetch handler) or run it with
 * `relgraph serve`.
 */
import { createYoga, type GraphiQLOptions, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { DeclarativeBase, MetaData } from '../declare/index.js';
import type { Driver } from '../dialect/Driver.js';
import type { Inflection } from '../inflect/inflection.js';
import { createLoaders } from '../loaders/Loaders.js';
import { configure, type Mapping } from '../mapper/index.js';
import { createResolvers } from '../resolvers/createResolvers.js';
import type { ListLimits } from '../resolvers/readListArgs.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import { buildSchema } from '../schema/index.js';
import { instrument } from '../session/index.js';
import { defaultRetry, useUnitOfWork, type RetryOptions } from './useUnitOfWork.js';
import { useVariableErrorCodes } from './useVariableErrorCodes.js';

export interface HandlerOptions {
  readonly driver: Driver;
  /** GraphiQL at the endpoint: default on, with this query in its editor when given. */
  readonly graphiql?: boolean | { readonly defaultQuery?: string };
  readonly limits?: Partial<ListLimits>;
  readonly retry?: Partial<RetryOptions>;
  readonly inflection?: Partial<Inflection>;
  /** Default `/graphql`. */
  readonly graphqlEndpoint?: string;
  /** Shows error details to clients; default: `NODE_ENV === 'development'`. */
  readonly development?: boolean;
  readonly logging?: boolean;
}

export const defaultLimits: ListLimits = { maxLimit: 1000, maxOffset: 100_000, defaultLimit: undefined };

export type RelgraphServer = YogaServerInstance<Record<string, unknown>, RelgraphContext> & { readonly schema: GraphQLSchema; readonly mapping: Mapping };

/**
 * @example
 * const driver = await createDriver('sqlite:app.db');
 * const yoga = createHandler(Base, { driver });
 * http.createServer(yoga).listen(4000); // GraphiQL at http://localhost:4000/graphql
 */
export function createHandler(models: DeclarativeBase | MetaData | Mapping, options: HandlerOptions): RelgraphServer {
  const mapping = isMapping(models) ? models : configure(models);
  instrument(mapping);
  const limits = { ...defaultLimits, ...options.limits };
  const schema = buildSchema(mapping, {
    ...(options.inflection ? { inflection: options.inflection } : {}),
    resolvers: createResolvers({ limits, ...(options.inflection ? { inflection: options.inflection } : {}) }),
  });
  const { driver } = options;
  const development = options.development ?? process.env.NODE_ENV === 'development';
  const graphiql = options.graphiql ?? true;
  const yoga = createYoga<Record<string, unknown>, RelgraphContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    graphiql: graphiql === false ? false : graphiqlOptions(typeof graphiql === 'object' ? graphiql : {}),
    renderGraphiQL: renderBundledGraphiQL,
    maskedErrors: { isDev: development },
    logging: options.logging ?? true,
    context: () => ({ relgraph: { dialect: driver.dialect, loaders: createLoaders({ dialect: driver.dialect, executor: driver }) } }),
    plugins: [useUnitOfWork(mapping, driver, { ...defaultRetry, ...options.retry }), useVariableErrorCodes()],
  });
  return Object.assign(yoga, { schema, mapping }) as RelgraphServer;
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

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && Array.isArray((value as Mapping).models) && typeof (value as Mapping).model === 'function';
}
