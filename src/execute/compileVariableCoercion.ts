/**
 * A faster way to the same coerced variables graphql-js's `getVariableValues` gives, for
 * variables that are valid: compiled once per operation's variable definitions, it walks the
 * value with one closure per input type instead of graphql-js's generic walk (a path object per
 * item, `Object.values(getFields())` per object, `instanceof` checks), which was a sixth of a
 * 1,000-key mutation's CPU (`docs/execution.md`). Leaf values go through the type's own
 * `parseValue`, defaults through graphql-js's `valueFromAST`, so every value comes out as
 * graphql-js makes it, objects' keys in the type's field order.
 *
 * It never reports an error: at the first value it would refuse (a missing or null required
 * value, a wrong type, an unknown field, a `@oneOf` type, nesting deep enough to exhaust the
 * stack) it gives up, and the caller asks graphql-js, whose answer, errors and all, is then the
 * answer. A differential test holds the two to the same results.
 */
import {
  isInputObjectType,
  isInputType,
  isLeafType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';

/** A coercion that gave up: the caller asks graphql-js. */
const refused: unique symbol = Symbol('refused');

type Coerce = (value: unknown) => unknown;

/** The coerced variables, or undefined when graphql-js must answer (an error, or an input not handled here). */
export type VariableCoercion = (inputs: Readonly<Record<string, unknown>>) => Record<string, unknown> | undefined;

/**
 * @example
 * const coerce = compileVariableCoercion(schema, operation.variableDefinitions ?? []);
 * coerce({ tags: [{ id: 1 }, { id: 2 }] }) // { tags: [{ id: 1 }, { id: 2 }] }, as getVariableValues' `coerced`
 * coerce({ tags: [{ id: 'x' }] })          // undefined: graphql-js reports the error
 */
export function compileVariableCoercion(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[]): VariableCoercion {
  const byType = new Map<GraphQLInputType, Coerce>();
  const variables = definitions.map((definition) => {
    const type = typeFromAST(schema, definition.type);
    const input = type && isInputType(type) ? type : undefined;
    return {
      name: definition.variable.name.value,
      type: input,
      coerce: input ? coercerOf(input, byType) : undefined,
      nonNull: input !== undefined && isNonNullType(input),
      default: definition.defaultValue,
    };
  });
  return (inputs) => {
    const coerced: Record<string, unknown> = {};
    for (const variable of variables) {
      if (!variable.type || !variable.coerce) return undefined;
      if (!Object.hasOwn(inputs, variable.name)) {
        if (variable.default) coerced[variable.name] = valueFromAST(variable.default, variable.type);
        else if (variable.nonNull) return undefined;
        continue;
      }
      let value: unknown;
      try {
        value = variable.coerce(inputs[variable.name]);
      } catch {
        // A value nested past the stack: graphql-js meets the same, and the caller handles its answer.
        return undefined;
      }
      if (value === refused) return undefined;
      coerced[variable.name] = value;
    }
    return coerced;
  };
}

/** One closure per input type, made once; an input object's fields are bound lazily (input types may refer to themselves). */
function coercerOf(type: GraphQLInputType, made: Map<GraphQLInputType, Coerce>): Coerce {
  const known = made.get(type);
  if (known) return known;
  let coerce: Coerce;
  if (isNonNullType(type)) {
    const inner = coercerOf(type.ofType, made);
    coerce = (value) => (value === null || value === undefined ? refused : inner(value));
  } else if (isListType(type)) {
    const item = coercerOf(type.ofType, made);
    coerce = (value) => {
      if (value === null || value === undefined) return null;
      // graphql-js takes any iterable object as a list, and anything else as a list of one.
      if (!Array.isArray(value)) {
        if (typeof value === 'object' && Symbol.iterator in value) return refused;
        const single = item(value);
        return single === refused ? refused : [single];
      }
      const list = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        const coerced = item(value[i]);
        if (coerced === refused) return refused;
        list[i] = coerced;
      }
      return list;
    };
  } else if (isInputObjectType(type)) {
    if (type.isOneOf) {
      coerce = () => refused;
    } else {
      let fields: Array<{ readonly name: string; readonly coerce: Coerce; readonly defaultValue: unknown; readonly nonNull: boolean }>;
      let names: ReadonlySet<string>;
      coerce = (value) => {
        if (value === null || value === undefined) return null;
        if (typeof value !== 'object' || Array.isArray(value)) return refused;
        if (!fields) {
          const defined = Object.values(type.getFields());
          fields = defined.map((field) => ({
            name: field.name,
            coerce: coercerOf(field.type, made),
            defaultValue: field.defaultValue,
            nonNull: isNonNullType(field.type),
          }));
          names = new Set(defined.map((field) => field.name));
        }
        const given = value as Record<string, unknown>;
        let seen = 0;
        const result: Record<string, unknown> = {};
        for (const field of fields) {
          const fieldValue = given[field.name];
          if (fieldValue === undefined) {
            if (field.defaultValue !== undefined) result[field.name] = field.defaultValue;
            else if (field.nonNull) return refused;
            if (Object.hasOwn(given, field.name)) seen++;
            continue;
          }
          seen++;
          const coerced = field.coerce(fieldValue);
          if (coerced === refused) return refused;
          result[field.name] = coerced;
        }
        // A key the type does not define: graphql-js names it in an error.
        const keys = Object.keys(given);
        if (keys.length !== seen) {
          for (const key of keys) if (!names.has(key)) return refused;
        }
        return result;
      };
    }
  } else if (isLeafType(type)) {
    // Scalars and enums alike: their own parseValue, as graphql-js calls it (its `hideSuggestions` only shapes errors).
    coerce = (value) => {
      if (value === null || value === undefined) return null;
      let parsed: unknown;
      try {
        parsed = type.parseValue(value);
      } catch {
        return refused;
      }
      return parsed === undefined ? refused : parsed;
    };
  } else {
    coerce = () => refused;
  }
  made.set(type, coerce);
  return coerce;
}
