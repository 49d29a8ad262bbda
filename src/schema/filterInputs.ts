/**
 * `ParentWhere`: a filter per column (`eq`, `ne`, `in`, `notIn`, `lt`, `lte`, `gt`, `gte`, `like`,
 * `isNull`), per relationship (`some` / `none` / `every` for lists, the target's `Where` for
 * scalars), and `AND` / `OR` / `NOT`.
 */
import {
  GraphQLBoolean,
  GraphQLInputObjectType,
  type GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
} from 'graphql';
import type { MappedModel } from '../mapper/index.js';
import { columnType, type ColumnGraphQLType } from './columnTypes.js';
import { GraphQLBase64 } from './scalars.js';
import { attributeOrigin, modelOrigin, type SchemaContext } from './SchemaContext.js';

/** Which operators each kind of scalar gets: ordering makes no sense for JSON, bytes or booleans. */
function operatorsFor(type: ColumnGraphQLType): { compare: boolean; order: boolean; like: boolean } {
  if (type.name === 'JSON' || type === GraphQLBase64) return { compare: false, order: false, like: false };
  if (type.name === 'Boolean') return { compare: true, order: false, like: false };
  if ('getValues' in type) return { compare: true, order: false, like: false };
  return { compare: true, order: true, like: type === GraphQLString };
}

/** `IntFilter`, `StringFilter`, `PostStatusFilter`, ... */
export function scalarFilter(context: SchemaContext, type: ColumnGraphQLType): GraphQLInputObjectType {
  const name = context.inflection.scalarFilterInput(type.name);
  return context.memo(name, `filter of ${type.name}`, () => {
    const { compare, order, like } = operatorsFor(type);
    const list = new GraphQLList(new GraphQLNonNull(type));
    const fields: GraphQLInputFieldConfigMap = {};
    if (compare) {
      fields.eq = { type, description: 'Equal to.' };
      fields.ne = { type, description: 'Not equal to (rows where the column is NULL do not match).' };
      fields.in = { type: list, description: 'Equal to one of.' };
      fields.notIn = { type: list, description: 'Equal to none of.' };
    }
    if (order) {
      fields.lt = { type, description: 'Less than.' };
      fields.lte = { type, description: 'Less than or equal to.' };
      fields.gt = { type, description: 'Greater than.' };
      fields.gte = { type, description: 'Greater than or equal to.' };
    }
    if (like) fields.like = { type: GraphQLString, description: 'SQL LIKE: `%` matches any run of characters, `_` any one character.' };
    fields.isNull = { type: GraphQLBoolean, description: 'true: only NULL; false: only non-NULL.' };
    return new GraphQLInputObjectType({ name, fields });
  });
}

/** `FilmSpecialFeaturesSetFilter`: `eq` (exactly these members), `has`, `hasEvery`, `hasSome`, `isNull`. */
export function setFilter(context: SchemaContext, type: GraphQLEnumType): GraphQLInputObjectType {
  const name = context.inflection.setFilterInput(type.name);
  return context.memo(name, `filter of a set of ${type.name}`, () => {
    const list = new GraphQLList(new GraphQLNonNull(type));
    return new GraphQLInputObjectType({
      name,
      fields: {
        eq: { type: list, description: 'Has exactly these members, in any order.' },
        has: { type, description: 'Has this member.' },
        hasEvery: { type: list, description: 'Has every one of these members.' },
        hasSome: { type: list, description: 'Has at least one of these members.' },
        isNull: { type: GraphQLBoolean, description: 'true: only NULL; false: only non-NULL.' },
      },
    });
  });
}

export function whereInput(context: SchemaContext, model: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.whereInput(model);
  return context.memo(
    name,
    modelOrigin(model, 'model, its where input'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Filters ${model.name} rows. Fields combine with AND.`,
        fields: () => whereFields(context, model, name),
      }),
  );
}

function whereFields(context: SchemaContext, model: MappedModel, typeName: string): GraphQLInputFieldConfigMap {
  const { inflection, names } = context;
  const fields: GraphQLInputFieldConfigMap = {};
  const add = (field: string, origin: string, type: GraphQLInputType, description?: string) => {
    names.register(`${typeName}.${field}`, origin);
    fields[field] = { type, ...(description ? { description } : {}) };
  };
  for (const column of model.columns) {
    const type = columnType(context, model, column);
    const filter = column.type.kind === 'set' ? setFilter(context, type as GraphQLEnumType) : scalarFilter(context, type);
    add(inflection.fieldName(column.attribute), attributeOrigin(model, column.attribute, 'column', undefined), filter);
  }
  for (const relationship of model.relationships) {
    const type = relationship.uselist ? listFilter(context, relationship.target) : whereInput(context, relationship.target);
    add(inflection.fieldName(relationship.name), attributeOrigin(model, relationship.name, 'relationship', relationship.declaredAt), type);
  }
  for (const proxy of model.proxies) {
    add(
      inflection.fieldName(proxy.name),
      attributeOrigin(model, proxy.name, 'association proxy', proxy.declaredAt),
      listFilter(context, proxy.target),
    );
  }
  const self = whereInput(context, model);
  const origin = modelOrigin(model, 'model, its where input');
  add('AND', origin, new GraphQLList(new GraphQLNonNull(self)), 'All of these match.');
  add('OR', origin, new GraphQLList(new GraphQLNonNull(self)), 'At least one of these matches.');
  add('NOT', origin, self, 'This does not match.');
  return fields;
}

/** `ChildListFilter { some, none, every }` for list relationships to Child. */
export function listFilter(context: SchemaContext, target: MappedModel): GraphQLInputObjectType {
  const name = context.inflection.listFilterInput(target);
  return context.memo(
    name,
    modelOrigin(target, 'model, its list filter'),
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Filters on a list of ${target.name}.`,
        fields: () => {
          const where = whereInput(context, target);
          return {
            some: { type: where, description: `At least one related ${target.name} matches.` },
            none: { type: where, description: `No related ${target.name} matches.` },
            every: { type: where, description: `Every related ${target.name} matches (true when there are none).` },
          };
        },
      }),
  );
}
