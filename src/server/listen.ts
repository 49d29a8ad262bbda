/**
 * Serves a relgraph handler over HTTP: request logging, a readiness probe that asks the
 * database, and a clean shutdown (stop accepting, finish requests in flight, close the pool).
 */
import { createServer, type Server } from 'node:http';
import type { Driver } from '../dialect/Driver.js';
import type { RelgraphServer } from './createHandler.js';
import type { Logger } from './logger.js';

export interface ListenOptions {
  readonly port: number;
  readonly host?: string;
  readonly logger: Logger;
  /** How long requests in flight may take to finish after SIGTERM. Default 10 s. */
  readonly shutdownTimeoutMs?: number;
  /**
   * How long a client may take to send a whole request, headers and body; a slower one gets
   * 408 and its socket is closed (reliability.md S4, slow-body clients). Default 30 s; Node's
   * own default is 5 minutes.
   */
  readonly requestTimeoutMs?: number;
  /** How long a client may take to send the request headers. Default 10 s (Node: 60 s). */
  readonly headersTimeoutMs?: number;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting, waits for requests in flight (up to the timeout), closes the driver. */
  close(): Promise<void>;
}

export async function listen(handler: RelgraphServer, driver: Driver, options: ListenOptions): Promise<RunningServer> {
  const { logger } = options;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  // Node enforces both timeouts only when it checks its connections (every 30 s by default),
  // so the check runs often enough for the timeouts to mean what they say.
  const connectionsCheckingInterval = Math.max(100, Math.min(1000, Math.floor(headersTimeout / 2)));
  const server = createServer({ requestTimeout, headersTimeout, connectionsCheckingInterval }, (request, response) => {
    const started = performance.now();
    response.on('finish', () => {
      logger.info(`${request.method} ${request.url} ${response.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    });
    if (request.url === '/ready') {
      // Readiness asks the database; /health (yoga's) only says the process is up.
      driver.execute({ sql: 'SELECT 1', params: [], kind: 'select' }).then(
        () => response.writeHead(200, { 'content-type': 'text/plain' }).end('ready'),
        () => response.writeHead(503, { 'content-type': 'text/plain' }).end('database unavailable'),
      );
      return;
    }
    void handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}${handler.graphqlEndpoint}`;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timeout = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
      await stopped;
      clearTimeout(timeout);
      await driver.close();
    })();
    return closing;
  };
  return { server, url, close };
}

/** Closes `running` on SIGTERM and SIGINT, then exits. */
export function closeOnSignals(running: RunningServer, logger: Logger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info(`${signal}: finishing requests in flight, then closing the database pool.`);
      running.close().then(() => process.exit(0), (error: unknown) => {
        logger.error(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      });
    });
  }
}
