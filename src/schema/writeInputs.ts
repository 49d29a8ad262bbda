/**
 * Inputs of the mutations: `ParentKey`, `ParentOrderBy`, `ParentCreateInput`,
 * `ParentUpdateInput`, and the nested writes `ChildListRelationInput` /
 * `ParentRelationInput`, with `connectOrCreate`'s `TagUniqueInput` and `TagConnectOrCreateInput`
 * (`docs/graphql-surface.md`, "Mutation root").
 */
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
} from 'graphql';
import { isSortableKind, type TableColumn } from '../declare/index.js';
import { linkHolder, type MappedModel, type Mapping } from '../mapper/index.js';
import { columnType, columnValueType, hasDefault } from './columnTypes.js';
import { attributeOrigin, modelOrigin, type SchemaContext } from './SchemaContext.js';
import { withArticle } from '../util/withArticle.js';

export function sortDirection(context: SchemaContext): GraphQLEnumType {
  const name = context.inflection.sortDirectionEnum();
  return context.memo(
    name,
    'the sort direction enum',
    () =>
      new GraphQLEnumType({
        name,
        values: { ASC: { value: 'ASC', description: 'Ascending.' }, DESC: { value: 'DESC', description: 'Descending.' } },
      }),
  );
}

/** `ParentOrderBy`: one optional direction per column; a list of them sorts by each in turn. */
export function orderByInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.orderByInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its orderBy input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Orders ${model.name} rows by a column. Give one column per entry; several entries sort by each in turn.`,
        fields: () =>
          Object.fromEntries(
            model.columns
              .filter((column) => isSortableKind(column.type.kind))
              .map((column) => [context.inflection.fieldName(column.attribute), { type: sortDirection(context) }]),
          ),
      }),
  );
}

/** `ChildKey { id: Int! }`: the primary-key fields. */
export function keyInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.keyInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its key input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Identifies one ${model.name} by its primary key.`,
        fields: () =>
          Object.fromEntries(
            model.primaryKey.map((column) => [
              context.inflection.fieldName(column.attribute),
              { type: new GraphQLNonNull(columnType(context, model, column)) },
            ]),
          ),
      }),
  );
}

/**
 * Columns a writable many-to-one relationship of the model can fill (e.g. `parent_id` through
 * `parent: { connect }`): they are optional in the create input even when NOT NULL.
 */
export function columnsFilledByRelationships(model: MappedModel): Set<TableColumn> {
  const filled = new Set<TableColumn>();
  for (const relationship of model.relationships) {
    if (relationship.viewonly || linkHolder(relationship) !== 'owner') continue;
    for (const pair of relationship.syncPairs) filled.add(pair.to);
  }
  return filled;
}

/**
 * Columns that a link fills when the row is created through a relationship: those of the
 * model's own many-to-one relationships, and the foreign keys that another model's one-to-many
 * sets on a row created nested under it (`createParent(input: { children: { create: [...] } })`
 * fills `child.parent_id`). They are optional in the create input even when NOT NULL; a
 * top-level create that leaves one out fails at run time instead.
 */
export function columnsFilledByLinks(mapping: Mapping, model: MappedModel): Set<TableColumn> {
  const filled = columnsFilledByRelationships(model);
  for (const other of mapping.models) {
    for (const relationship of other.relationships) {
      if (relationship.viewonly || linkHolder(relationship) !== 'target' || relationship.target !== model) continue;
      for (const pair of relationship.syncPairs) filled.add(pair.to);
    }
  }
  return filled;
}

export function createInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.createInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its create input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `A new ${model.name}. Fields the database fills (auto-increment, defaults, nullable columns) may be left out.`,
        fields: () => {
          const filled = columnsFilledByLinks(context.mapping, model);
          // A version is the unit of work's to set (`versionIdCol`), never a client's.
          const columns = model.columns.filter((column) => column !== model.versionColumn);
          const fields = columnFields(context, model, name, columns, (column) => !hasDefault(column) && !filled.has(column));
          return { ...fields, ...relationshipFields(context, model, name) };
        },
      }),
  );
}

export function updateInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.updateInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its update input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Changes to ${withArticle(model.name)}: only the fields given are written.`,
        fields: () => {
          const columns = model.columns.filter((column) => !column.primaryKey && column !== model.versionColumn);
          return { ...columnFields(context, model, name, columns, () => false), ...relationshipFields(context, model, name) };
        },
      }),
  );
}

function columnFields(
  context: SchemaContext,
  model: MappedModel,
  typeName: string,
  columns: readonly TableColumn[],
  required: (column: TableColumn) => boolean,
): GraphQLInputFieldConfigMap {
  const fields: GraphQLInputFieldConfigMap = {};
  for (const column of columns) {
    const field = context.inflection.fieldName(column.attribute);
    context.names.register(`${typeName}.${field}`, attributeOrigin(model, column.attribute, 'column', undefined));
    const type = columnValueType(context, model, column);
    fields[field] = { type: required(column) ? new GraphQLNonNull(type) : type, ...(column.doc ? { description: column.doc } : {}) };
  }
  return fields;
}

function relationshipFields(context: SchemaContext, model: MappedModel, typeName: string): GraphQLInputFieldConfigMap {
  const fields: GraphQLInputFieldConfigMap = {};
  for (const relationship of model.relationships) {
    if (relationship.viewonly) continue;
    const field = context.inflection.fieldName(relationship.name);
    context.names.register(`${typeName}.${field}`, attributeOrigin(model, relationship.name, 'relationship', relationship.declaredAt));
    const type: GraphQLInputType = relationship.uselist
      ? listRelationInput(context, relationship.target)
      : scalarRelationInput(context, relationship.target);
    fields[field] = { type };
  }
  return fields;
}

/**
 * `TagUniqueInput { id: Int, name: String }`: one optional field per column of the model's
 * unique keys (`MappedModel.uniqueKeys`). A `connectOrCreate` gives exactly one whole key; that is
 * checked before any SQL (`checkWriteInput`), since GraphQL cannot say "one of these sets".
 */
export function uniqueInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.uniqueInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its unique input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Identifies one ${model.name} by exactly one of its unique keys: ${uniqueKeyList(context, model)}.`,
        fields: () => {
          const keyed = new Set(model.uniqueKeys.flat());
          const fields: GraphQLInputFieldConfigMap = {};
          for (const column of model.columns.filter((c) => keyed.has(c))) {
            const field = context.inflection.fieldName(column.attribute);
            context.names.register(`${name}.${field}`, attributeOrigin(model, column.attribute, 'column', undefined));
            fields[field] = { type: columnType(context, model, column) };
          }
          return fields;
        },
      }),
  );
}

/** `id`, `name`, or `ownerId and slug` — the unique keys as a client gives them. */
function uniqueKeyList(context: SchemaContext, model: MappedModel): string {
  const keys = model.uniqueKeys.map((key) => key.map((column) => context.inflection.fieldName(column.attribute)).join(' and '));
  return keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
}

/** `TagConnectOrCreateInput { where: TagUniqueInput!, create: TagCreateInput! }`. */
export function connectOrCreateInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.connectOrCreateInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its connectOrCreate input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Links the ${model.name} that \`where\` names if there is one, else creates it from \`create\` (whose key columns default to \`where\`'s) and links it.`,
        fields: () => ({
          where: { type: new GraphQLNonNull(uniqueInput(context, model)), description: `One unique key of the ${model.name}.` },
          create: {
            type: new GraphQLNonNull(createInput(context, model)),
            description: `The ${model.name} to create when none has that key.`,
          },
        }),
      }),
  );
}

/** `ChildListRelationInput { connect, connectOrCreate, disconnect, create, set }`. */
export function listRelationInput(context: SchemaContext, target: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.listRelationInput(target);
  return context.memo(
    name,
    modelOrigin(target, 'model, its list relation input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Nested writes to a list of ${target.name}. \`set\` replaces the whole list and cannot be combined with the others.`,
        fields: () => {
          const keys = new GraphQLList(new GraphQLNonNull(keyInput(context, target)));
          return {
            connect: { type: keys, description: `Link existing ${target.name} rows.` },
            connectOrCreate: {
              type: new GraphQLList(new GraphQLNonNull(connectOrCreateInput(context, target))),
              description: `Link the ${target.name} rows with these unique keys, creating those that do not exist.`,
            },
            disconnect: { type: keys, description: `Unlink these ${target.name} rows (a row not linked is ignored).` },
            create: {
              type: new GraphQLList(new GraphQLNonNull(createInput(context, target))),
              description: `Create and link new ${target.name} rows.`,
            },
            set: { type: keys, description: `Link exactly these ${target.name} rows, unlinking the others.` },
          };
        },
      }),
  );
}

/** `ParentRelationInput { connect, connectOrCreate, create, disconnect }`. */
export function scalarRelationInput(context: SchemaContext, target: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.scalarRelationInput(target);
  return context.memo(
    name,
    modelOrigin(target, 'model, its relation input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `A nested write to a single ${target.name}: give exactly one of the fields.`,
        fields: () => ({
          connect: { type: keyInput(context, target), description: `Link an existing ${target.name}.` },
          connectOrCreate: {
            type: connectOrCreateInput(context, target),
            description: `Link the ${target.name} with this unique key, creating it if it does not exist.`,
          },
          create: { type: createInput(context, target), description: `Create and link a new ${target.name}.` },
          disconnect: { type: GraphQLBoolean, description: `true: unlink the current ${target.name}.` },
        }),
      }),
  );
}
