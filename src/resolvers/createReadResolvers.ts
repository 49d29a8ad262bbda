/**
 * Resolvers of the read path: root lookups and lists, relationship and proxy fields. Each turns
 * GraphQL arguments into a `ListQuery` and asks the request's loaders.
 */
import type { Inflection } from '../inflect/inflection.js';
import { keyOf, type Row } from '../loaders/runSelect.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import { relatedPath } from '../sql/relatedPath.js';
import type { FieldResolver } from '../schema/index.js';
import { readListArgs, type FieldIndex, type ListArgs, type ListLimits } from './readListArgs.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from './toGraphQLError.js';

export interface ReadResolvers {
  lookup(model: MappedModel): FieldResolver;
  list(model: MappedModel): FieldResolver;
  relationship(relationship: MappedRelationship): FieldResolver;
  proxy(proxy: MappedAssociationProxy): FieldResolver;
}

export function createReadResolvers(inflection: Inflection, limits: ListLimits, fields: FieldIndex): ReadResolvers {
  /** The primary key from `id: 1`, or `leftId: 1, rightId: 2`, in key-column order. */
  const keyFromArgs = (model: MappedModel, args: Record<string, unknown>) =>
    model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]);

  return {
    lookup: (model) => withErrorCodes((_source: unknown, args: Record<string, unknown>, context: RelgraphContext) =>
      context.relgraph.loaders.row(model).load(keyFromArgs(model, args))),

    list: (model) => withErrorCodes((_source: unknown, args: ListArgs, context: RelgraphContext) => {
      const query = readListArgs(model, args, fields, limits, { order: [], limit: limits.defaultLimit });
      return context.relgraph.loaders.list(model, query);
    }),

    relationship: (relationship) => {
      const path = relatedPath(relationship);
      const { target } = relationship;
      // A many-to-one onto the target's primary key shares the by-key loader with root lookups.
      const byPrimaryKey = relationship.direction === 'many-to-one'
        && path.keyColumns.length === target.primaryKey.length
        && path.keyColumns.every((column, i) => column === target.primaryKey[i]);
      if (!relationship.uselist) {
        const scalarQuery = readListArgs(target, {}, fields, limits, { order: relationship.orderBy, limit: undefined });
        return withErrorCodes(async (source: Row, _args: unknown, context: RelgraphContext) => {
          const key = keyOf(source, path.ownerColumns);
          if (key.some((v) => v === null || v === undefined)) return null;
          if (byPrimaryKey) return context.relgraph.loaders.row(target).load(key);
          const rows = await context.relgraph.loaders.related(relationship, scalarQuery).load(key);
          return rows[0] ?? null;
        });
      }
      return withErrorCodes((source: Row, args: ListArgs, context: RelgraphContext) => {
        const query = readListArgs(target, args, fields, limits, { order: relationship.orderBy, limit: undefined });
        return context.relgraph.loaders.related(relationship, query).load(keyOf(source, path.ownerColumns));
      });
    },

    proxy: (proxy) => {
      const path = relatedPath(proxy);
      return withErrorCodes((source: Row, args: ListArgs, context: RelgraphContext) => {
        const query = readListArgs(proxy.target, args, fields, limits, { order: [], limit: undefined });
        return context.relgraph.loaders.related(proxy, query).load(keyOf(source, path.ownerColumns));
      });
    },
  };
}
