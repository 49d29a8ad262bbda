/**
 * The links a session will write, collapsed to their final form. Relationships and their
 * reverses report into the same entries, so a bidirectional change is written once (SQLAlchemy
 * keeps a "processed" set per pair for this, `dependency.py`), and re-adding an existing link
 * or removing a missing one collapses to nothing or to an idempotent statement.
 */
import type { MappedRelationship, SyncPair } from '../mapper/index.js';
import { identityKey } from './IdentityMap.js';
import type { InstanceState } from './InstanceState.js';

/** Where a row's foreign key should point after the flush. */
export interface ForeignKeyEntry {
  readonly child: InstanceState;
  /** The row the child's foreign key is to reference, null to clear it, undefined for no change. */
  target: InstanceState | null | undefined;
  /**
   * For a clear that came from leaving lists: the parents left. The key is cleared only if it
   * still references one of them (SQLAlchemy's `hasparent` check); empty: cleared outright.
   */
  left: InstanceState[];
  /** target's columns → child's columns. */
  readonly syncPairs: readonly SyncPair[];
  /** The relationship the last change came through, for messages. */
  relationship: MappedRelationship;
}

/** A row of a `secondary` table to insert or delete. */
export interface SecondaryEntry {
  readonly relationship: MappedRelationship;
  readonly owner: InstanceState;
  readonly target: InstanceState;
  op: 'add' | 'remove';
}

/**
 * Rows of a `secondary` table linking `owner` to rows named only by their primary keys
 * (`Session.linkByKeys`): no object of theirs is loaded. By `identityKey`.
 */
export interface KeyedLinkEntry {
  readonly relationship: MappedRelationship;
  readonly owner: InstanceState;
  readonly op: 'add' | 'remove';
  readonly targets: Map<string, readonly unknown[]>;
}

export class LinkLog {
  readonly #foreignKeys = new Map<string, Map<InstanceState, ForeignKeyEntry>>();
  /**
   * Secondary rows by table slot, then by their two ends in the slot's order; `#secondaryOrder`
   * keeps the order they were first logged in. Looked up by the states themselves: a key string
   * per link (and a number per state to build it) was most of what logging a link cost.
   */
  readonly #secondary = new Map<string, Map<InstanceState, Map<InstanceState, SecondaryEntry>>>();
  readonly #secondaryOrder: SecondaryEntry[] = [];
  readonly #orphanCandidates = new Map<InstanceState, MappedRelationship>();
  readonly #keyed: KeyedLinkEntry[] = [];

  /** `child`'s foreign key (the one `relationship` writes) is to reference `target`. */
  point(relationship: MappedRelationship, child: InstanceState, target: InstanceState | null): void {
    const entry = this.#entry(relationship, child);
    entry.target = target;
    entry.left = [];
    entry.relationship = relationship;
  }

  /**
   * `child` leaves `parent`'s list: clear its key, unless it was pointed elsewhere since (a child
   * moved to another parent is kept, SQLAlchemy's `hasparent` check). Leaving the parent it was
   * pointed at in this flush clears it outright: the parent it had was left already. Leaving
   * several parents clears it if it still references any of them.
   */
  release(relationship: MappedRelationship, child: InstanceState, parent: InstanceState): void {
    const entry = this.#entry(relationship, child);
    if (entry.target === parent) {
      entry.target = null;
      entry.left = [];
    } else if (entry.target === undefined) {
      entry.target = null;
      entry.left = [parent];
    } else if (entry.target === null) {
      if (entry.left.length > 0 && !entry.left.includes(parent)) entry.left.push(parent);
    } else {
      return;
    }
    entry.relationship = relationship;
    if (relationship.cascade.deleteOrphan) this.#orphanCandidates.set(child, relationship);
  }

  link(relationship: MappedRelationship, owner: InstanceState, target: InstanceState, op: 'add' | 'remove'): void {
    if (this.#keyed.length > 0) this.#forgetKeyed(relationship, owner, target);
    const { table, ownerFirst } = secondarySlotOf(relationship);
    const first = ownerFirst ? owner : target;
    const second = ownerFirst ? target : owner;
    let byFirst = this.#secondary.get(table);
    if (!byFirst) {
      byFirst = new Map();
      this.#secondary.set(table, byFirst);
    }
    let bySecond = byFirst.get(first);
    if (!bySecond) {
      bySecond = new Map();
      byFirst.set(first, bySecond);
    }
    const existing = bySecond.get(second);
    if (existing) {
      existing.op = op;
      return;
    }
    const entry: SecondaryEntry = { relationship, owner, target, op };
    bySecond.set(second, entry);
    this.#secondaryOrder.push(entry);
  }

  /**
   * `owner.<relationship>` gains or loses links to the rows with these primary keys, loaded or
   * not. A later change of the same link wins, as in `link()`: a key logged here before for this
   * owner and relationship is dropped from the earlier entry.
   */
  linkByKeys(relationship: MappedRelationship, owner: InstanceState, keys: ReadonlyArray<readonly unknown[]>, op: 'add' | 'remove'): void {
    const targets = new Map(keys.map((key) => [identityKey(key), key] as const));
    for (const entry of this.#keyed) {
      if (entry.relationship === relationship && entry.owner === owner) for (const id of targets.keys()) entry.targets.delete(id);
    }
    this.#keyed.push({ relationship, owner, op, targets });
  }

  /** The links logged by key, in the order they were logged. */
  get keyed(): readonly KeyedLinkEntry[] {
    return this.#keyed.filter((entry) => entry.targets.size > 0);
  }

  /** Hands over the links logged by key and forgets them: the session turns them into `link()`s of loaded objects. */
  takeKeyed(): KeyedLinkEntry[] {
    return this.#keyed.splice(0).filter((entry) => entry.targets.size > 0);
  }

  /** Where `child`'s foreign key (written by `relationship`) will point: undefined when unchanged. */
  targetOf(relationship: MappedRelationship, child: InstanceState): InstanceState | null | undefined {
    return this.entryOf(relationship, child)?.target;
  }

  /** The entry of `child`'s foreign key written by `relationship`, if a change was logged. */
  entryOf(relationship: MappedRelationship, child: InstanceState): ForeignKeyEntry | undefined {
    return this.#foreignKeys.get(slotOf(relationship))?.get(child);
  }

  get foreignKeys(): ForeignKeyEntry[] {
    return [...this.#foreignKeys.values()].flatMap((entries) => [...entries.values()]).filter((entry) => entry.target !== undefined);
  }

  /** The foreign-key changes logged for one row, one per key it holds. */
  foreignKeysOf(child: InstanceState): ForeignKeyEntry[] {
    const found: ForeignKeyEntry[] = [];
    for (const entries of this.#foreignKeys.values()) {
      const entry = entries.get(child);
      if (entry && entry.target !== undefined) found.push(entry);
    }
    return found;
  }

  get secondary(): SecondaryEntry[] {
    return [...this.#secondaryOrder];
  }

  /** Children removed from a `delete-orphan` list; an orphan only if not pointed elsewhere. */
  get orphanCandidates(): ReadonlyMap<InstanceState, MappedRelationship> {
    return this.#orphanCandidates;
  }

  clear(): void {
    this.#foreignKeys.clear();
    this.#secondary.clear();
    this.#secondaryOrder.length = 0;
    this.#orphanCandidates.clear();
    this.#keyed.length = 0;
  }

  /** A link of two objects replaces the same link logged by key, from either side. */
  #forgetKeyed(relationship: MappedRelationship, owner: InstanceState, target: InstanceState): void {
    for (const entry of this.#keyed) {
      if (entry.relationship === relationship && entry.owner === owner && target.status === 'persistent')
        entry.targets.delete(identityKey(target.key('committed')));
      if (entry.relationship === relationship.reverse && entry.owner === target && owner.status === 'persistent')
        entry.targets.delete(identityKey(owner.key('committed')));
    }
  }

  #entry(relationship: MappedRelationship, child: InstanceState): ForeignKeyEntry {
    const syncPairs = relationship.syncPairs;
    const slot = slotOf(relationship);
    let entries = this.#foreignKeys.get(slot);
    if (!entries) {
      entries = new Map();
      this.#foreignKeys.set(slot, entries);
    }
    let entry = entries.get(child);
    if (!entry) {
      entry = { child, target: undefined, left: [], syncPairs, relationship };
      entries.set(child, entry);
    }
    return entry;
  }
}

// Both slots are computed once per relationship: a link of 1,000 rows asks for them 1,000 times.
const slots = new WeakMap<MappedRelationship, string>();
const secondarySlots = new WeakMap<MappedRelationship, { readonly table: string; readonly ownerFirst: boolean }>();

/** The foreign-key columns a relationship writes: shared by it and its reverse. */
function slotOf(relationship: MappedRelationship): string {
  let slot = slots.get(relationship);
  if (slot === undefined) {
    slot = relationship.syncPairs
      .map((pair) => `${pair.to.table.name}.${pair.to.name}`)
      .sort()
      .join(',');
    slots.set(relationship, slot);
  }
  return slot;
}

/**
 * The secondary table and its two column lists in a fixed order (`table|a_id|b_id`), and whether
 * the owner's side comes first in it: a relationship and its reverse share one entry per pair.
 */
function secondarySlotOf(relationship: MappedRelationship): { readonly table: string; readonly ownerFirst: boolean } {
  let slot = secondarySlots.get(relationship);
  if (slot === undefined) {
    const ownerSide = relationship.join.map((p) => p.remote.name).join(',');
    const targetSide = relationship.secondaryJoin.map((p) => p.secondary.name).join(',');
    const ownerFirst = ownerSide <= targetSide;
    slot = {
      table: `${relationship.secondary!.name}|${ownerFirst ? ownerSide : targetSide}|${ownerFirst ? targetSide : ownerSide}`,
      ownerFirst,
    };
    secondarySlots.set(relationship, slot);
  }
  return slot;
}
