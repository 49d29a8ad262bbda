/**
 * What a unit of work changed, as events for subscribers (`src/live/`): rows created, updated
 * (with the columns written) and deleted, and list memberships gained and lost — a `secondary`
 * row inserted or deleted, or a foreign key that now points at another owner. `executeFlush`
 * records each write as it runs; the server publishes the log only after COMMIT, so a rolled-back
 * or retried attempt publishes nothing. Events are plain JSON (`encodeValue`), ready for Redis.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedModel, MappedRelationship, Mapping } from '../mapper/index.js';
import { processorOf } from './dependency/processorOf.js';
import type { InstanceState } from './InstanceState.js';

/** A column value as JSON: numbers and strings as they are, the rest tagged so they decode back. */
export type EncodedValue =
  | string
  | number
  | boolean
  | null
  | { readonly $date: string }
  | { readonly $bigint: string }
  | { readonly $bytes: string };

export type RowOperation = 'CREATED' | 'UPDATED' | 'DELETED';
export type LinkOperation = 'ADDED' | 'REMOVED';

export interface RowEvent {
  readonly kind: 'row';
  readonly model: string;
  readonly operation: RowOperation;
  /** The primary key, in the model's key order. */
  readonly key: readonly EncodedValue[];
  /** UPDATED: the attributes written. */
  readonly changed?: readonly string[];
  /** DELETED: the row as the unit of work last knew it, by attribute (for the subscriber's filters). */
  readonly image?: Readonly<Record<string, EncodedValue>>;
}

export interface LinkEvent {
  readonly kind: 'link';
  /** The model that owns the list relationship, and the relationship's name. */
  readonly model: string;
  readonly relationship: string;
  readonly operation: LinkOperation;
  readonly owner: readonly EncodedValue[];
  readonly related: readonly EncodedValue[];
  /** The related row's last image, when this unit of work deleted it. */
  readonly relatedImage?: Readonly<Record<string, EncodedValue>>;
}

export type ChangeEvent = RowEvent | LinkEvent;

export class ChangeLog {
  readonly #events: ChangeEvent[] = [];
  readonly #mapping: Mapping;

  constructor(mapping: Mapping) {
    this.#mapping = mapping;
  }

  get events(): readonly ChangeEvent[] {
    return this.#events;
  }

  created(state: InstanceState): void {
    this.#row(state, 'CREATED', 'current');
    this.#memberships(state, undefined, state.values);
  }

  updated(state: InstanceState, columns: readonly TableColumn[]): void {
    this.#row(state, 'UPDATED', 'committed', { changed: columns.map((column) => column.attribute) });
    this.#memberships(state, state.committed, state.values, columns);
  }

  deleted(state: InstanceState): void {
    const image = imageOf(state.model, state.committed);
    this.#row(state, 'DELETED', 'committed', { image });
    this.#memberships(state, state.committed, undefined, undefined, image);
  }

  /**
   * A `secondary` row inserted or deleted: a link of `relationship` and, when it is a list too,
   * of its reverse. Left out when the link row does not hold both ends' primary keys.
   */
  linked(relationship: MappedRelationship, owner: InstanceState, target: InstanceState, operation: LinkOperation): void {
    const keys = linkKeysOf(relationship);
    if (!keys) return;
    const ownerKey = keys.owner.map((attribute) => owner.values.get(attribute));
    const targetKey = keys.target.map((attribute) => target.values.get(attribute));
    this.#link(relationship, ownerKey, targetKey, operation);
    const { reverse } = relationship;
    if (reverse?.uselist && !reverse.viewonly) this.#link(reverse, targetKey, ownerKey, operation);
  }

  /** `secondary` rows inserted or deleted between `owner` and rows named by primary key (`Session.linkByKeys`). */
  linkedByKeys(
    relationship: MappedRelationship,
    owner: InstanceState,
    targetKeys: ReadonlyArray<readonly unknown[]>,
    operation: LinkOperation,
  ): void {
    const keys = linkKeysOf(relationship);
    if (!keys) return;
    const ownerKey = keys.owner.map((attribute) => owner.values.get(attribute));
    const { reverse } = relationship;
    const both = reverse?.uselist && !reverse.viewonly;
    for (const targetKey of targetKeys) {
      this.#link(relationship, ownerKey, targetKey, operation);
      if (both) this.#link(reverse, targetKey, ownerKey, operation);
    }
  }

  /**
   * The `secondary` rows of `owner`, deleted in this flush, went with it: `targetValues` are a
   * row's target-side columns (`secondarySyncPairs` order). The other ends hear of it with its last image.
   */
  unlinkedDeleted(relationship: MappedRelationship, owner: InstanceState, targetValues: readonly unknown[]): void {
    const keys = linkKeysOf(relationship);
    if (!keys) return;
    const key = owner.key('committed');
    const targetKey = keys.targetOrder.map((i) => targetValues[i]);
    this.#link(relationship, key, targetKey, 'REMOVED');
    const { reverse } = relationship;
    if (reverse?.uselist && !reverse.viewonly) this.#link(reverse, targetKey, key, 'REMOVED', imageOf(owner.model, owner.committed));
  }

  /**
   * Rows a set-based UPDATE moved out of `relationship`'s list of `owner` (their foreign key
   * cleared): each is UPDATED, and REMOVED from the owner's list.
   */
  cleared(relationship: MappedRelationship, owner: readonly unknown[], keys: ReadonlyArray<readonly unknown[]>): void {
    const changed = relationship.syncPairs.map((pair) => pair.to.attribute);
    for (const key of keys) {
      this.#events.push({ kind: 'row', model: relationship.target.name, operation: 'UPDATED', key: key.map(encodeValue), changed });
      if (relationship.uselist && !relationship.viewonly) this.#link(relationship, owner, key, 'REMOVED');
    }
  }

  #row(state: InstanceState, operation: RowOperation, source: 'committed' | 'current', more: Partial<RowEvent> = {}): void {
    this.#events.push({ kind: 'row', model: state.model.name, operation, key: state.key(source).map(encodeValue), ...more });
  }

  #link(
    relationship: MappedRelationship,
    owner: readonly unknown[],
    related: readonly unknown[],
    operation: LinkOperation,
    image?: Record<string, EncodedValue>,
  ): void {
    this.#events.push({
      kind: 'link',
      model: relationship.owner.name,
      relationship: relationship.name,
      operation,
      owner: owner.map(encodeValue),
      related: related.map(encodeValue),
      ...(image ? { relatedImage: image } : {}),
    });
  }

  /**
   * The lists `state` left and joined through foreign keys of its own (one-to-many lists that
   * target its model), from its values before and after the write. The relationship's processor
   * says where the owner's key is; lists kept in a `secondary` table answer nothing here.
   */
  #memberships(
    state: InstanceState,
    before: ReadonlyMap<string, unknown> | undefined,
    after: ReadonlyMap<string, unknown> | undefined,
    written?: readonly TableColumn[],
    image?: Record<string, EncodedValue>,
  ): void {
    const lists = listsTargeting(this.#mapping, state.model);
    if (lists.length === 0) return;
    const key = state.key(after ? 'current' : 'committed');
    for (const relationship of lists) {
      const processor = processorOf(relationship);
      if (written && !relationship.syncPairs.some((pair) => written.includes(pair.to))) continue;
      const from = before ? processor.ownerKeyOf(before) : undefined;
      const to = after ? processor.ownerKeyOf(after) : undefined;
      if (from && to && sameKey(from, to)) continue;
      if (from) this.#link(relationship, from, key, 'REMOVED', image);
      if (to) this.#link(relationship, to, key, 'ADDED');
    }
  }
}

// Made once per mapping and model: asked for every row a flush writes.
const listsByModel = new WeakMap<Mapping, Map<MappedModel, readonly MappedRelationship[]>>();

/** The writable list relationships, of any model, whose rows are `model`'s. */
function listsTargeting(mapping: Mapping, model: MappedModel): readonly MappedRelationship[] {
  let byModel = listsByModel.get(mapping);
  if (!byModel) {
    byModel = new Map();
    listsByModel.set(mapping, byModel);
  }
  let lists = byModel.get(model);
  if (!lists) {
    lists = mapping.models.flatMap((owner) => owner.relationships.filter((r) => r.target === model && r.uselist && !r.viewonly));
    byModel.set(model, lists);
  }
  return lists;
}

interface LinkKeys {
  /** The owner's primary-key attributes, in the order the link row's owner side holds them. */
  readonly owner: readonly string[];
  /** The target's primary-key attributes, likewise. */
  readonly target: readonly string[];
  /** For each target key column, its place among the link row's target-side columns. */
  readonly targetOrder: readonly number[];
}

const linkKeys = new WeakMap<MappedRelationship, LinkKeys | null>();

/**
 * Where a many-to-many link row holds both ends' primary keys, in key order; null when either
 * side references other columns (then no link events are made). Worked out once per relationship:
 * a flush of 1,000 links asks 1,000 times.
 */
function linkKeysOf(relationship: MappedRelationship): LinkKeys | null {
  let keys = linkKeys.get(relationship);
  if (keys === undefined) {
    const { syncPairs, secondarySyncPairs, owner, target } = relationship;
    const ownerWhole = syncPairs.length === owner.primaryKey.length && syncPairs.every((pair, i) => pair.from === owner.primaryKey[i]);
    const targetOrder = target.primaryKey.map((column) => secondarySyncPairs.findIndex((pair) => pair.from === column));
    const targetWhole = secondarySyncPairs.length === target.primaryKey.length && targetOrder.every((i) => i >= 0);
    keys =
      ownerWhole && targetWhole
        ? {
            owner: owner.primaryKey.map((column) => column.attribute),
            target: target.primaryKey.map((column) => column.attribute),
            targetOrder,
          }
        : null;
    linkKeys.set(relationship, keys);
  }
  return keys;
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]) || String(value) === String(b[i]));
}

function imageOf(model: MappedModel, values: ReadonlyMap<string, unknown>): Record<string, EncodedValue> {
  const image: Record<string, EncodedValue> = {};
  for (const column of model.columns) if (values.has(column.attribute)) image[column.attribute] = encodeValue(values.get(column.attribute));
  return image;
}

export function encodeValue(value: unknown): EncodedValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  return String(value);
}

export function decodeValue(value: EncodedValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('$bigint' in value) return BigInt(value.$bigint);
  if ('$date' in value) return new Date(value.$date);
  return Buffer.from(value.$bytes, 'base64');
}
