/**
 * Resolvers of the read path: root lookups and lists, relationship and proxy fields. Each turns
 * GraphQL arguments into a `ListQuery` (`readQueries`) and asks the request's loaders; the
 * viewer's row filters are ANDed in by the loaders, and unreadable models and hidden fields
 * answer FORBIDDEN.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import { keyOf, type Row } from '../rows/Row.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import { relatedPath } from '../sql/relatedPath.js';
import type { FieldResolver } from '../schema/index.js';
import type { ListArgs } from '../arguments/readListArgs.js';
import type { ReadQueries } from '../reads/readQueries.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';
import { isToOneByKey } from '../reads/includedToOne.js';

export interface ReadResolvers {
  lookup(model: MappedModel): FieldResolver;
  list(model: MappedModel): FieldResolver;
  relationship(relationship: MappedRelationship): FieldResolver;
  proxy(proxy: MappedAssociationProxy): FieldResolver;
  /** Only for columns a policy hides from some viewers; the others use the default resolver. */
  column(model: MappedModel, column: TableColumn): FieldResolver | undefined;
}

export function createReadResolvers(reads: ReadQueries): ReadResolvers {
  return {
    lookup: (model) =>
      withErrorCodes((_source: unknown, args: Record<string, unknown>, context: RelgraphContext) => {
        context.relgraph.access.assertReadable(model);
        return context.relgraph.loaders.row(model).load(reads.keyFromArgs(model, args));
      }),

    list: (model) =>
      withErrorCodes((_source: unknown, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) => {
        const { access, loaders } = context.relgraph;
        return loaders.list(model, reads.rootList(model, args, access, info.fieldNodes, info.fragments));
      }),

    relationship: (relationship) => {
      const path = relatedPath(relationship);
      // A many-to-one onto the target's primary key shares the by-key loader with root lookups
      // (and finds there the rows its owner's list brought along with a join).
      const byPrimaryKey = isToOneByKey(relationship);
      if (!relationship.uselist) {
        return withErrorCodes(async (source: Row, _args: unknown, context: RelgraphContext) => {
          const { access, loaders } = context.relgraph;
          const query = reads.toOne(relationship, access);
          const key = keyOf(source, path.ownerColumns);
          if (key.some((v) => v === null || v === undefined)) return null;
          if (byPrimaryKey) return loaders.row(relationship.target).load(key);
          const rows = await loaders.related(relationship, query).load(key);
          return rows[0] ?? null;
        });
      }
      return relatedList(relationship, reads);
    },

    proxy: (proxy) => relatedList(proxy, reads),

    column: (model, column) => {
      if (!reads.isGuarded(model, column.attribute)) return undefined;
      const { attribute } = column;
      return withErrorCodes((source: Row, _args: unknown, context: RelgraphContext) => {
        reads.assertVisible(model, attribute, context.relgraph.access);
        return source[attribute];
      });
    },
  };
}

/** A list field: its arguments are read once per request (`forField`), not once per parent row. */
function relatedList(field: MappedRelationship | MappedAssociationProxy, reads: ReadQueries): FieldResolver {
  const path = relatedPath(field);
  return withErrorCodes((source: Row, args: ListArgs, context: RelgraphContext, info: GraphQLResolveInfo) => {
    const { access, loaders } = context.relgraph;
    const loader = loaders.forField(info.fieldNodes[0]!, () =>
      loaders.related(field, reads.relatedList(field, args, access, info.fieldNodes, info.fragments)),
    );
    return loader.load(keyOf(source, path.ownerColumns));
  });
}
