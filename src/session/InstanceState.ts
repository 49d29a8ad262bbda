/**
 * The state relgraph keeps for each model instance: its column values as loaded and as they are
 * now, its relationship values, and where it stands with a session (SQLAlchemy's
 * `InstanceState`, `orm/state.py`).
 */
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import { instanceName } from '../mapper/index.js';
import type { TrackedList } from './TrackedList.js';

export type InstanceStatus = 'transient' | 'pending' | 'persistent' | 'deleted';

const stateKey = Symbol('relgraph.state');

export class InstanceState {
  readonly instance: object;
  readonly model: MappedModel;
  status: InstanceStatus = 'transient';
  /** The session that tracks it; set by `Session.add()` and by loading. */
  session: object | undefined;
  /** Column values now, by attribute. */
  readonly values = new Map<string, unknown>();
  /** Column values as last read from or written to the database; empty while pending. */
  readonly committed = new Map<string, unknown>();
  /** Scalar relationships: the related instance, null, or absent when not loaded. */
  readonly scalars = new Map<string, object | null>();
  readonly lists = new Map<string, TrackedList<object>>();
  /** Order of `add()`, so that inserts of one table keep the order objects were added in. */
  addedAt = 0;

  constructor(instance: object, model: MappedModel) {
    this.instance = instance;
    this.model = model;
  }

  /** The primary key as committed (persistent) or as currently set (pending). */
  key(source: 'committed' | 'current' = 'committed'): unknown[] {
    const values = source === 'committed' && this.status !== 'pending' && this.status !== 'transient' ? this.committed : this.values;
    const primaryKey = this.model.primaryKey;
    // Asked several times per row and flush (identity map, link rows, the flush's bookkeeping).
    if (primaryKey.length === 1) return [values.get(primaryKey[0]!.attribute)];
    return primaryKey.map((column) => values.get(column.attribute));
  }

  hasKey(source: 'committed' | 'current' = 'current'): boolean {
    return this.key(source).every((value) => value !== undefined && value !== null);
  }

  /** `Child(id=3)`, the form every message uses. */
  toString(): string {
    const key = this.model.primaryKey.map(
      (column) => [column.attribute, this.values.get(column.attribute) ?? this.committed.get(column.attribute) ?? '?'] as const,
    );
    return instanceName(this.model.name, key);
  }

  relationship(name: string): MappedRelationship {
    const relationship = relationshipsOf(this.model).get(name);
    if (!relationship) throw new TypeError(`${this.model.name} has no relationship "${name}".`);
    return relationship;
  }
}

// By name, made once per model (a mapping is frozen): asked once per link made or broken.
const relationshipsByName = new WeakMap<MappedModel, ReadonlyMap<string, MappedRelationship>>();

function relationshipsOf(model: MappedModel): ReadonlyMap<string, MappedRelationship> {
  let byName = relationshipsByName.get(model);
  if (!byName) {
    // The first of a name wins, as `find` took it.
    byName = new Map([...model.relationships].reverse().map((r) => [r.name, r] as const));
    relationshipsByName.set(model, byName);
  }
  return byName;
}

export function getState(instance: object): InstanceState | undefined {
  return (instance as { [stateKey]?: InstanceState })[stateKey];
}

export function setState(instance: object, state: InstanceState): void {
  Object.defineProperty(instance, stateKey, { value: state, enumerable: false, configurable: true });
}
