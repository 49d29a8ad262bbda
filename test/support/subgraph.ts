/**
 * For the federation tests: a tiny second subgraph ("ratings", `@apollo/subgraph` under Apollo
 * Server on a free loopback port) that extends relgraph's `Parent` with `rating` and hands Parent
 * references back to relgraph through `featuredParents(ids:)`; and an Apollo Gateway in front of
 * subgraphs that composes them from their `_service { sdl }` (IntrospectAndCompose).
 */
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** `Parent` keyed by `id`, as relgraph declares it, plus one field of this subgraph's own. */
export const ratingsTypeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Parent @key(fields: "id") {
    id: Int!
    rating: String
  }

  type Query {
    "Parent references, answered by relgraph's _entities."
    featuredParents(ids: [Int!]!): [Parent!]!
  }
`;

/** What the ratings subgraph answers for Parent `id`. */
export const ratingOf = (id: number): string => `rating ${id}`;

export interface RunningSubgraph {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * @example
 * const ratings = await startRatingsSubgraph();
 * composeServices([{ name: 'ratings', typeDefs: parse(ratingsTypeDefs), url: ratings.url }, ...]);
 */
export async function startRatingsSubgraph(): Promise<RunningSubgraph> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(ratingsTypeDefs),
    resolvers: {
      Query: { featuredParents: (_source: unknown, { ids }: { ids: number[] }) => ids.map((id) => ({ id })) },
      Parent: {
        __resolveReference: (reference: { id: number }) => ({ id: reference.id }),
        rating: (parent: { id: number }) => ratingOf(parent.id),
      },
    } as never,
  });
  // No usage reporting to Apollo's cloud, and no log line saying so.
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, close: () => server.stop() };
}

export interface RunningGateway {
  /** Runs one operation through the gateway (no HTTP between the test and the gateway). */
  execute(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: ReadonlyArray<{ message: string }> }>;
  close(): Promise<void>;
}

/**
 * @example
 * const gateway = await startGateway([{ name: 'relgraph', url: relgraphUrl }, { name: 'ratings', url: ratings.url }]);
 * await gateway.execute('{ featuredParents(ids: [1, 2]) { name rating } }');
 */
export async function startGateway(subgraphs: ReadonlyArray<{ name: string; url: string }>): Promise<RunningGateway> {
  const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs: [...subgraphs] }) });
  const server = new ApolloServer({ gateway });
  await server.start();
  return {
    async execute(query, variables) {
      const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
      if (response.body.kind !== 'single') throw new Error('The gateway answered with an incremental response.');
      return response.body.singleResult;
    },
    close: () => server.stop(),
  };
}
