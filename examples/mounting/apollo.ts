/**
 * relgraph's schema and resolvers in Apollo Server 5: the context function verifies the
 * request's user and returns relgraph's context with the application's own, and
 * `apolloGateway(relgraph)` makes Apollo execute with `relgraph.execute`, so that each mutation
 * operation is one transaction. Run it: `npx tsx --conditions=relgraph-source examples/mounting/apollo.ts`.
 */
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { apolloGateway, createRelgraph, type RelgraphContext } from 'relgraph';
import { authenticate } from './auth.js';
import { mapping } from './models.js';
import { policy, type Viewer } from './policy.js';
import { isEntryPoint, runExample, type ExampleOptions, type RunningExample } from './runExample.js';

/** relgraph's part of the context, and the application's own. */
type BlogContext = RelgraphContext & { readonly viewer: Viewer };

/**
 * @example
 * const blog = await startApollo({ driver, port: 4000 });   // blog.url: http://127.0.0.1:4000/graphql
 * await blog.close();
 */
export async function startApollo({ driver, port, host = '127.0.0.1' }: ExampleOptions): Promise<RunningExample> {
  const relgraph = createRelgraph(mapping, { driver, policy });
  const server = new ApolloServer<BlogContext>({
    // The schema comes with the gateway (Apollo takes one or the other): relgraph.schema here.
    gateway: apolloGateway(relgraph),
    // Apollo hides the stack traces of unexpected errors in production, not their messages:
    // keep relgraph's coded errors (GraphQLErrors) and mask the rest.
    formatError: (formatted, error) =>
      unwrapResolverError(error) instanceof GraphQLError
        ? formatted
        : { ...formatted, message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  });

  // The standalone server answers on every path; /graphql is as good as any.
  const { url } = await startStandaloneServer(server, {
    listen: { port, host },
    context: async ({ req }) => {
      const viewer = authenticate(req.headers.authorization);
      return { ...relgraph.createContext(viewer), viewer };
    },
  });
  return {
    url: new URL('/graphql', url).href,
    // stop() drains the HTTP server (requests in flight finish); then the database.
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

if (isEntryPoint(import.meta.url)) await runExample('Apollo Server', startApollo);
