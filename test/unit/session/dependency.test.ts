/**
 * The dependency processors (`session/dependency/`): one per direction, chosen once per
 * relationship, each logging a change as the flush writes it (a foreign key on the child, on the
 * owner, or a secondary row) and saying what the unit of work needs from it.
 */
import { describe, expect, it } from 'vitest';
import ManyToMany from '../../../examples/seed/many-to-many-back-populates.js';
import OneToMany from '../../../examples/seed/one-to-many-back-populates.js';
import type { MappedRelationship } from '../../../src/mapper/index.js';
import { configure } from '../../../src/session/configure.js';
import { linkHolder } from '../../../src/mapper/index.js';
import { processorOf } from '../../../src/session/dependency/processorOf.js';
import { InstanceState } from '../../../src/session/InstanceState.js';
import { LinkLog } from '../../../src/session/LinkLog.js';

const oneToMany = configure(OneToMany);
const manyToMany = configure(ManyToMany);
const relationship = (mapping: typeof oneToMany, model: string, name: string) =>
  mapping.models.find((m) => m.name === model)!.attribute(name) as MappedRelationship;
const children = relationship(oneToMany, 'Parent', 'children');
const parent = relationship(oneToMany, 'Child', 'parent');
const tags = relationship(manyToMany, 'Parent', 'children');

function state(mapping: typeof oneToMany, model: string, id: number): InstanceState {
  const mapped = mapping.models.find((m) => m.name === model)!;
  const s = new InstanceState({}, mapped);
  s.values.set('id', id);
  s.committed.set('id', id);
  s.status = 'persistent';
  return s;
}

describe('session/dependency: one processor per direction', () => {
  it('is chosen once per relationship, and agrees with where the mapper says the link is stored', () => {
    expect(processorOf(children)).toBe(processorOf(children));
    expect([children, parent, tags].map((r) => [linkHolder(r), processorOf(r).constructor.name])).toEqual([
      ['target', 'OneToManyProcessor'],
      ['owner', 'ManyToOneProcessor'],
      ['secondary', 'ManyToManyProcessor'],
    ]);
  });

  it("logs a one-to-many add as the child's key pointing at the owner, and its reverse into the same entry", () => {
    const links = new LinkLog();
    const p = state(oneToMany, 'Parent', 1);
    const c = state(oneToMany, 'Child', 7);
    processorOf(children).logChange(links, p, c, 'add');
    processorOf(parent).logChange(links, c, p, 'add');
    expect(links.foreignKeys.map((e) => [e.child, e.target])).toEqual([[c, p]]);
    // Let go of in the same flush: cleared outright. Leaving a parent it had: cleared if it still points there.
    processorOf(parent).logChange(links, c, p, 'remove');
    expect(links.foreignKeys.map((e) => [e.child, e.target, e.left])).toEqual([[c, null, []]]);
    const fresh = new LinkLog();
    processorOf(children).logChange(fresh, p, c, 'remove');
    expect(fresh.foreignKeys.map((e) => [e.child, e.target, e.left])).toEqual([[c, null, [p]]]);
  });

  it("clears a many-to-one's own key even when its previous target was never loaded; the other sides need it loaded", () => {
    const links = new LinkLog();
    const c = state(oneToMany, 'Child', 7);
    processorOf(parent).logCleared(links, c);
    expect(links.foreignKeys.map((e) => [e.child, e.target])).toEqual([[c, null]]);
    processorOf(children).logCleared(links, state(oneToMany, 'Parent', 1));
    expect(links.foreignKeys).toHaveLength(1);
    expect([children, parent, tags].map((r) => processorOf(r).replaceNeedsPrevious)).toEqual([true, false, true]);
  });

  it('logs a many-to-many change as a secondary row, and reads a target key only from a many-to-one', () => {
    const links = new LinkLog();
    const p = state(manyToMany, 'Parent', 1);
    const c = state(manyToMany, 'Child', 2);
    processorOf(tags).logChange(links, p, c, 'add');
    expect(links.secondary.map((e) => [e.owner, e.target, e.op])).toEqual([[p, c, 'add']]);
    expect(links.foreignKeys).toEqual([]);
    const child = state(oneToMany, 'Child', 7);
    child.values.set('parent_id', 3);
    expect(processorOf(parent).targetKey(child)).toEqual([3]);
    expect(processorOf(children).targetKey(state(oneToMany, 'Parent', 1))).toBeUndefined();
    expect(processorOf(tags).targetKey(p)).toBeUndefined();
  });
});
