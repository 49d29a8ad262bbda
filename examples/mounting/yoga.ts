/**
 * relgraph's schema and resolvers in a graphql-yoga server of your own: `createRelgraph` gives
 * the schema, `useRelgraph` adds relgraph's per-request context and its transactional execute,
 * and `mergeSchemas` puts your own types and fields next to relgraph's (`Query.me`,
 * `Post.readingMinutes`). Run it: `npx tsx --conditions=relgraph-source examples/mounting/yoga.ts`.
 */
import { createServer } from 'node:http';
import { mergeSchemas } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import { createRelgraph, useRelgraph } from 'relgraph';
import { authenticate } from './auth.js';
import { mapping } from './models.js';
import { policy, type Viewer } from './policy.js';
import { closeServer, endpointUrl, isEntryPoint, runExample, type ExampleOptions, type RunningExample } from './runExample.js';

/** The application's own context: the verified viewer, for its resolvers and for relgraph's policy. */
interface BlogContext {
  readonly viewer: Viewer;
}

const ownTypes = /* GraphQL */ `
  type Me {
    role: String!
    name: String
  }
  extend type Query {
    "Who the server thinks you are."
    me: Me!
  }
  extend type Post {
    "Minutes to read the body, at 200 words a minute."
    readingMinutes: Int!
  }
`;

/**
 * @example
 * const blog = await startYoga({ driver, port: 4000 });   // blog.url: http://127.0.0.1:4000/graphql
 * await blog.close();
 */
export async function startYoga({ driver, port, host = '127.0.0.1' }: ExampleOptions): Promise<RunningExample> {
  const relgraph = createRelgraph(mapping, { driver, policy });
  const schema = mergeSchemas({
    schemas: [relgraph.schema],
    typeDefs: ownTypes,
    resolvers: {
      Query: { me: (_root: unknown, _args: unknown, context: BlogContext) => context.viewer },
      Post: { readingMinutes: (post: { body: string | null }) => Math.max(1, Math.ceil((post.body ?? '').split(/\s+/).length / 200)) },
    },
  });

  const yoga = createYoga<Record<string, unknown>, BlogContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // Yoga builds this context before any plugin's part, so relgraph's viewer can come from it.
    context: ({ request }) => ({ viewer: authenticate(request.headers.get('authorization')) }),
    plugins: [useRelgraph<BlogContext>(relgraph, { viewer: (context) => context.viewer })],
  });

  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { url: endpointUrl(server, yoga.graphqlEndpoint), close: () => closeServer(server, driver) };
}

if (isEntryPoint(import.meta.url)) await runExample('a graphql-yoga server of its own', startYoga);
