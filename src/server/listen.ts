/**
 * Serves a relgraph handler over HTTP: a readiness probe that asks the database (and, on a
 * Galera node, whether the node is Synced), Prometheus metrics, and a clean shutdown (stop
 * accepting, finish requests in flight, close the pool).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Driver } from '../dialect/Driver.js';
import type { RelgraphServer } from './createHandler.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { checkWebSocketOptions, serveWebSockets, type WebSocketOptions } from './webSockets.js';

export interface ListenOptions {
  readonly port: number;
  readonly host?: string;
  /** Told when shutdown has to cut connections that outlived its timeout. */
  readonly logger?: Logger;
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
  /** Serves these metrics as Prometheus text at `/metrics`. */
  readonly metrics?: Metrics;
  /**
   * How long `/ready` waits for the database's answer before saying 503. Default 2 s. On a
   * MariaDB Galera node (`wsrep_on`), `/ready` also says 503 while the node is not Synced with a
   * primary component (`wsrep_ready` OFF, or joining, donating, desynced): such a node refuses
   * statements (1047) or holds them, and a load balancer should send requests elsewhere.
   */
  readonly readyTimeoutMs?: number;
  /**
   * A server already listening (e.g. one that answered `/health` while the database was not
   * up yet): it is taken over instead of a new one being created.
   */
  readonly server?: Server;
  /**
   * GraphQL over WebSocket (`graphql-ws`) at the GraphQL endpoint, for subscriptions (and any
   * operation); on whenever the handler has subscriptions. `false` leaves SSE only.
   */
  readonly webSockets?: false | WebSocketOptions;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting, waits for requests in flight (up to the timeout), closes the driver. */
  close(): Promise<void>;
}

/**
 * @example
 * const running = await listen(createHandler(Base, { driver }), driver, { port: 4000, logger: createLogger() });
 * closeOnSignals(running, logger); // SIGTERM: stop accepting, finish in flight, close the pool, exit 0
 */
export async function listen(handler: RelgraphServer, driver: Driver, options: ListenOptions): Promise<RunningServer> {
  if (options.webSockets) checkWebSocketOptions(options.webSockets);
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  // Node enforces both timeouts only when it checks its connections (every 30 s by default),
  // so the check runs often enough for the timeouts to mean what they say.
  const connectionsCheckingInterval = Math.max(100, Math.min(1000, Math.floor(headersTimeout / 2)));
  let closing: Promise<void> | undefined;
  const probes = {
    driver,
    metrics: options.metrics,
    readyTimeoutMs: options.readyTimeoutMs ?? 2000,
    isClosing: () => closing !== undefined,
    databaseReady: readinessCheck(driver),
  };
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    if (!answerProbe(request, response, probes)) void handler(request, response);
  };
  let server: Server;
  if (options.server) {
    server = options.server;
    server.requestTimeout = requestTimeout;
    server.headersTimeout = headersTimeout;
    server.removeAllListeners('request');
    server.on('request', onRequest);
  } else {
    server = createServer({ requestTimeout, headersTimeout, connectionsCheckingInterval }, onRequest);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
  }
  const webSockets =
    handler.relgraph.changes && options.webSockets !== false
      ? serveWebSockets(server, handler, { ...(options.webSockets || {}), ...(options.logger ? { logger: options.logger } : {}) })
      : undefined;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}${handler.graphqlEndpoint}`;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // Subscriptions end with an error their clients reconnect on (to another server).
      await webSockets?.close();
      await handler.relgraph.changes?.close();
      server.closeIdleConnections();
      const timeout = setTimeout(() => {
        options.logger?.warn(
          { shutdownTimeoutMs: options.shutdownTimeoutMs ?? 10_000 },
          'shutdown timeout: closing the connections still open',
        );
        server.closeAllConnections();
      }, options.shutdownTimeoutMs ?? 10_000);
      await stopped;
      clearTimeout(timeout);
      await driver.close();
    })();
    return closing;
  };
  return { server, url, close };
}

/** What `/ready` says of the database: `true`, or why it is not ready. */
type DatabaseReadiness = () => Promise<true | string>;

const statusSql = "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state_comment')";

/**
 * `SELECT 1`; on a MySQL-family server, first asks once whether it is a Galera node
 * (`wsrep_on`, absent on MySQL, OFF on a MariaDB without a cluster) and, if it is, asks its
 * wsrep status instead: ready when `wsrep_ready` is ON and the node is Synced, as Galera's
 * `clustercheck` decides. SHOW STATUS answers on a node that refuses every other statement.
 *
 * @example
 * // a node cut off from its cluster: 'the database node is not ready: wsrep_ready=OFF, state Initialized'
 */
function readinessCheck(driver: Driver): DatabaseReadiness {
  const select = (sql: string) => driver.execute({ sql, params: [], kind: 'select' });
  let galera: boolean | undefined;
  return async () => {
    // Only MySQL-family servers have wsrep variables; SQLite would not parse SHOW.
    if (driver.dialect.name !== 'mysql') {
      await select('SELECT 1');
      return true;
    }
    galera ??= (await select("SHOW VARIABLES LIKE 'wsrep\\_on'")).rows.some((row) => String(row['Value']).toUpperCase() === 'ON');
    if (!galera) {
      await select('SELECT 1');
      return true;
    }
    const status = new Map((await select(statusSql)).rows.map((row) => [String(row['Variable_name']), String(row['Value'])]));
    const ready = status.get('wsrep_ready');
    const state = status.get('wsrep_local_state_comment');
    return ready === 'ON' && state === 'Synced' ? true : `the database node is not ready: wsrep_ready=${ready}, state ${state}`;
  };
}

/**
 * `/ready` asks the database (`readinessCheck`, within a timeout) and says 503 while shutting
 * down; `/metrics` is Prometheus text. `/health` (the process is up) is graphql-yoga's. Returns
 * whether it answered.
 */
function answerProbe(
  request: IncomingMessage,
  response: ServerResponse,
  probes: {
    readonly driver: Driver;
    readonly metrics: Metrics | undefined;
    readonly readyTimeoutMs: number;
    isClosing(): boolean;
    databaseReady: DatabaseReadiness;
  },
): boolean {
  const path = request.url?.split('?')[0];
  if (path === '/ready') {
    if (probes.isClosing()) {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('shutting down');
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), probes.readyTimeoutMs);
    });
    Promise.race([probes.databaseReady(), timeout])
      .then(
        (ready) =>
          ready === true
            ? response.writeHead(200, { 'content-type': 'text/plain' }).end('ready')
            : response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '5' }).end(ready),
        () => response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '5' }).end('database unavailable'),
      )
      .finally(() => clearTimeout(timer));
    return true;
  }
  if (path === '/metrics' && probes.metrics) {
    probes.metrics.render().then(
      (text) => response.writeHead(200, { 'content-type': probes.metrics!.registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable'),
    );
    return true;
  }
  return false;
}

/**
 * Closes `running` on SIGTERM and SIGINT, then exits 0 (1 if closing failed). A second signal
 * while closing exits at once.
 */
export function closeOnSignals(running: RunningServer, logger: Logger): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting without waiting for requests in flight');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing requests in flight, then closing the database pool');
      running.close().then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, `shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
    });
  }
}
