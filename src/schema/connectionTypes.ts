/**
 * Relay connections (https://relay.dev/graphql/connections.htm): `ChildConnection { edges nodes
 * pageInfo totalCount }`, `ChildEdge { cursor node }` and `PageInfo`, and the arguments of a
 * connection field. Edges of a list through an association object also carry its own columns
 * (`AssociationChildEdge { cursor extraData node }`).
 */
import {
  GraphQLBoolean,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
} from 'graphql';
import type { EdgeColumns, MappedModel, OrderTerm } from '../mapper/index.js';
import { outputColumnType } from './columnTypes.js';
import { whereInput } from './filterInputs.js';
import { objectType } from './objectType.js';
import { modelOrigin, type SchemaContext } from './SchemaContext.js';
import type { FieldOrigin, FieldResolver } from './SchemaResolvers.js';
import { orderByInput } from './writeInputs.js';

type Fields = GraphQLFieldConfigMap<unknown, unknown>;

/** `first`, `after`, `last`, `before`, `where`, `orderBy`. */
export function connectionArguments(
  context: SchemaContext,
  target: MappedModel,
  defaultOrder: readonly OrderTerm[] = [],
): GraphQLFieldConfigArgumentMap {
  const order = defaultOrder.map((term) => `${context.inflection.fieldName(term.column.attribute)}${term.descending ? ' descending' : ''}`);
  return {
    first: {
      type: GraphQLInt,
      description:
        'The first this many rows (after `after`, if given). With neither first nor last: the default page size, 100 unless the server sets another.',
    },
    after: { type: GraphQLString, description: 'Rows after this cursor, from an edge of this field with the same orderBy.' },
    last: { type: GraphQLInt, description: 'The last this many rows (before `before`, if given).' },
    before: { type: GraphQLString, description: 'Rows before this cursor.' },
    where: { type: whereInput(context, target) },
    orderBy: {
      type: new GraphQLList(new GraphQLNonNull(orderByInput(context, target))),
      description: order.length > 0 ? `Default: ${order.join(', ')}, then the primary key.` : 'Default: the primary key, ascending.',
    },
  };
}

export function connectionType(context: SchemaContext, target: MappedModel, edge: EdgeColumns | undefined): GraphQLObjectType {
  const { inflection, resolvers } = context;
  const name = inflection.connectionType(target, edge?.association);
  const origin = edge
    ? modelOrigin(edge.association, `association object, its ${target.name} connection`)
    : modelOrigin(target, 'model, its connection');
  return context.memo(
    name,
    origin,
    () =>
      new GraphQLObjectType({
        name,
        description: `A page of ${target.name} rows, with cursors to page on.`,
        fields: () => {
          const part = (field: 'edges' | 'nodes' | 'pageInfo' | 'totalCount') => ({
            ...(resolvers ? { resolve: resolvers.parts.connection(field) } : {}),
            extensions: { relgraph: { kind: 'connectionPart', part: field } satisfies FieldOrigin },
          });
          return {
            edges: {
              type: nonNullList(edgeType(context, target, edge)),
              description: 'The rows of the page, each with its cursor.',
              ...part('edges'),
            },
            nodes: {
              type: nonNullList(objectType(context, target)),
              description: 'The rows of the page, without cursors.',
              ...part('nodes'),
            },
            pageInfo: { type: new GraphQLNonNull(pageInfoType(context)), ...part('pageInfo') },
            totalCount: {
              type: new GraphQLNonNull(GraphQLInt),
              description: 'How many rows match `where`, on every page together.',
              ...part('totalCount'),
            },
          } satisfies Fields;
        },
      }),
  );
}

function edgeType(context: SchemaContext, target: MappedModel, edge: EdgeColumns | undefined): GraphQLObjectType {
  const { inflection, resolvers } = context;
  const name = inflection.edgeType(target, edge?.association);
  const origin = edge
    ? modelOrigin(edge.association, `association object, its ${target.name} edge`)
    : modelOrigin(target, 'model, its edge');
  return context.memo(
    name,
    origin,
    () =>
      new GraphQLObjectType({
        name,
        description: edge
          ? `A ${target.name} in a connection, with the ${edge.association.name} row that links it.`
          : `A ${target.name} in a connection.`,
        fields: () => {
          const fields: Fields = {
            cursor: {
              type: new GraphQLNonNull(GraphQLString),
              description: 'Where this row is: pass it as `after` or `before` to page from here.',
              ...(resolvers ? { resolve: resolvers.parts.edge('cursor') } : {}),
              extensions: { relgraph: { kind: 'edgePart', part: 'cursor' } satisfies FieldOrigin },
            },
          };
          for (const column of edge?.columns ?? []) {
            const field = inflection.fieldName(column.attribute);
            context.names.register(`${name}.${field}`, `${edge!.association.name}.${column.attribute} (column of the association object)`);
            fields[field] = {
              type: outputColumnType(context, edge!.association, column),
              ...(column.doc ? { description: column.doc } : {}),
              ...(resolvers ? { resolve: resolvers.parts.edgeColumn(edge!.association, column) } : {}),
              extensions: { relgraph: { kind: 'edgeColumn', model: edge!.association, attribute: column.attribute } satisfies FieldOrigin },
            };
          }
          fields['node'] = {
            type: new GraphQLNonNull(objectType(context, target)),
            ...(resolvers ? { resolve: resolvers.parts.edge('node') } : {}),
            extensions: { relgraph: { kind: 'edgePart', part: 'node' } satisfies FieldOrigin },
          };
          return fields;
        },
      }),
  );
}

function pageInfoType(context: SchemaContext): GraphQLObjectType {
  const { inflection, resolvers } = context;
  const name = inflection.pageInfoType();
  return context.memo(
    name,
    'the page info type of connections',
    () =>
      new GraphQLObjectType({
        name,
        description: 'Whether there are rows beyond a page, and the cursors at its ends.',
        fields: () => {
          const part = (field: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor', description: string) => ({
            description,
            ...(resolvers ? { resolve: resolvers.parts.pageInfo(field) as FieldResolver } : {}),
            extensions: { relgraph: { kind: 'pageInfoPart', part: field } satisfies FieldOrigin },
          });
          return {
            hasNextPage: {
              type: new GraphQLNonNull(GraphQLBoolean),
              ...part('hasNextPage', 'Paging forward (first): whether rows follow this page. Paging backward: false.'),
            },
            hasPreviousPage: {
              type: new GraphQLNonNull(GraphQLBoolean),
              ...part('hasPreviousPage', 'Paging backward (last): whether rows precede this page. Paging forward: false.'),
            },
            startCursor: { type: GraphQLString, ...part('startCursor', "The first edge's cursor; null for an empty page.") },
            endCursor: { type: GraphQLString, ...part('endCursor', "The last edge's cursor; null for an empty page.") },
          } satisfies Fields;
        },
      }),
  );
}

function nonNullList(type: GraphQLObjectType) {
  return new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));
}
