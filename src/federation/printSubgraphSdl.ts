/**
 * The SDL a Federation 2 subgraph answers in `_service { sdl }`: relgraph's own schema with
 * `@key` on every model type, `@shareable` on the object types that are not entities (page info,
 * connections, aggregates: the value types two relgraph subgraphs would both declare), and the
 * `@link` that imports both. Checked and printed by `@apollo/subgraph`, as Apollo's own subgraphs are.
 */
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  parse,
  printSchema,
  type DefinitionNode,
  type ConstDirectiveNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { findEntities, keyFieldSet } from './findEntities.js';

/** The Federation version relgraph's subgraphs declare (Apollo Federation docs, "Federation 2 subgraph"). */
export const federationSpecUrl = 'https://specs.apollo.dev/federation/v2.3';

/** The SDL of each schema `subgraphSchema` made, so that it is printed once. */
const printed = new WeakMap<GraphQLSchema, string>();

/** For `subgraphSchema`: the schema answers `_service { sdl }` with this SDL. */
export function rememberSubgraphSdl(schema: GraphQLSchema, sdl: string): void {
  printed.set(schema, sdl);
}

/**
 * The subgraph SDL of relgraph's schema (`buildSchema`'s, with or without resolvers), or the SDL
 * a schema made by `subgraphSchema` answers. For `rover subgraph publish --schema`, without a
 * running server.
 *
 * @example
 * printSubgraphSdl(buildSchema(configure(Base)))
 * // extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
 * // type Parent @key(fields: "id") { id: Int! ... }
 * // type Association @key(fields: "leftId rightId") { leftId: Int! rightId: Int! ... }
 *
 * @throws Error when `@apollo/subgraph` refuses the SDL (a model type named like a federation
 *   type, such as `_Service`).
 */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const known = printed.get(schema);
  if (known !== undefined) return known;
  const keys = new Map(findEntities(schema).map((entity) => [entity.type.name, keyFieldSet(entity)]));
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((type) => type?.name));
  const withDirectives = (definition: DefinitionNode): DefinitionNode => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || roots.has(definition.name.value)) return definition;
    const fields = keys.get(definition.name.value);
    const directive = fields === undefined ? shareableDirective : keyDirective(fields);
    return { ...definition, directives: [...(definition.directives ?? []), directive] } satisfies ObjectTypeDefinitionNode;
  };
  const own = parse(printSchema(schema), { noLocation: true });
  const link = parse(`extend schema @link(url: "${federationSpecUrl}", import: ["@key", "@shareable"])`, { noLocation: true });
  const typeDefs = { ...own, definitions: [...link.definitions, ...own.definitions.map(withDirectives)] };
  let subgraph: GraphQLSchema;
  try {
    subgraph = buildSubgraphSchema({ typeDefs });
  } catch (error) {
    throw new Error(`The schema cannot be served as a federation subgraph: ${(error as Error).message}`, { cause: error });
  }
  return printSubgraphSchema(subgraph);
}

const shareableDirective: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'shareable' } };

function keyDirective(fields: string): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: fields } }],
  };
}
