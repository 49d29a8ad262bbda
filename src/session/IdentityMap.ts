/** One instance per row per session: the identity map (SQLAlchemy `orm/identity.py`). */
import type { MappedModel } from '../mapper/index.js';
import type { InstanceState } from './InstanceState.js';

export class IdentityMap {
  readonly #byModel = new Map<MappedModel, Map<string | number, InstanceState>>();

  get(model: MappedModel, key: readonly unknown[]): InstanceState | undefined {
    return this.#byModel.get(model)?.get(rowKey(key));
  }

  set(state: InstanceState): void {
    let rows = this.#byModel.get(state.model);
    if (!rows) {
      rows = new Map();
      this.#byModel.set(state.model, rows);
    }
    rows.set(rowKey(state.key('committed')), state);
  }

  delete(state: InstanceState): void {
    this.#byModel.get(state.model)?.delete(rowKey(state.key('committed')));
  }

  *states(): Iterable<InstanceState> {
    for (const rows of this.#byModel.values()) yield* rows.values();
  }
}

/** Keys compare by value: `[1]`, `["a", 2]`, dates by their instant. */
export function identityKey(key: readonly unknown[]): string {
  // The usual key, one integer or one string, is written without the array `map` and JSON
  // make: a link of 1,000 rows asks for keys several thousand times. The text is the same.
  if (key.length === 1) {
    const value = key[0];
    if (typeof value === 'number' && Number.isFinite(value)) return `[${value}]`;
    if (typeof value === 'string') return `[${JSON.stringify(value)}]`;
  }
  return JSON.stringify(key.map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v)));
}

/**
 * The identity map's own key: a one-column numeric key as the number itself (no string to make
 * or hash), any other key as its `identityKey`. A number never equals a string in a Map, so
 * two keys share an entry exactly when their `identityKey`s are equal.
 */
function rowKey(key: readonly unknown[]): string | number {
  if (key.length === 1) {
    const value = key[0];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return identityKey(key);
}
