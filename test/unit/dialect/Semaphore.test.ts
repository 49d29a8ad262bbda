import { describe, expect, it } from 'vitest';
import { ConnectionUnavailableError, Semaphore } from '../../../src/dialect/Semaphore.js';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError.js';

describe('Semaphore: bounded waits', () => {
  it('hands permits out in arrival order as they are released', async () => {
    const slots = new Semaphore({ permits: 1, queueLimit: 10, timeoutMs: 1000, what: 'a slot' });
    const order: number[] = [];
    await slots.acquire();
    const waiting = [1, 2].map((n) => slots.acquire().then(() => order.push(n)));
    expect(slots.waiting).toBe(2);
    slots.release();
    await waiting[0];
    slots.release();
    await waiting[1];
    expect(order).toEqual([1, 2]);
  });

  it('fails a wait after the timeout, naming the resource', async () => {
    const slots = new Semaphore({ permits: 1, queueLimit: 10, timeoutMs: 50, what: 'a slot', timeoutHint: 'All are busy.' });
    await slots.acquire();
    const started = Date.now();
    await expect(slots.acquire()).rejects.toThrow(
      new ConnectionUnavailableError('timeout', 'Timed out after 50 ms waiting for a slot. All are busy.'),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(slots.waiting).toBe(0);
  });

  it('refuses at once beyond the queue limit', async () => {
    const slots = new Semaphore({ permits: 1, queueLimit: 1, timeoutMs: 1000, what: 'a slot' });
    await slots.acquire();
    const queued = slots.acquire();
    const refused = await slots.acquire().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseUnavailableError);
    expect(refused).toMatchObject({ reason: 'queue-full', code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 1 });
    slots.release();
    await queued;
  });

  it('closes once every holder has released, refusing the waiting', async () => {
    const slots = new Semaphore({ permits: 1, queueLimit: 10, timeoutMs: 1000, what: 'a slot' });
    await slots.acquire();
    const waiting = slots.acquire();
    let closed = false;
    const closing = slots.close().then(() => (closed = true));
    await expect(waiting).rejects.toMatchObject({ reason: 'closed' });
    expect(closed).toBe(false);
    slots.release();
    await closing;
    await expect(slots.acquire()).rejects.toMatchObject({ reason: 'closed' });
  });

  it('reports how long a queued acquire waited, and nothing for one served at once', async () => {
    const waits: number[] = [];
    const slots = new Semaphore({ permits: 1, queueLimit: 10, timeoutMs: 1000, what: 'a slot', onWait: (ms) => waits.push(ms) });
    await slots.acquire();
    expect(waits).toEqual([]);
    const queued = slots.acquire();
    setTimeout(() => slots.release(), 60);
    await queued;
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
  });
});
