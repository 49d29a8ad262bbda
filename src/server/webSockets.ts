/**
 * GraphQL over WebSocket (the `graphql-transport-ws` protocol, through `graphql-ws`) on the
 * GraphQL endpoint of a `listen()` server, beside GraphQL over SSE, which yoga serves itself.
 * Each operation goes through yoga's envelop — the same limits, context, viewer and executor as
 * over HTTP. What HTTP had and a socket lacks is added here: a browser page of another origin may
 * not connect (CORS does not cover WebSockets, so without this any site could subscribe with its
 * visitors' cookies), a heartbeat finds dead peers, a connection holds a bounded number of
 * subscriptions, and a client that does not read its socket is cut off rather than buffered for.
 */
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { ErrorCode } from '../errors/codes.js';
import type { RelgraphServer } from './createHandler.js';
import type { Logger } from './logger.js';
import { checkCounts } from '../util/checkCounts.js';

export interface WebSocketOptions {
  /** Subscriptions one connection may hold at once. Default 100. */
  readonly maxSubscriptionsPerConnection?: number;
  /** A ping every so often; a peer that has not answered the previous one is closed. Default 12 s (yoga's SSE ping). */
  readonly heartbeatMs?: number;
  /** Bytes waiting in one socket's send buffer beyond which the client is cut off. Default 8 MiB. */
  readonly maxBufferedBytes?: number;
  readonly logger?: Logger;
}

export interface WebSocketEndpoint {
  close(): Promise<void>;
}

/** Close codes of `graphql-ws` are 4400–4499 for the client's faults; this one says it read too slowly. */
const tooSlow = 4429;

/** Throws, naming the option, when a figure is not a positive integer: before anything listens. */
export function checkWebSocketOptions(options: WebSocketOptions): void {
  checkCounts('listen(): webSockets', options, ['maxSubscriptionsPerConnection', 'heartbeatMs', 'maxBufferedBytes']);
}

export function serveWebSockets(server: Server, handler: RelgraphServer, options: WebSocketOptions = {}): WebSocketEndpoint {
  checkWebSocketOptions(options);
  const maxPerConnection = options.maxSubscriptionsPerConnection ?? 100;
  const maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  const allowed = handler.allowedOrigins;
  const sockets = new WebSocketServer({
    server,
    path: handler.graphqlEndpoint,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) => originAllowed(origin, req, allowed),
  });
  const disposable = useServer(
    {
      onSubscribe: async (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > maxPerConnection) {
          return [
            new GraphQLError(`This connection has ${maxPerConnection} operations open, its limit; complete some first.`, {
              extensions: { code: ErrorCode.SUBSCRIPTION_LIMIT },
            }),
          ];
        }
        const request = ctx.extra.request;
        const { schema, execute, subscribe, contextFactory, parse, validate } = handler.getEnveloped({
          // What the viewer function reads over HTTP: the upgrade request's headers (cookies, authorization).
          request: fetchRequest(request),
          params: payload,
          connectionParams: ctx.connectionParams,
          req: request,
          socket: ctx.extra.socket,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        return args;
      },
      execute: (args: ExecutionArgs) => (args.rootValue as { execute: (a: ExecutionArgs) => unknown }).execute(args) as never,
      subscribe: (args: ExecutionArgs) => (args.rootValue as { subscribe: (a: ExecutionArgs) => unknown }).subscribe(args) as never,
      onNext: (ctx) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > maxBuffered) {
          options.logger?.warn({ bufferedBytes: socket.bufferedAmount }, 'closing a WebSocket whose client does not read its messages');
          socket.close(tooSlow, 'The client reads too slowly; reconnect.');
        }
      },
    },
    sockets,
  );
  const heartbeat = startHeartbeat(sockets, options.heartbeatMs ?? 12_000);
  return {
    close: async () => {
      clearInterval(heartbeat);
      for (const socket of sockets.clients) socket.close(1001, 'The server is shutting down.');
      await disposable.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

/**
 * No `Origin` (not a browser), the page's own origin, or one of `corsOrigins`. WebSockets are
 * not subject to CORS: the check a browser does for fetch is the server's to do here.
 */
function originAllowed(origin: string | undefined, request: IncomingMessage, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** A Fetch `Request` with the upgrade request's URL and headers. */
function fetchRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, { headers });
}

const alive = new WeakSet<WebSocket>();

function startHeartbeat(sockets: WebSocketServer, everyMs: number): NodeJS.Timeout {
  sockets.on('connection', (socket: WebSocket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });
  const timer = setInterval(() => {
    for (const socket of sockets.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, everyMs);
  timer.unref();
  return timer;
}
