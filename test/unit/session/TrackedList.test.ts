/**
 * `TrackedList` (src/session/TrackedList.ts) on its own, with a recording listener: each object
 * once, what was added and removed netting out, removals from an unloaded list still recorded,
 * the guard refusing a change before it happens, and loading that keeps pending changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackedList } from '../../../src/session/index.js';

interface Item {
  readonly name: string;
}

/** A list with a listener that records every call. */
function tracked(loaded = true, guard?: () => void) {
  const calls: string[] = [];
  const list = TrackedList.create<Item>(
    {
      guard: () => {
        calls.push('guard');
        guard?.();
      },
      appended: (item) => calls.push(`appended ${item.name}`),
      removed: (item) => calls.push(`removed ${item.name}`),
    },
    loaded,
  );
  return { list, calls };
}

const [a, b, c, d]: [Item, Item, Item, Item] = [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }];
const names = (items: Iterable<Item>) => [...items].map((item) => item.name);

describe('TrackedList', () => {
  it('appends each object once, and tells the listener only of real additions', () => {
    const { list, calls } = tracked();
    expect(list.push(a, b, a)).toBe(2);
    list.append(b);
    expect(names(list)).toEqual(['a', 'b']);
    expect(names(list.added)).toEqual(['a', 'b']);
    expect(calls).toEqual(['guard', 'appended a', 'guard', 'appended b', 'guard', 'guard']);
  });

  it('removes a member, records it, and tells the listener', () => {
    const { list, calls } = tracked();
    list.loadMembers([a, b, c]);
    list.remove(b);
    expect(names(list)).toEqual(['a', 'c']);
    expect(names(list.deleted)).toEqual(['b']);
    expect(list.added.size).toBe(0);
    expect(calls).toEqual(['guard', 'removed b']);
  });

  it('nets out an addition removed again, and a removal added again', () => {
    const { list, calls } = tracked();
    list.loadMembers([a]);
    list.push(b);
    list.remove(b);
    list.remove(a);
    list.push(a);
    expect(names(list)).toEqual(['a']);
    expect(list.added.size).toBe(0);
    expect(list.deleted.size).toBe(0);
    // The listener still hears every step: the link log nets them out the same way.
    expect(calls.filter((call) => call !== 'guard')).toEqual(['appended b', 'removed b', 'removed a', 'appended a']);
  });

  it('ignores the removal of a non-member from a loaded list', () => {
    const { list, calls } = tracked(true);
    list.push(a);
    list.remove(b);
    expect(names(list)).toEqual(['a']);
    expect(list.deleted.size).toBe(0);
    expect(calls).toEqual(['guard', 'appended a', 'guard']);
  });

  it('records the removal of a non-member from an unloaded list, whose members are not known', () => {
    const { list, calls } = tracked(false);
    list.remove(b);
    expect(list.length).toBe(0);
    expect(names(list.deleted)).toEqual(['b']);
    expect(calls).toEqual(['guard', 'removed b']);
  });

  it('lets the guard refuse a change before anything moves', () => {
    const { list } = tracked(true, () => {
      throw new TypeError('viewonly');
    });
    expect(() => list.push(a)).toThrow('viewonly');
    expect(() => list.unshift(a)).toThrow('viewonly');
    expect(() => list.remove(a)).toThrow('viewonly');
    expect(list.length).toBe(0);
    expect(list.added.size + list.deleted.size).toBe(0);
  });

  it('unshifts in the order given, skipping members', () => {
    const { list } = tracked();
    list.push(c);
    expect(list.unshift(a, b, c)).toBe(3);
    expect(names(list)).toEqual(['a', 'b', 'c']);
    expect(names(list.added)).toEqual(['c', 'b', 'a']);
  });

  it('pops and shifts through remove, and returns undefined from an empty list without a call', () => {
    const { list, calls } = tracked();
    list.loadMembers([a, b, c]);
    expect(list.pop()).toBe(c);
    expect(list.shift()).toBe(a);
    expect(names(list)).toEqual(['b']);
    expect(names(list.deleted)).toEqual(['c', 'a']);
    const empty = tracked();
    expect(empty.list.pop()).toBeUndefined();
    expect(empty.list.shift()).toBeUndefined();
    expect(empty.calls).toEqual([]);
    expect(calls.filter((call) => call !== 'guard')).toEqual(['removed c', 'removed a']);
  });

  it('splices: removes the range through remove, returns it, and appends the new items at the end', () => {
    const { list } = tracked();
    list.loadMembers([a, b, c]);
    expect(list.splice(1, 1, d, a)).toEqual([b]);
    // Unlike Array#splice, new items go to the end: a relationship's order is not positional.
    expect(names(list)).toEqual(['a', 'c', 'd']);
    expect(names(list.deleted)).toEqual(['b']);
    expect(names(list.added)).toEqual(['d']);
    expect(list.splice(1)).toEqual([c, d]);
    expect(names(list)).toEqual(['a']);
    expect(names(list.deleted)).toEqual(['b', 'c']);
    expect(list.added.size).toBe(0);
  });

  it('returns plain arrays from map, filter and slice', () => {
    const { list } = tracked();
    list.push(a, b);
    for (const derived of [list.map((item) => item), list.filter(() => true), list.slice()]) {
      expect(derived).not.toBeInstanceOf(TrackedList);
      expect(Array.isArray(derived)).toBe(true);
    }
  });

  it('changes membership silently for the reverse side of an event, netting out the same way', () => {
    const { list, calls } = tracked();
    list.loadMembers([a]);
    list.silentlyAppend(b);
    list.silentlyAppend(b);
    list.silentlyRemove(a);
    expect(names(list)).toEqual(['b']);
    expect(names(list.added)).toEqual(['b']);
    expect(names(list.deleted)).toEqual(['a']);
    list.silentlyRemove(b);
    list.silentlyAppend(a);
    expect(names(list)).toEqual(['a']);
    expect(list.added.size + list.deleted.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('loads members from the database keeping pending changes: additions stay, removals stay out', () => {
    const { list, calls } = tracked(false);
    list.push(d);
    list.remove(b);
    expect(list.loaded).toBe(false);
    list.loadMembers([a, b, c, d]);
    expect(list.loaded).toBe(true);
    expect(names(list)).toEqual(['a', 'c', 'd']);
    expect(names(list.added)).toEqual(['d']);
    expect(names(list.deleted)).toEqual(['b']);
    // Loaded: a member's removal is known now, a non-member's is ignored.
    list.remove(b);
    expect(calls.filter((call) => call !== 'guard')).toEqual(['appended d', 'removed b']);
  });

  it('makes the current members the baseline after a flush', () => {
    const { list } = tracked();
    list.loadMembers([a, b]);
    list.push(c);
    list.remove(a);
    list.resetHistory();
    expect(names(list)).toEqual(['b', 'c']);
    expect(list.added.size + list.deleted.size).toBe(0);
    list.remove(c);
    expect(names(list.deleted)).toEqual(['c']);
  });

  it('does not track assignment by index, as its comment warns', () => {
    const { list, calls } = tracked();
    list.push(a);
    list[0] = b;
    expect(names(list)).toEqual(['b']);
    expect(names(list.added)).toEqual(['a']);
    expect(calls).toEqual(['guard', 'appended a']);
  });

  it('keeps the membership and history of a plain array and two sets, short and past the length where it indexes its members', () => {
    /** The list as it was kept before: membership in a Set, history in two Sets, made up front. */
    class Reference {
      readonly items: Item[] = [];
      readonly added = new Set<Item>();
      readonly deleted = new Set<Item>();
      constructor(readonly loaded: boolean) {}
      append(item: Item) {
        if (this.items.includes(item)) return;
        this.items.push(item);
        this.#recordAdd(item);
      }
      unshift(item: Item) {
        if (this.items.includes(item)) return;
        this.items.unshift(item);
        this.#recordAdd(item);
      }
      remove(item: Item) {
        const at = this.items.indexOf(item);
        if (at >= 0) this.items.splice(at, 1);
        else if (this.loaded && !this.added.has(item)) return;
        this.#recordRemove(item);
      }
      silentlyAppend(item: Item) {
        this.append(item);
      }
      silentlyRemove(item: Item) {
        const at = this.items.indexOf(item);
        if (at >= 0) this.items.splice(at, 1);
        this.#recordRemove(item);
      }
      #recordAdd(item: Item) {
        if (this.deleted.has(item)) this.deleted.delete(item);
        else this.added.add(item);
      }
      #recordRemove(item: Item) {
        if (this.added.has(item)) this.added.delete(item);
        else this.deleted.add(item);
      }
    }
    const pool = Array.from({ length: 40 }, (_, i) => ({ name: `m${i}` }));
    const change = fc.record({
      op: fc.constantFrom('push', 'unshift', 'remove', 'pop', 'shift', 'silentlyAppend', 'silentlyRemove'),
      item: fc.constantFrom(...pool),
    });
    fc.assert(
      fc.property(fc.subarray(pool), fc.array(change, { maxLength: 80 }), fc.boolean(), (initial, changes, loaded) => {
        const { list } = tracked(loaded);
        const reference = new Reference(loaded);
        // Members known before the changes: as appended to a new list and flushed.
        for (const item of initial) {
          list.silentlyAppend(item);
          reference.silentlyAppend(item);
        }
        list.resetHistory();
        reference.added.clear();
        for (const { op, item } of changes) {
          if (op === 'push') list.push(item);
          else if (op === 'pop' || op === 'shift') {
            const taken = op === 'pop' ? reference.items.at(-1) : reference.items[0];
            expect(list[op]()).toBe(taken);
            if (taken) reference.remove(taken);
            continue;
          } else list[op](item);
          reference[op === 'push' ? 'append' : op](item);
          expect(names(list)).toEqual(names(reference.items));
        }
        expect(names(list)).toEqual(names(reference.items));
        expect(names(list.added)).toEqual(names(reference.added));
        expect(names(list.deleted)).toEqual(names(reference.deleted));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('keeps, for any sequence of public changes to a loaded list, each member once and added/deleted equal to the difference from the baseline', () => {
    const pool = ['p', 'q', 'r', 's', 't'].map((name) => ({ name }));
    const change = fc.record({
      op: fc.constantFrom('push', 'unshift', 'remove', 'pop', 'shift', 'splice'),
      item: fc.constantFrom(...pool),
      at: fc.nat({ max: 5 }),
    });
    fc.assert(
      fc.property(fc.subarray(pool), fc.array(change, { maxLength: 25 }), (baseline, changes) => {
        const { list } = tracked();
        list.loadMembers(baseline);
        for (const { op, item, at } of changes) {
          if (op === 'push' || op === 'unshift') list[op](item);
          else if (op === 'remove') list.remove(item);
          else if (op === 'splice') list.splice(at, 1, item);
          else list[op]();
        }
        expect(new Set(list).size).toBe(list.length);
        expect(new Set(list.added)).toEqual(new Set([...list].filter((item) => !baseline.includes(item))));
        expect(new Set(list.deleted)).toEqual(new Set(baseline.filter((item) => !list.includes(item))));
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
