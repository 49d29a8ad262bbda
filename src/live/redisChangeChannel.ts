/**
 * The change channel across servers: Redis pub/sub through `@graphql-yoga/redis-event-target`
 * and ioredis. Every server SUBSCRIBEs to one channel before it serves; a mutation on server A
 * PUBLISHes its events there and every server, A included, fans them out to its subscribers.
 *
 * When Redis goes away, subscriptions end with PUBSUB_UNAVAILABLE (their clients reconnect)
 * and new ones are refused until ioredis has reconnected and resubscribed; publishing fails
 * quietly (logged): the writes are committed whatever Redis does, and no subscriber is there to
 * miss the events. Redis pub/sub has no history: events published while a server is cut off are
 * lost to its subscribers, which is why they are ended rather than left waiting.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { PubSubUnavailableError } from '../errors/RelgraphError.js';
import type { ChangeEvent } from '../session/ChangeLog.js';
import { redactUrl } from '../util/redactUrl.js';
import type { ChangeChannel } from './ChangeFeed.js';

export interface RedisChannelOptions {
  /** Told when publishing fails or the connection drops. */
  readonly warn?: (message: string) => void;
  /** How long startup waits for Redis. Default 5 s. */
  readonly connectTimeoutMs?: number;
}

/**
 * @param url `redis://[user:password@]host:port[/db][?channel=name]` (or `rediss://` for TLS).
 *   The channel defaults to `relgraph:changes`; pub/sub channels ignore the database number, so
 *   two APIs sharing a Redis need their own `channel`.
 * @throws Error naming the URL (password hidden) when Redis cannot be reached.
 */
export async function redisChangeChannel(
  url: string,
  options: RedisChannelOptions = {},
): Promise<ChangeChannel & { available(): boolean }> {
  const parsed = new URL(url);
  const topic = parsed.searchParams.get('channel') || 'relgraph:changes';
  parsed.searchParams.delete('channel');
  const connection = {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    // Commands fail at once while disconnected instead of queueing: a PUBLISH is never replayed late.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
  };
  const publisher = new Redis(parsed.toString(), connection);
  // The subscriber's SUBSCRIBE must be sent again after a reconnect, so it may queue.
  const subscriber = new Redis(parsed.toString(), { ...connection, enableOfflineQueue: true, maxRetriesPerRequest: null });
  const warn = options.warn ?? (() => {});
  let lastWarning = '';
  const warnOnce = (message: string) => {
    if (message !== lastWarning) warn(message);
    lastWarning = message;
  };
  // ioredis reports failures as 'error' events; without a listener it prints them itself. Before
  // startup is through, the first one is the reason startup gives.
  let started = false;
  let firstError: Error | undefined;
  const onError = (error: Error) => {
    if (started) warnOnce(`pub/sub Redis (${redactUrl(url)}): ${error.message}`);
    else firstError ??= error;
  };
  publisher.on('error', onError);
  subscriber.on('error', onError);
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    const reason = (firstError ?? (error as Error)).message;
    throw new Error(`cannot reach the pub/sub Redis at ${redactUrl(url)}: ${reason}`, { cause: firstError ?? error });
  }
  const target = createRedisEventTarget<CustomEvent<readonly ChangeEvent[]>>({
    publishClient: {
      // The event target does not wait for PUBLISH; a failure is logged here, never left unhandled.
      publish: (channel: string, message: string) =>
        publisher.publish(channel, message).catch((error: Error) => {
          warnOnce(`could not publish changes to Redis: ${error.message}`);
          return 0;
        }),
    } as unknown as Redis,
    subscribeClient: subscriber,
  });
  let receiver: ((events: readonly ChangeEvent[]) => void) | undefined;
  let interrupt: ((error: Error) => void) | undefined;
  target.addEventListener(topic, (event) => receiver?.((event as CustomEvent<readonly ChangeEvent[]>).detail));
  try {
    // The event target subscribes without waiting; this SUBSCRIBE is the one startup waits for.
    await subscriber.subscribe(topic);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw new Error(`cannot subscribe to the pub/sub Redis at ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  started = true;
  subscriber.on('close', () => interrupt?.(new PubSubUnavailableError('The connection to the pub/sub Redis was lost; subscribe again.')));
  subscriber.on('ready', () => {
    lastWarning = '';
  });
  return {
    crossesServers: true,
    send: (events) => {
      target.dispatchEvent(new CustomEvent(topic, { detail: events }));
    },
    listen: async (receive, interrupted) => {
      receiver = receive;
      interrupt = interrupted;
    },
    available: () => subscriber.status === 'ready' && publisher.status === 'ready',
    close: async () => {
      receiver = undefined;
      interrupt = undefined;
      // QUIT only where connected: a client waiting to reconnect would wait for Redis to come back.
      await Promise.allSettled([publisher, subscriber].map((client) => (client.status === 'ready' ? client.quit() : undefined)));
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
