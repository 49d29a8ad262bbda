/**
 * The schema, reads and writes of the one-to-one family: `Parent.child` and `Child.parent`, both
 * scalars, over a foreign key on either table. With the key on "child" (`child.parent_id`,
 * one-to-one.ts) `Parent.child` is a one-to-many made a scalar; with the key on "parent"
 * (`parent.child_id`, one-to-one-backref.ts and one-to-one-many-to-one-side.ts) `Child.parent`
 * is. Reads and the schema are written once for both; the writes of a key on "parent" are shared
 * by its two variants, and one-to-one.test.ts passes its own through `writes`.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, configure, type DeclarativeBase } from '../../../src/index.js';
import { DIALECTS } from '../../support/index.js';
import { key, paired, scalarsOf, lookUpEach, useSeedDatabase, type SeedDatabase } from '../seedDatabase.js';
import { expectCommittedSdl, fieldArgs, fieldType } from '../seedSchema.js';

export interface OneToOneVariant {
  /** The seed pattern: `examples/seed/<pattern>.ts`. */
  readonly pattern: string;
  readonly Base: DeclarativeBase;
  /** The table that holds the foreign key: `child.parent_id` or `parent.child_id`. */
  readonly keyOn: 'child' | 'parent';
  /** Write tests of this variant alone, run against the writes database with the family's fixture. */
  readonly writes?: (db: SeedDatabase) => void;
}

/**
 * Key on "child": twelve parents and twelve children, at most one child per parent: parents 4,
 * 6, 8 and 10 have no child, children 23, 26, 29 and 32 no parent; parent 6 and child 26 have no
 * name. Inserted out of key order.
 */
export const keyOnChild = {
  rows: {
    parent: [7, 1, 12, 3, 9, 5, 2, 11, 4, 8, 10, 6].map((id) => ({ id, name: id === 6 ? null : `p${id}` })),
    child: [
      { id: 29, name: 'c29', parent_id: null },
      { id: 22, name: 'c22', parent_id: 1 },
      { id: 32, name: 'c32', parent_id: null },
      { id: 23, name: 'c23', parent_id: null },
      { id: 21, name: 'c21', parent_id: 3 },
      { id: 30, name: 'c30', parent_id: 2 },
      { id: 25, name: 'c25', parent_id: 7 },
      { id: 27, name: 'c27', parent_id: 12 },
      { id: 31, name: 'c31', parent_id: 11 },
      { id: 24, name: 'c24', parent_id: 5 },
      { id: 28, name: 'c28', parent_id: 9 },
      { id: 26, name: null, parent_id: null },
    ],
  },
  /** child.parent_id of every child, by id, as the fixture has it with `changes` applied. */
  links: (changes: Record<number, number | null> = {}) =>
    [...keyOnChild.rows.child].sort((a, b) => a.id - b.id).map((c) => [c.id, c.id in changes ? changes[c.id] : c.parent_id]),
  /** The key column's rows as `[owner, related]`, in the shape `links` gives. */
  linksSql: 'SELECT id AS owner, parent_id AS related FROM child ORDER BY id',
  parentScalarsSql: 'SELECT p.id AS owner, c.id AS related FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id',
  childScalarsSql: 'SELECT id AS owner, parent_id AS related FROM child ORDER BY id',
  parentWithoutChild: 4,
};

/**
 * Key on "parent": twelve children and twelve parents, each child held by at most one parent:
 * parents 2, 5, 8 and 12 hold no child (child_id NULL), children 23, 26, 29 and 32 are held by
 * none; parent 8 and child 26 have no name. Inserted out of key order.
 */
export const keyOnParent = {
  rows: {
    child: [28, 21, 32, 23, 30, 25, 22, 31, 24, 29, 26, 27].map((id) => ({ id, name: id === 26 ? null : `c${id}` })),
    parent: [
      { id: 9, name: 'p9', child_id: 30 },
      { id: 1, name: 'p1', child_id: 22 },
      { id: 12, name: 'p12', child_id: null },
      { id: 2, name: 'p2', child_id: null },
      { id: 7, name: 'p7', child_id: 27 },
      { id: 3, name: 'p3', child_id: 21 },
      { id: 11, name: 'p11', child_id: 31 },
      { id: 5, name: 'p5', child_id: null },
      { id: 4, name: 'p4', child_id: 25 },
      { id: 8, name: null, child_id: null },
      { id: 6, name: 'p6', child_id: 24 },
      { id: 10, name: 'p10', child_id: 28 },
    ],
  },
  /** parent.child_id of every parent, by id, as the fixture has it with `changes` applied. */
  links: (changes: Record<number, number | null> = {}) =>
    [...keyOnParent.rows.parent].sort((a, b) => a.id - b.id).map((p) => [p.id, p.id in changes ? changes[p.id] : p.child_id]),
  linksSql: 'SELECT id AS owner, child_id AS related FROM parent ORDER BY id',
  parentScalarsSql: 'SELECT id AS owner, child_id AS related FROM parent ORDER BY id',
  childScalarsSql: 'SELECT c.id AS owner, p.id AS related FROM child c LEFT JOIN parent p ON p.child_id = c.id ORDER BY c.id',
  parentWithoutChild: 2,
};

/** Describes the schema, read and write tests of a one-to-one seed pattern. */
export function describeOneToOne({ pattern, Base, keyOn, writes }: OneToOneVariant): void {
  const schema = buildSchema(configure(Base));
  const fixture = keyOn === 'child' ? keyOnChild : keyOnParent;
  const { rows } = fixture;
  const foreignKey = keyOn === 'child' ? 'child.parent_id' : 'parent.child_id';

  describe(`${pattern}: schema`, () => {
    it('matches the committed SDL', () => {
      expectCommittedSdl(pattern, Base);
    });

    it('gives both sides a nullable scalar without list arguments, and the key column to the table that holds it', () => {
      expect(fieldType(schema, 'Parent.child')).toBe('Child');
      expect(fieldArgs(schema, 'Parent.child')).toEqual({});
      expect(fieldType(schema, 'Child.parent')).toBe('Parent');
      expect(fieldArgs(schema, 'Child.parent')).toEqual({});
      expect(fieldType(schema, keyOn === 'child' ? 'Child.parentId' : 'Parent.childId')).toBe('Int');
    });

    it('sets the partner from either side, and has no add/remove mutations', () => {
      expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
      expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
      expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
      expect(fieldType(schema, 'Mutation.removeParentChild')).toBeUndefined();
      expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
    });

    it('writes the partner nested as a single relation from both sides', () => {
      expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
      expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
    });
  });

  for (const dialect of DIALECTS) {
    describe(`${dialect.name}: ${pattern} reads`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'once');
      const parentScalars = async () => paired(await db.sql(fixture.parentScalarsSql));
      const childScalars = async () => paired(await db.sql(fixture.childScalarsSql));

      it(`returns Parent.child as ${foreignKey} says, null for parents without a child`, async () => {
        const { parents } = await db.api.data('{ parents { id child { id } } }');
        const expected = await parentScalars();
        expect(scalarsOf(parents, 'child')).toEqual(expected);
        expect(expected).toContainEqual([fixture.parentWithoutChild, null]);
      });

      it(`returns Child.parent as ${foreignKey} says, null for children without a parent`, async () => {
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
        expect(
          scalarsOf(
            parentIds.map((id) => data[`p${id}`]),
            'child',
          ),
        ).toEqual(await parentScalars());
        expect(
          scalarsOf(
            childIds.map((id) => data[`c${id}`]),
            'parent',
          ),
        ).toEqual(await childScalars());
      });

      it("goes there and back: each parent's child names the parent", async () => {
        const { parents } = await db.api.data('{ parents { id child { id parent { id } } } }');
        for (const parent of parents) if (parent.child) expect(parent.child.parent).toEqual({ id: parent.id });
      });

      it('returns the columns of both tables, nulls included', async () => {
        if (keyOn === 'child') {
          const { parents, children } = await db.api.data('{ parents { id name child { name } } children { id name parentId } }');
          expect(parents).toEqual(
            (
              await db.sql(
                'SELECT p.id, p.name, c.id AS child_id, c.name AS child_name FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id',
              )
            ).map((r) => ({ id: key(r.id), name: r.name, child: r.child_id === null ? null : { name: r.child_name } })),
          );
          expect(children).toEqual(
            (await db.sql('SELECT id, name, parent_id FROM child ORDER BY id')).map((r) => ({
              id: key(r.id),
              name: r.name,
              parentId: key(r.parent_id),
            })),
          );
          expect(parents).toContainEqual({ id: 6, name: null, child: null });
        } else {
          const { parents, children } = await db.api.data('{ parents { id name childId } children { id name parent { name } } }');
          expect(parents).toEqual(
            (await db.sql('SELECT id, name, child_id FROM parent ORDER BY id')).map((r) => ({
              id: key(r.id),
              name: r.name,
              childId: key(r.child_id),
            })),
          );
          expect(children).toEqual(
            (
              await db.sql(
                'SELECT c.id, c.name, p.id AS parent_id, p.name AS parent_name FROM child c LEFT JOIN parent p ON p.child_id = c.id ORDER BY c.id',
              )
            ).map((r) => ({ id: key(r.id), name: r.name, parent: r.parent_id === null ? null : { name: r.parent_name } })),
          );
          expect(parents).toContainEqual({ id: 8, name: null, childId: null });
        }
      });
    });

    describe(`${dialect.name}: ${pattern} writes`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'each');
      if (keyOn === 'parent') describeKeyOnParentWrites(db);
      writes?.(db);
    });
  }
}

/** The writes of a one-to-one whose key is `parent.child_id`, whichever side declared what. */
function describeKeyOnParentWrites(db: SeedDatabase): void {
  const links = async () => paired(await db.sql(keyOnParent.linksSql));
  const parentChildren = keyOnParent.links;

  it('setParentChild links a free child, and setting it again writes nothing', async () => {
    const { setParentChild } = await db.api.data('mutation { setParentChild(id: 2, childId: 23) { id child { id parent { id } } } }');
    expect(setParentChild).toEqual({ id: 2, child: { id: 23, parent: { id: 2 } } });
    expect(await links()).toEqual(parentChildren({ 2: 23 }));
    db.log.clear();
    await db.api.data('mutation { setParentChild(id: 2, childId: 23) { id } }');
    expect(db.log.updates).toHaveLength(0);
    expect(await links()).toEqual(parentChildren({ 2: 23 }));
  });

  it('setParentChild takes a child from the parent that held it, whose key is cleared (R2.5)', async () => {
    await db.api.data('mutation { setParentChild(id: 2, childId: 22) { id } }');
    expect(await links()).toEqual(parentChildren({ 1: null, 2: 22 }));
    const { child } = await db.api.data('{ child(id: 22) { parent { id } } }');
    expect(child.parent).toEqual({ id: 2 });
  });

  it("setParentChild replaces and clears the parent's child", async () => {
    await db.api.data('mutation { setParentChild(id: 1, childId: 23) { id } }');
    expect(await links()).toEqual(parentChildren({ 1: 23 }));
    const { setParentChild } = await db.api.data('mutation { setParentChild(id: 3, childId: null) { id child { id } } }');
    expect(setParentChild).toEqual({ id: 3, child: null });
    expect(await links()).toEqual(parentChildren({ 1: 23, 3: null }));
    db.log.clear();
    await db.api.data('mutation { setParentChild(id: 2, childId: null) { id } }');
    expect(db.log.updates).toHaveLength(0);
  });

  it('setChildParent points the parent at the child, and setting it again writes nothing', async () => {
    const { setChildParent } = await db.api.data('mutation { setChildParent(id: 23, parentId: 2) { id parent { id child { id } } } }');
    expect(setChildParent).toEqual({ id: 23, parent: { id: 2, child: { id: 23 } } });
    expect(await links()).toEqual(parentChildren({ 2: 23 }));
    db.log.clear();
    await db.api.data('mutation { setChildParent(id: 23, parentId: 2) { id } }');
    expect(db.log.updates).toHaveLength(0);
  });

  it("setChildParent releases the child's previous parent (R2.5)", async () => {
    await db.api.data('mutation { setChildParent(id: 22, parentId: 2) { id } }');
    expect(await links()).toEqual(parentChildren({ 1: null, 2: 22 }));
  });

  it("setChildParent takes a parent from another child, and to null clears the parent's key", async () => {
    await db.api.data('mutation { setChildParent(id: 23, parentId: 1) { id } }');
    expect(await links()).toEqual(parentChildren({ 1: 23 }));
    const { child } = await db.api.data('{ child(id: 22) { parent { id } } }');
    expect(child.parent).toBeNull();
    const { setChildParent } = await db.api.data('mutation { setChildParent(id: 21, parentId: null) { id parent { id } } }');
    expect(setChildParent).toEqual({ id: 21, parent: null });
    expect(await links()).toEqual(parentChildren({ 1: 23, 3: null }));
    db.log.clear();
    await db.api.data('mutation { setChildParent(id: 26, parentId: null) { id } }');
    expect(db.log.updates).toHaveLength(0);
  });

  it('creates a parent with its child connected or created, taking a held child from its parent', async () => {
    await db.api.data(
      'mutation { a: createParent(input: { id: 13, child: { connect: { id: 22 } } }) { id } b: createParent(input: { id: 14, child: { create: { id: 33 } } }) { id } }',
    );
    expect(await links()).toEqual([...parentChildren({ 1: null }), [13, 22], [14, 33]]);
  });

  it('creates a child with its parent connected or created in its input', async () => {
    await db.api.data(
      'mutation { a: createChild(input: { id: 33, parent: { connect: { id: 1 } } }) { id } b: createChild(input: { id: 34, parent: { create: { id: 13 } } }) { id } }',
    );
    expect(await links()).toEqual([...parentChildren({ 1: 33 }), [13, 34]]);
  });

  it('updateChild connects, replaces and disconnects its parent', async () => {
    await db.api.data('mutation { updateChild(id: 23, input: { parent: { connect: { id: 2 } } }) { id } }');
    expect(await links()).toEqual(parentChildren({ 2: 23 }));
    await db.api.data('mutation { updateChild(id: 23, input: { parent: { connect: { id: 5 } } }) { id } }');
    expect(await links()).toEqual(parentChildren({ 2: null, 5: 23 }));
    await db.api.data('mutation { updateChild(id: 23, input: { parent: { disconnect: true } }) { id } }');
    expect(await links()).toEqual(parentChildren());
  });

  it('updateParent connects and disconnects its child', async () => {
    await db.api.data('mutation { updateParent(id: 2, input: { child: { connect: { id: 21 } } }) { id } }');
    expect(await links()).toEqual(parentChildren({ 2: 21, 3: null }));
    await db.api.data('mutation { updateParent(id: 2, input: { child: { disconnect: true } }) { id } }');
    expect(await links()).toEqual(parentChildren({ 3: null }));
  });

  it('deleteChild clears the key of the parent that held it (R6.5)', async () => {
    const { deleteChild } = await db.api.data('mutation { deleteChild(id: 22) { id name } }');
    expect(deleteChild).toEqual({ id: 22, name: 'c22' });
    expect(db.writes()).toEqual(['UPDATE parent', 'DELETE child']);
    expect(await db.sql('SELECT id FROM child WHERE id = 22')).toEqual([]);
    expect(await links()).toEqual(parentChildren({ 1: null }));
  });

  it('deleteParent deletes only the parent', async () => {
    await db.api.data('mutation { deleteParent(id: 1) { id } }');
    expect(await links()).toEqual(parentChildren().filter(([id]) => id !== 1));
    expect(await db.sql('SELECT COUNT(*) AS n FROM child').then((r) => key(r[0]!.n))).toBe(12);
  });

  it('sees the writes of earlier fields of the operation: each parent takes a child in turn', async () => {
    await db.api.data(
      'mutation { a: setChildParent(id: 23, parentId: 1) { id } b: setChildParent(id: 22, parentId: 3) { id parent { child { id } } } }',
    );
    expect(await links()).toEqual(parentChildren({ 1: 23, 3: 22 }));
  });

  it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
    const before = await db.snapshot();
    for (const query of [
      'mutation { setParentChild(id: 2, childId: 99) { id } }',
      'mutation { setParentChild(id: 99, childId: 23) { id } }',
      'mutation { setChildParent(id: 23, parentId: 99) { id } }',
      'mutation { setChildParent(id: 99, parentId: 2) { id } }',
      'mutation { updateChild(id: 23, input: { parent: { connect: { id: 99 } } }) { id } }',
      'mutation { createParent(input: { id: 13, child: { connect: { id: 99 } } }) { id } }',
      'mutation { deleteChild(id: 99) { id } }',
      'mutation { a: setParentChild(id: 2, childId: 22) { id } b: setChildParent(id: 23, parentId: 99) { id } }',
    ]) {
      expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
    }
    expect(await db.snapshot()).toEqual(before);
  });
}
