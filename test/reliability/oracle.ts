/**
 * The load tier's oracle (§4.1). Each mutation is recorded as ACK, REJECT or INDETERMINATE; the
 * oracle keeps, per key, the set of states the database may be in.
 *
 * - Phase 1 (owned keys): one writer per key, one request at a time, so the history of each key
 *   is totally ordered. ACK applies the operation to every possible state; INDETERMINATE keeps
 *   both the old and the new states; REJECT changes nothing.
 * - Phase 2 (hot set): many writers. The final state must be the effect of some operation on the
 *   key that was ACKed or INDETERMINATE (or the initial state, when no ACKed operation on the key
 *   sets it unconditionally).
 */
import type { Reply } from './http.js';

export type Verdict = 'ACK' | 'REJECT' | 'INDETERMINATE';

const rejectCodes = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'CONSTRAINT_VIOLATION', 'FORBIDDEN', 'TRANSACTION_CONFLICT']);

/** §4.1: ACK is 200 with data and no errors; REJECT a contract code; anything else may have happened. */
export function verdict(reply: Reply): Verdict {
  if (reply.status === 200 && reply.body?.data && !reply.body.errors?.length) return 'ACK';
  const code = reply.body?.errors?.[0]?.extensions?.code;
  if (reply.status > 0 && reply.status < 500 && code && rejectCodes.has(code)) return 'REJECT';
  // relgraph promises that a request answered DATABASE_UNAVAILABLE wrote nothing (a lost
  // COMMIT is INTERNAL_SERVER_ERROR instead): hold it to that.
  if (reply.status === 503 && code === 'DATABASE_UNAVAILABLE') return 'REJECT';
  return 'INDETERMINATE';
}

/** A child's parent: a parent id, null, or a parent created by name whose id is not known yet. */
export type ParentValue = number | null | `new:${string}`;

/** How one operation changes a child's parent. */
export type ChildEffect = { kind: 'set'; value: ParentValue } | { kind: 'clearIf'; parent: number };

export class OwnedOracle {
  readonly children = new Map<number, Set<ParentValue>>();
  readonly links = new Map<string, Set<boolean>>();

  constructor(children: Map<number, number | null>, links: Set<string>, keysOfLinks: readonly string[]) {
    for (const [c, p] of children) this.children.set(c, new Set([p]));
    for (const key of keysOfLinks) this.links.set(key, new Set([links.has(key)]));
  }

  child(c: number, effect: ChildEffect, verdict: Verdict): void {
    const before = this.children.get(c)!;
    if (verdict === 'REJECT') return;
    const after = new Set<ParentValue>([...before].map((v) => apply(effect, v)));
    this.children.set(c, verdict === 'ACK' ? after : new Set([...before, ...after]));
  }

  link(key: string, linked: boolean, verdict: Verdict): void {
    const before = this.links.get(key)!;
    if (verdict === 'REJECT') return;
    this.links.set(key, verdict === 'ACK' ? new Set([linked]) : new Set([...before, linked]));
  }

  /** The one state a key must be in, or undefined when an indeterminate operation left two. */
  definiteChild(c: number): ParentValue | undefined {
    const values = this.children.get(c)!;
    return values.size === 1 ? [...values][0] : undefined;
  }

  definiteLink(key: string): boolean | undefined {
    const values = this.links.get(key)!;
    return values.size === 1 ? [...values][0] : undefined;
  }
}

function apply(effect: ChildEffect, value: ParentValue): ParentValue {
  if (effect.kind === 'set') return effect.value;
  return value === effect.parent ? null : value;
}

/** Phase 2: per key, what ACKed and indeterminate operations could have left behind. */
export class HotOracle {
  readonly #children = new Map<number, { initial: ParentValue; effects: ParentValue[]; unconditional: boolean }>();
  readonly #links = new Map<string, { initial: boolean; effects: boolean[]; acked: boolean }>();

  constructor(children: Map<number, number | null>, links: Set<string>, childKeys: readonly number[], linkKeys: readonly string[]) {
    for (const c of childKeys) this.#children.set(c, { initial: children.get(c) ?? null, effects: [], unconditional: false });
    for (const key of linkKeys) this.#links.set(key, { initial: links.has(key), effects: [], acked: false });
  }

  child(c: number, effect: ChildEffect, verdict: Verdict): void {
    const entry = this.#children.get(c)!;
    if (verdict === 'REJECT') return;
    // A conditional clear leaves null, or leaves the value some other operation set.
    entry.effects.push(effect.kind === 'set' ? effect.value : null);
    if (effect.kind === 'set' && verdict === 'ACK') entry.unconditional = true;
  }

  link(key: string, linked: boolean, verdict: Verdict): void {
    const entry = this.#links.get(key)!;
    if (verdict === 'REJECT') return;
    entry.effects.push(linked);
    if (verdict === 'ACK') entry.acked = true;
  }

  allowedChild(c: number): ParentValue[] {
    const entry = this.#children.get(c)!;
    return entry.unconditional ? entry.effects : [entry.initial, ...entry.effects];
  }

  allowedLink(key: string): boolean[] {
    const entry = this.#links.get(key)!;
    return entry.acked ? entry.effects : [entry.initial, ...entry.effects];
  }

  get childKeys(): number[] {
    return [...this.#children.keys()];
  }

  get linkKeys(): string[] {
    return [...this.#links.keys()];
  }
}

/** Whether the database's `actual` parent is one of `allowed`, resolving created parents by name. */
export function parentMatches(actual: number | null, allowed: Iterable<ParentValue>, createdIds: ReadonlyMap<string, number>): boolean {
  for (const value of allowed) {
    if (typeof value === 'string') {
      if (actual !== null && createdIds.get(value.slice(4)) === actual) return true;
    } else if (value === actual) {
      return true;
    }
  }
  return false;
}
