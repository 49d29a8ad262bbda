/**
 * Optimistic locking in the schema (`versionIdCol`): the version field of a versioned model, and
 * the argument of the same name on its update and delete mutations, through which a client
 * sends back the version it read (`updateParent(id: 3, version: 4, input: …)`). Clients never
 * set a version: create and update inputs leave the column out.
 */
import type { GraphQLFieldConfigArgumentMap } from 'graphql';
import type { MappedModel } from '../mapper/index.js';
import { columnType } from './columnTypes.js';
import type { SchemaContext } from './SchemaContext.js';

/**
 * `{ version: { type: Int } }` for a versioned model, `{}` otherwise.
 *
 * @example
 * // type Mutation { updateParent(id: Int!, version: Int, input: ParentUpdateInput!): Parent! }
 */
export function versionArgument(context: SchemaContext, model: MappedModel, action: 'update' | 'delete'): GraphQLFieldConfigArgumentMap {
  const column = model.versionColumn;
  if (!column) return {};
  const field = context.inflection.fieldName(column.attribute);
  return {
    [field]: {
      type: columnType(context, model, column),
      description: `The ${field} of the ${model.name} as you read it. The ${action} happens only if the row still has it; otherwise it fails with STALE_DATA and nothing is written. Left out, the ${action} fails with STALE_DATA only if another request changes the row while this one runs.`,
    },
  };
}

/** The description of the version field itself, unless the column has a `doc`. */
export function versionFieldDescription(context: SchemaContext, model: MappedModel): string {
  const column = model.versionColumn!;
  const field = context.inflection.fieldName(column.attribute);
  const counts =
    column.type.kind === 'dateTime'
      ? 'the time of its last write, set on every create and update'
      : '1 when created, and one more with every update';
  return `The row's version, for optimistic locking: ${counts}. Send it back as \`${field}\` to ${context.inflection.updateMutation(model)} or ${context.inflection.deleteMutation(model)}, which then fail with STALE_DATA if someone else changed the row since you read it.`;
}

/** Appended to the update and delete mutations' descriptions of a versioned model. */
export function versionNote(context: SchemaContext, model: MappedModel): string {
  const column = model.versionColumn;
  return column
    ? ` STALE_DATA when the row is not at the ${context.inflection.fieldName(column.attribute)} given, or changes meanwhile.`
    : '';
}
