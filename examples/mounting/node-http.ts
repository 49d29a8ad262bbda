/**
 * relgraph inside an existing Node HTTP server: the server keeps its own routes and hands
 * `/graphql` to relgraph's handler, which is a graphql-yoga instance and so a Node request
 * listener. Run it: `npx tsx --conditions=relgraph-source examples/mounting/node-http.ts`.
 */
import { createServer } from 'node:http';
import { createHandler } from 'relgraph';
import { authenticate } from './auth.js';
import { mapping } from './models.js';
import { policy } from './policy.js';
import { closeServer, endpointUrl, isEntryPoint, runExample, type ExampleOptions, type RunningExample } from './runExample.js';

/**
 * @example
 * const blog = await startNodeHttp({ driver, port: 4000 });   // blog.url: http://127.0.0.1:4000/graphql
 * await blog.close();
 */
export async function startNodeHttp({ driver, port, host = '127.0.0.1' }: ExampleOptions): Promise<RunningExample> {
  const graphql = createHandler(mapping, {
    driver,
    policy,
    // The viewer comes from the token the server verified, never from what a header claims.
    viewer: ({ request }) => authenticate(request.headers.get('authorization')),
  });

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === graphql.graphqlEndpoint) {
      void graphql(req, res);
      return;
    }
    // The application's own routes.
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('The blog. Its API is at /graphql.\n');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { url: endpointUrl(server, graphql.graphqlEndpoint), close: () => closeServer(server, driver) };
}

if (isEntryPoint(import.meta.url)) await runExample('a Node HTTP server', startNodeHttp);
