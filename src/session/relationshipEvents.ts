/**
 * What happens when a relationship changes in memory: the owner's view changes, the reverse
 * relationship is kept in step (SQLAlchemy's backref listeners, `orm/attributes.py`;
 * `docs/sqlalchemy-semantics.md` R2.4), related new objects join the owner's session
 * (save-update cascade), and the change is logged for the next flush.
 */
import type { MappedRelationship } from '../mapper/index.js';
import type { InstanceState } from './InstanceState.js';
import { processorOf } from './dependency/processorOf.js';
import type { LinkLog } from './LinkLog.js';
import { type ListListener, TrackedList } from './TrackedList.js';

/** What a session offers the events: its link log, and adoption of related new objects. */
export interface LinkRecorder {
  readonly links: LinkLog;
  adopt(state: InstanceState): void;
}

/** Finds (or creates) the state of an instance; provided by `instrument.ts`. */
export type StateOf = (instance: object) => InstanceState;

export class RelationshipEvents {
  readonly #stateOf: StateOf;
  /**
   * One listener per relationship, told which list changed by the list's owner: a link of 1,000
   * rows makes 1,000 reverse lists, and three closures for each of them were most of their cost.
   */
  readonly #listeners = new WeakMap<MappedRelationship, ListListener<object, InstanceState>>();

  constructor(stateOf: StateOf) {
    this.#stateOf = stateOf;
  }

  /** The list of `owner.<relationship>`, created on first use. */
  list(owner: InstanceState, relationship: MappedRelationship): TrackedList<object> {
    let list = owner.lists.get(relationship.name);
    if (!list) {
      list = TrackedList.create(this.#listener(relationship), owner.status === 'transient' || owner.status === 'pending', owner);
      owner.lists.set(relationship.name, list);
    }
    return list;
  }

  #listener(relationship: MappedRelationship): ListListener<object, InstanceState> {
    let listener = this.#listeners.get(relationship);
    if (!listener) {
      listener = {
        // Only a viewonly relationship refuses changes: the others need no guard call per change.
        guard: relationship.viewonly ? () => assertWritable(relationship) : undefined,
        appended: (item, owner) => this.#changed(owner, relationship, item, 'add'),
        removed: (item, owner) => this.#changed(owner, relationship, item, 'remove'),
      };
      this.#listeners.set(relationship, listener);
    }
    return listener;
  }

  /**
   * `owner.<relationship> = value` for a scalar. The previous value is released: a one-to-one
   * partner loses its reverse, and is unlinked at flush (deleted under delete-orphan).
   */
  setScalar(owner: InstanceState, relationship: MappedRelationship, value: object | null): void {
    assertWritable(relationship);
    const previous = owner.scalars.get(relationship.name);
    if (previous === value) return;
    const valueState = value === null ? null : this.#related(relationship, value);
    const processor = processorOf(relationship);
    if (previous === undefined && owner.status === 'persistent' && processor.replaceNeedsPrevious) {
      throw new TypeError(
        `${owner}.${relationship.name} is not loaded, so the object it replaces is unknown. Load it first: await session.load(instance, "${relationship.name}").`,
      );
    }
    owner.scalars.set(relationship.name, value);
    if (previous) this.#changed(owner, relationship, previous, 'remove');
    if (valueState) this.#changed(owner, relationship, value!, 'add');
    else {
      const recorder = this.#recorder(owner);
      if (recorder) processor.logCleared(recorder.links, owner);
    }
  }

  #changed(owner: InstanceState, relationship: MappedRelationship, item: object, op: 'add' | 'remove'): void {
    assertWritable(relationship);
    const itemState = this.#related(relationship, item);
    const recorder = this.#recorder(owner) ?? this.#recorder(itemState);
    if (op === 'add' && recorder && relationship.cascade.saveUpdate) {
      recorder.adopt(owner);
      recorder.adopt(itemState);
    }
    if (recorder) processorOf(relationship).logChange(recorder.links, owner, itemState, op);
    this.#syncReverse(owner, relationship, itemState, op);
  }

  /** Mirrors the change on the reverse relationship, unless either side is viewonly (R2.7). */
  #syncReverse(owner: InstanceState, relationship: MappedRelationship, item: InstanceState, op: 'add' | 'remove'): void {
    const reverse = relationship.reverse;
    if (!reverse || reverse.viewonly || relationship.viewonly) return;
    if (reverse.uselist) {
      const list = this.list(item, reverse);
      if (op === 'add') list.silentlyAppend(owner.instance);
      else list.silentlyRemove(owner.instance);
      return;
    }
    const current = item.scalars.get(reverse.name);
    if (op === 'remove') {
      if (current === owner.instance) item.scalars.set(reverse.name, null);
      return;
    }
    if (current && current !== owner.instance) this.#pop(this.#stateOf(current), relationship, item);
    item.scalars.set(reverse.name, owner.instance);
  }

  /**
   * A one-to-one partner replaced through the reverse side loses its link: `child.parent = p2`
   * where the reverse `Parent.child` is a scalar pops `p1.child`.
   */
  #pop(previousOwner: InstanceState, relationship: MappedRelationship, item: InstanceState): void {
    if (relationship.uselist) {
      this.list(previousOwner, relationship).silentlyRemove(item.instance);
      return;
    }
    if (previousOwner.scalars.get(relationship.name) !== item.instance) return;
    previousOwner.scalars.set(relationship.name, null);
    const recorder = this.#recorder(previousOwner);
    if (recorder) processorOf(relationship).logChange(recorder.links, previousOwner, item, 'remove');
  }

  #related(relationship: MappedRelationship, item: object): InstanceState {
    const state = typeof item === 'object' && item !== null ? this.#stateOf(item) : undefined;
    if (!state || state.model !== relationship.target) {
      const got = state ? `a ${state.model.name}` : String(item);
      throw new TypeError(`${relationship.owner.name}.${relationship.name} holds ${relationship.target.name} objects, but got ${got}.`);
    }
    return state;
  }

  #recorder(state: InstanceState): LinkRecorder | undefined {
    return state.session as LinkRecorder | undefined;
  }
}

function assertWritable(relationship: MappedRelationship): void {
  if (relationship.viewonly) {
    throw new TypeError(
      `${relationship.owner.name}.${relationship.name} is viewonly, so it cannot be changed. Write through the relationships that own its rows.`,
    );
  }
}
