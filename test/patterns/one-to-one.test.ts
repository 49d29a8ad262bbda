/** One to one from the one-to-many side: `Parent.child` with `uselist: false` (examples/seed/one-to-one.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one.js';
import { buildSchema, configure } from '../../src/index.js';
import { DIALECTS } from '../support/index.js';
import { key, paired, scalarsOf, lookUpEach, useSeedDatabase } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-one: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-one', Base);
  });

  it('gives both sides a nullable scalar without list arguments', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldArgs(schema, 'Parent.child')).toEqual({});
    expect(fieldType(schema, 'Child.parent')).toBe('Parent');
    expect(fieldArgs(schema, 'Child.parent')).toEqual({});
  });

  it('sets the partner from either side, and has no add/remove mutations', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.removeParentChild')).toBeUndefined();
  });

  it('writes the partner nested as a single relation from both sides', () => {
    expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
  });
});

describe('one-to-one: mapper', () => {
  it('keeps Parent.child one-to-many but a scalar, paired with the many-to-one Child.parent', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'one-to-many', uselist: false, nullable: true, reverse: 'Child.parent', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.id = child.parent_id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: 'Parent.child', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.parent_id = parent.id'], secondaryJoin: [],
    });
  });
});

// Twelve parents and twelve children, at most one child per parent: parents 4, 6, 8 and 10
// have no child, children 23, 26, 29 and 32 no parent; parent 6 and child 26 have no name.
// Inserted out of key order.
const rows = {
  parent: [7, 1, 12, 3, 9, 5, 2, 11, 4, 8, 10, 6].map((id) => ({ id, name: id === 6 ? null : `p${id}` })),
  child: [
    { id: 29, name: 'c29', parent_id: null }, { id: 22, name: 'c22', parent_id: 1 }, { id: 32, name: 'c32', parent_id: null },
    { id: 23, name: 'c23', parent_id: null }, { id: 21, name: 'c21', parent_id: 3 }, { id: 30, name: 'c30', parent_id: 2 },
    { id: 25, name: 'c25', parent_id: 7 }, { id: 27, name: 'c27', parent_id: 12 }, { id: 31, name: 'c31', parent_id: 11 },
    { id: 24, name: 'c24', parent_id: 5 }, { id: 28, name: 'c28', parent_id: 9 }, { id: 26, name: null, parent_id: null },
  ],
};

/** child.parent_id of every child, by id, as the fixture has it with `changes` applied. */
const childParents = (changes: Record<number, number | null> = {}) =>
  [...rows.child].sort((a, b) => a.id - b.id).map((c) => [c.id, c.id in changes ? changes[c.id] : c.parent_id]);

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: one-to-one reads`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'once');
    const parentScalars = async () => paired(await db.sql('SELECT p.id AS owner, c.id AS related FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id'));
    const childScalars = async () => paired(await db.sql('SELECT id AS owner, parent_id AS related FROM child ORDER BY id'));

    it('returns Parent.child as child.parent_id says, null for parents without a child', async () => {
      const { parents } = await db.api.data('{ parents { id child { id } } }');
      const expected = await parentScalars();
      expect(scalarsOf(parents, 'child')).toEqual(expected);
      expect(expected).toContainEqual([4, null]);
    });

    it('returns Child.parent as child.parent_id says, null where it is NULL', async () => {
      const { children } = await db.api.data('{ children { id parent { id } } }');
      const expected = await childScalars();
      expect(scalarsOf(children, 'parent')).toEqual(expected);
      expect(expected).toContainEqual([23, null]);
    });

    it('returns the same when each row is looked up by key', async () => {
      const parentIds = rows.parent.map((p) => p.id).sort((a, b) => a - b);
      const childIds = rows.child.map((c) => c.id).sort((a, b) => a - b);
      const data = await lookUpEach(db.api, {
        ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id child { id } }`])),
        ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id parent { id } }`])),
      });
      expect(scalarsOf(parentIds.map((id) => data[`p${id}`]), 'child')).toEqual(await parentScalars());
      expect(scalarsOf(childIds.map((id) => data[`c${id}`]), 'parent')).toEqual(await childScalars());
    });

    it('goes there and back: each parent\'s child names the parent', async () => {
      const { parents } = await db.api.data('{ parents { id child { id parent { id } } } }');
      for (const parent of parents) if (parent.child) expect(parent.child.parent).toEqual({ id: parent.id });
    });

    it('returns the columns of both tables, nulls included', async () => {
      const { parents, children } = await db.api.data('{ parents { id name child { name } } children { id name parentId } }');
      expect(parents).toEqual((await db.sql('SELECT p.id, p.name, c.id AS child_id, c.name AS child_name FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id'))
        .map((r) => ({ id: key(r.id), name: r.name, child: r.child_id === null ? null : { name: r.child_name } })));
      expect(children).toEqual((await db.sql('SELECT id, name, parent_id FROM child ORDER BY id')).map((r) => ({ id: key(r.id), name: r.name, parentId: key(r.parent_id) })));
      expect(parents).toContainEqual({ id: 6, name: null, child: null });
    });
  });

  describe(`${dialect.name}: one-to-one writes`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'each');
    const links = async () => paired(await db.sql('SELECT id AS owner, parent_id AS related FROM child ORDER BY id'));

    it('setParentChild links a free child to a parent without one, and setting it again writes nothing', async () => {
      const { setParentChild } = await db.api.data('mutation { setParentChild(id: 4, childId: 23) { id child { id parent { id } } } }');
      expect(setParentChild).toEqual({ id: 4, child: { id: 23, parent: { id: 4 } } });
      expect(await links()).toEqual(childParents({ 23: 4 }));
      db.log.clear();
      await db.api.data('mutation { setParentChild(id: 4, childId: 23) { id } }');
      expect(db.log.updates).toHaveLength(0);
      expect(await links()).toEqual(childParents({ 23: 4 }));
    });

    it('setParentChild releases the parent\'s previous child (R2.5)', async () => {
      await db.api.data('mutation { setParentChild(id: 1, childId: 23) { id } }');
      expect(await links()).toEqual(childParents({ 22: null, 23: 1 }));
    });

    it('setParentChild takes a child from another parent, which is left without one', async () => {
      await db.api.data('mutation { setParentChild(id: 1, childId: 21) { id } }');
      expect(await links()).toEqual(childParents({ 22: null, 21: 1 }));
      const { parent } = await db.api.data('{ parent(id: 3) { child { id } } }');
      expect(parent.child).toBeNull();
    });

    it('setParentChild to null releases the child; with no child it writes nothing', async () => {
      const { setParentChild } = await db.api.data('mutation { setParentChild(id: 1, childId: null) { id child { id } } }');
      expect(setParentChild).toEqual({ id: 1, child: null });
      expect(await links()).toEqual(childParents({ 22: null }));
      db.log.clear();
      await db.api.data('mutation { setParentChild(id: 4, childId: null) { id } }');
      expect(db.log.updates).toHaveLength(0);
    });

    it('setChildParent links, replaces the parent\'s previous child (R2.5), and clears', async () => {
      await db.api.data('mutation { setChildParent(id: 23, parentId: 4) { id } }');
      expect(await links()).toEqual(childParents({ 23: 4 }));
      db.log.clear();
      await db.api.data('mutation { setChildParent(id: 23, parentId: 4) { id } }');
      expect(db.log.updates).toHaveLength(0);
      const { setChildParent } = await db.api.data('mutation { setChildParent(id: 26, parentId: 1) { id parent { id child { id } } } }');
      expect(setChildParent).toEqual({ id: 26, parent: { id: 1, child: { id: 26 } } });
      expect(await links()).toEqual(childParents({ 23: 4, 26: 1, 22: null }));
      await db.api.data('mutation { setChildParent(id: 21, parentId: null) { id } }');
      expect(await links()).toEqual(childParents({ 23: 4, 26: 1, 22: null, 21: null }));
    });

    it('creates a parent with its child created or connected in its input', async () => {
      await db.api.data('mutation { a: createParent(input: { id: 13, child: { create: { id: 33, name: "c33" } } }) { id } b: createParent(input: { id: 14, child: { connect: { id: 23 } } }) { id } }');
      expect(await links()).toEqual([...childParents({ 23: 14 }), [33, 13]]);
    });

    it('creates a child for a parent that had one, releasing the previous child', async () => {
      await db.api.data('mutation { createChild(input: { id: 33, parent: { connect: { id: 1 } } }) { id } }');
      expect(await links()).toEqual([...childParents({ 22: null }), [33, 1]]);
    });

    it('updateParent connects, creates and disconnects its child, releasing the one it replaces', async () => {
      await db.api.data('mutation { updateParent(id: 1, input: { child: { connect: { id: 23 } } }) { id } }');
      expect(await links()).toEqual(childParents({ 22: null, 23: 1 }));
      await db.api.data('mutation { updateParent(id: 1, input: { child: { create: { id: 33 } } }) { id } }');
      expect(await links()).toEqual([...childParents({ 22: null, 23: null }), [33, 1]]);
      await db.api.data('mutation { updateParent(id: 1, input: { child: { disconnect: true } }) { id } }');
      expect(await links()).toEqual([...childParents({ 22: null, 23: null }), [33, null]]);
    });

    it('updateChild connects and disconnects its parent', async () => {
      await db.api.data('mutation { updateChild(id: 23, input: { parent: { connect: { id: 3 } } }) { id } }');
      expect(await links()).toEqual(childParents({ 23: 3, 21: null }));
      await db.api.data('mutation { updateChild(id: 23, input: { parent: { disconnect: true } }) { id } }');
      expect(await links()).toEqual(childParents({ 23: null, 21: null }));
    });

    it('deleteParent clears its child\'s foreign key and keeps the child (R6.4)', async () => {
      const { deleteParent } = await db.api.data('mutation { deleteParent(id: 1) { id name } }');
      expect(deleteParent).toEqual({ id: 1, name: 'p1' });
      expect(db.writes()).toEqual(['UPDATE child', 'DELETE parent']);
      expect(await db.sql('SELECT id FROM parent WHERE id = 1')).toEqual([]);
      expect(await links()).toEqual(childParents({ 22: null }));
    });

    it('deleteChild deletes only the child', async () => {
      await db.api.data('mutation { deleteChild(id: 22) { id } }');
      expect(await links()).toEqual(childParents().filter(([id]) => id !== 22));
      expect(await db.sql('SELECT COUNT(*) AS n FROM parent').then((r) => key(r[0]!.n))).toBe(12);
    });

    it('sees the writes of earlier fields of the operation: a child passed on twice releases both previous partners', async () => {
      await db.api.data('mutation { a: setParentChild(id: 1, childId: 23) { id } b: setParentChild(id: 3, childId: 23) { id } }');
      expect(await links()).toEqual(childParents({ 21: null, 22: null, 23: 3 }));
      const { parent } = await db.api.data('{ parent(id: 1) { child { id } } }');
      expect(parent.child).toBeNull();
    });

    it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
      const before = await db.snapshot();
      for (const query of [
        'mutation { setParentChild(id: 4, childId: 99) { id } }',
        'mutation { setParentChild(id: 99, childId: 23) { id } }',
        'mutation { setChildParent(id: 23, parentId: 99) { id } }',
        'mutation { setChildParent(id: 99, parentId: null) { id } }',
        'mutation { updateParent(id: 1, input: { child: { connect: { id: 99 } } }) { id } }',
        'mutation { updateChild(id: 23, input: { parent: { connect: { id: 99 } } }) { id } }',
        'mutation { deleteParent(id: 99) { id } }',
        'mutation { a: setParentChild(id: 1, childId: 23) { id } b: setChildParent(id: 26, parentId: 99) { id } }',
      ]) {
        expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
      }
      expect(await db.snapshot()).toEqual(before);
    });
  });
}
