/**
 * All the resolvers `buildSchema()` needs, read and write, sharing one inflection and field index.
 * Every root field first asks `checkOperation` about the whole operation's arguments, so that bad
 * input anywhere in it is refused before the operation's first statement.
 */
import type { ExecutionArgs, ExecutionResult, GraphQLResolveInfo } from 'graphql';
import { createInflection, type Inflection } from '../inflect/inflection.js';
import type { Policy } from '../policy/index.js';
import { markGenerated, type FieldResolver, type SchemaResolvers, type SubscriptionResolver } from '../schema/index.js';
import type { ChangeFeed } from '../live/ChangeFeed.js';
import { createSubscriptionResolvers } from './createSubscriptionResolvers.js';
import { Access } from '../access/Access.js';
import { createOperationChecks, type ArgumentLimits, type OperationChecks } from '../arguments/checkOperation.js';
import { createConnectionResolvers, isModel } from './createConnectionResolvers.js';
import { createDeletePreviewResolver } from './createDeletePreviewResolver.js';
import { createReadResolvers } from './createReadResolvers.js';
import { createWriteResolvers } from './createWriteResolvers.js';
import type { ListLimits } from '../arguments/readListArgs.js';
import { FieldIndex } from '../inflect/FieldIndex.js';
import { createReadQueries, type ReadQueries } from '../reads/readQueries.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';

export interface ResolverOptions {
  readonly inflection?: Partial<Inflection>;
  readonly limits: ListLimits & ArgumentLimits;
  /** Fields some viewers may not read get a resolver that checks; the others read the row. */
  readonly policy?: Policy;
  /** Where committed changes arrive; without it the schema has no subscriptions. */
  readonly changes?: ChangeFeed;
}

export interface Resolvers extends SchemaResolvers {
  /** One request's authorization, for the GraphQL context. */
  createAccess(viewer: unknown): Access;
  /**
   * For the executor, before it opens a mutation's transaction: the answer to a mutation whose
   * arguments are refused (`checkOperation`), so that it sends no statement at all, BEGIN
   * included. Undefined when the operation may run. The root fields check the same whether or
   * not the executor asked first.
   *
   * @example
   * const refused = resolvers.refuseMutation(args);
   * if (refused) return refused;
   * return runUnitOfWork(args, execute, unitOfWork);
   */
  refuseMutation(args: ExecutionArgs, variables?: Record<string, unknown>): ExecutionResult | undefined;
  /** What the plan executor shares with the resolvers, so that both ask the same. */
  readonly reads: ReadQueries;
  readonly checks: OperationChecks;
}

export function createResolvers(options: ResolverOptions): Resolvers {
  const inflection = createInflection(options.inflection);
  const fields = new FieldIndex(inflection);
  const guardedFields = new Set(
    Object.entries(options.policy?.models ?? {}).flatMap(([model, rules]) =>
      Object.keys(rules.fields ?? {}).map((attribute) => `${model}.${attribute}`),
    ),
  );
  const checks = createOperationChecks({ fields, inflection, limits: options.limits });
  const reads = createReadQueries(inflection, options.limits, fields, guardedFields);
  const read = createReadResolvers(reads);
  const write = createWriteResolvers(inflection, fields);
  const lists = createConnectionResolvers(reads);
  /** A root field: the operation's arguments are checked before the field's own work. */
  const root =
    <A extends unknown[]>(make: (...args: A) => FieldResolver) =>
    (...args: A): FieldResolver => {
      const resolve = make(...args);
      const assertRootField = withErrorCodes((info: GraphQLResolveInfo) => checks.assertRootField(info));
      return markGenerated((source, fieldArgs, context, info) => {
        assertRootField(info);
        return resolve(source, fieldArgs, context, info);
      });
    };
  /** Every field resolver made here is recorded as relgraph's own (`markGenerated`). */
  const own =
    <A extends unknown[], R extends FieldResolver | undefined>(make: (...args: A) => R) =>
    (...args: A): R => {
      const resolve = make(...args);
      return (resolve ? markGenerated(resolve) : resolve) as R;
    };
  const live = options.changes ? createSubscriptionResolvers(options.changes, reads, inflection) : undefined;
  /** A subscription field: its `subscribe` is a root field's resolver (the operation's checks first). */
  const subscription =
    <A>(make: (arg: A) => SubscriptionResolver) =>
    (arg: A): SubscriptionResolver => {
      const made = make(arg);
      return { subscribe: root(() => made.subscribe)(), resolve: made.resolve };
    };
  return {
    ...(live ? { rowChanges: subscription(live.rowChanges), linkChanges: subscription(live.linkChanges) } : {}),
    relationship: own(read.relationship),
    proxy: own(read.proxy),
    column: own(read.column),
    lookup: root(read.lookup),
    list: root(read.list),
    create: root(write.create),
    update: root(write.update),
    delete: root(write.delete),
    previewDelete: root(createDeletePreviewResolver(inflection)),
    link: root(write.link),
    // A root connection or aggregate is a root field (the operation's checks first); a nested one is not.
    connection: (list) => (isModel(list) ? root(lists.connection)(list) : own(lists.connection)(list)),
    aggregate: (list) => (isModel(list) ? root(lists.aggregate)(list) : own(lists.aggregate)(list)),
    parts: {
      connection: own(lists.parts.connection),
      edge: own(lists.parts.edge),
      edgeColumn: own(lists.parts.edgeColumn),
      pageInfo: own(lists.parts.pageInfo),
      aggregate: own(lists.parts.aggregate),
      aggregateColumn: own(lists.parts.aggregateColumn),
    },
    createAccess: (viewer) => new Access(options.policy, viewer, fields, inflection),
    refuseMutation: (args, variables) => checks.refuseMutation(args, variables),
    reads,
    checks,
  };
}
