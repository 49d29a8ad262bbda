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
import { createLoaders } from '../loaders/Loaders.js';
import { configure, type Mapping } from '../mapper/index.js';
import { createResolvers } from '../resolvers/createResolvers.js';
import { createRowBudget } from '../resolvers/createRowBudget.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import { buildSchema } from '../schema/index.js';
import { validatePolicy, type Policy } from '../policy/index.js';
import { instrument } from '../session/index.js';
import { getValidLimits, type Limits } from './limits.js';
import { useGraphqlJsExecute } from './useGraphqlJsExecute.js';
import { useProductionMode } from './useProductionMode.js';
import { useQueryLimits } from './useQueryLimits.js';
import { useRowEstimate } from './useRowEstimate.js';
import { useTransportRules } from './useTransportRules.js';
import { defaultRetry, useUnitOfWork, type RetryOptions } from './useUnitOfWork.js';
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
};

/**
 * @example
 * const driver = await createDriver('sqlite:app.db');
 * const yoga = createHandler(Base, { driver });
 * http.createServer(yoga).listen(4000); // GraphiQL at http://localhost:4000/graphql
 */
export function createHandler(models: DeclarativeBase | MetaData | Mapping, options: HandlerOptions): RelgraphServer {
  const mapping = isMapping(models) ? models : configure(models);
  instrument(mapping);
  const limits = getValidLimits(options.limits);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const development = !production && (options.development ?? process.env.NODE_ENV === 'development');
  if (options.policy) validatePolicy(options.policy, mapping);
  const resolvers = createResolvers({
    limits,
    ...(options.inflection ? { inflection: options.inflection } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  const schema = buildSchema(mapping, { ...(options.inflection ? { inflection: options.inflection } : {}), resolvers });
  const { driver } = options;
  const graphiql = options.graphiql ?? !production;
  const newBudget = () => createRowBudget(limits.rowBudget);
  const yoga = createYoga<Record<string, unknown>, RelgraphContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    graphiql: graphiql === false ? false : graphiqlOptions(typeof graphiql === 'object' ? graphiql : {}),
    renderGraphiQL: renderBundledGraphiQL,
    maskedErrors: { isDev: development },
    logging: options.logging ?? true,
    batching: false,
    context: async (initial) => {
      const access = resolvers.createAccess(options.viewer ? await options.viewer(initial) : undefined);
      const scope = access.enforced ? { scope: access.scope } : {};
      return { relgraph: { dialect: driver.dialect, access, loaders: createLoaders({ dialect: driver.dialect, executor: driver, budget: newBudget(), ...scope }) } };
    },
    plugins: [
      useGraphqlJsExecute(),
      useTransportRules({ bodyBytes: limits.bodyBytes, allowGet: !production }),
      ...useQueryLimits(limits),
      useRowEstimate(limits),
      ...(production ? useProductionMode() : []),
      useUnitOfWork(mapping, driver, { ...defaultRetry, ...options.retry }, newBudget),
      useRequestErrorCodes(),
      ...(options.plugins ?? []),
    ],
  });
  return Object.assign(yoga, { schema, mapping, limits }) as RelgraphServer;
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
