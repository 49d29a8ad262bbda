/**
 * The schema, reads and writes of the many-to-many family: `Parent.children` over the
 * `association` table, and `Child.parents` when the variant declares the reverse side
 * (backPopulates, backref, secondary given as a Table, a name or a function). Each seed
 * pattern's test file calls `describeManyToMany` and adds what its declaration decides
 * differently, in the mapper.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, configure, type DeclarativeBase } from '../../../src/index.js';
import { DIALECTS } from '../../support/index.js';
import { grouped, key, listsOf, pairsOf, lookUpEach, useSeedDatabase } from '../seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from '../seedSchema.js';

export interface ManyToManyVariant {
  /** The seed pattern: `examples/seed/<pattern>.ts`. */
  readonly pattern: string;
  readonly Base: DeclarativeBase;
  /** `Child.parents`: absent, declared (backPopulates on both sides), or created by a backref. */
  readonly reverse: false | 'declared' | 'backref';
}

// Twelve parents (table "left"), twelve children (table "right") and twelve links that
// overlap: child 22 has parents 1, 2 and 7, child 25 parents 1, 2 and 12. Parents 4, 6, 8, 9,
// 10 and 11 have no children; children 23, 24, 26, 27, 29 and 32 no parents. Parent 9 and
// child 26 have no name. Inserted out of key order.
const rows = {
  left: [7, 1, 12, 3, 9, 5, 2, 11, 4, 8, 10, 6].map((id) => ({ id, name: id === 9 ? null : `p${id}` })),
  right: [28, 21, 32, 23, 30, 25, 22, 31, 24, 29, 26, 27].map((id) => ({ id, name: id === 26 ? null : `c${id}` })),
  association: [
    [7, 31],
    [1, 22],
    [3, 28],
    [2, 25],
    [12, 25],
    [1, 21],
    [7, 22],
    [5, 30],
    [2, 22],
    [3, 21],
    [1, 25],
    [7, 30],
  ].map(([left_id, right_id]) => ({ left_id, right_id })),
};

/** The association rows as (left_id, right_id), sorted, as the fixture has them with `add`ed and `remove`d pairs. */
const links = ({ add = [], remove = [] }: { add?: number[][]; remove?: number[][] } = {}) =>
  [...rows.association.map((a) => [a.left_id, a.right_id]), ...add]
    .filter(([l, r]) => !remove.some(([rl, rr]) => rl === l && rr === r))
    .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);

/** Describes the schema, read and write tests of a many-to-many seed pattern. */
export function describeManyToMany({ pattern, Base, reverse }: ManyToManyVariant): void {
  const mapping = configure(Base);
  const schema = buildSchema(mapping);

  describe(`${pattern}: mapper`, () => {
    it(
      reverse
        ? 'pairs Parent.children with Child.parents over the same secondary, with the joins swapped'
        : 'makes any relationship with a secondary many-to-many, joining through its two foreign keys',
      () => {
        expect(decisions(mapping, 'Parent.children')).toEqual({
          direction: 'many-to-many',
          uselist: true,
          nullable: true,
          reverse: reverse ? 'Child.parents' : undefined,
          origin: 'declared',
          cascade: 'save-update, merge',
          viewonly: false,
          secondary: 'association',
          join: ['left.id = association.left_id'],
          secondaryJoin: ['association.right_id = right.id'],
        });
        if (!reverse) return;
        expect(decisions(mapping, 'Child.parents')).toEqual({
          direction: 'many-to-many',
          uselist: true,
          nullable: true,
          reverse: 'Parent.children',
          origin: reverse,
          cascade: 'save-update, merge',
          viewonly: false,
          secondary: 'association',
          join: ['right.id = association.right_id'],
          secondaryJoin: ['association.left_id = left.id'],
        });
      },
    );
  });

  describe(`${pattern}: schema`, () => {
    it('matches the committed SDL', () => {
      expectCommittedSdl(pattern, Base);
    });

    it(reverse ? 'gives both sides a list' : 'gives Parent a list of children and Child nothing back', () => {
      expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
      expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
      if (reverse) {
        expect(fieldType(schema, 'Child.parents')).toBe('[Parent!]!');
        expect(fieldArgs(schema, 'Child.parents')).toEqual(listArgs('Parent'));
      } else {
        expect(fieldType(schema, 'Child.parents')).toBeUndefined();
      }
    });

    it(
      reverse ? 'links from both sides with add/remove mutations' : 'links through the association table with add/remove mutations',
      () => {
        expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
        expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
        if (reverse) {
          expect(fieldArgs(schema, 'Mutation.addChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
          expect(fieldType(schema, 'Mutation.addChildParent')).toBe('Child!');
          expect(fieldArgs(schema, 'Mutation.removeChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
        } else {
          expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
        }
      },
    );

    it(reverse ? 'writes the relationship nested from both sides' : 'writes children nested in the Parent inputs', () => {
      expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
      expect(fieldType(schema, 'ParentUpdateInput.children')).toBe('ChildListRelationInput');
      if (reverse) expect(fieldType(schema, 'ChildCreateInput.parents')).toBe('ParentListRelationInput');
    });

    it('generates no type or root field for the association table, which is not a model', () => {
      expect(schema.getType('Association')).toBeUndefined();
      expect(fieldType(schema, 'Query.association')).toBeUndefined();
      expect(fieldType(schema, 'Query.associations')).toBeUndefined();
    });
  });

  for (const dialect of DIALECTS) {
    describe(`${dialect.name}: ${pattern} reads`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'once');
      const parentLists = async () =>
        grouped(
          await db.sql(
            `SELECT l.id AS owner, a.right_id AS related FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.right_id`,
          ),
        );
      const childLists = async () =>
        grouped(
          await db.sql(
            `SELECT r.id AS owner, a.left_id AS related FROM ${db.table('right')} r LEFT JOIN association a ON a.right_id = r.id ORDER BY r.id, a.left_id`,
          ),
        );

      it('returns Parent.children as the association rows say, by primary key, empty for parents without children', async () => {
        const { parents } = await db.api.data('{ parents { id children { id } } }');
        const expected = await parentLists();
        expect(listsOf(parents, 'children')).toEqual(expected);
        expect(expected).toContainEqual([4, []]);
        expect(expected).toContainEqual([1, [21, 22, 25]]);
      });

      if (reverse) {
        it('returns Child.parents as the association rows say, by primary key, empty for children without parents', async () => {
          const { children } = await db.api.data('{ children { id parents { id } } }');
          const expected = await childLists();
          expect(listsOf(children, 'parents')).toEqual(expected);
          expect(expected).toContainEqual([22, [1, 2, 7]]);
          expect(expected).toContainEqual([23, []]);
        });

        it('goes there and back: each child of a parent lists the parent', async () => {
          const { parents } = await db.api.data('{ parents { id children { id parents { id } } } }');
          for (const parent of parents) for (const child of parent.children) expect(child.parents).toContainEqual({ id: parent.id });
        });
      }

      it('returns the same when each row is looked up by key', async () => {
        const parentIds = rows.left.map((p) => p.id).sort((a, b) => a - b);
        const childIds = reverse ? rows.right.map((c) => c.id).sort((a, b) => a - b) : [];
        const data = await lookUpEach(db.api, {
          ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id children { id } }`])),
          ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id parents { id } }`])),
          missing: 'parent(id: 99) { id }',
        });
        expect(data.missing).toBeNull();
        expect(
          listsOf(
            parentIds.map((id) => data[`p${id}`]),
            'children',
          ),
        ).toEqual(await parentLists());
        if (reverse)
          expect(
            listsOf(
              childIds.map((id) => data[`c${id}`]),
              'parents',
            ),
          ).toEqual(await childLists());
      });

      it("orders and pages each owner's list on its own", async () => {
        const { parents } = await db.api.data('{ parents { id children(orderBy: [{ id: DESC }], limit: 2, offset: 1) { id } } }');
        expect(listsOf(parents, 'children')).toEqual(
          grouped(
            await db.sql(`SELECT l.id AS owner, a.right_id AS related FROM ${db.table('left')} l LEFT JOIN
          (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY left_id ORDER BY right_id DESC) AS n FROM association) a ON a.left_id = l.id AND a.n BETWEEN 2 AND 3
          ORDER BY l.id, a.right_id DESC`),
          ),
        );
        if (!reverse) return;
        const { children } = await db.api.data('{ children { id parents(orderBy: [{ id: DESC }], limit: 2) { id } } }');
        expect(listsOf(children, 'parents')).toEqual(
          grouped(
            await db.sql(`SELECT r.id AS owner, a.left_id AS related FROM ${db.table('right')} r LEFT JOIN
          (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY right_id ORDER BY left_id DESC) AS n FROM association) a ON a.right_id = r.id AND a.n <= 2
          ORDER BY r.id, a.left_id DESC`),
          ),
        );
      });

      it('returns the columns of both tables, nulls included', async () => {
        const { parents, children } = await db.api.data('{ parents { id name } children { id name } }');
        expect(parents).toEqual(
          (await db.sql(`SELECT id, name FROM ${db.table('left')} ORDER BY id`)).map((r) => ({ id: key(r.id), name: r.name })),
        );
        expect(children).toEqual(
          (await db.sql(`SELECT id, name FROM ${db.table('right')} ORDER BY id`)).map((r) => ({ id: key(r.id), name: r.name })),
        );
        expect(parents).toContainEqual({ id: 9, name: null });
        expect(children).toContainEqual({ id: 26, name: null });
      });
    });

    describe(`${dialect.name}: ${pattern} writes`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'each');
      const association = async () =>
        pairsOf(await db.sql('SELECT left_id, right_id FROM association ORDER BY left_id, right_id'), 'left_id', 'right_id');

      it('addParentChild inserts one association row, and re-adding it adds no row', async () => {
        const { addParentChild } = await db.api.data('mutation { addParentChild(id: 4, childId: 23) { id children { id } } }');
        expect(addParentChild).toEqual({ id: 4, children: [{ id: 23 }] });
        expect(db.log.inserts).toHaveLength(1);
        expect(await association()).toEqual(links({ add: [[4, 23]] }));
        const again = await db.api.data(
          'mutation { a: addParentChild(id: 4, childId: 23) { children { id } } b: addParentChild(id: 1, childId: 21) { children { id } } }',
        );
        expect(again.a.children).toEqual([{ id: 23 }]);
        expect(again.b.children).toEqual([{ id: 21 }, { id: 22 }, { id: 25 }]);
        expect(await association()).toEqual(links({ add: [[4, 23]] }));
      });

      it('adds the same link twice in one operation as one row', async () => {
        await db.api.data('mutation { a: addParentChild(id: 4, childId: 23) { id } b: addParentChild(id: 4, childId: 23) { id } }');
        expect(await association()).toEqual(links({ add: [[4, 23]] }));
      });

      it('removeParentChild deletes exactly that row; removing a missing link changes nothing', async () => {
        const { removeParentChild } = await db.api.data('mutation { removeParentChild(id: 1, childId: 22) { children { id } } }');
        expect(removeParentChild.children).toEqual([{ id: 21 }, { id: 25 }]);
        expect(await association()).toEqual(links({ remove: [[1, 22]] }));
        await db.api.data(
          'mutation { a: removeParentChild(id: 1, childId: 22) { id } b: removeParentChild(id: 4, childId: 22) { id } c: removeParentChild(id: 2, childId: 23) { id } }',
        );
        expect(await association()).toEqual(links({ remove: [[1, 22]] }));
      });

      it('creates a parent with children created and connected in its input', async () => {
        const { createParent } = await db.api.data(
          'mutation { createParent(input: { id: 13, name: "p13", children: { create: [{ id: 33, name: "c33" }], connect: [{ id: 22 }, { id: 23 }] } }) { id children { id } } }',
        );
        expect(createParent).toEqual({ id: 13, children: [{ id: 22 }, { id: 23 }, { id: 33 }] });
        // The rows of both ends first, then the association rows (R4.2).
        expect(db.writes().at(-1)).toBe('INSERT association');
        expect(db.writes().sort()).toEqual(['INSERT association', 'INSERT left', 'INSERT right']);
        expect(await db.sql(`SELECT id, name FROM ${db.table('right')} WHERE id = 33`)).toEqual([{ id: 33, name: 'c33' }]);
        expect(await association()).toEqual(
          links({
            add: [
              [13, 22],
              [13, 23],
              [13, 33],
            ],
          }),
        );
      });

      it('updateParent connects, disconnects and sets children; connecting a linked child adds no row', async () => {
        await db.api.data(
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 24 }], disconnect: [{ id: 21 }] } }) { id } }',
        );
        expect(await association()).toEqual(links({ add: [[1, 24]], remove: [[1, 21]] }));
        await db.api.data(
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 24 }], disconnect: [{ id: 23 }] } }) { id } }',
        );
        expect(await association()).toEqual(links({ add: [[1, 24]], remove: [[1, 21]] }));
        await db.api.data('mutation { updateParent(id: 1, input: { children: { set: [{ id: 22 }, { id: 30 }] } }) { id } }');
        expect(await association()).toEqual(
          links({
            add: [[1, 30]],
            remove: [
              [1, 21],
              [1, 25],
            ],
          }),
        );
      });

      it('deleteParent deletes its association rows, and keeps the children (R5.2)', async () => {
        const { deleteParent } = await db.api.data('mutation { deleteParent(id: 1) { id name } }');
        expect(deleteParent).toEqual({ id: 1, name: 'p1' });
        expect(db.writes()).toEqual(['DELETE association', 'DELETE left']);
        expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 1`)).toEqual([]);
        expect(await association()).toEqual(
          links({
            remove: [
              [1, 21],
              [1, 22],
              [1, 25],
            ],
          }),
        );
        expect(await db.sql(`SELECT COUNT(*) AS n FROM ${db.table('right')}`).then((r) => key(r[0]!.n))).toBe(12);
      });

      it('deletes a child without links', async () => {
        await db.api.data('mutation { deleteChild(id: 23) { id } }');
        expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
        expect(await association()).toEqual(links());
      });

      if (reverse) {
        it('deleteChild deletes its association rows, and keeps the parents (R5.2)', async () => {
          await db.api.data('mutation { deleteChild(id: 22) { id } }');
          expect(db.writes()).toEqual(['DELETE association', 'DELETE right']);
          expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 22`)).toEqual([]);
          expect(await association()).toEqual(
            links({
              remove: [
                [1, 22],
                [2, 22],
                [7, 22],
              ],
            }),
          );
          expect(await db.sql(`SELECT COUNT(*) AS n FROM ${db.table('left')}`).then((r) => key(r[0]!.n))).toBe(12);
        });
      } else {
        it('refuses to delete a linked child, which has no relationship over the rows, as CONSTRAINT_VIOLATION (R5.1)', async () => {
          const before = await db.snapshot();
          expect((await db.failure('mutation { deleteChild(id: 22) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
          expect(await db.snapshot()).toEqual(before);
        });
      }

      it('sees the writes of earlier fields of the operation: an add and a remove of one link cancel out', async () => {
        await db.api.data(
          'mutation { a: addParentChild(id: 4, childId: 23) { id } b: removeParentChild(id: 4, childId: 23) { id } c: removeParentChild(id: 1, childId: 22) { id } d: addParentChild(id: 1, childId: 22) { id } e: addParentChild(id: 4, childId: 24) { id } }',
        );
        expect(await association()).toEqual(links({ add: [[4, 24]] }));
      });

      if (reverse) {
        it('addChildParent inserts the row with each key in its own column (R9.3), and re-adding from either side adds no row', async () => {
          const { addChildParent } = await db.api.data(
            'mutation { addChildParent(id: 23, parentId: 4) { id parents { id children { id } } } }',
          );
          expect(addChildParent).toEqual({ id: 23, parents: [{ id: 4, children: [{ id: 23 }] }] });
          expect(await association()).toEqual(links({ add: [[4, 23]] }));
          await db.api.data(
            'mutation { a: addChildParent(id: 23, parentId: 4) { id } b: addParentChild(id: 4, childId: 23) { id } c: addChildParent(id: 22, parentId: 1) { id } }',
          );
          expect(await association()).toEqual(links({ add: [[4, 23]] }));
        });

        it('writes a link added from both sides in one operation once', async () => {
          await db.api.data('mutation { a: addParentChild(id: 4, childId: 23) { id } b: addChildParent(id: 23, parentId: 4) { id } }');
          expect(await association()).toEqual(links({ add: [[4, 23]] }));
        });

        it('removeChildParent deletes exactly that row; removing a missing link changes nothing', async () => {
          const { removeChildParent } = await db.api.data('mutation { removeChildParent(id: 22, parentId: 2) { parents { id } } }');
          expect(removeChildParent.parents).toEqual([{ id: 1 }, { id: 7 }]);
          expect(await association()).toEqual(links({ remove: [[2, 22]] }));
          await db.api.data(
            'mutation { a: removeChildParent(id: 22, parentId: 2) { id } b: removeChildParent(id: 23, parentId: 1) { id } }',
          );
          expect(await association()).toEqual(links({ remove: [[2, 22]] }));
        });

        it('creates a child with parents created and connected in its input', async () => {
          const { createChild } = await db.api.data(
            'mutation { createChild(input: { id: 33, parents: { connect: [{ id: 4 }, { id: 1 }], create: [{ id: 13 }] } }) { id parents { id } } }',
          );
          expect(createChild).toEqual({ id: 33, parents: [{ id: 1 }, { id: 4 }, { id: 13 }] });
          expect(await association()).toEqual(
            links({
              add: [
                [1, 33],
                [4, 33],
                [13, 33],
              ],
            }),
          );
        });

        it('updateChild connects, disconnects and sets parents', async () => {
          await db.api.data(
            'mutation { updateChild(id: 22, input: { parents: { connect: [{ id: 4 }, { id: 1 }], disconnect: [{ id: 7 }, { id: 3 }] } }) { id } }',
          );
          expect(await association()).toEqual(links({ add: [[4, 22]], remove: [[7, 22]] }));
          await db.api.data('mutation { updateChild(id: 22, input: { parents: { set: [{ id: 2 }, { id: 5 }] } }) { id } }');
          expect(await association()).toEqual(
            links({
              add: [[5, 22]],
              remove: [
                [1, 22],
                [7, 22],
              ],
            }),
          );
        });

        it('sees the writes of earlier fields of the operation: an add and a remove of one link cancel out, from either side', async () => {
          await db.api.data(
            'mutation { a: addParentChild(id: 4, childId: 23) { id } b: removeChildParent(id: 23, parentId: 4) { id } c: removeParentChild(id: 1, childId: 22) { id } d: addChildParent(id: 22, parentId: 1) { id } e: addChildParent(id: 24, parentId: 4) { id } }',
          );
          expect(await association()).toEqual(links({ add: [[4, 24]] }));
        });
      }

      it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
        const before = await db.snapshot();
        for (const query of [
          'mutation { addParentChild(id: 99, childId: 23) { id } }',
          'mutation { addParentChild(id: 4, childId: 99) { id } }',
          'mutation { removeParentChild(id: 1, childId: 99) { id } }',
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 23 }, { id: 99 }] } }) { id } }',
          'mutation { createParent(input: { id: 13, children: { connect: [{ id: 99 }] } }) { id } }',
          'mutation { deleteParent(id: 99) { id } }',
          'mutation { deleteChild(id: 99) { id } }',
          ...(reverse
            ? [
                'mutation { addChildParent(id: 23, parentId: 99) { id } }',
                'mutation { removeChildParent(id: 99, parentId: 1) { id } }',
                'mutation { updateChild(id: 22, input: { parents: { set: [{ id: 99 }] } }) { id } }',
              ]
            : []),
          'mutation { a: addParentChild(id: 4, childId: 23) { id } b: removeParentChild(id: 1, childId: 21) { id } c: addParentChild(id: 4, childId: 99) { id } }',
        ]) {
          expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
        }
        expect(await db.snapshot()).toEqual(before);
      });
    });
  }
}
