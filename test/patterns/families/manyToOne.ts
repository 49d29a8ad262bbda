/**
 * The schema, reads and writes of the many-to-one family: `Parent.child` over
 * `parent.child_id`, and its one-to-many reverse `Child.parents` when the variant declares it
 * (backPopulates or backref). Each seed pattern's test file calls `describeManyToOne` and adds
 * what its declaration decides differently, in the mapper.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, configure, type DeclarativeBase } from '../../../src/index.js';
import { DIALECTS } from '../../support/index.js';
import { grouped, key, listsOf, paired, scalarsOf, lookUpEach, useSeedDatabase } from '../seedDatabase.js';
import { expectCommittedSdl, fieldArgs, fieldType, listArgs } from '../seedSchema.js';

export interface ManyToOneVariant {
  /** The seed pattern: `examples/seed/<pattern>.ts`. */
  readonly pattern: string;
  readonly Base: DeclarativeBase;
  /** Whether `Child.parents` exists (a backref or backPopulates), or only `Parent.child`. */
  readonly reverse: boolean;
}

// Twelve children and twelve parents; parents 2, 5 and 10 hold no child (child_id NULL),
// children 23, 24, 26, 27, 28, 29 and 32 are held by no parent, child 22 by three parents.
// Child 23 and parent 4 have no name. Inserted out of key order.
const rows = {
  child: [28, 21, 32, 23, 30, 25, 22, 31, 24, 29, 26, 27].map((id) => ({ id, name: id === 23 ? null : `c${id}` })),
  parent: [
    { id: 9, name: 'p9', child_id: 30 },
    { id: 1, name: 'p1', child_id: 22 },
    { id: 12, name: 'p12', child_id: 21 },
    { id: 2, name: 'p2', child_id: null },
    { id: 7, name: 'p7', child_id: 25 },
    { id: 3, name: 'p3', child_id: 22 },
    { id: 11, name: 'p11', child_id: 31 },
    { id: 5, name: 'p5', child_id: null },
    { id: 4, name: null, child_id: 25 },
    { id: 8, name: 'p8', child_id: 22 },
    { id: 6, name: 'p6', child_id: 21 },
    { id: 10, name: 'p10', child_id: null },
  ],
};

/** parent.child_id of every parent, by id, as the fixture has it with `changes` applied. */
const parentChildren = (changes: Record<number, number | null> = {}) =>
  [...rows.parent].sort((a, b) => a.id - b.id).map((p) => [p.id, p.id in changes ? changes[p.id] : p.child_id]);

/** Describes the schema, read and write tests of a many-to-one seed pattern. */
export function describeManyToOne({ pattern, Base, reverse }: ManyToOneVariant): void {
  const schema = buildSchema(configure(Base));

  describe(`${pattern}: schema`, () => {
    it('matches the committed SDL', () => {
      expectCommittedSdl(pattern, Base);
    });

    it('gives Parent a nullable child, since child_id is nullable', () => {
      expect(fieldType(schema, 'Parent.child')).toBe('Child');
      expect(fieldArgs(schema, 'Parent.child')).toEqual({});
      expect(fieldType(schema, 'Parent.childId')).toBe('Int');
    });

    if (reverse) {
      it('gives Child a list of parents, linked with add/remove mutations', () => {
        expect(fieldType(schema, 'Child.parents')).toBe('[Parent!]!');
        expect(fieldArgs(schema, 'Child.parents')).toEqual(listArgs('Parent'));
        expect(fieldArgs(schema, 'Mutation.addChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
        expect(fieldType(schema, 'Mutation.addChildParent')).toBe('Child!');
        expect(fieldArgs(schema, 'Mutation.removeChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
      });
    } else {
      it('gives Child no field back to its parents', () => {
        expect(fieldType(schema, 'Child.parents')).toBeUndefined();
        expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
      });
    }

    it('sets the child with a set mutation whose null unlinks', () => {
      expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
      expect(fieldType(schema, 'Mutation.setParentChild')).toBe('Parent!');
      expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    });

    it('writes the child nested in the Parent inputs', () => {
      expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
      expect(fieldType(schema, 'ParentCreateInput.childId')).toBe('Int');
      expect(fieldType(schema, 'ParentUpdateInput.child')).toBe('ChildRelationInput');
    });

    if (reverse) {
      it('writes the parents nested in the Child inputs', () => {
        expect(fieldType(schema, 'ChildCreateInput.parents')).toBe('ParentListRelationInput');
      });
    }
  });

  for (const dialect of DIALECTS) {
    describe(`${dialect.name}: ${pattern} reads`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'once');
      const parentScalars = async () => paired(await db.sql('SELECT id AS owner, child_id AS related FROM parent ORDER BY id'));
      const childLists = async () =>
        grouped(
          await db.sql('SELECT c.id AS owner, p.id AS related FROM child c LEFT JOIN parent p ON p.child_id = c.id ORDER BY c.id, p.id'),
        );

      it('returns Parent.child as parent.child_id says, null where it is NULL', async () => {
        const { parents } = await db.api.data('{ parents { id child { id } } }');
        const expected = await parentScalars();
        expect(scalarsOf(parents, 'child')).toEqual(expected);
        expect(expected).toContainEqual([2, null]);
      });

      if (reverse) {
        it('returns Child.parents as parent.child_id says, by primary key, empty for children no parent holds', async () => {
          const { children } = await db.api.data('{ children { id parents { id } } }');
          const expected = await childLists();
          expect(listsOf(children, 'parents')).toEqual(expected);
          expect(expected).toContainEqual([22, [1, 3, 8]]);
          expect(expected).toContainEqual([23, []]);
        });

        it("goes there and back: each parent's child lists the parent", async () => {
          const { parents } = await db.api.data('{ parents { id child { id parents { id } } } }');
          for (const parent of parents) if (parent.child) expect(parent.child.parents).toContainEqual({ id: parent.id });
        });

        it("orders and pages each child's parents on their own", async () => {
          const { children } = await db.api.data('{ children { id parents(orderBy: [{ id: DESC }], limit: 2) { id } } }');
          const expected = grouped(
            await db.sql(`SELECT c.id AS owner, p.id AS related FROM child c LEFT JOIN
            (SELECT id, child_id, ROW_NUMBER() OVER (PARTITION BY child_id ORDER BY id DESC) AS n FROM parent) p ON p.child_id = c.id AND p.n <= 2
            ORDER BY c.id, p.id DESC`),
          );
          expect(listsOf(children, 'parents')).toEqual(expected);
        });
      }

      it('returns the same when each row is looked up by key', async () => {
        const parentIds = rows.parent.map((p) => p.id).sort((a, b) => a - b);
        const childIds = reverse ? rows.child.map((c) => c.id).sort((a, b) => a - b) : [];
        const data = await lookUpEach(db.api, {
          ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id child { id } }`])),
          ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id parents { id } }`])),
          missing: 'parent(id: 99) { id }',
        });
        expect(data.missing).toBeNull();
        if (reverse)
          expect(
            listsOf(
              childIds.map((id) => data[`c${id}`]),
              'parents',
            ),
          ).toEqual(await childLists());
        expect(
          scalarsOf(
            parentIds.map((id) => data[`p${id}`]),
            'child',
          ),
        ).toEqual(await parentScalars());
      });

      it('returns the columns of both tables, nulls included', async () => {
        const { parents, children } = await db.api.data('{ parents { id name childId child { name } } children { id name } }');
        expect(parents).toEqual(
          (
            await db.sql(
              'SELECT p.id, p.name, p.child_id, c.name AS child_name FROM parent p LEFT JOIN child c ON c.id = p.child_id ORDER BY p.id',
            )
          ).map((r) => ({
            id: key(r.id),
            name: r.name,
            childId: key(r.child_id),
            child: r.child_id === null ? null : { name: r.child_name },
          })),
        );
        expect(children).toEqual((await db.sql('SELECT id, name FROM child ORDER BY id')).map((r) => ({ id: key(r.id), name: r.name })));
        expect(children).toContainEqual({ id: 23, name: null });
      });
    });

    describe(`${dialect.name}: ${pattern} writes`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'each');
      const links = async () => paired(await db.sql('SELECT id AS owner, child_id AS related FROM parent ORDER BY id'));

      it('setParentChild sets, replaces and clears the foreign key; setting the same child writes nothing', async () => {
        const { setParentChild } = await db.api.data('mutation { setParentChild(id: 2, childId: 23) { id child { id } } }');
        expect(setParentChild).toEqual({ id: 2, child: { id: 23 } });
        expect(await links()).toEqual(parentChildren({ 2: 23 }));
        db.log.clear();
        await db.api.data('mutation { setParentChild(id: 2, childId: 23) { id } }');
        expect(db.log.updates).toHaveLength(0);
        await db.api.data('mutation { setParentChild(id: 1, childId: 24) { id } }');
        expect(await links()).toEqual(parentChildren({ 2: 23, 1: 24 }));
        const { setParentChild: cleared } = await db.api.data('mutation { setParentChild(id: 3, childId: null) { id child { id } } }');
        expect(cleared).toEqual({ id: 3, child: null });
        expect(await links()).toEqual(parentChildren({ 2: 23, 1: 24, 3: null }));
        db.log.clear();
        await db.api.data('mutation { setParentChild(id: 5, childId: null) { id } }');
        expect(db.log.updates).toHaveLength(0);
      });

      it('creates a parent with its child connected or created in its input', async () => {
        await db.api.data(
          'mutation { a: createParent(input: { id: 13, child: { connect: { id: 23 } } }) { id } b: createParent(input: { id: 14, child: { create: { id: 33, name: "c33" } } }) { id child { id name } } }',
        );
        expect(await db.sql('SELECT id, name FROM child WHERE id = 33')).toEqual([{ id: 33, name: 'c33' }]);
        expect(await links()).toEqual([...parentChildren(), [13, 23], [14, 33]]);
      });

      it('updateParent connects, creates and disconnects its child', async () => {
        await db.api.data('mutation { updateParent(id: 2, input: { child: { connect: { id: 24 } } }) { id } }');
        expect(await links()).toEqual(parentChildren({ 2: 24 }));
        await db.api.data('mutation { updateParent(id: 1, input: { child: { disconnect: true } }) { id } }');
        expect(await links()).toEqual(parentChildren({ 2: 24, 1: null }));
        await db.api.data('mutation { updateParent(id: 3, input: { child: { create: { id: 33 } } }) { id } }');
        expect(await links()).toEqual(parentChildren({ 2: 24, 1: null, 3: 33 }));
      });

      if (reverse) {
        it('deleteChild clears the foreign key of the parents that held it (R6.5)', async () => {
          const { deleteChild } = await db.api.data('mutation { deleteChild(id: 22) { id name } }');
          expect(deleteChild).toEqual({ id: 22, name: 'c22' });
          expect(db.writes()).toEqual(['UPDATE parent', 'DELETE child']);
          expect(await db.sql('SELECT id FROM child WHERE id = 22')).toEqual([]);
          expect(await links()).toEqual(parentChildren({ 1: null, 3: null, 8: null }));
        });
      } else {
        it('refuses to delete a child that parents still hold, as CONSTRAINT_VIOLATION, and changes nothing (R6.5)', async () => {
          const before = await db.snapshot();
          expect((await db.failure('mutation { deleteChild(id: 22) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
          expect(await db.snapshot()).toEqual(before);
        });
      }

      it('deleteChild deletes a child no parent holds', async () => {
        await db.api.data('mutation { deleteChild(id: 23) { id } }');
        expect(await db.sql('SELECT id FROM child WHERE id = 23')).toEqual([]);
        expect(await links()).toEqual(parentChildren());
      });

      it('deleteParent deletes only the parent', async () => {
        await db.api.data('mutation { deleteParent(id: 1) { id } }');
        expect(await links()).toEqual(parentChildren().filter(([id]) => id !== 1));
        expect(await db.sql('SELECT COUNT(*) AS n FROM child').then((r) => key(r[0]!.n))).toBe(12);
      });

      it('sees the writes of earlier fields of the operation', async () => {
        await db.api.data(
          'mutation { a: setParentChild(id: 1, childId: 23) { id } b: setParentChild(id: 1, childId: 22) { id } c: setParentChild(id: 2, childId: 23) { id } }',
        );
        expect(await links()).toEqual(parentChildren({ 2: 23 }));
      });

      if (reverse) {
        it('addChildParent points the parent at the child, and re-adding it writes nothing', async () => {
          const { addChildParent } = await db.api.data(
            'mutation { addChildParent(id: 23, parentId: 2) { id parents { id child { id } } } }',
          );
          expect(addChildParent).toEqual({ id: 23, parents: [{ id: 2, child: { id: 23 } }] });
          expect(await links()).toEqual(parentChildren({ 2: 23 }));
          db.log.clear();
          await db.api.data('mutation { addChildParent(id: 23, parentId: 2) { id } }');
          expect(db.log.updates).toHaveLength(0);
          expect(await links()).toEqual(parentChildren({ 2: 23 }));
        });

        it('addChildParent moves a parent away from its previous child', async () => {
          await db.api.data('mutation { addChildParent(id: 23, parentId: 3) { id } }');
          expect(await links()).toEqual(parentChildren({ 3: 23 }));
          const { child } = await db.api.data('{ child(id: 22) { parents { id } } }');
          expect(child.parents).toEqual([{ id: 1 }, { id: 8 }]);
        });

        it("removeChildParent clears exactly that parent's foreign key; removing a missing link changes nothing", async () => {
          const { removeChildParent } = await db.api.data('mutation { removeChildParent(id: 22, parentId: 3) { parents { id } } }');
          expect(removeChildParent.parents).toEqual([{ id: 1 }, { id: 8 }]);
          expect(await links()).toEqual(parentChildren({ 3: null }));
          db.log.clear();
          await db.api.data(
            'mutation { a: removeChildParent(id: 22, parentId: 4) { id } b: removeChildParent(id: 23, parentId: 2) { id } }',
          );
          expect(db.log.updates).toHaveLength(0);
          expect(await links()).toEqual(parentChildren({ 3: null }));
        });

        it('creates a child with parents created and connected in its input', async () => {
          const { createChild } = await db.api.data(
            'mutation { createChild(input: { id: 33, parents: { connect: [{ id: 2 }, { id: 4 }], create: [{ id: 13 }] } }) { id parents { id } } }',
          );
          expect(createChild).toEqual({ id: 33, parents: [{ id: 2 }, { id: 4 }, { id: 13 }] });
          expect(await links()).toEqual([...parentChildren({ 2: 33, 4: 33 }), [13, 33]]);
        });

        it('updateChild connects, disconnects and sets parents; a repeated connect writes nothing', async () => {
          await db.api.data(
            'mutation { updateChild(id: 22, input: { parents: { connect: [{ id: 2 }], disconnect: [{ id: 1 }] } }) { id } }',
          );
          expect(await links()).toEqual(parentChildren({ 2: 22, 1: null }));
          db.log.clear();
          await db.api.data(
            'mutation { updateChild(id: 22, input: { parents: { connect: [{ id: 2 }], disconnect: [{ id: 4 }] } }) { id } }',
          );
          expect(db.log.updates).toHaveLength(0);
          await db.api.data('mutation { updateChild(id: 22, input: { parents: { set: [{ id: 3 }, { id: 5 }] } }) { id } }');
          expect(await links()).toEqual(parentChildren({ 1: null, 2: null, 5: 22, 8: null }));
        });

        it('sees the writes of earlier fields of the operation: a parent moved away is not cleared by its old child', async () => {
          await db.api.data(
            'mutation { a: addChildParent(id: 23, parentId: 1) { id } b: removeChildParent(id: 22, parentId: 1) { id } c: setParentChild(id: 3, childId: null) { id } }',
          );
          expect(await links()).toEqual(parentChildren({ 1: 23, 3: null }));
        });
      }

      it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
        const before = await db.snapshot();
        for (const query of [
          'mutation { setParentChild(id: 2, childId: 99) { id } }',
          'mutation { setParentChild(id: 99, childId: 23) { id } }',
          'mutation { setParentChild(id: 99, childId: null) { id } }',
          'mutation { updateParent(id: 2, input: { child: { connect: { id: 99 } } }) { id } }',
          'mutation { createParent(input: { id: 13, child: { connect: { id: 99 } } }) { id } }',
          'mutation { deleteParent(id: 99) { id } }',
          ...(reverse
            ? [
                'mutation { addChildParent(id: 23, parentId: 99) { id } }',
                'mutation { addChildParent(id: 99, parentId: 2) { id } }',
                'mutation { removeChildParent(id: 22, parentId: 99) { id } }',
                'mutation { updateChild(id: 22, input: { parents: { connect: [{ id: 2 }, { id: 99 }] } }) { id } }',
              ]
            : []),
          'mutation { a: setParentChild(id: 2, childId: 23) { id } b: setParentChild(id: 3, childId: 99) { id } }',
        ]) {
          expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
        }
        expect(await db.snapshot()).toEqual(before);
      });
    });
  }
}
