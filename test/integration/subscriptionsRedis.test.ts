/**
 * Subscriptions across replicas (issue 18): a real `redis-server` on a free loopback port, two
 * relgraph servers over one MariaDB, each with `redisChangeChannel`. A mutation on server A
 * reaches a subscriber on server B; changes to one row arrive in the order they were committed,
 * whichever server committed them; killing Redis ends the subscriptions with PUBSUB_UNAVAILABLE
 * while both servers go on answering, and once Redis is back a new subscription hears again.
 * A Redis that does not answer at startup fails `redisChangeChannel`, naming the URL.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Column, Integer, String as Str, declarativeBase } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { createDriver } from '../../src/dialect/createDriver.js';
import type { Driver } from '../../src/dialect/Driver.js';
import { redisChangeChannel } from '../../src/live/redisChangeChannel.js';
import { createHandler } from '../../src/server/createHandler.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { configure } from '../../src/session/configure.js';
import { deadPort } from '../support/cliProcess.js';
import { createTestDriver, type TestDriver } from '../support/index.js';
import { endedWith, inbox } from '../support/inbox.js';
import { startRedis, type RedisServer } from '../support/redisServer.js';
import { commandFor, mariadbFor } from '../support/requireDialect.js';

const Base = declarativeBase();
Base.model('Counter', {
  tableName: 'counter',
  id: Column(Integer, { primaryKey: true }),
  value: Column(Integer),
  label: Column(Str(20)),
});

const subject = 'subscriptions through Redis across two servers';
const mariadb = mariadbFor(subject);
const redisServer = commandFor('redis-server', subject, 'apt-get install redis-server');

/** A graphql-ws subscription whose results (and its end) are awaited one by one. */
function subscribeTo(client: Client, query: string) {
  const box = inbox();
  return { stop: client.subscribe({ query }, box.sink), next: box.next };
}

describe.skipIf(!mariadb || !redisServer)(subject, () => {
  let redis: RedisServer;
  let first: TestDriver;
  let drivers: Driver[] = [];
  let servers: RunningServer[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = await startRedis(redisServer!);
    first = await createTestDriver(mariadb!);
    await createAll(configure(Base), first);
    // Two servers, two pools, one database: as two replicas behind a load balancer.
    drivers = [await createDriver(first.url), await createDriver(first.url)];
    servers = await Promise.all(
      drivers.map(async (driver) => {
        const channel = await redisChangeChannel(redis.url);
        const handler = createHandler(Base, { driver, logging: false, subscriptions: { channel } });
        return listen(handler, driver, { port: 0, host: '127.0.0.1' });
      }),
    );
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const server of servers) await server.close().catch(() => {});
    await redis?.stop();
    await first?.drop();
  });

  const wsClient = (server: RunningServer) => {
    const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  };
  const mutate = async (server: RunningServer, query: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('delivers a mutation on server A to a subscriber on server B, in commit order per row', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const onB = subscribeTo(wsClient(b), 'subscription { counterChanged { operation id counter { value } } }');
    await settle();
    await mutate(a, 'mutation { createCounter(input: { id: 1, value: 0, label: "c" }) { id } }');
    expect(await onB.next()).toEqual({ next: { data: { counterChanged: { operation: 'CREATED', id: 1, counter: { value: 0 } } } } });
    // Alternate servers: each update commits after the previous one's answer, so their order is known.
    for (let value = 1; value <= 6; value++)
      await mutate(value % 2 ? a : b, `mutation { updateCounter(id: 1, input: { value: ${value} }) { id } }`);
    const seen: unknown[] = [];
    for (let i = 0; i < 6; i++)
      seen.push(((await onB.next()) as { next: { data: { counterChanged: { operation: string } } } }).next.data.counterChanged);
    // The row is read when its event is delivered, so a late event shows a later value: what is
    // pinned is that every update arrives once and no earlier value follows a later one.
    expect(seen.map((event) => (event as { operation: string }).operation)).toEqual(Array(6).fill('UPDATED'));
    const values = seen.map((event) => (event as { counter: { value: number } }).counter.value);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(values.at(-1)).toBe(6);
    onB.stop();
  });

  it('ends subscriptions with PUBSUB_UNAVAILABLE when Redis dies, keeps serving, and hears again once it is back', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const onA = subscribeTo(wsClient(a), 'subscription { counterChanged { id } }');
    await settle();
    await redis.kill();
    expect(endedWith(await onA.next())).toBe('PUBSUB_UNAVAILABLE');
    // Queries and mutations go on without Redis: the writes are committed, nobody is there to hear.
    expect(await mutate(b, 'mutation { updateCounter(id: 1, input: { label: "down" }) { label } }')).toEqual({
      updateCounter: { label: 'down' },
    });
    expect(await mutate(a, '{ counter(id: 1) { label } }')).toEqual({ counter: { label: 'down' } });
    const refused = subscribeTo(wsClient(a), 'subscription { counterChanged { id } }');
    expect(endedWith(await refused.next())).toBe('PUBSUB_UNAVAILABLE');
    await redis.start();
    // ioredis reconnects on its own (within 2 s) and resubscribes.
    const deadline = Date.now() + 15_000;
    let heard: unknown = 'none';
    while (heard === 'none' || (heard as { error?: unknown }).error) {
      if (Date.now() > deadline) throw new Error(`no subscription heard after Redis came back: ${JSON.stringify(heard)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const again = subscribeTo(wsClient(a), 'subscription { counterChanged { operation id } }');
      await settle();
      await mutate(b, 'mutation { updateCounter(id: 1, input: { value: 100 }) { id } }');
      heard = await again.next(2000);
      again.stop();
    }
    expect(heard).toEqual({ next: { data: { counterChanged: { operation: 'UPDATED', id: 1 } } } });
  });

  it('refuses to start on a Redis that does not answer, naming it without its password', async () => {
    const port = await deadPort();
    await expect(redisChangeChannel(`redis://app:s3cret@127.0.0.1:${port}`, { connectTimeoutMs: 1000 })).rejects.toThrow(
      new RegExp(`cannot reach the pub/sub Redis at redis://app:\\*\\*\\*@127\\.0\\.0\\.1:${port}`),
    );
  });
});
