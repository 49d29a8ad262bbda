/** `type Query` and `type Mutation`: per model, its lookup, list, create, update, delete and link fields. */
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
} from 'graphql';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import { aggregateType } from './aggregateTypes.js';
import { columnType, columnValueType } from './columnTypes.js';
import { connectionArguments, connectionType } from './connectionTypes.js';
import { deletePreviewType } from './deletePreviewType.js';
import { whereInput } from './filterInputs.js';
import { listArguments, objectType } from './objectType.js';
import { attributeOrigin, modelOrigin, type SchemaContext } from './SchemaContext.js';
import type { FieldOrigin } from './SchemaResolvers.js';
import { columnsFilledByRelationships, createInput, updateInput } from './writeInputs.js';
import { versionArgument, versionNote } from './versionArgument.js';
import { withArticle } from '../util/withArticle.js';

type Fields = GraphQLFieldConfigMap<unknown, unknown>;

export function queryType(context: SchemaContext): GraphQLObjectType {
  const fields: Fields = {};
  for (const model of context.mapping.models) {
    const { inflection, resolvers } = context;
    const type = objectType(context, model);
    addRoot(
      context,
      fields,
      'Query',
      inflection.lookupField(model),
      modelOrigin(model, 'model, its lookup'),
      {
        type,
        description: `Looks up one ${model.name} by its primary key; null when there is none.`,
        args: keyArguments(context, model),
        ...(resolvers ? { resolve: resolvers.lookup(model) } : {}),
      },
      { kind: 'lookup', model },
    );
    const list = inflection.listField(model);
    addRoot(
      context,
      fields,
      'Query',
      list,
      modelOrigin(model, 'model, its list'),
      {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type))),
        description: `Lists ${model.name} rows, by default in primary-key order: every row that matches, unless limit says fewer.`,
        args: listArguments(context, model),
        ...(resolvers ? { resolve: resolvers.list(model) } : {}),
      },
      { kind: 'list', model },
    );
    addRoot(
      context,
      fields,
      'Query',
      inflection.connectionField(list),
      modelOrigin(model, 'model, its connection'),
      {
        type: new GraphQLNonNull(connectionType(context, model, undefined)),
        description: `${model.name} rows as a Relay connection: pages with cursors, and totalCount.`,
        args: connectionArguments(context, model),
        ...(resolvers ? { resolve: resolvers.connection(model) } : {}),
      },
      { kind: 'connection', model, list: undefined },
    );
    addRoot(
      context,
      fields,
      'Query',
      inflection.aggregateField(list),
      modelOrigin(model, 'model, its aggregate'),
      {
        type: new GraphQLNonNull(aggregateType(context, model)),
        description: `Counts and column aggregates over ${model.name} rows, without reading them.`,
        args: { where: { type: whereInput(context, model) } },
        ...(resolvers ? { resolve: resolvers.aggregate(model) } : {}),
      },
      { kind: 'aggregate', model, list: undefined },
    );
  }
  context.names.register('Query', 'the query root type');
  return new GraphQLObjectType({ name: 'Query', fields });
}

export function mutationType(context: SchemaContext): GraphQLObjectType | undefined {
  const fields: Fields = {};
  for (const model of context.mapping.models) {
    addModelMutations(context, fields, model);
    addLinkMutations(context, fields, model);
  }
  if (Object.keys(fields).length === 0) return undefined;
  context.names.register('Mutation', 'the mutation root type');
  return new GraphQLObjectType({ name: 'Mutation', fields });
}

function addModelMutations(context: SchemaContext, fields: Fields, model: MappedModel): void {
  const { inflection, resolvers } = context;
  const type = new GraphQLNonNull(objectType(context, model));
  addRoot(
    context,
    fields,
    'Mutation',
    inflection.createMutation(model),
    modelOrigin(model, 'model, its create mutation'),
    {
      type,
      description: `Creates ${withArticle(model.name)}, with its nested writes, in one transaction.`,
      args: { input: { type: new GraphQLNonNull(createInput(context, model)) } },
      ...(resolvers ? { resolve: resolvers.create(model) } : {}),
    },
    { kind: 'create', model },
  );
  // A model with nothing but its key and no writable relationship has nothing to update, and
  // GraphQL forbids an input type without fields: it gets no update mutation.
  if (isUpdatable(model))
    addRoot(
      context,
      fields,
      'Mutation',
      inflection.updateMutation(model),
      modelOrigin(model, 'model, its update mutation'),
      {
        type,
        description: `Updates ${withArticle(model.name)}; NOT_FOUND when there is none.${versionNote(context, model)}`,
        args: {
          ...keyArguments(context, model),
          ...versionArgument(context, model, 'update'),
          input: { type: new GraphQLNonNull(updateInput(context, model)) },
        },
        ...(resolvers ? { resolve: resolvers.update(model) } : {}),
      },
      { kind: 'update', model },
    );
  addRoot(
    context,
    fields,
    'Mutation',
    inflection.deleteMutation(model),
    modelOrigin(model, 'model, its delete mutation'),
    {
      type,
      description: `Deletes ${withArticle(model.name)} and returns it as it was; NOT_FOUND when there is none.${versionNote(context, model)}`,
      args: { ...keyArguments(context, model), ...versionArgument(context, model, 'delete') },
      ...(resolvers ? { resolve: resolvers.delete(model) } : {}),
    },
    { kind: 'delete', model },
  );
  addRoot(
    context,
    fields,
    'Mutation',
    inflection.deletePreviewMutation(model),
    modelOrigin(model, 'model, its delete preview'),
    {
      type: new GraphQLNonNull(deletePreviewType(context)),
      description: `What ${inflection.deleteMutation(model)} would do, without doing it: the rows it would delete, set to NULL, unlink, or leave to the database. Writes nothing; needs the permission to delete; NOT_FOUND when there is none.`,
      args: keyArguments(context, model),
      ...(resolvers?.previewDelete ? { resolve: resolvers.previewDelete(model) } : {}),
    },
    { kind: 'previewDelete', model },
  );
}

function isUpdatable(model: MappedModel): boolean {
  return (
    model.columns.some((column) => !column.primaryKey && column !== model.versionColumn) ||
    model.relationships.some((relationship) => !relationship.viewonly)
  );
}

/**
 * Link mutations exist for writable relationships between models with one-column primary keys
 * (the contract's rule): add/remove for lists, set for scalars, add/remove for proxies.
 */
function addLinkMutations(context: SchemaContext, fields: Fields, model: MappedModel): void {
  if (model.primaryKey.length !== 1) return;
  const { inflection } = context;
  for (const relationship of model.relationships) {
    if (relationship.viewonly || relationship.target.primaryKey.length !== 1) continue;
    if (relationship.uselist) {
      addLink(context, fields, model, relationship, 'add', inflection.addLinkMutation(model, relationship));
      addLink(context, fields, model, relationship, 'remove', inflection.removeLinkMutation(model, relationship));
    } else {
      addLink(context, fields, model, relationship, 'set', inflection.setLinkMutation(model, relationship));
    }
  }
  for (const proxy of model.proxies) {
    if (proxy.relationship.viewonly || proxy.target.primaryKey.length !== 1) continue;
    addLink(context, fields, model, proxy, 'add', inflection.addLinkMutation(model, proxy));
    addLink(context, fields, model, proxy, 'remove', inflection.removeLinkMutation(model, proxy));
  }
}

function addLink(
  context: SchemaContext,
  fields: Fields,
  model: MappedModel,
  relationship: MappedRelationship | MappedAssociationProxy,
  action: 'add' | 'remove' | 'set',
  name: string,
): void {
  const { inflection, resolvers } = context;
  const target = relationship.target;
  const targetKey = columnType(context, target, target.primaryKey[0]!);
  const args: GraphQLFieldConfigArgumentMap = {
    ...keyArguments(context, model),
    [inflection.linkTargetArgument(relationship)]: { type: action === 'set' ? targetKey : new GraphQLNonNull(targetKey) },
  };
  if (action === 'add' && relationship.kind === 'associationProxy') Object.assign(args, associationColumnArguments(context, relationship));
  const verb = { add: 'Links', remove: 'Unlinks', set: 'Sets' }[action];
  const what =
    action === 'set'
      ? `${model.name}.${relationship.name} to the ${target.name} given, or unlinks it when null.`
      : `${withArticle(target.name)} ${action === 'add' ? 'to' : 'from'} ${model.name}.${relationship.name}; ${action === 'add' ? 'adding a link that exists' : 'removing a link that does not exist'} changes nothing.`;
  const origin = attributeOrigin(
    model,
    relationship.name,
    relationship.kind === 'associationProxy' ? 'association proxy' : 'relationship',
    relationship.declaredAt,
  );
  addRoot(
    context,
    fields,
    'Mutation',
    name,
    `${origin}, its ${action} mutation`,
    {
      type: new GraphQLNonNull(objectType(context, model)),
      description: `${verb} ${what}`,
      args,
      ...(resolvers ? { resolve: resolvers.link(relationship, action) } : {}),
    },
    { kind: 'link', action, relationship },
  );
}

/** The association's own columns (`extraData`), optional, on a proxy's add mutation. */
function associationColumnArguments(context: SchemaContext, proxy: MappedAssociationProxy): GraphQLFieldConfigArgumentMap {
  const association = proxy.relationship.target;
  const linked = new Set([...proxy.relationship.syncPairs, ...proxy.attribute.syncPairs].map((pair) => pair.to));
  const filled = columnsFilledByRelationships(association);
  const args: GraphQLFieldConfigArgumentMap = {};
  for (const column of association.columns) {
    if (linked.has(column) || filled.has(column) || column.autoincrement || column === association.versionColumn) continue;
    args[context.inflection.fieldName(column.attribute)] = { type: columnValueType(context, association, column) };
  }
  return args;
}

/** `id: Int!`, or one argument per field of a composite key. */
export function keyArguments(context: SchemaContext, model: MappedModel): GraphQLFieldConfigArgumentMap {
  return Object.fromEntries(
    model.primaryKey.map((column) => [
      context.inflection.fieldName(column.attribute),
      { type: new GraphQLNonNull(columnType(context, model, column)) },
    ]),
  );
}

function addRoot(
  context: SchemaContext,
  fields: Fields,
  root: 'Query' | 'Mutation',
  name: string,
  origin: string,
  config: GraphQLFieldConfig<unknown, unknown>,
  relgraph: FieldOrigin,
): void {
  context.names.register(`${root}.${name}`, origin);
  fields[name] = { ...config, extensions: { relgraph } };
}
