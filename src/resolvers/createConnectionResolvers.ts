/**
 * Resolvers of connection and aggregate fields for graphql-js (the plan executor answers the
 * same fields itself, from the same `ReadQueries`). A connection field resolves to a
 * `ConnectionValue` — the owner's page and how to count — and the fields below it read that:
 * edges, nodes, page info, cursors. `totalCount` and aggregates are batched per level like
 * any list (one `GROUP BY` statement for all owners).
 */
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from '../execute/collectFields.js';
import type { TableColumn } from '../declare/index.js';
import type { AggregateRow } from '../loaders/aggregateRow.js';
import { keyOf, type Row } from '../rows/Row.js';
import {
  aggregateFunctions,
  isMappedAssociationProxy,
  isMappedRelationship,
  type AggregateFunction,
  type MappedAssociationProxy,
  type MappedModel,
  type MappedRelationship,
} from '../mapper/index.js';
import type { FieldResolver, ListSource, PartResolvers } from '../schema/index.js';
import { relatedPath } from '../sql/relatedPath.js';
import { encodeCursor } from '../arguments/cursors.js';
import { pageOf, type ConnectionArgs, type ConnectionQuery, type Page } from '../arguments/readConnectionArgs.js';
import type { AggregateSelection, ReadQueries } from '../reads/readQueries.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { withErrorCodes } from '../errors/toGraphQLError.js';

/** What a connection field resolves to, for one owner. */
export interface ConnectionValue {
  readonly page: Page;
  readonly query: ConnectionQuery;
  /** Counted when `totalCount` is selected, never otherwise. */
  totalCount(): Promise<number> | number;
  /** The association row behind an edge, when the edges carry its columns. */
  linkOf(row: Row): Row | undefined;
}

interface EdgeValue {
  readonly row: Row;
  readonly connection: ConnectionValue;
}

export interface ConnectionResolvers {
  connection(list: ListSource): FieldResolver;
  aggregate(list: ListSource): FieldResolver;
  parts: PartResolvers;
}

export function createConnectionResolvers(reads: ReadQueries): ConnectionResolvers {
  const guardedColumn = <S>(
    model: MappedModel,
    column: TableColumn,
    read: (source: S) => Readonly<Record<string, unknown>> | undefined,
  ): FieldResolver => {
    const { attribute } = column;
    if (!reads.isGuarded(model, attribute)) return (source: S) => read(source)?.[attribute] ?? null;
    return withErrorCodes((source: S, _args: unknown, context: RelgraphContext) => {
      reads.assertVisible(model, attribute, context.relgraph.access);
      return read(source)?.[attribute] ?? null;
    });
  };
  return {
    connection: (list) => (isModel(list) ? rootConnection(list, reads) : relatedConnection(list, reads)),
    aggregate: (list) => (isModel(list) ? rootAggregate(list, reads) : relatedAggregate(list, reads)),
    parts: {
      connection: (part) => {
        switch (part) {
          case 'edges':
            return (value: ConnectionValue) => value.page.rows.map((row): EdgeValue => ({ row, connection: value }));
          case 'nodes':
            return (value: ConnectionValue) => value.page.rows;
          case 'pageInfo':
            return (value: ConnectionValue) => value;
          case 'totalCount':
            return withErrorCodes((value: ConnectionValue) => value.totalCount());
        }
      },
      edge: (part) =>
        part === 'node'
          ? (edge: EdgeValue) => edge.row
          : withErrorCodes((edge: EdgeValue) => encodeCursor(edge.connection.query.cursors, edge.row)),
      edgeColumn: (association, column) => guardedColumn(association, column, (edge: EdgeValue) => edge.connection.linkOf(edge.row)),
      pageInfo: (part) => {
        switch (part) {
          case 'hasNextPage':
            return (value: ConnectionValue) => value.page.hasNextPage;
          case 'hasPreviousPage':
            return (value: ConnectionValue) => value.page.hasPreviousPage;
          case 'startCursor':
            return withErrorCodes((value: ConnectionValue) => endCursor(value, 0));
          case 'endCursor':
            return withErrorCodes((value: ConnectionValue) => endCursor(value, value.page.rows.length - 1));
        }
      },
      aggregate: (part) => (row: AggregateRow) => row[part],
      aggregateColumn: (model, column) => guardedColumn(model, column, (values: Readonly<Record<string, unknown>>) => values),
    },
  };
}

function endCursor(value: ConnectionValue, index: number): string | null {
  const row = value.page.rows[index];
  return row ? encodeCursor(value.query.cursors, row) : null;
}

export function isModel(list: ListSource): list is MappedModel {
  return !isMappedRelationship(list) && !isMappedAssociationProxy(list);
}

function rootConnection(model: MappedModel, reads: ReadQueries): FieldResolver {
  return withErrorCodes(
    async (_source: unknown, args: ConnectionArgs, context: RelgraphContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
      const { access, loaders } = context.relgraph;
      const query = reads.rootConnection(model, args, access, info.fieldNodes, info.fragments);
      const rows = await loaders.list(model, query.page);
      let count: Promise<number> | undefined;
      return {
        page: pageOf(query, rows),
        query,
        totalCount: () => (count ??= loaders.aggregate(model, query.count).then((row) => row.count)),
        linkOf: () => undefined,
      };
    },
  );
}

function relatedConnection(field: MappedRelationship | MappedAssociationProxy, reads: ReadQueries): FieldResolver {
  const path = relatedPath(field);
  return withErrorCodes(
    async (source: Row, args: ConnectionArgs, context: RelgraphContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
      const { access, loaders } = context.relgraph;
      const { query, pages, counts } = loaders.forField(info.fieldNodes[0]!, () => {
        const made = reads.relatedConnection(field, args, access, info.fieldNodes, info.fragments);
        return { query: made, pages: loaders.related(field, made.page), counts: loaders.aggregates(field, made.count) };
      });
      const key = keyOf(source, path.ownerColumns);
      const absent = key.some((v) => v === null || v === undefined);
      const rows = absent ? [] : await pages.load(key);
      return {
        page: pageOf(query, rows),
        query,
        totalCount: () => (absent ? 0 : counts.load(key).then((row) => row.count)),
        linkOf: (row) => loaders.linkOf(row),
      };
    },
  );
}

function rootAggregate(model: MappedModel, reads: ReadQueries): FieldResolver {
  return withErrorCodes(
    (_source: unknown, args: { where?: Record<string, unknown> | null }, context: RelgraphContext, info: GraphQLResolveInfo) => {
      const { access, loaders } = context.relgraph;
      return loaders.aggregate(model, reads.rootAggregate(model, args.where, selectedAggregates(info), access));
    },
  );
}

function relatedAggregate(field: MappedRelationship | MappedAssociationProxy, reads: ReadQueries): FieldResolver {
  const path = relatedPath(field);
  return withErrorCodes(
    (source: Row, args: { where?: Record<string, unknown> | null }, context: RelgraphContext, info: GraphQLResolveInfo) => {
      const { access, loaders } = context.relgraph;
      const loader = loaders.forField(info.fieldNodes[0]!, () =>
        loaders.aggregates(field, reads.relatedAggregate(field, args.where, selectedAggregates(info), access)),
      );
      return loader.load(keyOf(source, path.ownerColumns));
    },
  );
}

/**
 * What an aggregate field's selection asks of each function (`sum { price }`), collected as
 * graphql-js collects fields (fragments spread, `@skip` / `@include` applied) — as the plan
 * executor plans it.
 */
export function selectedAggregates(info: GraphQLResolveInfo): AggregateSelection {
  const context = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const aggregateType = getNamedType(info.returnType) as GraphQLObjectType;
  const found = new Map<AggregateFunction, Set<string>>();
  for (const [, nodes] of collectSubfields(context, aggregateType, info.fieldNodes)) {
    const fn = nodes[0]!.name.value as AggregateFunction;
    if (!aggregateFunctions.includes(fn)) continue;
    const valuesType = getNamedType(aggregateType.getFields()[fn]!.type) as GraphQLObjectType;
    const names = found.get(fn) ?? new Set<string>();
    for (const [, valueNodes] of collectSubfields(context, valuesType, nodes)) names.add(valueNodes[0]!.name.value);
    found.set(fn, names);
  }
  return found;
}
