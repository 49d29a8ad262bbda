/**
 * The entities of a relgraph schema: every model's object type with its primary key, read off
 * the by-key root field (`parent(id:)`) that `buildSchema` gives each model. Their `@key` and
 * `_entities` take the same key fields with the same types as that field's arguments.
 */
import { getNamedType, isObjectType, type GraphQLArgument, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { MappedModel } from '../mapper/index.js';
import type { FieldOrigin } from '../schema/index.js';
import { invariant } from '../util/invariant.js';

export interface Entity {
  readonly type: GraphQLObjectType;
  readonly model: MappedModel;
  /** The primary key's fields in key order, typed as the by-key field's arguments (`id: Int!`). */
  readonly keyFields: readonly GraphQLArgument[];
}

/**
 * @example
 * findEntities(buildSchema(configure(Base)))
 * // [{ type: Parent, model: Parent, keyFields: [id: Int!] }, { type: Association, keyFields: [leftId: Int!, rightId: Int!] }]
 */
export function findEntities(schema: GraphQLSchema): Entity[] {
  const entities: Entity[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const origin = field.extensions?.['relgraph'] as FieldOrigin | undefined;
    if (origin?.kind !== 'lookup') continue;
    const type = getNamedType(field.type);
    invariant(isObjectType(type), () => `Query.${field.name} looks up ${origin.model.name}, so it returns an object type`);
    entities.push({ type, model: origin.model, keyFields: field.args });
  }
  return entities;
}

/** The `fields` of the entity's `@key`: its key fields' names, space-separated (`"leftId rightId"`). */
export function keyFieldSet(entity: Entity): string {
  return entity.keyFields.map((field) => field.name).join(' ');
}
