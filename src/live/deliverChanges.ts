/**
 * From the change feed to one subscriber: which events it may hear, and the rows it gets with
 * them. Each event is judged when it is delivered, with fresh loaders over the primary (a
 * replica could still lag behind the COMMIT): a created or updated row is read back through the
 * subscriber's `where` and its policy's row filter, exactly as a query reads it, and is skipped
 * when that finds nothing; a deleted row, which no read can find, is judged from its last image
 * (`matchesImage`). A link is delivered when the subscriber may read its owner and the row
 * linked (or, for a row deleted with it, when its image passes the row filter).
 */
import type { Access } from '../access/Access.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import type { Filter, ListQuery } from '../sql/ListQuery.js';
import { decodeValue, type ChangeEvent, type LinkEvent, type RowEvent } from '../session/ChangeLog.js';
import type { LinkChangePayload, RowChangePayload } from '../schema/index.js';
import { matchesImage } from './matchesImage.js';

export interface Delivery {
  readonly access: Access;
  /**
   * Loaders for one event: a new cache, reading the primary, with the viewer's row filters; the
   * SELECTs other subscribers of the same event are sending alike are shared (`sharedEventReads`).
   */
  readonly freshLoaders: (event: ChangeEvent) => Loaders;
  /** The GraphQL name of an attribute. */
  readonly fieldName: (attribute: string) => string;
}

/** `parentChanged(where)`: `query` is the subscriber's `where` as a list query (checked as a query's would be). */
export function deliverRows(
  events: AsyncIterableIterator<ChangeEvent>,
  model: MappedModel,
  query: ListQuery,
  delivery: Delivery,
): AsyncIterableIterator<RowChangePayload | SubscriptionEnded> {
  const { access, freshLoaders, fieldName } = delivery;
  return deliver(events, async (event) => {
    const change = event as RowEvent;
    const key = change.key.map(decodeValue);
    const keyFields = Object.fromEntries(model.primaryKey.map((column, i) => [fieldName(column.attribute), key[i]]));
    if (change.operation === 'DELETED') {
      const image = change.image ?? {};
      if (!matchesImage(query.filter, image) || !matchesImage(access.scope(model), image)) return undefined;
      return { operation: 'DELETED', key: keyFields, row: null, changedFields: [] };
    }
    const loaders = freshLoaders(event);
    const rows = await loaders.list(model, {
      ...query,
      filter: and(query.filter, keyFilter(model, key)),
      limit: undefined,
      offset: undefined,
    });
    if (rows.length === 0) return undefined;
    const changedFields = (change.changed ?? []).filter((attribute) => access.fieldVisible(model, attribute)).map(fieldName);
    return { operation: change.operation, key: keyFields, row: rows[0]!, changedFields };
  });
}

/** `parentChildrenChanged(id)`: the links of one owner's list. */
export function deliverLinks(
  events: AsyncIterableIterator<ChangeEvent>,
  relationship: MappedRelationship,
  ownerKey: readonly unknown[],
  delivery: Delivery,
): AsyncIterableIterator<LinkChangePayload | SubscriptionEnded> {
  const { access, freshLoaders } = delivery;
  const wanted = ownerKey.map(String).join('\u0000');
  return deliver(events, async (event) => {
    const link = event as LinkEvent;
    if (link.owner.map((value) => String(decodeValue(value))).join('\u0000') !== wanted) return undefined;
    const loaders = freshLoaders(event);
    const owner = await loaders.row(relationship.owner).load([...ownerKey]);
    if (!owner) return undefined;
    const related = await loaders.row(relationship.target).load(link.related.map(decodeValue));
    if (related) return { operation: link.operation, owner, related };
    // Gone with this unit of work: heard only when its last image passes the viewer's row filter.
    if (link.relatedImage && matchesImage(access.scope(relationship.target), link.relatedImage)) {
      return { operation: link.operation, owner, related: null };
    }
    return undefined;
  });
}

/**
 * What a subscription yields last when the feed ends it (limits, Redis gone): its field's
 * `resolve` throws `error`, so the subscriber gets one result with the error's code, then the end.
 */
export class SubscriptionEnded {
  constructor(readonly error: unknown) {}
}

/**
 * A delivered value as its subscription field's `resolve` answers it: the payload, or — when the
 * feed ended the subscription — the error, thrown, for one last result carrying its code.
 *
 * @example
 * payloadOf(new SubscriptionEnded(new SubscriptionLimitError('…'))); // throws the SubscriptionLimitError
 */
export function payloadOf<P>(value: P | SubscriptionEnded): P {
  if (value instanceof SubscriptionEnded) throw value.error;
  return value;
}

/**
 * The feed's events turned into payloads, skipping those `toPayload` withholds. Not an async
 * generator: a generator waiting for the next event cannot be returned (it would finish its
 * wait first, maybe forever), and a subscriber that leaves must let go of the feed at once.
 */
function deliver<P>(
  events: AsyncIterableIterator<ChangeEvent>,
  toPayload: (event: ChangeEvent) => Promise<P | undefined>,
): AsyncIterableIterator<P | SubscriptionEnded> {
  let ended = false;
  const done = { value: undefined, done: true } as const;
  const iterator: AsyncIterableIterator<P | SubscriptionEnded> = {
    async next() {
      while (!ended) {
        let step: IteratorResult<ChangeEvent>;
        try {
          step = await events.next();
        } catch (error) {
          ended = true;
          return { value: new SubscriptionEnded(error), done: false };
        }
        if (step.done) break;
        let payload: P | undefined;
        try {
          payload = await toPayload(step.value);
        } catch (error) {
          // Its rows could not be read (the database is down, or not keeping up): one last result
          // with the error's code, as when the feed ends the subscription, and the end.
          ended = true;
          await events.return?.();
          return { value: new SubscriptionEnded(error), done: false };
        }
        if (payload !== undefined && !ended) return { value: payload, done: false };
      }
      ended = true;
      return done;
    },
    async return() {
      ended = true;
      await events.return?.();
      return done;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

function keyFilter(model: MappedModel, key: readonly unknown[]): Filter {
  return { kind: 'and', items: model.primaryKey.map((column, i) => ({ kind: 'compare', column, op: 'eq', value: key[i] })) };
}

function and(a: Filter | undefined, b: Filter): Filter {
  return a ? { kind: 'and', items: [a, b] } : b;
}
