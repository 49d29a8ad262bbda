/**
 * Carries committed changes from the unit of work to subscribers. A mutation's events go out as
 * one message on one channel (in-process, or Redis across replicas: `redisChangeChannel.ts`);
 * every server hears every message and fans its events out locally by topic (a model's rows, a
 * list relationship's links). One channel keeps each server's events in the order the channel
 * delivered them, and the server needs one Redis SUBSCRIBE in all, made before it serves.
 *
 * Each subscription holds a bounded queue: a subscriber that falls `maxQueued` events behind is
 * ended with SUBSCRIPTION_LIMIT instead of buffering without bound, and when the channel goes
 * away (Redis down) every subscription ends with PUBSUB_UNAVAILABLE, so clients reconnect.
 */
import { PubSubUnavailableError, SubscriptionLimitError } from '../errors/RelgraphError.js';
import type { ChangeEvent } from '../session/ChangeLog.js';

/** Where messages go and come from: what `@graphql-yoga/redis-event-target` is, or an in-process stand-in. */
export interface ChangeChannel {
  send(events: readonly ChangeEvent[]): void;
  /** Calls `receive` for every message, this server's own included; resolves once listening. */
  listen(receive: (events: readonly ChangeEvent[]) => void, interrupted: (error: Error) => void): Promise<void>;
  /** Whether other servers hear this channel's messages (Redis): then every change is recorded. */
  readonly crossesServers?: boolean;
  /** Whether messages can flow now (Redis connected); a channel without it always can. */
  available?(): boolean;
  close(): Promise<void>;
}

/**
 * The subscription limits' defaults, in one place for the library (`createRelgraph`'s
 * `subscriptions`) and for `relgraph serve`'s settings.
 */
export const subscriptionDefaults = {
  maxSubscriptions: 10_000,
  maxQueuedEvents: 1000,
  /** Statements subscription deliveries send at once (`throttledReads.ts`). */
  maxConcurrentReads: 4,
} as const;

export interface ChangeFeedOptions {
  /** Default: in-process (one server). */
  readonly channel?: ChangeChannel;
  /** Events one subscriber may have waiting before it is dropped. Default 1,000. */
  readonly maxQueued?: number;
  /** Subscriptions at once on this server. Default 10,000. */
  readonly maxSubscriptions?: number;
}

/** The topic of a model's rows, and of a list relationship's links. */
export function rowTopic(model: string): string {
  return `row:${model}`;
}

export function linkTopic(model: string, relationship: string): string {
  return `link:${model}.${relationship}`;
}

function topicOf(event: ChangeEvent): string {
  return event.kind === 'row' ? rowTopic(event.model) : linkTopic(event.model, event.relationship);
}

export class ChangeFeed {
  readonly #channel: ChangeChannel;
  readonly #maxQueued: number;
  readonly #maxSubscriptions: number;
  readonly #byTopic = new Map<string, Set<Queue>>();
  #count = 0;
  #started: Promise<void> | undefined;

  constructor(options: ChangeFeedOptions = {}) {
    this.#channel = options.channel ?? inProcessChannel();
    this.#maxQueued = options.maxQueued ?? subscriptionDefaults.maxQueuedEvents;
    this.#maxSubscriptions = options.maxSubscriptions ?? subscriptionDefaults.maxSubscriptions;
  }

  /** Starts hearing the channel's messages (a Redis channel subscribed when it was made). Idempotent. */
  start(): Promise<void> {
    this.#started ??= this.#channel.listen(
      (events) => this.#fanOut(events),
      (error) => this.#interruptAll(error),
    );
    return this.#started;
  }

  /** After COMMIT: what one unit of work changed. Never throws: the write is done whatever happens here. */
  publish(events: readonly ChangeEvent[]): void {
    if (events.length > 0) this.#channel.send(events);
  }

  get subscriptions(): number {
    return this.#count;
  }

  /**
   * Whether a unit of work starting now should record its changes: always when they travel to
   * other servers (their subscribers are not known here), else only while someone listens. A
   * server nobody subscribes to pays nothing for subscriptions (the set-based deletes' extra
   * SELECT above all).
   */
  get wanted(): boolean {
    return this.#count > 0 || this.#channel.crossesServers === true;
  }

  /** The events of `topic` from now on, until the iterator is returned or the feed ends it. */
  subscribe(topic: string): AsyncIterableIterator<ChangeEvent> {
    if (this.#count >= this.#maxSubscriptions) {
      throw new SubscriptionLimitError(
        `This server has ${this.#maxSubscriptions} subscriptions open, its limit; try again later or on another server.`,
      );
    }
    if (this.#channel.available && !this.#channel.available()) {
      throw new PubSubUnavailableError('The pub/sub Redis is not reachable from this server now; subscribe again shortly.');
    }
    const queue = new Queue(this.#maxQueued, () => this.#remove(topic, queue));
    let subscribers = this.#byTopic.get(topic);
    if (!subscribers) {
      subscribers = new Set();
      this.#byTopic.set(topic, subscribers);
    }
    subscribers.add(queue);
    this.#count++;
    return queue;
  }

  async close(): Promise<void> {
    this.#interruptAll(new PubSubUnavailableError('The server is shutting down; subscribe again.'));
    await this.#channel.close();
  }

  #fanOut(events: readonly ChangeEvent[]): void {
    for (const event of events) for (const queue of this.#byTopic.get(topicOf(event)) ?? []) queue.push(event);
  }

  #interruptAll(error: Error): void {
    for (const subscribers of this.#byTopic.values()) for (const queue of [...subscribers]) queue.fail(error);
  }

  #remove(topic: string, queue: Queue): void {
    const subscribers = this.#byTopic.get(topic);
    if (!subscribers?.delete(queue)) return;
    this.#count--;
    if (subscribers.size === 0) this.#byTopic.delete(topic);
  }
}

/** A bounded async iterator of events: pushes wake the waiting `next()`, overflow ends it with an error. */
class Queue implements AsyncIterableIterator<ChangeEvent> {
  readonly #items: ChangeEvent[] = [];
  readonly #max: number;
  readonly #onEnd: () => void;
  #waiting: ((result: IteratorResult<ChangeEvent>) => void) | undefined;
  #failWaiting: ((error: Error) => void) | undefined;
  #error: Error | undefined;
  #done = false;

  constructor(max: number, onEnd: () => void) {
    this.#max = max;
    this.#onEnd = onEnd;
  }

  push(event: ChangeEvent): void {
    if (this.#done || this.#error) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = this.#failWaiting = undefined;
      resolve({ value: event, done: false });
      return;
    }
    if (this.#items.length >= this.#max) {
      this.fail(
        new SubscriptionLimitError(
          `This subscription fell ${this.#max} events behind and was ended; subscribe again (and read what changed meanwhile with a query).`,
        ),
      );
      return;
    }
    this.#items.push(event);
  }

  fail(error: Error): void {
    if (this.#done || this.#error) return;
    this.#error = error;
    this.#items.length = 0;
    this.#onEnd();
    if (this.#failWaiting) {
      const reject = this.#failWaiting;
      this.#waiting = this.#failWaiting = undefined;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<ChangeEvent>> {
    if (this.#error) {
      const error = this.#error;
      this.#done = true;
      return Promise.reject(error);
    }
    if (this.#items.length > 0) return Promise.resolve({ value: this.#items.shift()!, done: false });
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.#waiting = resolve;
      this.#failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<ChangeEvent>> {
    if (!this.#done) {
      this.#done = true;
      this.#items.length = 0;
      if (!this.#error) this.#onEnd();
      this.#waiting?.({ value: undefined, done: true });
      this.#waiting = this.#failWaiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeEvent> {
    return this;
  }
}

/** One server: messages go straight to its own listener, on the next tick (after the mutation's answer is built). */
function inProcessChannel(): ChangeChannel {
  let receiver: ((events: readonly ChangeEvent[]) => void) | undefined;
  return {
    send: (events) => {
      if (receiver) queueMicrotask(() => receiver?.(events));
    },
    listen: async (receive) => {
      receiver = receive;
    },
    close: async () => {
      receiver = undefined;
    },
  };
}
