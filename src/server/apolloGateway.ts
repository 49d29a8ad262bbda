/**
 * `apolloGateway(relgraph)`: Apollo Server's `gateway` option, implemented to serve one schema
 * and execute with `relgraph.execute`, so that under Apollo Server too each mutation operation
 * is one unit of work in one transaction. Apollo Server has no option that replaces `execute`;
 * its `gateway` interface (`@apollo/server-gateway-interface`, made for Apollo Gateway) is the
 * public way to supply an executor, and envelop's Apollo Server example uses it the same way.
 * Only structural types here: relgraph does not depend on `@apollo/server`.
 */
import { printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Relgraph } from './createRelgraph.js';

export interface ApolloGatewayOptions {
  /**
   * The schema Apollo Server serves: default `relgraph.schema`, or relgraph's merged with your
   * own types (`mergeSchemas` from `@graphql-tools/schema`). Apollo takes the schema from the
   * gateway, so pass it here rather than as `new ApolloServer({ schema })`.
   */
  readonly schema?: GraphQLSchema;
}

/** What Apollo Server gives a gateway's executor for one operation; the parts relgraph reads of its `GatewayGraphQLRequestContext`. */
export interface ApolloGatewayRequest {
  readonly request: { readonly variables?: Record<string, any> };
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | null;
  /** The context Apollo Server's `context` function returned. */
  readonly context: object;
}

export type ApolloGatewayExecutor = (request: ApolloGatewayRequest) => Promise<ExecutionResult>;

/** Apollo Server's `GatewayInterface`, structurally. */
export interface ApolloGateway {
  load(options: { readonly apollo: unknown }): Promise<{ readonly executor: ApolloGatewayExecutor }>;
  onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void): () => void;
  stop(): Promise<void>;
}

/**
 * Apollo Server still parses, validates, runs its plugins (`willResolveField` included) and
 * formats errors; only execution is relgraph's. The gateway does not close the driver:
 * `await server.stop()`, then `await driver.close()`.
 *
 * @example
 * const relgraph = createRelgraph(Base, { driver, policy });
 * const server = new ApolloServer<AppContext>({ gateway: apolloGateway(relgraph) });
 * await startStandaloneServer(server, {
 *   context: async ({ req }) => {
 *     const user = await verify(req.headers.authorization);
 *     return { ...relgraph.createContext(user), user };
 *   },
 * });
 */
export function apolloGateway(relgraph: Relgraph, options: ApolloGatewayOptions = {}): ApolloGateway {
  const schema = options.schema ?? relgraph.schema;
  const executor: ApolloGatewayExecutor = async (request) => {
    if (!hasRelgraphContext(request.context)) {
      throw new TypeError(
        'apolloGateway(): the GraphQL context has no "relgraph" property, so relgraph\'s resolvers cannot run. Return { ...relgraph.createContext(viewer), ... } from ApolloServer\'s context function.',
      );
    }
    return relgraph.execute({
      schema: request.schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables ?? null,
      operationName: request.operationName,
    });
  };
  return {
    async load() {
      return { executor };
    },
    // Apollo Server subscribes before it loads, and needs the schema right away: there is one,
    // and it never changes.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

function hasRelgraphContext(context: object): boolean {
  return typeof (context as { relgraph?: unknown }).relgraph === 'object' && (context as { relgraph?: unknown }).relgraph !== null;
}
