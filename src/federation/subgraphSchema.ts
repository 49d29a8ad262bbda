/**
 * `subgraphSchema(schema, { checks })`: relgraph's executable schema as an Apollo Federation 2
 * subgraph. It is the same schema — the same type objects, resolvers and `extensions.relgraph`,
 * so the plan executor still answers relgraph's own fields — with what the subgraph spec adds to
 * the query root: `_service { sdl }` (`printSubgraphSdl`) and `_entities(representations:)`
 * (`createEntitiesResolver`), with the `_Any`, `_Entity` and `_Service` types. Operations that
 * ask for those two fields run on graphql-js.
 */
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  type GraphQLFieldConfigMap,
} from 'graphql';
import type { OperationChecks } from '../arguments/checkOperation.js';
import { createEntitiesResolver, type EntityValue } from './createEntitiesResolver.js';
import { findEntities } from './findEntities.js';
import { printSubgraphSdl, rememberSubgraphSdl } from './printSubgraphSdl.js';

export interface SubgraphSchemaOptions {
  /**
   * The operation checks of the schema's resolvers (`createResolvers(...).checks`): the
   * arguments selected under `_entities` are checked as those under a root field are.
   */
  readonly checks: OperationChecks;
}

/**
 * @example
 * const resolvers = createResolvers({ limits: defaultLimitValues });
 * const schema = subgraphSchema(buildSchema(mapping, { resolvers }), { checks: resolvers.checks });
 * // { _service { sdl } }                                                  → the SDL with @key(fields: "id")
 * // { _entities(representations: [{ __typename: "Parent", id: 1 }]) { ... on Parent { name } } }
 *
 * Most users pass `federation: true` to `createRelgraph` or `createHandler` instead.
 */
export function subgraphSchema(schema: GraphQLSchema, options: SubgraphSchemaOptions): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) throw new TypeError('subgraphSchema() expects a schema with a query type, as buildSchema() makes, but got one without.');
  if (query.getFields()['_service'])
    throw new TypeError('subgraphSchema() expects relgraph\'s own schema, but got one that has "Query._service" already.');
  const sdl = printSubgraphSdl(schema);
  const entities = findEntities(schema);
  const own = query.toConfig();
  const fields: GraphQLFieldConfigMap<unknown, any> = { ...own.fields };
  // A subgraph without entities has no `_entities` (a union needs a member), as in Apollo's own.
  if (entities.length > 0) {
    const entity = new GraphQLUnionType({
      name: '_Entity',
      types: entities.map((found) => found.type),
      resolveType: (value: EntityValue) => value.__typename,
    });
    fields['_entities'] = {
      type: new GraphQLNonNull(new GraphQLList(entity)),
      args: { representations: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(anyType))) } },
      resolve: createEntitiesResolver(entities, options.checks),
    };
  }
  fields['_service'] = { type: new GraphQLNonNull(serviceType), resolve: () => ({ sdl }) };
  const config = schema.toConfig();
  const subgraph = new GraphQLSchema({
    ...config,
    query: new GraphQLObjectType({ ...own, fields }),
    types: config.types.filter((type) => type !== query),
  });
  rememberSubgraphSdl(subgraph, sdl);
  return subgraph;
}

/** A representation, as the gateway sends it: any JSON object, read by `readRepresentations`. */
const anyType = new GraphQLScalarType({ name: '_Any', serialize: (value) => value });

const serviceType = new GraphQLObjectType({
  name: '_Service',
  fields: { sdl: { type: GraphQLString, description: "The subgraph's SDL, with its federation directives." } },
});
