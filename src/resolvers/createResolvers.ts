/**
 * All the resolvers `buildSchema()` needs, read and write, sharing one inflection and field index.
 * Every root field first asks `checkOperation` about the whole operation's arguments, so that bad
 * input anywhere in it is refused before the operation's first statement.
 */
import type { ExecutionArgs, ExecutionResult, GraphQLResolveInfo } from 'graphql';
import { createInflection, type Inflection } from '../inflect/inflection.js';
import type { Policy } from '../policy/index.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import { markGenerated, type FieldResolver, type SchemaResolvers, type SubscriptionResolver } from '../schema/index.js';
import type { ChangeFeed } from '../live/ChangeFeed.js';
import { createSubscriptionResolvers } from './createSubscriptionResolvers.js';
import { Access } from '../access/Access.js';
import { createOperationChecks, type ArgumentLimits, type OperationChecks } from '../arguments/checkOperation.js';
import { isModel } from '../reads/connections.js';
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
  const checks = createOperationChecks({ fields, inflection, limits: options.limits });
  const reads = createReadQueries(inflection, options.limits, fields, options.policy);
  const read = createReadResolvers(reads);
  const write = createWriteResolvers(inflection, fields);
  const live = options.changes ? createSubscriptionResolvers(options.changes, reads, inflection) : undefined;
  const assertRootField = withErrorCodes((info: GraphQLResolveInfo) => checks.assertRootField(info));
  /** A root field: the operation's arguments are checked before the field's own work. */
  const root = (resolve: FieldResolver): FieldResolver =>
    markGenerated((source, args, context, info) => {
      assertRootField(info);
      return resolve(source, args, context, info);
    });
  /** Every field resolver made here is recorded as relgraph's own (`markGenerated`). */
  const own = <R extends FieldResolver | undefined>(resolve: R): R => (resolve ? markGenerated(resolve) : resolve);
  /** A subscription field: its `subscribe` is a root field's resolver (the operation's checks first). */
  const subscription = ({ subscribe, resolve }: SubscriptionResolver): SubscriptionResolver => ({ subscribe: root(subscribe), resolve });
  return {
    ...(live && {
      rowChanges: (model: MappedModel) => subscription(live.rowChanges(model)),
      linkChanges: (relationship: MappedRelationship) => subscription(live.linkChanges(relationship)),
    }),
    relationship: (relationship) => own(read.relationship(relationship)),
    proxy: (proxy) => own(read.proxy(proxy)),
    column: (model, column) => own(read.column(model, column)),
    lookup: (model) => root(read.lookup(model)),
    list: (model) => root(read.list(model)),
    create: (model) => root(write.create(model)),
    update: (model) => root(write.update(model)),
    delete: (model) => root(write.delete(model)),
    previewDelete: (model) => root(write.previewDelete(model)),
    link: (relationship, action) => root(write.link(relationship, action)),
    // A root connection or aggregate is a root field (the operation's checks first); a nested one is not.
    connection: (list) => (isModel(list) ? root : own)(read.connection(list)),
    aggregate: (list) => (isModel(list) ? root : own)(read.aggregate(list)),
    parts: {
      connection: (part) => own(read.parts.connection(part)),
      edge: (part) => own(read.parts.edge(part)),
      edgeColumn: (association, column) => own(read.parts.edgeColumn(association, column)),
      pageInfo: (part) => own(read.parts.pageInfo(part)),
      aggregate: (part) => own(read.parts.aggregate(part)),
      aggregateColumn: (model, column) => own(read.parts.aggregateColumn(model, column)),
    },
    createAccess: (viewer) => new Access(options.policy, viewer, fields, inflection),
    refuseMutation: (args, variables) => checks.refuseMutation(args, variables),
    reads,
    checks,
  };
}
