/**
 * Resolvers of the read path: root lookups and lists, relationship and proxy fields, connections
 * and aggregates and the fields below them. Each hands its source, arguments, the request's
 * scope and its selection to a reader of `reads/` (`rowReaders`, `connections`), which checks
 * what the viewer may read (unreadable models and hidden fields answer FORBIDDEN) and asks the
 * request's loaders; the viewer's row filters are ANDed in by the loaders.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import type { AggregateRow } from '../loaders/aggregateRow.js';
import type { Row } from '../rows/Row.js';
import type { MappedModel } from '../mapper/index.js';
import type { FieldResolver, SchemaResolvers } from '../schema/index.js';
import { aggregateReader, connectionParts, connectionReader, edgeParts, pageInfoParts, type EdgeValue } from '../reads/connections.js';
import type { FieldReader, ReadQueries } from '../reads/readQueries.js';
import { listReader, lookupReader, relatedListReader, toOneReader } from '../reads/rowReaders.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';

type ReadResolvers = Required<
  Pick<SchemaResolvers, 'lookup' | 'list' | 'relationship' | 'proxy' | 'column' | 'connection' | 'aggregate' | 'parts'>
>;

export function createReadResolvers(reads: ReadQueries): ReadResolvers {
  /** A read field: its reader, given the request's scope and the field's selection. */
  const resolve = <A, R>(read: FieldReader<A, R>): FieldResolver =>
    withErrorCodes((source: Row, args: A, context: RelgraphContext, info: GraphQLResolveInfo) =>
      read(source, args, context.relgraph, info),
    );
  /** A field a policy hides from some viewers: FORBIDDEN for them, `read(source)` for the others. */
  const guarded = <S>(model: MappedModel, attribute: string, read: (source: S) => unknown): FieldResolver =>
    withErrorCodes((source: S, _args: unknown, context: RelgraphContext) => {
      reads.assertVisible(model, attribute, context.relgraph.access);
      return read(source);
    });
  const guardedColumn = <S>(
    model: MappedModel,
    column: TableColumn,
    read: (source: S) => Readonly<Record<string, unknown>> | undefined,
  ) => {
    const value = (source: S) => read(source)?.[column.attribute] ?? null;
    return reads.isGuarded(model, column.attribute) ? guarded(model, column.attribute, value) : value;
  };
  return {
    lookup: (model) => resolve(lookupReader(model, reads)),
    list: (model) => resolve(listReader(model, reads)),
    relationship: (relationship) =>
      relationship.uselist ? resolve(relatedListReader(relationship, reads)) : resolve(toOneReader(relationship, reads)),
    proxy: (proxy) => resolve(relatedListReader(proxy, reads)),
    // Only for columns a policy hides from some viewers; the others use the default resolver.
    column: (model, { attribute }) =>
      reads.isGuarded(model, attribute) ? guarded(model, attribute, (row: Row) => row[attribute]) : undefined,
    connection: (list) => resolve(connectionReader(list, reads)),
    aggregate: (list) => resolve(aggregateReader(list, reads)),
    // The fields below a connection or aggregate read what it resolved to; only those that can fail map errors.
    parts: {
      connection: (part) => (part === 'totalCount' ? withErrorCodes(connectionParts[part]) : connectionParts[part]),
      edge: (part) => (part === 'cursor' ? withErrorCodes(edgeParts[part]) : edgeParts[part]),
      edgeColumn: (association, column) => guardedColumn(association, column, (edge: EdgeValue) => edge.connection.linkOf(edge.row)),
      pageInfo: (part) => (part === 'startCursor' || part === 'endCursor' ? withErrorCodes(pageInfoParts[part]) : pageInfoParts[part]),
      aggregate: (part) => (row: AggregateRow) => row[part],
      aggregateColumn: (model, column) => guardedColumn(model, column, (values: Readonly<Record<string, unknown>>) => values),
    },
  };
}
