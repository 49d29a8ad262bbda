/**
 * `type Parent`: one field per column, relationship and association proxy. List relationship
 * fields take `where` / `orderBy` / `limit` / `offset`; scalars are nullable unless every
 * foreign-key column behind a many-to-one is NOT NULL.
 */
import {
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLOutputType,
} from 'graphql';
import {
  describeRelationship,
  edgeColumns,
  type MappedAssociationProxy,
  type MappedModel,
  type MappedRelationship,
  type OrderTerm,
} from '../mapper/index.js';
import { aggregateType } from './aggregateTypes.js';
import { connectionArguments, connectionType } from './connectionTypes.js';
import { outputColumnType } from './columnTypes.js';
import { whereInput } from './filterInputs.js';
import { attributeOrigin, modelOrigin, type SchemaContext } from './SchemaContext.js';
import { markGenerated, type FieldOrigin, type FieldResolver } from './SchemaResolvers.js';
import { versionFieldDescription } from './versionArgument.js';
import { orderByInput } from './writeInputs.js';

export function objectType(context: SchemaContext, model: MappedModel): GraphQLObjectType {
  const name = context.inflection.typeName(model);
  return context.memo(
    name,
    modelOrigin(model),
    () =>
      new GraphQLObjectType({
        name,
        fields: () => objectFields(context, model, name),
      }),
  );
}

/** `where`, `orderBy`, `limit`, `offset`, as on root lists. */
export function listArguments(
  context: SchemaContext,
  target: MappedModel,
  defaultOrder: readonly OrderTerm[] = [],
): GraphQLFieldConfigArgumentMap {
  const order = defaultOrder.map((term) => `${context.inflection.fieldName(term.column.attribute)}${term.descending ? ' descending' : ''}`);
  return {
    where: { type: whereInput(context, target) },
    orderBy: {
      type: new GraphQLList(new GraphQLNonNull(orderByInput(context, target))),
      description: order.length > 0 ? `Default: ${order.join(', ')}, then the primary key.` : 'Default: the primary key, ascending.',
    },
    limit: { type: GraphQLInt, description: 'At most this many rows.' },
    offset: { type: GraphQLInt, description: 'Skip this many rows first.' },
  };
}

function objectFields(context: SchemaContext, model: MappedModel, typeName: string): GraphQLFieldConfigMap<unknown, unknown> {
  const { inflection, names, resolvers } = context;
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
  const add = (field: string, origin: string, config: GraphQLFieldConfigMap<unknown, unknown>[string], relgraph: FieldOrigin) => {
    names.register(`${typeName}.${field}`, origin);
    fields[field] = { ...config, extensions: { relgraph } };
  };
  for (const column of model.columns) {
    const field = inflection.fieldName(column.attribute);
    const { attribute } = column;
    // Rows are keyed by attribute; only a renamed or guarded field needs more than the default resolver.
    const resolve: FieldResolver | undefined =
      resolvers?.column?.(model, column) ??
      (field === attribute ? undefined : markGenerated((row: Record<string, unknown>) => row[attribute]));
    add(
      field,
      attributeOrigin(model, attribute, 'column', undefined),
      {
        type: outputColumnType(context, model, column),
        ...(column.doc
          ? { description: column.doc }
          : column === model.versionColumn
            ? { description: versionFieldDescription(context, model) }
            : {}),
        ...(resolve ? { resolve } : {}),
      },
      { kind: 'column', model, attribute },
    );
  }
  // Each list gets its connection and aggregate fields right after it.
  const addListCompanions = (list: MappedRelationship | MappedAssociationProxy, origin: string, defaultOrder: readonly OrderTerm[]) => {
    const field = inflection.fieldName(list.name);
    add(
      inflection.connectionField(field),
      `${origin}, its connection`,
      {
        type: new GraphQLNonNull(connectionType(context, list.target, edgeColumns(list))),
        description: `${model.name}.${field} as a Relay connection: pages with cursors, and totalCount.`,
        args: connectionArguments(context, list.target, defaultOrder),
        ...(resolvers ? { resolve: resolvers.connection(list) } : {}),
      },
      { kind: 'connection', model: list.target, list },
    );
    add(
      inflection.aggregateField(field),
      `${origin}, its aggregate`,
      {
        type: new GraphQLNonNull(aggregateType(context, list.target)),
        description: `Counts and column aggregates over ${model.name}.${field}, without reading the rows.`,
        args: { where: { type: whereInput(context, list.target) } },
        ...(resolvers ? { resolve: resolvers.aggregate(list) } : {}),
      },
      { kind: 'aggregate', model: list.target, list },
    );
  };
  for (const relationship of model.relationships) {
    const origin = attributeOrigin(model, relationship.name, 'relationship', relationship.declaredAt);
    add(
      inflection.fieldName(relationship.name),
      origin,
      {
        type: relationshipType(context, relationship),
        description: relationship.doc ?? describeRelationship(relationship),
        ...(relationship.uselist ? { args: listArguments(context, relationship.target, relationship.orderBy) } : {}),
        ...(resolvers ? { resolve: resolvers.relationship(relationship) } : {}),
      },
      { kind: 'relationship', relationship },
    );
    if (relationship.uselist) addListCompanions(relationship, origin, relationship.orderBy);
  }
  for (const proxy of model.proxies) {
    const origin = attributeOrigin(model, proxy.name, 'association proxy', proxy.declaredAt);
    add(
      inflection.fieldName(proxy.name),
      origin,
      {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(objectType(context, proxy.target)))),
        description: `The ${proxy.target.name} rows reached through ${model.name}.${proxy.relationship.name} → ${proxy.relationship.target.name}.${proxy.attribute.name}.`,
        args: listArguments(context, proxy.target),
        ...(resolvers ? { resolve: resolvers.proxy(proxy) } : {}),
      },
      { kind: 'proxy', proxy },
    );
    addListCompanions(proxy, origin, []);
  }
  return fields;
}

function relationshipType(context: SchemaContext, relationship: MappedRelationship): GraphQLOutputType {
  const target = objectType(context, relationship.target);
  if (relationship.uselist) return new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(target)));
  return relationship.nullable ? target : new GraphQLNonNull(target);
}
