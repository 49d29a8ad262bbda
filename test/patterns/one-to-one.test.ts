/** One to one from the one-to-many side: `Parent.child` with `uselist: false` (examples/seed/one-to-one.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one.js';
import { configure } from '../../src/index.js';
import { describeOneToOne, keyOnChild } from './families/oneToOne.js';
import { key, paired, type SeedDatabase } from './seedDatabase.js';
import { decisions } from './seedSchema.js';

const mapping = configure(Base);

describeOneToOne({ pattern: 'one-to-one', Base, keyOn: 'child', writes });

describe('one-to-one: mapper', () => {
  it('keeps Parent.child one-to-many but a scalar, paired with the many-to-one Child.parent', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'one-to-many',
      uselist: false,
      nullable: true,
      reverse: 'Child.parent',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['parent.id = child.parent_id'],
      secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: true,
      reverse: 'Parent.child',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['child.parent_id = parent.id'],
      secondaryJoin: [],
    });
  });
});

/** The only one-to-one with its key on the child's table: a parent's previous child is released by an UPDATE of child. */
function writes(db: SeedDatabase): void {
  const links = async () => paired(await db.sql(keyOnChild.linksSql));
  const childParents = keyOnChild.links;

  it('setParentChild links a free child to a parent without one, and setting it again writes nothing', async () => {
    const { setParentChild } = await db.api.data('mutation { setParentChild(id: 4, childId: 23) { id child { id parent { id } } } }');
    expect(setParentChild).toEqual({ id: 4, child: { id: 23, parent: { id: 4 } } });
    expect(await links()).toEqual(childParents({ 23: 4 }));
    db.log.clear();
    await db.api.data('mutation { setParentChild(id: 4, childId: 23) { id } }');
    expect(db.log.updates).toHaveLength(0);
    expect(await links()).toEqual(childParents({ 23: 4 }));
  });

  it("setParentChild releases the parent's previous child (R2.5)", async () => {
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

  it("setChildParent links, replaces the parent's previous child (R2.5), and clears", async () => {
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
    await db.api.data(
      'mutation { a: createParent(input: { id: 13, child: { create: { id: 33, name: "c33" } } }) { id } b: createParent(input: { id: 14, child: { connect: { id: 23 } } }) { id } }',
    );
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

  it("deleteParent clears its child's foreign key and keeps the child (R6.4)", async () => {
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
}
