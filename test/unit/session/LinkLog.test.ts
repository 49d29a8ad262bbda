/**
 * `LinkLog` (src/session/LinkLog.ts) on its own: the links a flush will write, collapsed to
 * their final form. A relationship and its reverse share one entry, the last change wins, a
 * child moved to another parent is not cleared by the one it left, and removals from a
 * delete-orphan list are remembered as orphan candidates.
 */
import { describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, Table, declarativeBase, relationship } from '../../../src/declare/index.js';
import type { MappedRelationship } from '../../../src/mapper/index.js';
import { configure } from '../../../src/session/configure.js';
import { instrument, stateOf } from '../../../src/session/index.js';
import { LinkLog } from '../../../src/session/LinkLog.js';

function models() {
  const Base = declarativeBase();
  const association = Table(
    'association',
    Base.metadata,
    Column('left_id', Integer, ForeignKey('left.id')),
    Column('right_id', Integer, ForeignKey('right.id')),
  );
  const other = Table(
    'other_association',
    Base.metadata,
    Column('left_id', Integer, ForeignKey('left.id')),
    Column('right_id', Integer, ForeignKey('right.id')),
  );
  const Parent = Base.model('Parent', {
    tableName: 'left',
    id: Column(Integer, { primaryKey: true }),
    children: relationship('Child', { backPopulates: 'parent' }),
    kids: relationship('Kid', { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
    tags: relationship('Tag', { secondary: association, backPopulates: 'parents' }),
    otherTags: relationship('Tag', { secondary: other }),
  });
  const Child = Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('left.id')),
    parent: relationship('Parent', { backPopulates: 'children' }),
  });
  const Kid = Base.model('Kid', {
    tableName: 'kid',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('left.id')),
    parent: relationship('Parent', { backPopulates: 'kids' }),
  });
  const Tag = Base.model('Tag', {
    tableName: 'right',
    id: Column(Integer, { primaryKey: true }),
    parents: relationship('Parent', { secondary: association, backPopulates: 'tags' }),
  });
  const mapping = configure(Base);
  instrument(mapping);
  const rel = (path: string): MappedRelationship => {
    const [model, name] = path.split('.');
    return mapping.model(model!)!.relationships.find((r) => r.name === name)!;
  };
  const state = (Model: new (init: object) => object, id: number) => stateOf(new Model({ id }));
  return { Parent, Child, Kid, Tag, rel, state };
}

describe('LinkLog: foreign keys', () => {
  it("records where a child's key is to point, and lists only the entries that change", () => {
    const { Parent, Child, rel, state } = models();
    const log = new LinkLog();
    const [parent, child, untouched] = [state(Parent, 1), state(Child, 10), state(Child, 11)];
    log.point(rel('Parent.children'), child, parent);
    expect(log.targetOf(rel('Parent.children'), child)).toBe(parent);
    expect(log.targetOf(rel('Parent.children'), untouched)).toBeUndefined();
    expect(log.foreignKeys).toEqual([expect.objectContaining({ child, target: parent, left: [], relationship: rel('Parent.children') })]);
    expect(log.foreignKeys[0]!.syncPairs).toBe(rel('Parent.children').syncPairs);
  });

  it('keeps one entry per child and key for a relationship and its reverse, the last change winning', () => {
    const { Parent, Child, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, child] = [state(Parent, 1), state(Parent, 2), state(Child, 10)];
    log.point(rel('Parent.children'), child, p1);
    log.point(rel('Child.parent'), child, p2);
    expect(log.foreignKeys).toHaveLength(1);
    expect(log.foreignKeys[0]).toMatchObject({ target: p2, relationship: rel('Child.parent') });
    expect(log.targetOf(rel('Parent.children'), child)).toBe(p2);
    log.point(rel('Child.parent'), child, null);
    expect(log.targetOf(rel('Parent.children'), child)).toBeNull();
  });

  it('keeps entries of different keys apart, even for the same parent and child', () => {
    const { Parent, Child, Kid, rel, state } = models();
    const log = new LinkLog();
    const parent = state(Parent, 1);
    log.point(rel('Parent.children'), state(Child, 10), parent);
    log.point(rel('Parent.kids'), state(Kid, 10), parent);
    expect(log.foreignKeys.map((entry) => entry.relationship.name)).toEqual(['children', 'kids']);
  });

  it('clears the key of a child leaving a list, expecting it to still point at that parent', () => {
    const { Parent, Child, rel, state } = models();
    const log = new LinkLog();
    const [parent, child] = [state(Parent, 1), state(Child, 10)];
    log.release(rel('Parent.children'), child, parent);
    expect(log.foreignKeys).toEqual([expect.objectContaining({ child, target: null, left: [parent] })]);
    expect(log.orphanCandidates.size).toBe(0);
  });

  it("does not clear a child that was pointed at another parent since (SQLAlchemy's hasparent)", () => {
    const { Parent, Child, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, child] = [state(Parent, 1), state(Parent, 2), state(Child, 10)];
    log.point(rel('Child.parent'), child, p2);
    log.release(rel('Parent.children'), child, p1);
    expect(log.foreignKeys).toEqual([expect.objectContaining({ target: p2, left: [], relationship: rel('Child.parent') })]);
  });

  it('clears outright a child pointed at the parent it then leaves (its own parent was left already), and a later point wins', () => {
    const { Parent, Child, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, child] = [state(Parent, 1), state(Parent, 2), state(Child, 10)];
    log.point(rel('Parent.children'), child, p1);
    log.release(rel('Parent.children'), child, p1);
    expect(log.foreignKeys[0]).toMatchObject({ target: null, left: [] });
    log.release(rel('Parent.children'), child, p2);
    expect(log.foreignKeys[0]).toMatchObject({ target: null, left: [] });
    log.point(rel('Parent.children'), child, p2);
    expect(log.foreignKeys[0]).toMatchObject({ target: p2, left: [] });
  });

  it('clears a child that left several parents if it still references any of them', () => {
    const { Parent, Child, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, child] = [state(Parent, 1), state(Parent, 2), state(Child, 10)];
    log.release(rel('Parent.children'), child, p2);
    log.release(rel('Parent.children'), child, p1);
    log.release(rel('Parent.children'), child, p2);
    expect(log.foreignKeys[0]).toMatchObject({ target: null, left: [p2, p1] });
  });

  it('remembers a child leaving a delete-orphan list as an orphan candidate, even once pointed elsewhere', () => {
    const { Parent, Kid, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, kid] = [state(Parent, 1), state(Parent, 2), state(Kid, 10)];
    log.release(rel('Parent.kids'), kid, p1);
    expect([...log.orphanCandidates]).toEqual([[kid, rel('Parent.kids')]]);
    // The flush decides: a candidate pointed at another parent is no orphan (collectDeletes).
    log.point(rel('Kid.parent'), kid, p2);
    expect(log.orphanCandidates.has(kid)).toBe(true);
    expect(log.targetOf(rel('Parent.kids'), kid)).toBe(p2);
  });
});

describe('LinkLog: secondary rows', () => {
  it('keeps one entry per pair for a relationship and its reverse, in the orientation first logged, the last op winning', () => {
    const { Parent, Tag, rel, state } = models();
    const log = new LinkLog();
    const [parent, tag] = [state(Parent, 1), state(Tag, 5)];
    log.link(rel('Parent.tags'), parent, tag, 'add');
    log.link(rel('Tag.parents'), tag, parent, 'remove');
    expect(log.secondary).toEqual([{ relationship: rel('Parent.tags'), owner: parent, target: tag, op: 'remove' }]);
    log.link(rel('Parent.tags'), parent, tag, 'add');
    expect(log.secondary).toEqual([{ relationship: rel('Parent.tags'), owner: parent, target: tag, op: 'add' }]);
  });

  it('collapses repeated adds, and keeps the pairs of other objects and other secondary tables apart', () => {
    const { Parent, Tag, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, tag] = [state(Parent, 1), state(Parent, 2), state(Tag, 5)];
    log.link(rel('Parent.tags'), p1, tag, 'add');
    log.link(rel('Parent.tags'), p1, tag, 'add');
    log.link(rel('Parent.tags'), p2, tag, 'add');
    log.link(rel('Parent.otherTags'), p1, tag, 'add');
    expect(log.secondary.map((entry) => [entry.relationship.name, entry.owner, entry.op])).toEqual([
      ['tags', p1, 'add'],
      ['tags', p2, 'add'],
      ['otherTags', p1, 'add'],
    ]);
  });

  it('lists the pairs in the order first logged, interleaved owners and tables included, a changed op keeping its place', () => {
    const { Parent, Tag, rel, state } = models();
    const log = new LinkLog();
    const [p1, p2, t5, t6] = [state(Parent, 1), state(Parent, 2), state(Tag, 5), state(Tag, 6)];
    log.link(rel('Parent.tags'), p1, t5, 'add');
    log.link(rel('Tag.parents'), t6, p2, 'add');
    log.link(rel('Parent.otherTags'), p1, t6, 'add');
    log.link(rel('Parent.tags'), p1, t6, 'add');
    log.link(rel('Tag.parents'), t5, p1, 'remove');
    expect(log.secondary.map((entry) => [entry.relationship.name, entry.owner, entry.target, entry.op])).toEqual([
      ['tags', p1, t5, 'remove'],
      ['parents', t6, p2, 'add'],
      ['otherTags', p1, t6, 'add'],
      ['tags', p1, t6, 'add'],
    ]);
    log.clear();
    log.link(rel('Parent.tags'), p2, t5, 'add');
    expect(log.secondary).toEqual([{ relationship: rel('Parent.tags'), owner: p2, target: t5, op: 'add' }]);
  });

  it('tells objects apart by identity, not by key: two new objects with no key yet are two pairs', () => {
    const { Parent, Tag, rel } = models();
    const log = new LinkLog();
    const parent = stateOf(new Parent({}));
    log.link(rel('Parent.tags'), parent, stateOf(new Tag({})), 'add');
    log.link(rel('Parent.tags'), parent, stateOf(new Tag({})), 'add');
    expect(log.secondary).toHaveLength(2);
  });
});

describe('LinkLog: clear', () => {
  it('forgets every entry', () => {
    const { Parent, Kid, Tag, rel, state } = models();
    const log = new LinkLog();
    const parent = state(Parent, 1);
    log.release(rel('Parent.kids'), state(Kid, 2), parent);
    log.link(rel('Parent.tags'), parent, state(Tag, 3), 'add');
    log.clear();
    expect(log.foreignKeys).toEqual([]);
    expect(log.secondary).toEqual([]);
    expect(log.orphanCandidates.size).toBe(0);
  });
});
