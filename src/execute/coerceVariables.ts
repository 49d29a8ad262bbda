/**
 * An operation's variables, coerced once per request however many parts of relgraph need them
 * (the row estimate, the plan executor, a mutation's checks before BEGIN): remembered for the
 * request's context and its variables object. At most 20 errors, so that a hostile value
 * cannot grow the answer to megabytes of them.
 */
import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode, type VariableDefinitionNode } from 'graphql';
import { compileVariableCoercion, type VariableCoercion } from './compileVariableCoercion.js';

export type CoercedVariables = ReturnType<typeof getVariableValues>;

const noVariables: CoercedVariables = { coerced: {} };

interface Remembered {
  readonly raw: unknown;
  readonly operation: OperationDefinitionNode;
  readonly result: CoercedVariables;
}

const remembered = new WeakMap<object, Remembered>();

/**
 * @param context the request's GraphQL context: what is remembered lives as long as it does.
 *
 * @example
 * const variables = coerceVariables(schema, operation, args.variableValues, args.contextValue);
 * if (variables.errors) return { errors: variables.errors };
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: unknown,
  context: unknown,
): CoercedVariables {
  const definitions = operation.variableDefinitions ?? [];
  // graphql-js ignores variables an operation does not define: without definitions there is nothing to coerce.
  if (definitions.length === 0) return noVariables;
  const coerce = (): CoercedVariables => {
    const inputs = (raw ?? {}) as Record<string, unknown>;
    // Valid variables the quick way; anything it gives up on (errors above all) as graphql-js answers it.
    const quick = compiledFor(schema, definitions)(inputs);
    return quick ? { coerced: quick } : getVariableValues(schema, definitions, inputs, { maxErrors: 20 });
  };
  if (typeof context !== 'object' || context === null) return coerce();
  const known = remembered.get(context);
  if (known && known.raw === raw && known.operation === operation) return known.result;
  const result = coerce();
  remembered.set(context, { raw, operation, result });
  return result;
}

/** Each operation's variable definitions compiled once (an operation belongs to one schema). */
const compiled = new WeakMap<readonly VariableDefinitionNode[], { readonly schema: GraphQLSchema; readonly coerce: VariableCoercion }>();

function compiledFor(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[]): VariableCoercion {
  const known = compiled.get(definitions);
  if (known && known.schema === schema) return known.coerce;
  const coerce = compileVariableCoercion(schema, definitions);
  compiled.set(definitions, { schema, coerce });
  return coerce;
}
