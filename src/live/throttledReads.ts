/**
 * How many statements subscription deliveries send at once. An event reaches every subscriber
 * of its topic at the same moment, and each reads its rows: a thousand subscribers whose reads
 * differ (other `where`s, other row filters) would ask the pool for a thousand connections at
 * once, overflow its wait queue (`queueLimit`, 100 by default) and lose their subscriptions with
 * DATABASE_UNAVAILABLE — while the requests that also need the pool waited behind them. Through
 * these slots, at most `permits` delivery statements run at once; the others wait here, in
 * order, without a bound (one delivery per subscriber is in flight at most, and subscriptions
 * are bounded by `maxSubscriptions`), and the pool keeps the rest of its connections for
 * requests.
 */
import type { Executor } from '../dialect/Driver.js';
import { Semaphore } from '../dialect/Semaphore.js';

/** The slots one server's deliveries share. */
export function deliverySlots(permits: number): Semaphore {
  return new Semaphore({
    permits,
    queueLimit: Number.MAX_SAFE_INTEGER,
    // A delivery waits behind the others of its event, not forever: past this the database is
    // not keeping up, and the subscriber hears DATABASE_UNAVAILABLE.
    timeoutMs: 60_000,
    what: 'a turn to read for a subscription delivery',
    timeoutHint: 'The database is not keeping up with the events and their subscribers.',
  });
}

/** `executor`, sending each statement in one of `slots`' turns. */
export function throttledReads(executor: Executor, slots: Semaphore): Executor {
  return {
    async execute(query) {
      await slots.acquire();
      try {
        return await executor.execute(query);
      } finally {
        slots.release();
      }
    },
  };
}
