/**
 * Subscriptions over the wire (issue 18), with each protocol's own client against a real
 * `listen()` server: GraphQL over SSE (`graphql-sse`, served by yoga) and GraphQL over WebSocket
 * (`graphql-ws`). On every test dialect: a mutation sent over HTTP reaches both; a WebSocket
 * from a foreign origin is refused; a connection holds a bounded number of subscriptions; a
 * peer that stops answering pings is closed; shutting down ends the subscriptions with an error.
 */
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { createHandler } from '../../src/server/createHandler.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { configure } from '../../src/session/configure.js';
import { createTestDriver, DIALECTS, type TestDriver } from '../support/index.js';
import { endedWith, inbox } from '../support/inbox.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  parentId: Column('parent_id', Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});

for (const dialect of DIALECTS) {
  describe(`subscription transports on ${dialect.name}`, () => {
    let driver: TestDriver;
    let running: RunningServer;
    let httpUrl: string;
    let wsUrl: string;

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      await createAll(configure(Base), driver);
      const handler = createHandler(Base, { driver, logging: false });
      running = await listen(handler, driver, {
        port: 0,
        host: '127.0.0.1',
        webSockets: { maxSubscriptionsPerConnection: 2, heartbeatMs: 100 },
      });
      httpUrl = running.url;
      wsUrl = running.url.replace(/^http/, 'ws');
    });
    afterAll(async () => {
      await running?.close();
    });

    const mutate = async (query: string) => {
      const response = await fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
    };
    const wsClient = (): WsClient => createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });

    it('delivers over SSE and over WebSocket the mutation another client sent over HTTP', async () => {
      const sse = createSseClient({ url: httpUrl, retryAttempts: 0 });
      const ws = wsClient();
      const overSse = inbox();
      const overWs = inbox();
      const query = 'subscription { parentChanged { operation id parent { name children { name } } } }';
      const stopSse = sse.subscribe({ query }, overSse.sink);
      const stopWs = ws.subscribe({ query }, overWs.sink);
      // Both are listening once a first mutation reaches both; the following ones must arrive in order.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await mutate('mutation { createParent(input: { id: 1, name: "a", children: { create: [{ id: 10, name: "c" }] } }) { id } }');
      await mutate('mutation { updateParent(id: 1, input: { name: "b" }) { id } }');
      for (const box of [overSse, overWs]) {
        expect(await box.next()).toEqual({
          next: { data: { parentChanged: { operation: 'CREATED', id: 1, parent: { name: 'a', children: [{ name: 'c' }] } } } },
        });
        expect(await box.next()).toEqual({
          next: { data: { parentChanged: { operation: 'UPDATED', id: 1, parent: { name: 'b', children: [{ name: 'c' }] } } } },
        });
      }
      stopSse();
      stopWs();
      sse.dispose();
      await ws.dispose();
    });

    it('lets a browser EventSource GET a subscription without a CSRF header, and nothing else', async () => {
      const get = (query: string) => fetch(`${httpUrl}?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/event-stream' } });
      const refused = await get('{ parents { id } }');
      expect(refused.status).toBe(403);
      expect(JSON.stringify(await refused.json())).toContain('BAD_REQUEST');
      const controller = new AbortController();
      const stream = await fetch(`${httpUrl}?query=${encodeURIComponent('subscription { parentChanged { id } }')}`, {
        headers: { accept: 'text/event-stream' },
        signal: controller.signal,
      });
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      controller.abort();
    });

    it('answers a subscription asked for as one JSON answer with 406, saying how to subscribe', async () => {
      const reply = await fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: 'subscription { parentChanged { id } }' }),
      });
      expect(reply.status).toBe(406);
      const body = (await reply.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]?.message).toContain('Accept text/event-stream (GraphQL over SSE), or subscribe over a WebSocket at /graphql');
    });

    it('refuses a WebSocket opened by a page of another origin, and accepts its own', async () => {
      const status = await new Promise<number | 'open'>((resolve) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin: 'https://evil.example' });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
      });
      expect(status).toBe(401);
      const own = await new Promise<string>((resolve) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin: new URL(httpUrl).origin });
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
        socket.on('unexpected-response', (_request, response) => resolve(String(response.statusCode)));
      });
      expect(own).toBe('open');
    });

    it('holds a connection to its number of subscriptions', async () => {
      const ws = wsClient();
      const boxes = [inbox(), inbox(), inbox()];
      const stops = boxes.map((box) => ws.subscribe({ query: 'subscription { childChanged { id } }' }, box.sink));
      expect(endedWith(await boxes[2]!.next())).toBe('SUBSCRIPTION_LIMIT');
      await mutate('mutation { createChild(input: { id: 20, name: "x" }) { id } }');
      expect(await boxes[0]!.next()).toEqual({ next: { data: { childChanged: { id: 20 } } } });
      for (const stop of stops) stop();
      await ws.dispose();
    });

    it('refuses a WebSocket limit that is not a positive integer before it listens', async () => {
      const handler = createHandler(Base, { driver, logging: false, subscriptions: false });
      await expect(listen(handler, driver, { port: 0, host: '127.0.0.1', webSockets: { heartbeatMs: -1 } })).rejects.toThrow(
        'listen(): webSockets.heartbeatMs expects a whole number of at least 1, but got: -1.',
      );
    });

    it('closes a peer that stops answering the heartbeat', async () => {
      const closed = await new Promise<number | 'still open'>((resolve) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { autoPong: false });
        const timer = setTimeout(() => resolve('still open'), 3000);
        socket.on('close', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
      // Terminated without a closing handshake: the client sees 1006.
      expect(closed).toBe(1006);
    });
  });
}
