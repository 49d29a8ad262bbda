/**
 * Resolvers of the read path: root lookups and lists, relationship and proxy fields. Each turns
 * GraphQL arguments into a `ListQuery` and asks the request's loaders; the viewer's row filters
 * are ANDed in by the loaders, and unreadable models and hidden fields answer FORBIDDEN.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import type { Inflection } from '../inflect/inflection.js';
import { keyOf, type Row } from '../loaders/runSelect.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import { relatedPath } from '../sql/relatedPath.js';
import type { FieldResolver } from '../schema/index.js';
import { readListArgs, type FieldIndex, type ListArgs, type ListLimits } from './readListArgs.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from './toGraphQLError.js';
import { includedToOne, isToOneByKey } from './includedToOne.js';

export interface ReadResolvers {
  lookup(model: MappedModel): FieldResolver;
  list(model: MappedModel): FieldResolver;
  relationship(relationship: MappedRelationship): FieldResolver;
  proxy(proxy: MappedAssociationProxy): FieldResolver;
  /** Only for columns a policy hides from some viewers; the others use the default resolver. */
  column(model: MappedModel, column: TableColumn): FieldResolver | undefined;
}

export function createReadResolvers(inflection: Inflection, limits: ListLimits, fields: FieldIndex, guardedFields: ReadonlySet<string>): ReadResolvers {
  /** The primary key from `id: 1`, or `leftId: 1, rightId: 2`, in key-column order. */
  const keyFromArgs = (model: MappedModel, args: Record<string, unknown>) =>
    model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]);

  return {
    lookup: (model) => withErrorCodes((_source: unknown, args: Record<string, unknown>, context: RelgraphContext) => {
      context.relgraph.access.assertReadable(model);
      return context.relgraph.loaders.row(model).load(keyFromArgs(model, args));
    }),

    list: (model) => withErrorCodes((_source: unknown, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) => {
      const { access, loaders } = context.relgraph;
      access.assertReadable(model);
      const query = readListArgs(model, args, fields, limits, { order: [], limit: limits.defaultLimit }, access);
      return loaders.list(model, { ...query, include: includedToOne(model, info.fieldNodes, info.fragments, fields) });
    }),

    relationship: (relationship) => {
      const path = relatedPath(relationship);
      const { owner, target } = relationship;
      const guarded = guardedFields.has(`${owner.name}.${relationship.name}`);
      // A many-to-one onto the target's primary key shares the by-key loader with root lookups
      // (and finds there the rows its owner's list brought along with a join).
      const byPrimaryKey = isToOneByKey(relationship);
      if (!relationship.uselist) {
        const scalarQuery = readListArgs(target, {}, fields, limits, { order: relationship.orderBy, limit: undefined });
        return withErrorCodes(async (source: Row, _args: unknown, context: RelgraphContext) => {
          const { access, loaders } = context.relgraph;
          if (guarded) access.assertFieldVisible(owner, relationship.name);
          access.assertReadable(target);
          const key = keyOf(source, path.ownerColumns);
          if (key.some((v) => v === null || v === undefined)) return null;
          if (byPrimaryKey) return loaders.row(target).load(key);
          const rows = await loaders.related(relationship, scalarQuery).load(key);
          return rows[0] ?? null;
        });
      }
      return withErrorCodes((source: Row, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) => {
        const { access, loaders } = context.relgraph;
        const loader = loaders.forField(info.fieldNodes[0]!, () => {
          if (guarded) access.assertFieldVisible(owner, relationship.name);
          access.assertReadable(target);
          const query = readListArgs(target, args, fields, limits, { order: relationship.orderBy, limit: undefined }, access);
          return loaders.related(relationship, { ...query, include: includedToOne(target, info.fieldNodes, info.fragments, fields) });
        });
        return loader.load(keyOf(source, path.ownerColumns));
      });
    },

    proxy: (proxy) => {
      const path = relatedPath(proxy);
      const guarded = guardedFields.has(`${proxy.owner.name}.${proxy.name}`);
      return withErrorCodes((source: Row, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) => {
        const { access, loaders } = context.relgraph;
        const loader = loaders.forField(info.fieldNodes[0]!, () => {
          if (guarded) access.assertFieldVisible(proxy.owner, proxy.name);
          access.assertReadable(proxy.relationship.target);
          access.assertReadable(proxy.target);
          const query = readListArgs(proxy.target, args, fields, limits, { order: [], limit: undefined }, access);
          return loaders.related(proxy, { ...query, include: includedToOne(proxy.target, info.fieldNodes, info.fragments, fields) });
        });
        return loader.load(keyOf(source, path.ownerColumns));
      });
    },

    column: (model, column) => {
      if (!guardedFields.has(`${model.name}.${column.attribute}`)) return undefined;
      const { attribute } = column;
      return withErrorCodes((source: Row, _args: unknown, context: RelgraphContext) => {
        context.relgraph.access.assertFieldVisible(model, attribute);
        return source[attribute];
      });
    },
  };
}
