/** In memory, no database: both sides of a relationship stay in step (R2.4), and lists record their history. */
import { describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, Table, backref, declarativeBase, relationship } from '../../../src/declare/index.js';
import { configure } from '../../../src/session/configure.js';
import { instrument, stateOf, type TrackedList } from '../../../src/session/index.js';

function models() {
  const Base = declarativeBase();
  const association = Table(
    'association',
    Base.metadata,
    Column('left_id', Integer, ForeignKey('left.id')),
    Column('right_id', Integer, ForeignKey('right.id')),
  );
  const Parent = Base.model('Parent', {
    tableName: 'left',
    id: Column(Integer, { primaryKey: true }),
    children: relationship('Child', { backPopulates: 'parent' }),
    tags: relationship('Tag', { secondary: association, backref: 'parents' }),
    favorite: relationship('Favorite', { backref: backref('parent', { uselist: false }), uselist: false }),
    readonlyTags: relationship('Tag', { secondary: association, viewonly: true }),
  });
  const Child = Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('left.id')),
    parent: relationship('Parent', { backPopulates: 'children' }),
  });
  const Tag = Base.model('Tag', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
  const Favorite = Base.model('Favorite', {
    tableName: 'favorite',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('left.id'), { unique: true }),
  });
  instrument(configure(Base));
  return { Parent, Child, Tag, Favorite };
}

describe('session: keeping both sides in step', () => {
  it('sets the many-to-one when a child is appended to the list, and the reverse', () => {
    const { Parent, Child } = models();
    const parent = new Parent({ id: 1 });
    const child = new Child({ id: 10 });
    parent.children.push(child);
    expect(child.parent).toBe(parent);
    const other = new Child({ id: 11 });
    other.parent = parent;
    expect([...parent.children]).toEqual([child, other]);
  });

  it('moves a child between lists when its many-to-one changes', () => {
    const { Parent, Child } = models();
    const [p1, p2] = [new Parent({ id: 1 }), new Parent({ id: 2 })];
    const child = new Child({ id: 10, parent: p1 });
    child.parent = p2;
    expect([...p1.children]).toEqual([]);
    expect([...p2.children]).toEqual([child]);
  });

  it('clears the many-to-one when the child leaves the list', () => {
    const { Parent, Child } = models();
    const parent = new Parent({ id: 1 });
    const child = new Child({ id: 10 });
    parent.children.push(child);
    (parent.children as TrackedList<object>).remove(child);
    expect(child.parent).toBeNull();
  });

  it('appends to both lists of a many-to-many', () => {
    const { Parent, Tag } = models();
    const parent = new Parent({ id: 1 });
    // `parents` comes from a backref, created at configure time: not in the static type.
    const tag = new Tag({ id: 5 }) as InstanceType<typeof Tag> & { parents: TrackedList<object> };
    parent.tags.push(tag);
    expect([...tag.parents]).toEqual([parent]);
    tag.parents.pop();
    expect([...parent.tags]).toEqual([]);
  });

  it('releases the old partner of a one-to-one when another takes its place', () => {
    const { Parent, Favorite } = models();
    const parent = new Parent({ id: 1 });
    type WithParent = InstanceType<typeof Favorite> & { parent: object | null };
    const [first, second] = [new Favorite({ id: 1 }) as WithParent, new Favorite({ id: 2 }) as WithParent];
    parent.favorite = first;
    expect(first.parent).toBe(parent);
    second.parent = parent;
    expect(parent.favorite).toBe(second);
    expect(first.parent).toBeNull();
  });

  it('holds each object once in a list, and records what was added and removed', () => {
    const { Parent, Child } = models();
    const parent = new Parent({ id: 1 });
    const [a, b] = [new Child({ id: 1 }), new Child({ id: 2 })];
    const list = parent.children as TrackedList<object>;
    list.push(a, a, b);
    expect(list.length).toBe(2);
    list.remove(a);
    expect([...list.added]).toEqual([b]);
    expect([...list.deleted]).toEqual([]);
  });

  it('refuses changes to a viewonly relationship, and does not mirror into it', () => {
    const { Parent, Tag } = models();
    const parent = new Parent({ id: 1 });
    expect(() => parent.readonlyTags.push(new Tag({ id: 1 }))).toThrow(
      'Parent.readonlyTags is viewonly, so it cannot be changed. Write through the relationships that own its rows.',
    );
    parent.tags.push(new Tag({ id: 2 }));
    expect([...parent.readonlyTags]).toEqual([]);
  });

  it('refuses an object of the wrong model with a message naming both', () => {
    const { Parent, Tag } = models();
    expect(() => new Parent({ id: 1 }).children.push(new Tag({ id: 1 }))).toThrow('Parent.children holds Child objects, but got a Tag.');
  });

  it('keeps column values in the state, not as own properties', () => {
    const { Child } = models();
    const child = new Child({ id: 3, parent_id: 7 });
    expect(Object.keys(child)).toEqual([]);
    expect(stateOf(child).values.get('parent_id')).toBe(7);
    expect(child.parent_id).toBe(7);
  });
});
