/**
 * Reads `_entities(representations:)` before anything is loaded: each representation must name
 * an entity of this subgraph in `__typename` and carry every field of its `@key`, each a value
 * its by-key field would accept as an argument. The first that does not is BAD_USER_INPUT, so a
 * bad representation never reaches SQL (Apollo Federation subgraph spec, "Query._entities").
 */
import { coerceInputValue, getNullableType, type GraphQLInputType } from 'graphql';
import { BadUserInputError } from '../errors/RelgraphError.js';
import { didYouMean } from '../util/didYouMean.js';
import { findLoneSurrogate } from '../util/findLoneSurrogate.js';
import { inspect } from '../util/inspect.js';
import { keyFieldSet, type Entity } from './findEntities.js';

/** A representation read: its entity, and its key as the by-key field passes it to the loader. */
export interface Reference {
  readonly entity: Entity;
  readonly key: readonly unknown[];
}

/**
 * @example
 * readRepresentations([{ __typename: 'Parent', id: 1 }], entities)   // [{ entity: Parent, key: [1] }]
 * readRepresentations([{ __typename: 'Parnet', id: 1 }], entities)
 * // BadUserInputError: _entities(representations[0]): "__typename" is "Parnet", which is not an entity of this subgraph. Did you mean "Parent"? …
 */
export function readRepresentations(representations: readonly unknown[], entities: ReadonlyMap<string, Entity>): Reference[] {
  return representations.map((representation, index) =>
    readRepresentation(representation, `_entities(representations[${index}])`, entities),
  );
}

function readRepresentation(representation: unknown, where: string, entities: ReadonlyMap<string, Entity>): Reference {
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation)) {
    throw new BadUserInputError(
      `${where}: a representation is an object of "__typename" and the fields of the type's @key, but got ${inspect(representation)}.`,
    );
  }
  const fields = representation as Record<string, unknown>;
  const typename = fields['__typename'];
  const names = [...entities.keys()];
  if (typeof typename !== 'string') {
    throw new BadUserInputError(`${where}: "__typename" is ${inspect(typename)}; give the name of an entity type: ${names.join(', ')}.`);
  }
  const entity = entities.get(typename);
  if (!entity) {
    throw new BadUserInputError(
      `${where}: "__typename" is "${typename}", which is not an entity of this subgraph.${didYouMean(typename, names)} Entities: ${names.join(', ')}.`,
    );
  }
  const key = entity.keyFields.map((field) => readKeyValue(fields[field.name], field.name, field.type, entity, where));
  return { entity, key };
}

function readKeyValue(value: unknown, name: string, type: GraphQLInputType, entity: Entity, where: string): unknown {
  const label = `${where}: ${entity.type.name}`;
  if (value === undefined || value === null) {
    throw new BadUserInputError(
      `${label} has @key(fields: "${keyFieldSet(entity)}"), but "${name}" is ${value === null ? 'null' : 'missing'}. Send every key field.`,
    );
  }
  let problem: string | undefined;
  const coerced = coerceInputValue(value, type, (_path, _invalid, error) => {
    problem ??= error.message;
  });
  if (problem !== undefined) {
    throw new BadUserInputError(`${label}.${name} must be ${String(getNullableType(type))}, but got ${inspect(value)}: ${problem}`);
  }
  // What the by-key field's argument check refuses too: no UTF-8 text, so no key the database holds.
  if (typeof coerced === 'string' && findLoneSurrogate(coerced) !== -1) {
    throw new BadUserInputError(
      `${label}.${name} is not well-formed Unicode (it has a lone UTF-16 surrogate), so no row has it as its key.`,
    );
  }
  return coerced;
}
