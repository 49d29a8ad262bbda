/**
 * relgraph inside a Fastify 5 application: a route at relgraph's endpoint passes the request
 * and the reply to the handler (a graphql-yoga instance), as graphql-yoga's Fastify
 * integration does it. Run it: `npx tsx --conditions=relgraph-source examples/mounting/fastify.ts`.
 */
import Fastify from 'fastify';
import { createHandler } from 'relgraph';
import { authenticate } from './auth.js';
import { mapping } from './models.js';
import { policy } from './policy.js';
import { endpointUrl, isEntryPoint, runExample, type ExampleOptions, type RunningExample } from './runExample.js';

/**
 * @example
 * const blog = await startFastify({ driver, port: 4000 });   // blog.url: http://127.0.0.1:4000/graphql
 * await blog.close();
 */
export async function startFastify({ driver, port, host = '127.0.0.1' }: ExampleOptions): Promise<RunningExample> {
  const graphql = createHandler(mapping, {
    driver,
    policy,
    viewer: ({ request }) => authenticate(request.headers.get('authorization')),
  });

  const app = Fastify();
  // The application's own routes.
  app.get('/', async (_request, reply) => reply.type('text/plain').send('The blog. Its API is at /graphql.\n'));
  // relgraph reads the body itself (its size limit, its content-type rules), so in the scope of
  // its route Fastify parses nothing: the parser leaves the stream unread, as graphql-yoga's
  // Fastify page does for multipart uploads. The rest of the application keeps Fastify's parsers.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.route({
      url: graphql.graphqlEndpoint,
      method: ['GET', 'POST', 'OPTIONS'],
      handler: (request, reply) => graphql.handleNodeRequestAndResponse(request, reply, { req: request, reply }),
    });
  });

  await app.listen({ port, host });
  return {
    url: endpointUrl(app.server, graphql.graphqlEndpoint),
    // Fastify's close stops accepting and waits for the requests in flight; then the database.
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}

if (isEntryPoint(import.meta.url)) await runExample('Fastify', startFastify);
