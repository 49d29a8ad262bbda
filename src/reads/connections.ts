/**
 * How the graphql-js resolvers read connection and aggregate fields (the plan executor answers
 * the same fields itself, a level at a time, from the same `ReadQueries`). A connection field
 * resolves to a `ConnectionValue` — the owner's page and how to count — and the fields below it
 * read that: edges, nodes, page info, cursors. `totalCount` and aggregates are batched per level
 * like any list (one `GROUP BY` statement for all owners), and only the aggregates the selection
 * asks for are computed (`selectedAggregates`).
 */
import { getNamedType, type GraphQLObjectType } from 'graphql';
import { collectSubfields } from '../execute/collectFields.js';
import { encodeCursor } from '../arguments/cursors.js';
import { pageOf, type ConnectionArgs, type ConnectionQuery, type Page } from '../arguments/readConnectionArgs.js';
import type { ListArgs } from '../arguments/readListArgs.js';
import type { AggregateRow } from '../loaders/aggregateRow.js';
import {
  aggregateFunctions,
  isMappedAssociationProxy,
  isMappedRelationship,
  type AggregateFunction,
  type MappedAssociationProxy,
  type MappedModel,
  type MappedRelationship,
} from '../mapper/index.js';
import { keyOf, type Row } from '../rows/Row.js';
import { relatedPath } from '../sql/relatedPath.js';
import type { AggregateSelection, FieldReader, FieldSelection, ReadQueries } from './readQueries.js';

/** A list field's source: a root list (its model), or a list relationship or association proxy (`ListSource`). */
type ListSource = MappedModel | MappedRelationship | MappedAssociationProxy;

/** What a connection field resolves to, for one owner. */
export interface ConnectionValue {
  readonly page: Page;
  readonly query: ConnectionQuery;
  /** Counted when `totalCount` is selected, never otherwise. */
  totalCount(): Promise<number> | number;
  /** The association row behind an edge, when the edges carry its columns. */
  linkOf(row: Row): Row | undefined;
}

/** What an edge field resolves to: a row of the page, and the connection it is on. */
export interface EdgeValue {
  readonly row: Row;
  readonly connection: ConnectionValue;
}

/** A root list (`Query.parentsConnection`) rather than one through a relationship or proxy. */
export function isModel(list: ListSource): list is MappedModel {
  return !isMappedRelationship(list) && !isMappedAssociationProxy(list);
}

/**
 * How `Query.parentsConnection(...)` or `Parent.childrenConnection(...)` reads its page: for a
 * list through a relationship or proxy, one owner's page, batched with the other owners'.
 *
 * @example
 * const value = await connectionReader(Parent.relationships.children, reads)(parentRow, { first: 10 }, context.relgraph, info);
 * value.page.rows; // the parent's first 10 children; value.totalCount() counts them all
 */
export function connectionReader(list: ListSource, reads: ReadQueries): FieldReader<ConnectionArgs, Promise<ConnectionValue>> {
  if (isModel(list)) {
    return async (_owner, args, { access, loaders }, { fieldNodes, fragments }) => {
      const query = reads.rootConnection(list, args, access, fieldNodes, fragments);
      const rows = await loaders.list(list, query.page);
      let count: Promise<number> | undefined;
      return {
        page: pageOf(query, rows),
        query,
        totalCount: () => (count ??= loaders.aggregate(list, query.count).then((row) => row.count)),
        linkOf: () => undefined,
      };
    };
  }
  const path = relatedPath(list);
  return async (owner, args, { access, loaders }, { fieldNodes, fragments }) => {
    // The field's arguments are read once per request (`forField`), not once per owner row.
    const { query, pages, counts } = loaders.forField(fieldNodes[0]!, () => {
      const made = reads.relatedConnection(list, args, access, fieldNodes, fragments);
      return { query: made, pages: loaders.related(list, made.page), counts: loaders.aggregates(list, made.count) };
    });
    const key = keyOf(owner, path.ownerColumns);
    const absent = key.some((v) => v === null || v === undefined);
    const rows = absent ? [] : await pages.load(key);
    return {
      page: pageOf(query, rows),
      query,
      totalCount: () => (absent ? 0 : counts.load(key).then((row) => row.count)),
      linkOf: (row) => loaders.linkOf(row),
    };
  };
}

/**
 * How `Query.parentsAggregate(where)` or `Parent.childrenAggregate(where)` reads its row of
 * aggregates: only those its selection asks for (`selectedAggregates`, collected once per request).
 *
 * @example
 * // childrenAggregate(where: { name: { eq: "x" } }) { count sum { price } }
 * await aggregateReader(Parent.relationships.children, reads)(parentRow, args, context.relgraph, info); // { count: 2, sum: { price: 30 } }
 */
export function aggregateReader(list: ListSource, reads: ReadQueries): FieldReader<Pick<ListArgs, 'where'>, Promise<AggregateRow>> {
  if (isModel(list)) {
    return (_owner, args, { access, loaders }, selection) =>
      loaders.aggregate(list, reads.rootAggregate(list, args.where, selectedAggregates(selection), access));
  }
  const path = relatedPath(list);
  return (owner, args, { access, loaders }, selection) => {
    const loader = loaders.forField(selection.fieldNodes[0]!, () =>
      loaders.aggregates(list, reads.relatedAggregate(list, args.where, selectedAggregates(selection), access)),
    );
    return loader.load(keyOf(owner, path.ownerColumns));
  };
}

/**
 * What an aggregate field's selection asks of each function (`sum { price }`), collected as
 * graphql-js collects fields (fragments spread, `@skip` / `@include` applied) — as the plan
 * executor plans it.
 *
 * @example
 * // childrenAggregate { count sum { price } ...on ChildAggregate { max { price pages } } }
 * selectedAggregates(info); // Map { 'sum' => Set { 'price' }, 'max' => Set { 'price', 'pages' } }
 */
export function selectedAggregates(info: FieldSelection): AggregateSelection {
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

/** `edges`, `nodes`, `pageInfo` and `totalCount` of a connection, read from its value. */
export const connectionParts = {
  edges: (value: ConnectionValue): EdgeValue[] => value.page.rows.map((row): EdgeValue => ({ row, connection: value })),
  nodes: (value: ConnectionValue): readonly Row[] => value.page.rows,
  pageInfo: (value: ConnectionValue): ConnectionValue => value,
  totalCount: (value: ConnectionValue): Promise<number> | number => value.totalCount(),
};

/** An edge's `node` and `cursor`. */
export const edgeParts = {
  node: (edge: EdgeValue): Row => edge.row,
  cursor: (edge: EdgeValue): string => encodeCursor(edge.connection.query.cursors, edge.row),
};

/** `PageInfo`'s fields, read from the connection's value. */
export const pageInfoParts = {
  hasNextPage: (value: ConnectionValue): boolean => value.page.hasNextPage,
  hasPreviousPage: (value: ConnectionValue): boolean => value.page.hasPreviousPage,
  startCursor: (value: ConnectionValue): string | null => cursorAt(value, 0),
  endCursor: (value: ConnectionValue): string | null => cursorAt(value, value.page.rows.length - 1),
};

function cursorAt(value: ConnectionValue, index: number): string | null {
  const row = value.page.rows[index];
  return row ? encodeCursor(value.query.cursors, row) : null;
}
