/**
 * `createRelgraph(models, options)`: relgraph without an HTTP server — the executable schema,
 * the per-request context its resolvers need, and an `execute` that runs each mutation
 * operation as one unit of work in one transaction. `createHandler` is this plus graphql-yoga;
 * users with their own server (yoga, Apollo Server, graphql-http, …) use it directly.
 */
import { execute as graphqlExecute, getOperationAST, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { DeclarativeBase, MetaData } from '../declare/index.js';
import type { Driver } from '../dialect/Driver.js';
import type { Inflection } from '../inflect/inflection.js';
import { createLoaders } from '../loaders/Loaders.js';
import { configure, type Mapping } from '../mapper/index.js';
import { validatePolicy, type Policy } from '../policy/index.js';
import { createResolvers } from '../resolvers/createResolvers.js';
import { createRowBudget } from '../resolvers/createRowBudget.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import { buildSchema } from '../schema/index.js';
import { instrument } from '../session/index.js';
import { getValidLimits, type Limits } from './limits.js';
import { defaultRetry, runUnitOfWork, type RetryOptions } from './runUnitOfWork.js';

export interface RelgraphOptions {
  readonly driver: Driver;
  /** Every figure of `defaultLimitValues` can be changed here. */
  readonly limits?: Partial<Limits>;
  readonly retry?: Partial<RetryOptions>;
  readonly inflection?: Partial<Inflection>;
  /**
   * Authorization rules (`definePolicy`). Without a policy every operation is allowed; with
   * one, whatever it does not allow is denied.
   */
  readonly policy?: Policy<any>;
}

export interface Relgraph {
  readonly schema: GraphQLSchema;
  readonly mapping: Mapping;
  readonly limits: Limits;
  readonly driver: Driver;
  /**
   * What relgraph's resolvers need in the GraphQL context for one request: spread it into
   * your own context. `viewer` is what the policy's rules receive (your verified user).
   */
  createContext(viewer?: unknown): RelgraphContext;
  /**
   * graphql-js's `execute`, except that a mutation operation runs as one unit of work in one
   * transaction (all its fields or none), rerun whole on a deadlock. `contextValue` must hold
   * what `createContext` returned.
   */
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
}

/**
 * @example
 * const relgraph = createRelgraph(Base, { driver, policy });
 * const result = await relgraph.execute({
 *   schema: relgraph.schema,
 *   document: parse('{ parents { name children { name } } }'),
 *   contextValue: relgraph.createContext({ role: 'reader' }),
 * });
 */
export function createRelgraph(models: DeclarativeBase | MetaData | Mapping, options: RelgraphOptions): Relgraph {
  const mapping = isMapping(models) ? models : configure(models);
  instrument(mapping);
  const limits = getValidLimits(options.limits);
  if (options.policy) validatePolicy(options.policy, mapping);
  const inflection = options.inflection ? { inflection: options.inflection } : {};
  const resolvers = createResolvers({ limits, ...inflection, ...(options.policy ? { policy: options.policy } : {}) });
  const schema = buildSchema(mapping, { ...inflection, resolvers });
  const { driver } = options;
  const retry = { ...defaultRetry, ...options.retry };
  const newBudget = () => createRowBudget(limits.rowBudget);

  const createContext = (viewer?: unknown): RelgraphContext => {
    const access = resolvers.createAccess(viewer);
    const scope = access.enforced ? { scope: access.scope } : {};
    return { relgraph: { dialect: driver.dialect, access, loaders: createLoaders({ dialect: driver.dialect, executor: driver, budget: newBudget(), ...scope }) } };
  };

  const execute = async (args: ExecutionArgs): Promise<ExecutionResult> => {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'mutation') return graphqlExecute(args);
    return runUnitOfWork(args, graphqlExecute, { mapping, driver, retry, newBudget });
  };

  return { schema, mapping, limits, driver, createContext, execute };
}

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && Array.isArray((value as Mapping).models) && typeof (value as Mapping).model === 'function';
}
