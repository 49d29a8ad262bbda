/**
 * Apollo Server over relgraph's schema without `apolloGateway`: Apollo executes with plain
 * graphql-js, so no operation-wide unit of work exists and each mutation field opens its own.
 * The mounting tests use it for that fallback; otherwise it is `examples/mounting/apollo.ts`.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createRelgraph, type RelgraphContext } from 'relgraph';
import { authenticate } from '../../../examples/mounting/auth.js';
import { mapping } from '../../../examples/mounting/models.js';
import { policy } from '../../../examples/mounting/policy.js';
import type { ExampleOptions, RunningExample } from '../../../examples/mounting/runExample.js';

/**
 * @example
 * const plain = await startPlainApollo({ driver, port: 0 });
 */
export async function startPlainApollo({ driver, port, host = '127.0.0.1' }: ExampleOptions): Promise<RunningExample> {
  const relgraph = createRelgraph(mapping, { driver, policy });
  const server = new ApolloServer<RelgraphContext>({ schema: relgraph.schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host },
    context: async ({ req }) => relgraph.createContext(authenticate(req.headers.authorization)),
  });
  return {
    url: new URL('/graphql', url).href,
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
}
