/**
 * Read replicas: where a query's statements go when the server has replicas of its database
 * (`relgraph serve --read-db`, or `readReplicas` in the library API). Queries read from the
 * replicas, round robin; mutations, and every statement inside a mutation's transaction
 * (its payload read included), go to the primary, because they never ask for a reader.
 *
 * One request reads from one replica: its levels are read one after another, and two replicas
 * lagging by different amounts could otherwise show a child without its parent. A replica that
 * cannot be reached is taken out for `retryAfterMs` and the statement moves on to the next one,
 * then to the primary, so a dead replica costs latency, not failed requests (a SELECT may be
 * sent twice; a write never reaches this code). After `retryAfterMs`, the next request that
 * picks it probes it with its own statement. A replica that was down at startup is opened then.
 *
 * Replicas answer with what they have applied: a query right after a mutation may not see it
 * yet. `docs/deploy.md` says what to do when a client needs to read its own writes.
 */
import { findDatabaseUnavailable } from '../errors/DatabaseUnavailableError.js';
import type { CompiledQuery } from '../sql/statements.js';
import type { Driver, Executor, QueryResult } from './Driver.js';

/** A replica as the server knows it: a name for the log (its URL without the password) and how to open it. */
export interface ReplicaSource {
  readonly label: string;
  /** The driver, when it could be opened at startup. */
  readonly driver?: Driver;
  /** Opens the driver: at startup when `driver` is missing, and again after the replica was lost. */
  readonly open: () => Promise<Driver>;
}

export interface ReplicaEvent {
  readonly label: string;
  readonly state: 'down' | 'up';
  readonly error?: unknown;
}

export interface ReadReplicasOptions {
  /** How long a replica that failed stays out before a request probes it again. Default 5 s. */
  readonly retryAfterMs?: number;
  /** Told when a replica is taken out or answers again, for the log and the metrics. */
  readonly onChange?: (event: ReplicaEvent) => void;
  /** The clock, for tests. */
  readonly now?: () => number;
}

interface Replica {
  readonly source: ReplicaSource;
  driver: Promise<Driver> | undefined;
  /** Out until this time (ms); 0 while it answers. */
  downUntil: number;
  down: boolean;
}

/**
 * @example
 * const replicas = new ReadReplicas(primary, [{ label: 'mysql://app:***@replica1:3306/shop', open: () => createDriver(url) }]);
 * const relgraph = createRelgraph(Base, { driver: primary, readReplicas: replicas });
 */
export class ReadReplicas {
  readonly #primary: Executor;
  readonly #replicas: Replica[];
  readonly #retryAfterMs: number;
  readonly #onChange: ((event: ReplicaEvent) => void) | undefined;
  readonly #now: () => number;
  #next = 0;

  constructor(primary: Executor, replicas: readonly ReplicaSource[], options: ReadReplicasOptions = {}) {
    this.#primary = primary;
    this.#replicas = replicas.map((source) => ({
      source,
      driver: source.driver ? Promise.resolve(source.driver) : undefined,
      // A replica that could not be opened at startup is probed by the first request.
      downUntil: 0,
      down: source.driver === undefined,
    }));
    this.#retryAfterMs = options.retryAfterMs ?? 5000;
    this.#onChange = options.onChange;
    this.#now = options.now ?? Date.now;
  }

  /** How many replicas there are, and how many are in use now. */
  get counts(): { readonly replicas: number; readonly up: number } {
    return { replicas: this.#replicas.length, up: this.#replicas.filter((replica) => !replica.down).length };
  }

  /**
   * The executor of one request's reads: one replica for the whole request, the next one (or
   * the primary) when it cannot be reached. Statements other than SELECTs go to the primary.
   */
  reader(): Executor {
    let current = this.#pick();
    const primary = this.#primary;
    return {
      execute: async (query: CompiledQuery): Promise<QueryResult> => {
        if (query.kind !== 'select') return primary.execute(query);
        while (current) {
          const replica = current;
          let driver: Driver;
          try {
            driver = await this.#driverOf(replica);
          } catch (error) {
            // Whatever kept it from opening (down, refusing the user), the request reads elsewhere.
            this.#markDown(replica, error);
            current = this.#pick();
            continue;
          }
          try {
            const result = await driver.execute(query);
            if (replica.down) this.#markUp(replica);
            return result;
          } catch (error) {
            if (!findDatabaseUnavailable(error)) throw error;
            this.#markDown(replica, error);
            current = this.#pick();
          }
        }
        return primary.execute(query);
      },
    };
  }

  /** Closes the replicas' drivers (not the primary's). */
  async close(): Promise<void> {
    await Promise.all(
      this.#replicas.map(async (replica) => {
        const driver = await replica.driver?.catch(() => undefined);
        await driver?.close();
      }),
    );
  }

  /** The next replica in turn that is in use, or whose time out is over; none when all are out. */
  #pick(): Replica | undefined {
    const now = this.#now();
    for (let i = 0; i < this.#replicas.length; i++) {
      const replica = this.#replicas[(this.#next + i) % this.#replicas.length]!;
      if (replica.down && replica.downUntil > now) continue;
      this.#next = (this.#next + i + 1) % this.#replicas.length;
      // Probing: until it answers, other requests keep away for another period.
      if (replica.down) replica.downUntil = now + this.#retryAfterMs;
      return replica;
    }
    return undefined;
  }

  #driverOf(replica: Replica): Promise<Driver> {
    if (!replica.driver) {
      const opening = replica.source.open();
      replica.driver = opening;
      // A replica that cannot be opened is opened anew at its next probe.
      opening.catch(() => {
        if (replica.driver === opening) replica.driver = undefined;
      });
    }
    return replica.driver;
  }

  #markDown(replica: Replica, error: unknown): void {
    replica.downUntil = this.#now() + this.#retryAfterMs;
    if (replica.down) return;
    replica.down = true;
    this.#onChange?.({ label: replica.source.label, state: 'down', error });
  }

  #markUp(replica: Replica): void {
    replica.down = false;
    replica.downUntil = 0;
    this.#onChange?.({ label: replica.source.label, state: 'up' });
  }
}
