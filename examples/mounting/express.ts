/**
 * relgraph inside an Express 5 application: relgraph's handler (a graphql-yoga instance) is
 * Express middleware, mounted at its endpoint next to the application's own routes, as
 * graphql-yoga's Express integration does it.
 * Run it: `npx tsx --conditions=relgraph-source examples/mounting/express.ts`.
 */
import express from 'express';
import { createHandler } from 'relgraph';
import { authenticate } from './auth.js';
import { mapping } from './models.js';
import { policy } from './policy.js';
import { closeServer, endpointUrl, isEntryPoint, runExample, type ExampleOptions, type RunningExample } from './runExample.js';

/**
 * @example
 * const blog = await startExpress({ driver, port: 4000 });   // blog.url: http://127.0.0.1:4000/graphql
 * await blog.close();
 */
export async function startExpress({ driver, port, host = '127.0.0.1' }: ExampleOptions): Promise<RunningExample> {
  const graphql = createHandler(mapping, {
    driver,
    policy,
    viewer: ({ request }) => authenticate(request.headers.get('authorization')),
  });

  const app = express();
  // relgraph reads the body itself (its size limit, its content-type rules), so it is mounted
  // before any body parser: after express.json() it would find the body already consumed.
  // `requestListener` is the handler itself, typed as the (req, res) listener Express takes.
  app.use(graphql.graphqlEndpoint, graphql.requestListener);

  // The application's own middleware and routes.
  app.use(express.json());
  app.get('/', (_req, res) => {
    res.type('text/plain').send('The blog. Its API is at /graphql.\n');
  });

  const server = app.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return { url: endpointUrl(server, graphql.graphqlEndpoint), close: () => closeServer(server, driver) };
}

if (isEntryPoint(import.meta.url)) await runExample('Express', startExpress);
