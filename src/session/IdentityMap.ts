/** One instance per row per session: the identity map (SQLAlchemy `orm/identity.py`). */
import type { MappedModel } from '../mapper/index.js';
import type { InstanceState } from './InstanceState.js';

export class IdentityMap {
  readonly #byModel = new Map<MappedModel, Map<string, InstanceState>>();

  get(model: MappedModel, key: readonly unknown[]): InstanceState | undefined {
    return this.#byModel.get(model)?.get(identityKey(key));
  }

  set(state: InstanceState): void {
    let rows = this.#byModel.get(state.model);
    if (!rows) {
      rows = new Map();
      this.#byModel.set(state.model, rows);
    }
    rows.set(identityKey(state.key('committed')), state);
  }

  delete(state: InstanceState): void {
    this.#byModel.get(state.model)?.delete(identityKey(state.key('committed')));
  }

  *states(): Iterable<InstanceState> {
    for (const rows of this.#byModel.values()) yield* rows.values();
  }
}

/** Keys compare by value: `[1]`, `["a", 2]`, dates by their instant. */
export function identityKey(key: readonly unknown[]): string {
  return JSON.stringify(key.map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v)));
}
