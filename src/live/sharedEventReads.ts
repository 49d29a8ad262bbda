/**
 * One read for the subscribers of one event. Every subscriber reads an event's rows itself, at
 * delivery, through its own `where` and its policy's row filter — so a hundred subscribers of
 * `parentChanged` would send a hundred identical SELECTs for one mutation, and as many again for
 * each nested field of their payloads. Subscribers that deliver the same event at the same time
 * (the feed hands it to all of them at once) share instead each SELECT that another of them is
 * sending for that event: same SQL text, same parameters, hence the same rows.
 *
 * Only reads in flight are shared, and only within one event: a subscriber that delivers the
 * event later, or delivers another event, reads again. So every payload still comes from a read
 * made after the event's COMMIT and while its subscriber was delivering it, as
 * `docs/subscriptions.md` says. Viewers whose row filters differ send different SQL and share
 * nothing. The rows are the driver's: every reader decodes them into rows of its own
 * (`loaders/runSelect.ts`), and none changes them.
 */
import type { Executor, QueryResult } from '../dialect/Driver.js';

/** The SELECTs in flight for one event, by statement. */
export type EventReads = Map<string, Promise<QueryResult>>;

/**
 * Each event's `EventReads`, made by whichever of its subscribers asks first; an event the
 * feed no longer holds takes its map with it.
 */
export function eventReadsByEvent(): (event: object) => EventReads {
  const byEvent = new WeakMap<object, EventReads>();
  return (event) => {
    let reads = byEvent.get(event);
    if (!reads) {
      reads = new Map();
      byEvent.set(event, reads);
    }
    return reads;
  };
}

/**
 * `executor` (the subscriber's own, counting its statements) for one event: a SELECT that another
 * subscriber of the same event is sending already is answered by that one.
 *
 * @example
 * const readsOf = eventReadsByEvent(); // one per server
 * const reads = readsOf(event);        // the same map for every subscriber of this event
 * const loaders = createLoaders({ executor: sharedEventReads(countStatements(driver, stats), reads), … });
 */
export function sharedEventReads(executor: Executor, reads: EventReads): Executor {
  return {
    execute(query) {
      const key = query.kind === 'select' ? statementKey(query.sql, query.params) : undefined;
      if (key === undefined) return executor.execute(query);
      const inFlight = reads.get(key);
      if (inFlight) return inFlight;
      const read = executor.execute(query).finally(() => reads.delete(key));
      reads.set(key, read);
      return read;
    },
  };
}

/**
 * The SQL and its parameters as one string, every parameter tagged with its type (`1` and `'1'`
 * differ); undefined for a parameter it cannot spell, whose statement is then not shared.
 */
function statementKey(sql: string, params: readonly unknown[]): string | undefined {
  let key = sql;
  for (const param of params) {
    const spelled = spell(param);
    if (spelled === undefined) return undefined;
    key += `\u0000${spelled}`;
  }
  return key;
}

function spell(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      // Quoted, so that no string can spell the separator and two parameters as one.
      return `s${JSON.stringify(value)}`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value}${String(value)}`;
    case 'undefined':
      return 'undefined';
  }
  if (value instanceof Date) return `date${value.getTime()}`;
  if (value instanceof Uint8Array) return `bytes${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  return undefined;
}
