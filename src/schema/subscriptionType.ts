/**
 * `type Subscription`: per model, `parentChanged(where)` — its rows created, updated and
 * deleted — and per writable list relationship, `parentChildrenChanged(id)` — links added to and
 * removed from one owner's list. Payloads carry rows readable through the model's normal fields
 * (so the subscriber reads as much of the graph as a query would, batched), and are read only
 * after COMMIT (`src/live/`).
 */
import { GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString, type GraphQLFieldConfigMap } from 'graphql';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import type { Row } from '../rows/Row.js';
import { columnType } from './columnTypes.js';
import { whereInput } from './filterInputs.js';
import { objectType } from './objectType.js';
import { keyArguments } from './rootFields.js';
import { attributeOrigin, modelOrigin, type SchemaContext } from './SchemaContext.js';

/** What `parentChanged` yields for one event: `resolve` of the subscription returns this. */
export interface RowChangePayload {
  readonly operation: 'CREATED' | 'UPDATED' | 'DELETED';
  /** The key's values by GraphQL field name. */
  readonly key: Readonly<Record<string, unknown>>;
  /** The row as the subscriber may read it now; null for DELETED. */
  readonly row: Row | null;
  /** UPDATED: the GraphQL fields whose columns were written (and that the subscriber may see). */
  readonly changedFields: readonly string[];
}

/** What `parentChildrenChanged` yields for one event. */
export interface LinkChangePayload {
  readonly operation: 'ADDED' | 'REMOVED';
  readonly owner: Row;
  /** Null when the linked row is gone (deleted in the same unit of work). */
  readonly related: Row | null;
}

export function subscriptionType(context: SchemaContext): GraphQLObjectType | undefined {
  const { resolvers, inflection } = context;
  if (resolvers && !resolvers.rowChanges) return undefined;
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
  const add = (name: string, origin: string, config: GraphQLFieldConfigMap<unknown, unknown>[string]) => {
    context.names.register(`Subscription.${name}`, origin);
    fields[name] = config;
  };
  for (const model of context.mapping.models) {
    const rows = resolvers?.rowChanges?.(model);
    add(inflection.rowChangedSubscription(model), modelOrigin(model, 'model, its change subscription'), {
      type: new GraphQLNonNull(rowChangeType(context, model)),
      description: `${model.name} rows created, updated or deleted through this API, after each commit; \`where\` and your read permissions choose which. Writes made outside relgraph are not seen.`,
      args: { where: { type: whereInput(context, model) } },
      ...(rows ? { subscribe: rows.subscribe, resolve: rows.resolve } : {}),
      extensions: { relgraph: { kind: 'rowChanges', model } },
    });
    for (const relationship of model.relationships) {
      if (!relationship.uselist || relationship.viewonly) continue;
      const links = resolvers?.linkChanges?.(relationship);
      add(
        inflection.linkChangedSubscription(model, relationship),
        attributeOrigin(model, relationship.name, 'relationship, its change subscription', relationship.declaredAt),
        {
          type: new GraphQLNonNull(linkChangeType(context, model, relationship)),
          description: `${relationship.target.name} rows added to or removed from one ${model.name}'s ${relationship.name}, after each commit.`,
          args: keyArguments(context, model),
          ...(links ? { subscribe: links.subscribe, resolve: links.resolve } : {}),
          extensions: { relgraph: { kind: 'linkChanges', relationship } },
        },
      );
    }
  }
  if (Object.keys(fields).length === 0) return undefined;
  context.names.register('Subscription', 'the subscription root type');
  return new GraphQLObjectType({ name: 'Subscription', fields });
}

function changeOperationEnum(context: SchemaContext): GraphQLEnumType {
  const name = context.inflection.changeOperationEnum();
  return context.memo(name, 'the change operation enum', () => {
    return new GraphQLEnumType({
      name,
      description: 'What happened to a row.',
      values: { CREATED: {}, UPDATED: {}, DELETED: {} },
    });
  });
}

function linkOperationEnum(context: SchemaContext): GraphQLEnumType {
  const name = context.inflection.linkOperationEnum();
  return context.memo(name, 'the link operation enum', () => {
    return new GraphQLEnumType({ name, description: 'Whether a row joined or left a list.', values: { ADDED: {}, REMOVED: {} } });
  });
}

/** Names the payloads use besides the key fields; a key field of the same name is left out (the row has it). */
const rowChangeFields = ['operation', 'changedFields'];

function rowChangeType(context: SchemaContext, model: MappedModel): GraphQLObjectType {
  const { inflection } = context;
  const name = inflection.rowChangeType(model);
  return context.memo(name, modelOrigin(model, 'model, its change payload'), () => {
    const rowField = inflection.lookupField(model);
    return new GraphQLObjectType<RowChangePayload>({
      name,
      description: `A change to one ${model.name} row.`,
      fields: () => {
        const fields: GraphQLFieldConfigMap<RowChangePayload, unknown> = {
          operation: { type: new GraphQLNonNull(changeOperationEnum(context)), resolve: (payload) => payload.operation },
        };
        for (const column of model.primaryKey) {
          const field = inflection.fieldName(column.attribute);
          if (rowChangeFields.includes(field) || field === rowField) continue;
          fields[field] = {
            type: new GraphQLNonNull(columnType(context, model, column)),
            description: "The changed row's key (also there when it was deleted).",
            resolve: (payload) => payload.key[field],
          };
        }
        fields[rowField] = {
          type: objectType(context, model),
          description: 'The row as it is now, as you may read it; null when it was deleted.',
          resolve: (payload) => payload.row,
        };
        fields.changedFields = {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))),
          description: 'UPDATED: the fields whose columns were written. Empty otherwise.',
          resolve: (payload) => payload.changedFields,
        };
        return fields;
      },
    });
  });
}

function linkChangeType(context: SchemaContext, model: MappedModel, relationship: MappedRelationship): GraphQLObjectType {
  const { inflection } = context;
  const name = inflection.linkChangeType(model, relationship);
  return context.memo(name, attributeOrigin(model, relationship.name, 'relationship, its change payload', relationship.declaredAt), () => {
    const ownerField = inflection.lookupField(model);
    const linked = inflection.linkedRowField(relationship);
    const relatedField = linked === ownerField || linked === 'operation' ? 'related' : linked;
    return new GraphQLObjectType<LinkChangePayload>({
      name,
      description: `A ${relationship.target.name} added to or removed from a ${model.name}'s ${relationship.name}.`,
      fields: () => ({
        operation: { type: new GraphQLNonNull(linkOperationEnum(context)), resolve: (payload) => payload.operation },
        [ownerField]: { type: new GraphQLNonNull(objectType(context, model)), resolve: (payload) => payload.owner },
        [relatedField]: {
          type: objectType(context, relationship.target),
          description: 'The row linked or unlinked, as you may read it now; null when it was deleted.',
          resolve: (payload) => payload.related,
        },
      }),
    });
  });
}
