/**
 * A counting semaphore with a bounded, timed wait queue: how relgraph hands out database
 * connections (MySQL pool slots, the one SQLite connection) without ever waiting forever.
 */
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError.js';

/**
 * No connection could be handed out: the wait timed out, the queue was full, or the driver is
 * closing. A `DatabaseUnavailableError`, so a request that meets it answers
 * `DATABASE_UNAVAILABLE` with HTTP 503 and `Retry-After` (1 s for a busy pool, which clears as
 * requests finish; 5 s for a closing driver): the caller should fail fast, not queue again.
 * Classified as `unavailable`, not retryable.
 *
 * @example
 * try { await driver.execute(query) } catch (e) { if (e instanceof ConnectionUnavailableError && e.reason === 'timeout') ... }
 */
export class ConnectionUnavailableError extends DatabaseUnavailableError {
  readonly reason: 'timeout' | 'queue-full' | 'closed';

  constructor(reason: 'timeout' | 'queue-full' | 'closed', message: string) {
    super(message, { retryAfterSeconds: reason === 'closed' ? 5 : 1 });
    this.name = 'ConnectionUnavailableError';
    this.reason = reason;
  }
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout | undefined;
}

export interface SemaphoreOptions {
  /** How many holders at once. */
  readonly permits: number;
  /** How many may wait; beyond it `acquire()` fails at once. */
  readonly queueLimit: number;
  /** How long one `acquire()` may wait, in milliseconds. */
  readonly timeoutMs: number;
  /** Names the resource in error messages, e.g. `"a MySQL connection"`. */
  readonly what: string;
  /** Appended to the timeout message: what usually causes it. */
  readonly timeoutHint?: string;
  /** Told how long an `acquire()` that had to queue waited before it got its permit. */
  readonly onWait?: ((waitedMs: number) => void) | undefined;
}

/**
 * mysql2's pool waits for a free connection forever and queues without bound by default
 * (`docs/reliability.md` E6); this puts both limits in front of it.
 *
 * @example
 * const slots = new Semaphore({ permits: 10, queueLimit: 100, timeoutMs: 5000, what: 'a MySQL connection' });
 * await slots.acquire();
 * try { ... } finally { slots.release(); }
 */
export class Semaphore {
  readonly #options: SemaphoreOptions;
  #available: number;
  readonly #queue: Waiter[] = [];
  #closed = false;
  #drained: (() => void) | undefined;

  constructor(options: SemaphoreOptions) {
    this.#options = options;
    this.#available = options.permits;
  }

  get held(): number {
    return this.#options.permits - this.#available;
  }

  get waiting(): number {
    return this.#queue.length;
  }

  acquire(): Promise<void> {
    const { queueLimit, timeoutMs, what, timeoutHint } = this.#options;
    if (this.#closed) {
      return Promise.reject(new ConnectionUnavailableError('closed', `Cannot get ${what}: the driver is closed.`));
    }
    if (this.#available > 0 && this.#queue.length === 0) {
      this.#available -= 1;
      return Promise.resolve();
    }
    if (this.#queue.length >= queueLimit) {
      return Promise.reject(
        new ConnectionUnavailableError(
          'queue-full',
          `Cannot get ${what}: ${this.#queue.length} requests are already waiting (queueLimit ${queueLimit}).`,
        ),
      );
    }
    const queued = performance.now();
    const { onWait } = this.#options;
    return new Promise<void>((resolve, reject) => {
      const granted = onWait
        ? () => {
            onWait(performance.now() - queued);
            resolve();
          }
        : resolve;
      const waiter: Waiter = { resolve: granted, reject, timer: undefined };
      waiter.timer = setTimeout(() => {
        this.#remove(waiter);
        reject(
          new ConnectionUnavailableError(
            'timeout',
            `Timed out after ${timeoutMs} ms waiting for ${what}.${timeoutHint ? ` ${timeoutHint}` : ''}`,
          ),
        );
      }, timeoutMs);
      this.#queue.push(waiter);
    });
  }

  release(): void {
    const next = this.#queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve();
      return;
    }
    this.#available += 1;
    if (this.#available === this.#options.permits) this.#drained?.();
  }

  /** Refuses new and queued requests, then resolves once every holder has released. */
  close(): Promise<void> {
    this.#closed = true;
    for (const waiter of this.#queue.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new ConnectionUnavailableError('closed', `Cannot get ${this.#options.what}: the driver was closed while waiting.`));
    }
    if (this.#available === this.#options.permits) return Promise.resolve();
    return new Promise((resolve) => {
      this.#drained = resolve;
    });
  }

  #remove(waiter: Waiter): void {
    const index = this.#queue.indexOf(waiter);
    if (index >= 0) this.#queue.splice(index, 1);
  }
}
