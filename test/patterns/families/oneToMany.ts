/**
 * The schema, reads and writes of the one-to-many family: `Parent.children` over
 * `child.parent_id`, and its many-to-one reverse `Child.parent` when the variant declares it
 * (backPopulates or backref). Each seed pattern's test file calls `describeOneToMany` and adds
 * what its declaration decides differently, in the mapper.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, configure, type DeclarativeBase } from '../../../src/index.js';
import { DIALECTS } from '../../support/index.js';
import { grouped, key, listsOf, paired, scalarsOf, lookUpEach, useSeedDatabase } from '../seedDatabase.js';
import { expectCommittedSdl, fieldArgs, fieldType, listArgs } from '../seedSchema.js';

export interface OneToManyVariant {
  /** The seed pattern: `examples/seed/<pattern>.ts`. */
  readonly pattern: string;
  readonly Base: DeclarativeBase;
  /** Whether `Child.parent` exists (a backref or backPopulates), or only `Parent.children`. */
  readonly reverse: boolean;
}

// Twelve parents and twelve children; parents 2, 4, 6, 8, 9, 10 and 11 have no children,
// children 23 and 27 have no parent, parents 4 and 9 have no name. Inserted out of key order.
const rows = {
  parent: [7, 1, 12, 3, 9, 5, 2, 11, 4, 8, 10, 6].map((id) => ({ id, name: id === 4 || id === 9 ? null : `p${id}` })),
  child: [
    { id: 29, name: 'c29', parent_id: 3 },
    { id: 22, name: 'c22', parent_id: 1 },
    { id: 32, name: 'c32', parent_id: 7 },
    { id: 23, name: null, parent_id: null },
    { id: 21, name: 'c21', parent_id: 3 },
    { id: 30, name: 'c30', parent_id: 5 },
    { id: 25, name: 'c25', parent_id: 1 },
    { id: 27, name: 'c27', parent_id: null },
    { id: 31, name: 'c31', parent_id: 1 },
    { id: 24, name: 'c24', parent_id: 3 },
    { id: 28, name: 'c28', parent_id: 12 },
    { id: 26, name: 'c26', parent_id: 7 },
  ],
};

/** child.parent_id of every child, by id, as the fixture has it with `changes` applied. */
const childParents = (changes: Record<number, number | null> = {}) =>
  [...rows.child].sort((a, b) => a.id - b.id).map((c) => [c.id, c.id in changes ? changes[c.id] : c.parent_id]);

/** Describes the schema, read and write tests of a one-to-many seed pattern. */
export function describeOneToMany({ pattern, Base, reverse }: OneToManyVariant): void {
  const schema = buildSchema(configure(Base));

  describe(`${pattern}: schema`, () => {
    it('matches the committed SDL', () => {
      expectCommittedSdl(pattern, Base);
    });

    it('gives Parent a list of children that takes the list arguments', () => {
      expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
      expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    });

    if (reverse) {
      it('gives Child its foreign-key column and a nullable parent, set with a set mutation', () => {
        expect(fieldType(schema, 'Child.parentId')).toBe('Int');
        expect(fieldType(schema, 'Child.parent')).toBe('Parent');
        expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
        expect(fieldType(schema, 'Mutation.setChildParent')).toBe('Child!');
      });
    } else {
      it('gives Child its foreign-key column but no parent field', () => {
        expect(fieldType(schema, 'Child.parentId')).toBe('Int');
        expect(fieldType(schema, 'Child.parent')).toBeUndefined();
        expect(fieldType(schema, 'Mutation.setChildParent')).toBeUndefined();
      });
    }

    it('looks up and lists both models', () => {
      expect(fieldArgs(schema, 'Query.parent')).toEqual({ id: 'Int!' });
      expect(fieldType(schema, 'Query.parent')).toBe('Parent');
      expect(fieldType(schema, 'Query.parents')).toBe('[Parent!]!');
      expect(fieldArgs(schema, 'Query.child')).toEqual({ id: 'Int!' });
      expect(fieldType(schema, 'Query.children')).toBe('[Child!]!');
    });

    it('adds and removes children with link mutations', () => {
      expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
      expect(fieldType(schema, 'Mutation.addParentChild')).toBe('Parent!');
      expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    });

    it('writes children nested in the Parent inputs', () => {
      expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
      expect(fieldType(schema, 'ParentUpdateInput.children')).toBe('ChildListRelationInput');
      expect(fieldType(schema, 'ChildListRelationInput.connect')).toBe('[ChildKey!]');
      expect(fieldType(schema, 'ChildListRelationInput.create')).toBe('[ChildCreateInput!]');
    });

    if (reverse) {
      it('writes the parent nested in the Child inputs', () => {
        expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
        expect(fieldType(schema, 'ChildUpdateInput.parent')).toBe('ParentRelationInput');
        expect(fieldType(schema, 'ParentRelationInput.connect')).toBe('ParentKey');
        expect(fieldType(schema, 'ParentRelationInput.disconnect')).toBe('Boolean');
      });
    }
  });

  for (const dialect of DIALECTS) {
    describe(`${dialect.name}: ${pattern} reads`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'once');
      const parentLists = async () =>
        grouped(
          await db.sql('SELECT p.id AS owner, c.id AS related FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id, c.id'),
        );
      const childScalars = async () => paired(await db.sql('SELECT id AS owner, parent_id AS related FROM child ORDER BY id'));

      it('returns Parent.children as child.parent_id says, by primary key, empty for parents without children', async () => {
        const { parents } = await db.api.data('{ parents { id children { id } } }');
        const expected = await parentLists();
        expect(listsOf(parents, 'children')).toEqual(expected);
        expect(expected).toContainEqual([2, []]);
      });

      if (reverse) {
        it('returns Child.parent as child.parent_id says, null where it is NULL', async () => {
          const { children } = await db.api.data('{ children { id parent { id } } }');
          const expected = await childScalars();
          expect(scalarsOf(children, 'parent')).toEqual(expected);
          expect(expected).toContainEqual([23, null]);
        });

        it("goes there and back: each child's parent lists the child", async () => {
          const { children } = await db.api.data('{ children { id parent { id children { id } } } }');
          for (const child of children) if (child.parent) expect(child.parent.children).toContainEqual({ id: child.id });
        });
      }

      it('returns the same when each row is looked up by key', async () => {
        const parentIds = rows.parent.map((p) => p.id).sort((a, b) => a - b);
        const childIds = reverse ? rows.child.map((c) => c.id).sort((a, b) => a - b) : [];
        const data = await lookUpEach(db.api, {
          ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id children { id } }`])),
          ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id parent { id } }`])),
          missing: 'parent(id: 99) { id }',
        });
        expect(
          listsOf(
            parentIds.map((id) => data[`p${id}`]),
            'children',
          ),
        ).toEqual(await parentLists());
        if (reverse)
          expect(
            scalarsOf(
              childIds.map((id) => data[`c${id}`]),
              'parent',
            ),
          ).toEqual(await childScalars());
        expect(data.missing).toBeNull();
      });

      it('returns the columns of both tables, nulls included', async () => {
        const { parents, children } = await db.api.data(
          `{ parents { id name } children { id name parentId ${reverse ? 'parent { name }' : ''} } }`,
        );
        expect(parents).toEqual((await db.sql('SELECT id, name FROM parent ORDER BY id')).map((r) => ({ id: key(r.id), name: r.name })));
        expect(children).toEqual(
          (
            await db.sql(
              'SELECT c.id, c.name, c.parent_id, p.name AS parent_name FROM child c LEFT JOIN parent p ON p.id = c.parent_id ORDER BY c.id',
            )
          ).map((r) => ({
            id: key(r.id),
            name: r.name,
            parentId: key(r.parent_id),
            ...(reverse ? { parent: r.parent_id === null ? null : { name: r.parent_name } } : {}),
          })),
        );
        expect(parents).toContainEqual({ id: 4, name: null });
        expect(children).toContainEqual({ id: 23, name: null, parentId: null, ...(reverse ? { parent: null } : {}) });
      });

      it("orders and pages each parent's children on their own", async () => {
        const { parents } = await db.api.data('{ parents { id children(orderBy: [{ id: DESC }], limit: 2) { id } } }');
        const expected = grouped(
          await db.sql(`SELECT p.id AS owner, c.id AS related FROM parent p LEFT JOIN
          (SELECT id, parent_id, ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY id DESC) AS n FROM child) c ON c.parent_id = p.id AND c.n <= 2
          ORDER BY p.id, c.id DESC`),
        );
        expect(listsOf(parents, 'children')).toEqual(expected);
      });
    });

    describe(`${dialect.name}: ${pattern} writes`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'each');
      const links = async () => paired(await db.sql('SELECT id AS owner, parent_id AS related FROM child ORDER BY id'));

      it("addParentChild sets the child's foreign key, and re-adding it writes nothing", async () => {
        const { addParentChild } = await db.api.data(
          `mutation { addParentChild(id: 2, childId: 23) { id children { id ${reverse ? 'parent { id }' : ''} } } }`,
        );
        expect(addParentChild).toEqual({ id: 2, children: [{ id: 23, ...(reverse ? { parent: { id: 2 } } : {}) }] });
        expect(await links()).toEqual(childParents({ 23: 2 }));
        db.log.clear();
        const again = await db.api.data('mutation { addParentChild(id: 2, childId: 23) { children { id } } }');
        expect(again.addParentChild.children).toEqual([{ id: 23 }]);
        expect(db.log.updates).toHaveLength(0);
        expect(await links()).toEqual(childParents({ 23: 2 }));
      });

      it('addParentChild moves a child away from its previous parent', async () => {
        await db.api.data('mutation { addParentChild(id: 2, childId: 25) { id } }');
        expect(await links()).toEqual(childParents({ 25: 2 }));
        const { parent, child } = await db.api.data(
          `{ parent(id: 1) { children { id } } ${reverse ? 'child(id: 25) { parent { id } }' : ''} }`,
        );
        expect(parent.children).toEqual([{ id: 22 }, { id: 31 }]);
        if (reverse) expect(child.parent).toEqual({ id: 2 });
      });

      it("removeParentChild clears exactly that child's foreign key", async () => {
        const { removeParentChild } = await db.api.data('mutation { removeParentChild(id: 1, childId: 25) { children { id } } }');
        expect(removeParentChild.children).toEqual([{ id: 22 }, { id: 31 }]);
        expect(await links()).toEqual(childParents({ 25: null }));
      });

      it('removeParentChild of a child that is not linked to that parent changes nothing', async () => {
        await db.api.data('mutation { a: removeParentChild(id: 1, childId: 21) { id } b: removeParentChild(id: 2, childId: 23) { id } }');
        expect(db.log.updates).toHaveLength(0);
        expect(await links()).toEqual(childParents());
      });

      it('creates a parent with children created and connected in its input', async () => {
        const { createParent } = await db.api.data(
          'mutation { createParent(input: { id: 13, name: "p13", children: { create: [{ id: 33, name: "c33" }], connect: [{ id: 23 }, { id: 24 }] } }) { id children { id } } }',
        );
        expect(createParent).toEqual({ id: 13, children: [{ id: 23 }, { id: 24 }, { id: 33 }] });
        expect(await db.sql('SELECT id, name FROM parent WHERE id = 13')).toEqual([{ id: 13, name: 'p13' }]);
        expect(await links()).toEqual([...childParents({ 23: 13, 24: 13 }), [33, 13]]);
      });

      it('updateParent connects, disconnects and sets children; a repeated connect writes nothing', async () => {
        await db.api.data(
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 27 }], disconnect: [{ id: 22 }] } }) { id } }',
        );
        expect(await links()).toEqual(childParents({ 27: 1, 22: null }));
        db.log.clear();
        await db.api.data(
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 27 }], disconnect: [{ id: 21 }] } }) { id } }',
        );
        expect(db.log.updates).toHaveLength(0);
        await db.api.data('mutation { updateParent(id: 1, input: { children: { set: [{ id: 25 }, { id: 30 }] } }) { id } }');
        expect(await links()).toEqual(childParents({ 22: null, 25: 1, 27: null, 30: 1, 31: null }));
      });

      it("deleteParent clears its children's foreign key and keeps them (R6.4)", async () => {
        const { deleteParent } = await db.api.data('mutation { deleteParent(id: 3) { id name } }');
        expect(deleteParent).toEqual({ id: 3, name: 'p3' });
        expect(db.writes()).toEqual(['UPDATE child', 'DELETE parent']);
        expect(await db.sql('SELECT id FROM parent WHERE id = 3')).toEqual([]);
        expect(await links()).toEqual(childParents({ 21: null, 24: null, 29: null }));
      });

      it('deleteChild deletes only the child', async () => {
        await db.api.data('mutation { deleteChild(id: 22) { id } }');
        expect(await links()).toEqual(childParents().filter(([id]) => id !== 22));
        expect(await db.sql('SELECT COUNT(*) AS n FROM parent').then((r) => key(r[0]!.n))).toBe(12);
      });

      it('sees the writes of earlier fields of the operation: a moved child is not cleared by its old parent', async () => {
        await db.api.data(
          'mutation { a: addParentChild(id: 2, childId: 25) { id } b: removeParentChild(id: 1, childId: 25) { id } c: updateParent(id: 3, input: { children: { set: [] } }) { id } d: addParentChild(id: 3, childId: 21) { id } }',
        );
        expect(await links()).toEqual(childParents({ 25: 2, 24: null, 29: null }));
      });

      if (reverse) {
        it("setChildParent sets, moves and clears the child's parent; setting the same parent writes nothing", async () => {
          const { setChildParent } = await db.api.data(
            'mutation { setChildParent(id: 23, parentId: 2) { id parent { id children { id } } } }',
          );
          expect(setChildParent).toEqual({ id: 23, parent: { id: 2, children: [{ id: 23 }] } });
          expect(await links()).toEqual(childParents({ 23: 2 }));
          db.log.clear();
          await db.api.data('mutation { setChildParent(id: 23, parentId: 2) { id } }');
          expect(db.log.updates).toHaveLength(0);
          await db.api.data('mutation { setChildParent(id: 22, parentId: 3) { id } }');
          expect(await links()).toEqual(childParents({ 23: 2, 22: 3 }));
          const { setChildParent: cleared } = await db.api.data('mutation { setChildParent(id: 21, parentId: null) { id parent { id } } }');
          expect(cleared).toEqual({ id: 21, parent: null });
          expect(await links()).toEqual(childParents({ 23: 2, 22: 3, 21: null }));
          db.log.clear();
          await db.api.data('mutation { setChildParent(id: 27, parentId: null) { id } }');
          expect(db.log.updates).toHaveLength(0);
        });

        it('creates a child under a parent connected or created in its input', async () => {
          await db.api.data(
            'mutation { a: createChild(input: { id: 33, name: "c33", parent: { connect: { id: 2 } } }) { id } b: createChild(input: { id: 34, parent: { create: { id: 13, name: "p13" } } }) { id } }',
          );
          expect(await db.sql('SELECT id, name FROM parent WHERE id = 13')).toEqual([{ id: 13, name: 'p13' }]);
          expect(await links()).toEqual([...childParents(), [33, 2], [34, 13]]);
        });

        it('updateChild connects, creates and disconnects its parent', async () => {
          await db.api.data('mutation { updateChild(id: 23, input: { parent: { connect: { id: 5 } } }) { id } }');
          expect(await links()).toEqual(childParents({ 23: 5 }));
          await db.api.data('mutation { updateChild(id: 21, input: { parent: { disconnect: true } }) { id } }');
          expect(await links()).toEqual(childParents({ 23: 5, 21: null }));
          await db.api.data('mutation { updateChild(id: 22, input: { parent: { create: { id: 13 } } }) { id } }');
          expect(await links()).toEqual(childParents({ 23: 5, 21: null, 22: 13 }));
        });

        it('sees the writes of earlier fields of the operation: a child moved through its parent is not cleared by its old parent', async () => {
          await db.api.data(
            'mutation { a: setChildParent(id: 25, parentId: 2) { id } b: removeParentChild(id: 1, childId: 25) { id } c: updateParent(id: 3, input: { children: { set: [] } }) { id } d: addParentChild(id: 3, childId: 21) { id } }',
          );
          expect(await links()).toEqual(childParents({ 25: 2, 24: null, 29: null }));
        });
      }

      it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
        const before = await db.snapshot();
        for (const query of [
          'mutation { addParentChild(id: 99, childId: 23) { id } }',
          'mutation { addParentChild(id: 2, childId: 99) { id } }',
          'mutation { removeParentChild(id: 1, childId: 99) { id } }',
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 27 }, { id: 99 }] } }) { id } }',
          'mutation { createParent(input: { id: 13, children: { connect: [{ id: 99 }] } }) { id } }',
          'mutation { deleteParent(id: 99) { id } }',
          'mutation { deleteChild(id: 99) { id } }',
          'mutation { a: addParentChild(id: 2, childId: 23) { id } b: addParentChild(id: 2, childId: 99) { id } }',
          ...(reverse
            ? [
                'mutation { setChildParent(id: 23, parentId: 99) { id } }',
                'mutation { setChildParent(id: 99, parentId: 1) { id } }',
                'mutation { updateChild(id: 23, input: { parent: { connect: { id: 99 } } }) { id } }',
                'mutation { createChild(input: { id: 33, parent: { connect: { id: 99 } } }) { id } }',
                'mutation { a: setChildParent(id: 23, parentId: 2) { id } b: addParentChild(id: 2, childId: 99) { id } }',
              ]
            : []),
        ]) {
          expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
        }
        expect(await db.snapshot()).toEqual(before);
      });
    });
  }
}
