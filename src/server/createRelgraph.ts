/**
 * `createRelgraph(models, options)`: relgraph without an HTTP server — the executable schema,
 * the per-request context its resolvers need, and an `execute` that runs each mutation
 * operation as one unit of work in one transaction. `createHandler` is this plus graphql-yoga;
 * users with their own server (yoga, Apollo Server, graphql-http, …) use it directly. A server
 * that executes with plain graphql-js still writes safely: each mutation field then runs in a
 * transaction of its own (`docs/mounting.md`, "Transactions").
 */
import {
  execute as graphqlExecute,
  getOperationAST,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DeclarativeBase, MetaData } from '../declare/index.js';
import type { Driver, Executor } from '../dialect/Driver.js';
import type { ReadReplicas } from '../dialect/ReadReplicas.js';
import type { Inflection } from '../inflect/inflection.js';
import { createLoaders } from '../loaders/Loaders.js';
import type { Mapping } from '../mapper/index.js';
import { configure } from '../session/configure.js';
import { lostConnectOrCreateRace } from '../writes/mapWriteError.js';
import { TransactionConflictError } from '../errors/RelgraphError.js';
import { validatePolicy, type Policy } from '../policy/index.js';
import { createResolvers } from '../resolvers/createResolvers.js';
import { createRowBudget } from '../loaders/createRowBudget.js';
import { fieldUnitOfWork, type FieldUnitOfWork } from '../writes/inUnitOfWork.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import { buildSchema } from '../schema/index.js';
import { subgraphSchema } from '../federation/subgraphSchema.js';
import { instrument, Session } from '../session/index.js';
import { getValidKeylessLinkTables } from '../session/keylessLinks.js';
import { countStatements } from './countStatements.js';
import { coerceVariables } from '../execute/coerceVariables.js';
import { createPlanExecutor, type PlanCacheStats } from '../execute/createPlanExecutor.js';
import { getValidLimits, type Limits } from './limits.js';
import { requestErrorHttp } from './useRequestErrorCodes.js';
import { commitRolledBack, metConflict, pauseBeforeRetry } from './retryPolicy.js';
import { defaultRetry, runUnitOfWork, type RetryOptions } from './runUnitOfWork.js';
import { ChangeFeed, type ChangeChannel, subscriptionDefaults } from '../live/ChangeFeed.js';
import { type ChangeEvent, ChangeLog } from '../session/ChangeLog.js';
import { eventLoaders } from '../live/createChangeSubscriptions.js';
import { eventReadsByEvent, sharedEventReads } from '../live/sharedEventReads.js';
import { deliverySlots, throttledReads } from '../live/throttledReads.js';
import { checkCounts } from '../util/checkCounts.js';

export interface RelgraphOptions {
  readonly driver: Driver;
  /**
   * Replicas of `driver`'s database that queries read from (`ReadReplicas`); mutations and
   * everything in their transactions stay on `driver`. Default none: every statement goes to `driver`.
   */
  readonly readReplicas?: ReadReplicas;
  /** Every figure of `defaultLimitValues` can be changed here. */
  readonly limits?: Partial<Limits>;
  readonly retry?: Partial<RetryOptions>;
  readonly inflection?: Partial<Inflection>;
  /**
   * Authorization rules (`definePolicy`). Without a policy every operation is allowed; with
   * one, whatever it does not allow is denied.
   */
  readonly policy?: Policy<any>;
  /** Called each time a mutation operation is rerun after a deadlock or lock-wait timeout. */
  readonly onRetry?: () => void;
  /**
   * Who answers operations: `'plan'` (default) plans each operation once and writes the JSON
   * straight from the rows (a mutation's writes still run in their resolvers), falling back to
   * graphql-js for what it does not plan; `'graphql-js'` runs every operation on graphql-js's
   * `execute`, field by field. Both give the same answers (`docs/execution.md`).
   */
  readonly executor?: ExecutorName;
  /**
   * Adds `extensions.relgraph` to every result: which executor answered (and why graphql-js,
   * when the plan executor handed it over), the plan cache hit, the statements sent and their
   * time; `'sql'` adds their SQL text. For development: off by default.
   */
  readonly explain?: boolean | 'sql';
  /** Documents whose plans the plan executor keeps (least recently used out first). Default 1,000. */
  readonly planCacheSize?: number;
  /**
   * The `secondary` tables without a primary key or unique index over their link columns in
   * this database: what `checkLinkTables(mapping, driver)` returned (or their names). Links
   * into them are kept unique by locking and checking before each insert. Default none: every
   * secondary table is taken to have its key, as `createAll` makes it (`docs/semantics.md`).
   */
  readonly keylessLinkTables?: Iterable<string | { readonly table: string }>;
  /**
   * Serves the schema as an Apollo Federation 2 subgraph (`docs/federation.md`): `@key` on every
   * model's primary key, `_service { sdl }`, and `_entities` loaded through the request's loaders
   * under the policy, as the by-key fields load. Default off.
   */
  readonly federation?: boolean;
  /**
   * GraphQL subscriptions to committed changes (`docs/subscriptions.md`). Default on, in-process:
   * subscribers hear the mutations of this server. Across servers, pass a `channel` from
   * `redisChangeChannel(url)`. `false`: no Subscription type.
   */
  readonly subscriptions?: boolean | SubscriptionOptions;
}

export interface SubscriptionOptions {
  /** How changes reach every server: default in-process (this server only). */
  readonly channel?: ChangeChannel;
  /** Subscriptions open at once on this server. Default 10,000. */
  readonly maxSubscriptions?: number;
  /** Events a subscriber may leave unread before it is dropped with SUBSCRIPTION_LIMIT. Default 1,000. */
  readonly maxQueuedEvents?: number;
  /**
   * Statements that deliveries to subscribers send at once; the others wait their turn. Default
   * 4: keep it below the pool's `connectionLimit`, so that requests still find connections
   * while an event reaches many subscribers.
   */
  readonly maxConcurrentReads?: number;
}

export type ExecutorName = 'plan' | 'graphql-js';

export const executors: readonly ExecutorName[] = ['plan', 'graphql-js'];

export interface Relgraph {
  readonly schema: GraphQLSchema;
  readonly mapping: Mapping;
  readonly limits: Limits;
  readonly driver: Driver;
  /**
   * What relgraph's resolvers need in the GraphQL context for one request: spread it into
   * your own context. `viewer` is what the policy's rules receive (your verified user). Make
   * one per request: it holds the request's loaders (a cache) and its row budget.
   */
  createContext(viewer?: unknown): RelgraphContext;
  /**
   * graphql-js's `execute`, except that a mutation operation runs as one unit of work in one
   * transaction (all its fields or none), rerun whole on a deadlock. `contextValue` must hold
   * what `createContext` returned.
   */
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  /** How many documents have cached plans, and how many were evicted to make room. */
  planCacheStats(): PlanCacheStats;
  /** Where committed changes go to subscribers; undefined with `subscriptions: false`. Close it on shutdown. */
  readonly changes: ChangeFeed | undefined;
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
  // A mapping made by `configure()` is instrumented already; one made by `mapDeclarations()` is not.
  const mapping = isMapping(models) ? models : configure(models);
  instrument(mapping);
  const limits = getValidLimits(options.limits);
  checkCounts('createRelgraph(): options', options, ['planCacheSize']);
  if (options.policy) validatePolicy(options.policy, mapping);
  const inflection = options.inflection ? { inflection: options.inflection } : {};
  const changes = createChangeFeed(options.subscriptions);
  const resolvers = createResolvers({
    limits,
    ...inflection,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(changes ? { changes } : {}),
  });
  const built = buildSchema(mapping, { ...inflection, resolvers });
  const schema = options.federation ? subgraphSchema(built, { checks: resolvers.checks }) : built;
  const { driver } = options;
  const retry = { ...defaultRetry, ...options.retry };
  const newBudget = () => createRowBudget(limits.rowBudget);
  const eventReads = eventReadsByEvent();
  const slots = deliverySlots(
    (typeof options.subscriptions === 'object' ? options.subscriptions.maxConcurrentReads : undefined) ??
      subscriptionDefaults.maxConcurrentReads,
  );
  const planner = createPlanExecutor({
    schema,
    reads: resolvers.reads,
    checks: resolvers.checks,
    ...(options.planCacheSize !== undefined ? { maxDocuments: options.planCacheSize } : {}),
  });
  const usePlans = (options.executor ?? 'plan') === 'plan';
  const explain = options.explain ?? false;
  const keylessLinkTables = getValidKeylessLinkTables(mapping, options.keylessLinkTables);

  const createContext = (viewer?: unknown): RelgraphContext => {
    const access = resolvers.createAccess(viewer);
    const scope = access.enforced ? { scope: access.scope } : {};
    const stats = explain ? { statements: 0, trace: { ms: 0, ...(explain === 'sql' ? { sql: [] } : {}) } } : { statements: 0 };
    // A query reads from one replica when there are replicas; a mutation swaps these loaders for its transaction's.
    const executor = countStatements(options.readReplicas?.reader() ?? driver, stats);
    const budget = newBudget();
    const relgraph = {
      dialect: driver.dialect,
      access,
      stats,
      loaders: createLoaders({ dialect: driver.dialect, executor, budget, ...scope }),
    };
    // For a server that executes without `execute` below: each mutation field opens its own
    // unit of work. Not enumerable, so that it stays out of logs and of what users spread.
    const runField: FieldUnitOfWork = (work) => {
      let session: Session | undefined;
      let log: ChangeLog | undefined;
      return runInOwnTransaction(
        (tx) => {
          log = changes?.wanted ? new ChangeLog(mapping) : undefined;
          session = new Session({
            mapping,
            executor: countStatements(tx, stats),
            dialect: driver.dialect,
            keylessLinkTables,
            ...(log ? { changes: log } : {}),
          });
          return work({
            ...relgraph,
            loaders: createLoaders({ dialect: driver.dialect, executor: countStatements(tx, stats), budget, ...scope }),
            session,
          });
        },
        {
          driver,
          retry,
          // A connectOrCreate that lost the race for its row reruns, as in `runUnitOfWork`.
          lostRace: () => session !== undefined && lostConnectOrCreateRace(session),
          ...(options.onRetry ? { onRetry: options.onRetry } : {}),
          // After COMMIT, and only the attempt that committed.
          committed: () => {
            if (log) changes?.publish(log.events);
          },
        },
      );
    };
    Object.defineProperty(relgraph, fieldUnitOfWork, { value: runField });
    // A subscription reads each event's rows anew, from the primary: a replica may not have the COMMIT yet.
    // Subscribers of one event delivering it at once share the SELECTs they send alike
    // (`sharedEventReads`), and send the others a few at a time (`throttledReads`).
    const readEvent = (event: ChangeEvent) =>
      createLoaders({
        dialect: driver.dialect,
        executor: sharedEventReads(throttledReads(countStatements(driver, stats), slots), eventReads(event)),
        budget: newBudget(),
        ...scope,
      });
    Object.defineProperty(relgraph, eventLoaders, { value: readEvent });
    return { relgraph };
  };

  /** An operation (a mutation: inside its unit of work), planned when it can be, else on graphql-js. */
  const answer = async (args: ExecutionArgs): Promise<Answer> => {
    const run = usePlans ? planner.run(args) : { fallback: 'the graphql-js executor was chosen' };
    if ('result' in run) return { result: await run.result, executor: 'plan', planCache: run.planCache };
    return { result: withReadableRequestErrors(await graphqlExecute(args)), executor: 'graphql-js', reason: run.fallback };
  };

  /** A mutation: refused before BEGIN, or run as one unit of work; `answered` hears who answered. */
  const mutation = async (
    args: ExecutionArgs,
    operation: OperationDefinitionNode,
    answered?: (answer: Answer) => void,
  ): Promise<ExecutionResult> => {
    // Before BEGIN, so that a refused mutation sends no statement at all: variables that do not
    // coerce are a request error (no `data`, as graphql-js answers it), and bad input
    // (ill-formed strings, contradictory or oversized nested writes) is BAD_USER_INPUT. The
    // variables are coerced once here for both; at most 20 errors, so that a hostile value
    // cannot grow the answer to megabytes of them.
    const variables = coerceVariables(args.schema, operation, args.variableValues, args.contextValue);
    if (variables.errors) return withReadableRequestErrors({ errors: variables.errors });
    const refused = resolvers.refuseMutation(args, variables.coerced);
    if (refused) return refused;
    // Each attempt (a deadlock reruns the operation) is answered anew.
    const attempt = async (attemptArgs: ExecutionArgs) => {
      const given = await answer(attemptArgs);
      answered?.(given);
      return given.result;
    };
    return runUnitOfWork(args, attempt, {
      mapping,
      driver,
      retry,
      newBudget,
      onRetry: options.onRetry,
      keylessLinkTables,
      ...(changes ? { changes } : {}),
    });
  };

  const execute = async (args: ExecutionArgs): Promise<ExecutionResult> => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!explain) return operation?.operation === 'mutation' ? mutation(args, operation) : (await answer(args)).result;
    if (operation?.operation !== 'mutation')
      return withExplain(await answer(args), (args.contextValue as RelgraphContext).relgraph.stats, planner.cacheStats());
    let last: Answer | undefined;
    const result = await mutation(args, operation, (answered) => {
      last = answered;
    });
    // Refused before BEGIN, nothing ran: no executor answered.
    return withExplain(
      { ...(last ?? { executor: 'graphql-js', reason: 'refused before it ran' }), result },
      (args.contextValue as RelgraphContext).relgraph.stats,
      planner.cacheStats(),
    );
  };

  return { schema, mapping, limits, driver, createContext, execute, planCacheStats: planner.cacheStats, changes };
}

/** The feed subscriptions listen to, started; none with `subscriptions: false`. */
function createChangeFeed(option: boolean | SubscriptionOptions | undefined): ChangeFeed | undefined {
  if (option === false) return undefined;
  const settings = typeof option === 'object' && option !== null ? option : {};
  checkCounts('createRelgraph(): subscriptions', settings, ['maxSubscriptions', 'maxQueuedEvents', 'maxConcurrentReads']);
  const { channel } = settings;
  if (
    channel !== undefined &&
    (typeof channel.send !== 'function' || typeof channel.listen !== 'function' || typeof channel.close !== 'function')
  )
    throw new TypeError(
      'createRelgraph(): subscriptions.channel must be a change channel (send, listen, close), such as `await redisChangeChannel(url)` returns.',
    );
  const feed = new ChangeFeed({
    ...(settings.channel ? { channel: settings.channel } : {}),
    ...(settings.maxSubscriptions !== undefined ? { maxSubscriptions: settings.maxSubscriptions } : {}),
    ...(settings.maxQueuedEvents !== undefined ? { maxQueued: settings.maxQueuedEvents } : {}),
  });
  // Listening only sets the receiver: the channel (Redis) subscribed when it was made.
  void feed.start();
  return feed;
}

/** An operation's result and who produced it, for explain mode. */
interface Answer {
  readonly result: ExecutionResult;
  readonly executor: ExecutorName;
  readonly planCache?: 'hit' | 'miss';
  /** Why graphql-js answered, when the plan executor handed the operation over. */
  readonly reason?: string;
}

/** `extensions.relgraph`: what PostGraphile's explain and Hasura's analyze tell their users. */
function withExplain(answer: Answer, stats: RelgraphContext['relgraph']['stats'], cache: PlanCacheStats): ExecutionResult {
  const statements = {
    count: stats.statements,
    ms: Math.round((stats.trace?.ms ?? 0) * 1000) / 1000,
    ...(stats.trace?.sql ? { sql: stats.trace.sql } : {}),
  };
  const relgraph = {
    executor: answer.executor,
    // Evictions since start: documents pushed out of the bounded plan cache to make room.
    ...(answer.planCache ? { planCache: answer.planCache, planCacheEvictions: cache.evictions } : {}),
    ...(answer.reason ? { reason: answer.reason } : {}),
    statements,
  };
  return { ...answer.result, extensions: { ...answer.result.extensions, relgraph } };
}

/** Thrown out of the transaction to roll it back, carrying what the field's work threw. */
class FieldFailed extends Error {
  readonly error: unknown;

  constructor(error: unknown) {
    super('The mutation field failed; rolling back.');
    this.error = error;
  }
}

/**
 * Runs `work` in a transaction of its own, rerunning it on a deadlock or lock-wait timeout as
 * `runUnitOfWork` reruns a whole operation. Only what `work` threw is retried: a failed BEGIN
 * or COMMIT is rethrown as it is (a COMMIT's outcome is unknown, and a rerun could write twice).
 */
async function runInOwnTransaction<T>(
  work: (tx: Executor) => Promise<T>,
  {
    driver,
    retry,
    onRetry,
    lostRace,
    committed,
  }: { driver: Driver; retry: RetryOptions; onRetry?: () => void; lostRace: () => boolean; committed: () => void },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await driver.transaction(async (tx) => {
        try {
          return await work(tx);
        } catch (error) {
          throw new FieldFailed(error);
        }
      });
      committed();
      return result;
    } catch (failure) {
      // The rule of `retryPolicy.ts`: a COMMIT the database rolled back reruns; others may have committed.
      const rolledBack = commitRolledBack(driver, failure);
      if (!(failure instanceof FieldFailed) && !rolledBack) throw failure;
      const error = failure instanceof FieldFailed ? failure.error : failure;
      const conflicted = rolledBack || metConflict(driver, error);
      if (attempt < retry.attempts && (conflicted || lostRace())) {
        onRetry?.();
        await pauseBeforeRetry(retry);
        continue;
      }
      throw conflicted ? new TransactionConflictError(attempt, { cause: error }) : error;
    }
  }
}

export function isMapping(value: unknown): value is Mapping {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Mapping).models) &&
    typeof (value as Mapping).model === 'function'
  );
}

/**
 * graphql-js coerces variables recursively and reports whatever its recursion throws as a request
 * error, so a value nested thousands of levels deep comes back as a bare RangeError — which a
 * server would mask as an unexpected 500. It is the client's input that is too deep: say so, as
 * BAD_USER_INPUT.
 */
function withReadableRequestErrors(result: ExecutionResult): ExecutionResult {
  if ('data' in result || !result.errors?.some((error) => (error as unknown) instanceof RangeError)) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      (error as unknown) instanceof RangeError
        ? new GraphQLError('The variables are nested too deeply to read. Send flatter values.', {
            extensions: { code: 'BAD_USER_INPUT', http: requestErrorHttp() },
          })
        : error,
    ),
  };
}
