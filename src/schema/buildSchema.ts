/**
 * `buildSchema(mapping)`: the whole GraphQL surface of `docs/graphql-surface.md` from the
 * mapped models. Without resolvers it is the schema `relgraph generate` prints; the server
 * passes resolvers in.
 */
import { GraphQLSchema, printSchema } from 'graphql';
import { createInflection, type Inflection } from '../inflect/inflection.js';
import type { Mapping } from '../mapper/index.js';
import { mutationType, queryType } from './rootFields.js';
import { subscriptionType } from './subscriptionType.js';
import { SchemaContext, scalarOrigin } from './SchemaContext.js';
import type { SchemaResolvers } from './SchemaResolvers.js';

export interface BuildSchemaOptions {
  /** Replaces some of the generated names. */
  readonly inflection?: Partial<Inflection>;
  readonly resolvers?: SchemaResolvers;
}

/**
 * @example
 * const schema = buildSchema(configure(Base));
 * printSchema(schema) // type Parent { id: Int!  children(where: ChildWhere, ...): [Child!]! } ...
 *
 * @throws MappingError with code `name-clash` when two declarations generate one name.
 */
export function buildSchema(mapping: Mapping, options: BuildSchemaOptions = {}): GraphQLSchema {
  const context = new SchemaContext(mapping, createInflection(options.inflection), options.resolvers);
  // Every schema has these (introspection uses String and Boolean; list arguments use Int).
  for (const scalar of ['Int', 'String', 'Boolean']) context.names.register(scalar, scalarOrigin(scalar));
  const query = queryType(context);
  const mutation = mutationType(context);
  const subscription = subscriptionType(context);
  let schema: GraphQLSchema;
  try {
    // Collecting the types runs every field thunk, so every name is registered after this.
    schema = new GraphQLSchema({ query, ...(mutation ? { mutation } : {}), ...(subscription ? { subscription } : {}) });
  } catch (error) {
    // graphql-js refuses two types of one name; the registry can say which declarations they came from.
    context.names.throwIfAny();
    throw error;
  }
  context.names.throwIfAny();
  return schema;
}

/**
 * The SDL of the schema: the roots, then each model's types in declaration order, fields and
 * arguments as declared (the order is deterministic, so golden files diff cleanly).
 *
 * @example
 * printSchemaSdl(buildSchema(configure(Base))) // '"""..."""\ntype Child { ... }'
 */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
