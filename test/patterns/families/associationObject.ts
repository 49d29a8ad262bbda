/**
 * The schema-independent reads and writes of the association-object family: an `Association`
 * model over table "association" (composite key left_id, right_id, and extra_data), reached from
 * Parent through a one-to-many list, and in some variants from Child too, through a viewonly
 * secondary, or through an association proxy. One fixture serves every variant. Each seed
 * pattern's test file calls `describeAssociationObject` with the names its declaration gives,
 * and keeps its schema, mapper and its own writes (through `writes`).
 */
import { describe, expect, it } from 'vitest';
import type { DeclarativeBase } from '../../../src/index.js';
import { DIALECTS } from '../../support/index.js';
import { grouped, key, listsOf, lookUpEach, useSeedDatabase, type Row, type SeedDatabase } from '../seedDatabase.js';

export interface AssociationObjectVariant {
  /** The seed pattern: `examples/seed/<pattern>.ts`. */
  readonly pattern: string;
  readonly Base: DeclarativeBase;
  /** Parent's one-to-many list of association objects: `children` or `childAssociations`. */
  readonly parentAssociations: string;
  /** Child's one-to-many list of association objects, when the variant has one. */
  readonly childAssociations?: string;
  /** Whether `Association.parent` exists (it does whenever Parent's list has a reverse). */
  readonly associationParent: boolean;
  /** `Parent.children` straight to Child, beside the association objects: a viewonly secondary or a proxy. */
  readonly parentChildren?: 'viewonly' | 'proxy';
  /** Whether Parent owns its association rows (cascade "all, delete-orphan"): deleting it, or leaving its list, deletes them instead of being refused. */
  readonly parentOwnsAssociations?: boolean;
  /** More operations that must answer NOT_FOUND and change nothing. */
  readonly notFound?: readonly string[];
  /** Write tests of this variant alone, run against the writes database. */
  readonly writes?: (db: SeedDatabase, association: () => Promise<unknown[][]>) => void;
}

// Twelve parents (table "left"), twelve children (table "right") and twelve association rows
// that overlap: child 22 is linked to parents 1, 2 and 7, child 25 to parents 1, 2 and 12.
// Parents 4, 6, 8, 9, 10 and 11 have no associations, children 23, 24, 26, 27, 29 and 32
// none; some extra_data is NULL, as are the names of parent 9 and child 26. Inserted out of
// key order.
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
  ].map(([left_id, right_id]) => ({ left_id, right_id, extra_data: (left_id! + right_id!) % 3 === 0 ? null : `x${left_id}-${right_id}` })),
};

/** The association rows as [left_id, right_id, extra_data], sorted, as the fixture has them with rows `add`ed and pairs `remove`d. */
export const links = ({ add = [], remove = [] }: { add?: Array<[number, number, string | null]>; remove?: number[][] } = {}) =>
  [
    ...rows.association
      .map((a) => [a.left_id, a.right_id, a.extra_data] as [number, number, string | null])
      .filter(([l, r]) => !remove.some(([rl, rr]) => rl === l && rr === r)),
    ...add,
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

/** An Association's key from GraphQL as one value: `"1/22"`. */
const pair = (row: Row) => `${row.leftId}/${row.rightId}`;
/** The same from SQL columns left_id and right_id; null when they are NULL (no row on a LEFT JOIN). */
const sqlPair = (row: Row) => (row.left_id === null ? null : `${key(row.left_id)}/${key(row.right_id)}`);
/** An owner's id, or an association's key. */
const idOrPair = (row: Row) => row.id ?? pair(row);

/** Describes the read and write tests every association-object seed pattern shares. */
export function describeAssociationObject(variant: AssociationObjectVariant): void {
  const {
    pattern,
    Base,
    parentAssociations: toAssociations,
    childAssociations: fromChild,
    associationParent,
    parentChildren: direct,
  } = variant;
  for (const dialect of DIALECTS) {
    describe(`${dialect.name}: ${pattern} reads`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'once');
      const parentLists = async () =>
        grouped(
          await db.sql(
            `SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.left_id, a.right_id`,
          ),
          sqlPair,
        );
      const childLists = async () =>
        grouped(
          await db.sql(
            `SELECT r.id AS owner, a.left_id, a.right_id FROM ${db.table('right')} r LEFT JOIN association a ON a.right_id = r.id ORDER BY r.id, a.left_id, a.right_id`,
          ),
          sqlPair,
        );
      const parentChildren = async () =>
        grouped(
          await db.sql(`SELECT l.id AS owner, r.id AS related FROM ${db.table('left')} l
        LEFT JOIN association a ON a.left_id = l.id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY l.id, r.id`),
        );
      const associationEnds = async () =>
        (
          await db.sql(`SELECT a.left_id, a.right_id, l.id AS parent, r.id AS child FROM association a
        LEFT JOIN ${db.table('left')} l ON l.id = a.left_id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY a.left_id, a.right_id`)
        ).map((r) => (associationParent ? [sqlPair(r), key(r.parent), key(r.child)] : [sqlPair(r), key(r.child)]));
      const ends = (associations: Row[]) =>
        associations.map((a) =>
          associationParent ? [pair(a), (a.parent as Row).id, (a.child as Row).id] : [pair(a), (a.child as Row).id],
        );
      const endFields = associationParent ? 'parent { id } child { id }' : 'child { id }';

      it(`returns Parent.${toAssociations} as the association rows with that left_id, by primary key, empty for parents without any`, async () => {
        const { parents } = await db.api.data(`{ parents { id ${toAssociations} { leftId rightId } } }`);
        const expected = await parentLists();
        expect(listsOf(parents, toAssociations, idOrPair)).toEqual(expected);
        expect(expected).toContainEqual([1, ['1/21', '1/22', '1/25']]);
        expect(expected).toContainEqual([4, []]);
      });

      if (fromChild) {
        it(`returns Child.${fromChild} as the association rows with that right_id, by primary key, empty for children without any`, async () => {
          const { children } = await db.api.data(`{ children { id ${fromChild} { leftId rightId } } }`);
          const expected = await childLists();
          expect(listsOf(children, fromChild, idOrPair)).toEqual(expected);
          expect(expected).toContainEqual([22, ['1/22', '2/22', '7/22']]);
          expect(expected).toContainEqual([23, []]);
        });
      }

      if (direct) {
        it(`returns the ${direct} Parent.children across both hops, by primary key, empty for parents without any`, async () => {
          const { parents } = await db.api.data('{ parents { id children { id } } }');
          const expected = await parentChildren();
          expect(listsOf(parents, 'children')).toEqual(expected);
          expect(expected).toContainEqual([1, [21, 22, 25]]);
          expect(expected).toContainEqual([4, []]);
        });

        it(`gives the same children through the ${direct} list as through the association objects`, async () => {
          const { parents } = await db.api.data(`{ parents { id children { id } ${toAssociations} { child { id } } } }`);
          for (const parent of parents) expect(parent[toAssociations].map((a: Row) => a.child)).toEqual(parent.children);
        });
      }

      it(
        associationParent
          ? 'returns Association.parent and Association.child as left_id and right_id say'
          : 'returns Association.child as right_id says',
        async () => {
          const { associations } = await db.api.data(`{ associations { leftId rightId ${endFields} } }`);
          expect(ends(associations)).toEqual(await associationEnds());
        },
      );

      it('returns the same when each row is looked up by key', async () => {
        const parentIds = rows.left.map((p) => p.id).sort((a, b) => a - b);
        const childIds = fromChild ? rows.right.map((c) => c.id).sort((a, b) => a - b) : [];
        const keys = links().map(([l, r]) => [l, r]);
        const data = await lookUpEach(db.api, {
          ...Object.fromEntries(
            parentIds.map((id) => [
              `p${id}`,
              `parent(id: ${id}) { id ${direct ? 'children { id }' : ''} ${toAssociations} { leftId rightId } }`,
            ]),
          ),
          ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id ${fromChild} { leftId rightId } }`])),
          ...Object.fromEntries(
            keys.map(([l, r]) => [`a${l}_${r}`, `association(leftId: ${l}, rightId: ${r}) { leftId rightId ${endFields} }`]),
          ),
          missing: 'association(leftId: 4, rightId: 23) { leftId }',
        });
        const parents = parentIds.map((id) => data[`p${id}`]);
        if (direct) expect(listsOf(parents, 'children')).toEqual(await parentChildren());
        expect(listsOf(parents, toAssociations, idOrPair)).toEqual(await parentLists());
        if (fromChild)
          expect(
            listsOf(
              childIds.map((id) => data[`c${id}`]),
              fromChild,
              idOrPair,
            ),
          ).toEqual(await childLists());
        expect(ends(keys.map(([l, r]) => data[`a${l}_${r}`]))).toEqual(await associationEnds());
        expect(data.missing).toBeNull();
      });

      it(
        fromChild
          ? 'goes two hops each way, as a join of the three tables says'
          : 'goes two hops, Parent → Association → Child, as a join of the three tables says',
        async () => {
          const { parents } = await db.api.data(`{ parents { id ${toAssociations} { child { id } } } }`);
          expect(parents.map((p: Row) => [p.id, (p[toAssociations] as Row[]).map((a) => (a.child as Row).id)])).toEqual(
            grouped(
              await db.sql(
                `SELECT l.id AS owner, r.id AS related FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY l.id, a.right_id`,
              ),
            ),
          );
          if (!fromChild) return;
          const { children } = await db.api.data(`{ children { id ${fromChild} { parent { id } } } }`);
          expect(children.map((c: Row) => [c.id, (c[fromChild] as Row[]).map((a) => (a.parent as Row).id)])).toEqual(
            grouped(
              await db.sql(
                `SELECT r.id AS owner, l.id AS related FROM ${db.table('right')} r LEFT JOIN association a ON a.right_id = r.id LEFT JOIN ${db.table('left')} l ON l.id = a.left_id ORDER BY r.id, a.left_id`,
              ),
            ),
          );
        },
      );

      it("orders and pages each parent's associations on their own", async () => {
        const { parents } = await db.api.data(
          `{ parents { id ${toAssociations}(orderBy: [{ rightId: DESC }], limit: 2) { leftId rightId } } }`,
        );
        expect(listsOf(parents, toAssociations, idOrPair)).toEqual(
          grouped(
            await db.sql(`SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN
          (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY left_id ORDER BY right_id DESC) AS n FROM association) a ON a.left_id = l.id AND a.n <= 2
          ORDER BY l.id, a.right_id DESC`),
            sqlPair,
          ),
        );
      });

      if (fromChild) {
        it("orders and pages each child's associations on their own", async () => {
          const { children } = await db.api.data(
            `{ children { id ${fromChild}(orderBy: [{ leftId: DESC }], limit: 2) { leftId rightId } } }`,
          );
          expect(listsOf(children, fromChild, idOrPair)).toEqual(
            grouped(
              await db.sql(`SELECT r.id AS owner, a.left_id, a.right_id FROM ${db.table('right')} r LEFT JOIN
            (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY right_id ORDER BY left_id DESC) AS n FROM association) a ON a.right_id = r.id AND a.n <= 2
            ORDER BY r.id, a.left_id DESC`),
              sqlPair,
            ),
          );
        });
      }

      if (direct) {
        it(`orders and pages the ${direct} list per parent`, async () => {
          const { parents } = await db.api.data('{ parents { id children(orderBy: [{ id: DESC }], limit: 2) { id } } }');
          expect(listsOf(parents, 'children')).toEqual(
            grouped(
              await db.sql(`SELECT l.id AS owner, a.right_id AS related FROM ${db.table('left')} l LEFT JOIN
            (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY left_id ORDER BY right_id DESC) AS n FROM association) a ON a.left_id = l.id AND a.n <= 2
            ORDER BY l.id, a.right_id DESC`),
            ),
          );
        });
      }

      it('returns the columns of every table, nulls included', async () => {
        const { parents, children, associations } = await db.api.data(
          '{ parents { id name } children { id name } associations { leftId rightId extraData } }',
        );
        expect(parents).toEqual(
          (await db.sql(`SELECT id, name FROM ${db.table('left')} ORDER BY id`)).map((r) => ({ id: key(r.id), name: r.name })),
        );
        expect(children).toEqual(
          (await db.sql(`SELECT id, name FROM ${db.table('right')} ORDER BY id`)).map((r) => ({ id: key(r.id), name: r.name })),
        );
        expect(associations).toEqual(
          (await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id')).map((r) => ({
            leftId: key(r.left_id),
            rightId: key(r.right_id),
            extraData: r.extra_data,
          })),
        );
        expect(associations).toContainEqual({ leftId: 2, rightId: 25, extraData: null });
      });
    });

    describe(`${dialect.name}: ${pattern} writes`, () => {
      const db = useSeedDatabase(dialect, Base, rows, 'each');
      const association = async () =>
        (await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id')).map((r) => [
          key(r.left_id),
          key(r.right_id),
          r.extra_data,
        ]);
      describeSharedWrites(variant, db, association);
      variant.writes?.(db, association);
    });
  }
}

/** The writes every variant allows: the association object's own mutations, nested creation, and what the keys refuse. */
function describeSharedWrites(variant: AssociationObjectVariant, db: SeedDatabase, association: () => Promise<unknown[][]>): void {
  const { parentAssociations: toAssociations, childAssociations: fromChild, associationParent, parentChildren: direct } = variant;
  const refused = async (query: string) => expect((await db.failure(query))?.extensions?.code, query).toBe('CONSTRAINT_VIOLATION');

  it('refuses a second association with the same key as CONSTRAINT_VIOLATION, and changes nothing (R7.1)', async () => {
    const before = await db.snapshot();
    await refused('mutation { createAssociation(input: { leftId: 1, rightId: 22, extraData: "again" }) { leftId } }');
    if (associationParent)
      await refused('mutation { createAssociation(input: { parent: { connect: { id: 1 } }, child: { connect: { id: 22 } } }) { leftId } }');
    expect(await db.snapshot()).toEqual(before);
  });

  it('refuses an association to a missing row as CONSTRAINT_VIOLATION, and changes nothing', async () => {
    const before = await db.snapshot();
    await refused('mutation { createAssociation(input: { leftId: 99, rightId: 23 }) { leftId } }');
    expect(await db.snapshot()).toEqual(before);
  });

  it('creates a parent with associations created in its input, the left_id filled in', async () => {
    const { createParent } = await db.api.data(`mutation { createParent(input: { id: 13, name: "p13", ${toAssociations}: { create: [
      { rightId: 23, extraData: "a" }, { child: { connect: { id: 24 } } }, { child: { create: { id: 33, name: "c33" } } }
    ] } }) { id ${toAssociations} { leftId rightId extraData } } }`);
    expect(createParent[toAssociations]).toEqual([
      { leftId: 13, rightId: 23, extraData: 'a' },
      { leftId: 13, rightId: 24, extraData: null },
      { leftId: 13, rightId: 33, extraData: null },
    ]);
    expect(await db.sql(`SELECT id, name FROM ${db.table('right')} WHERE id = 33`)).toEqual([{ id: 33, name: 'c33' }]);
    expect(await association()).toEqual(
      links({
        add: [
          [13, 23, 'a'],
          [13, 24, null],
          [13, 33, null],
        ],
      }),
    );
  });

  it('updateParent creates associations for an existing parent', async () => {
    await db.api.data(
      `mutation { updateParent(id: 1, input: { ${toAssociations}: { create: [{ rightId: 23, extraData: "b" }] } }) { id } }`,
    );
    expect(await association()).toEqual(links({ add: [[1, 23, 'b']] }));
  });

  if (fromChild) {
    it('creates associations nested from the child side, right_id filled in', async () => {
      const { updateChild } = await db.api.data(
        `mutation { updateChild(id: 23, input: { ${fromChild}: { create: [{ leftId: 4, extraData: "b" }, { parent: { connect: { id: 1 } } }] } }) { ${fromChild} { leftId rightId extraData } } }`,
      );
      expect(updateChild[fromChild]).toEqual([
        { leftId: 1, rightId: 23, extraData: null },
        { leftId: 4, rightId: 23, extraData: 'b' },
      ]);
      expect(await association()).toEqual(
        links({
          add: [
            [1, 23, null],
            [4, 23, 'b'],
          ],
        }),
      );
    });
  }

  it('updateAssociation changes the extra column of that row only', async () => {
    const { updateAssociation } = await db.api.data(
      'mutation { updateAssociation(leftId: 1, rightId: 22, input: { extraData: "changed" }) { leftId rightId extraData } }',
    );
    expect(updateAssociation).toEqual({ leftId: 1, rightId: 22, extraData: 'changed' });
    expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 22, 'changed']] }));
  });

  it('updateAssociation moves the row to another child when the child is connected', async () => {
    const { updateAssociation } = await db.api.data(
      'mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 23 } } }) { leftId rightId extraData child { id } } }',
    );
    expect(updateAssociation).toEqual({ leftId: 1, rightId: 23, extraData: 'x1-22', child: { id: 23 } });
    expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 23, 'x1-22']] }));
  });

  if (associationParent) {
    it('updateAssociation moves the row to another parent when the parent is connected', async () => {
      const { updateAssociation } = await db.api.data(
        'mutation { updateAssociation(leftId: 1, rightId: 22, input: { parent: { connect: { id: 4 } } }) { leftId rightId parent { id } } }',
      );
      expect(updateAssociation).toEqual({ leftId: 4, rightId: 22, parent: { id: 4 } });
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[4, 22, 'x1-22']] }));
    });
  }

  it('refuses to move an association onto a key that exists, as CONSTRAINT_VIOLATION, and changes nothing', async () => {
    const before = await db.snapshot();
    await refused('mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 21 } } }) { leftId } }');
    expect(await db.snapshot()).toEqual(before);
  });

  it(`deleteAssociation deletes exactly that row and returns it as it was${direct ? `, and the ${direct} list follows` : ''}`, async () => {
    const { deleteAssociation } = await db.api.data('mutation { deleteAssociation(leftId: 1, rightId: 22) { leftId rightId extraData } }');
    expect(deleteAssociation).toEqual({ leftId: 1, rightId: 22, extraData: 'x1-22' });
    expect(await association()).toEqual(links({ remove: [[1, 22]] }));
    expect(await db.sql(`SELECT COUNT(*) AS n FROM ${db.table('right')}`).then((r) => key(r[0]!.n))).toBe(12);
    if (!direct) return;
    const { parent } = await db.api.data('{ parent(id: 1) { children { id } } }');
    expect(parent.children).toEqual([{ id: 21 }, { id: 25 }]);
  });

  if (!variant.parentOwnsAssociations) {
    it('refuses to delete a parent whose associations would lose part of their key, as CONSTRAINT_VIOLATION (R6.10)', async () => {
      const before = await db.snapshot();
      await refused('mutation { deleteParent(id: 1) { id } }');
      expect(await db.snapshot()).toEqual(before);
    });

    it('refuses to disconnect an association from its parent, which would blank its key, as CONSTRAINT_VIOLATION (R6.10)', async () => {
      const before = await db.snapshot();
      await refused(`mutation { updateParent(id: 1, input: { ${toAssociations}: { disconnect: [{ leftId: 1, rightId: 21 }] } }) { id } }`);
      await refused(`mutation { updateParent(id: 7, input: { ${toAssociations}: { disconnect: [{ leftId: 7, rightId: 22 }] } }) { id } }`);
      expect(await db.snapshot()).toEqual(before);
    });
  }

  if (fromChild) {
    it('refuses to disconnect an association from its child, which would blank its key, as CONSTRAINT_VIOLATION (R6.10)', async () => {
      const before = await db.snapshot();
      await refused(`mutation { updateChild(id: 22, input: { ${fromChild}: { disconnect: [{ leftId: 7, rightId: 22 }] } }) { id } }`);
      expect(await db.snapshot()).toEqual(before);
    });
  }

  it('refuses to delete a child that associations refer to, as CONSTRAINT_VIOLATION (R5.6)', async () => {
    const before = await db.snapshot();
    await refused('mutation { deleteChild(id: 22) { id } }');
    expect(await db.snapshot()).toEqual(before);
  });

  it('deletes a parent and a child without associations', async () => {
    await db.api.data('mutation { deleteParent(id: 4) { id } deleteChild(id: 23) { id } }');
    expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 4`)).toEqual([]);
    expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
    expect(await association()).toEqual(links());
  });

  it('deletes a parent and a child once their associations are gone', async () => {
    await db.api.data(
      'mutation { a: deleteAssociation(leftId: 5, rightId: 30) { leftId } b: deleteParent(id: 5) { id } c: deleteChild(id: 23) { id } }',
    );
    expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 5`)).toEqual([]);
    expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
    expect(await association()).toEqual(links({ remove: [[5, 30]] }));
  });

  it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
    const before = await db.snapshot();
    for (const query of [
      'mutation { createAssociation(input: { leftId: 4, child: { connect: { id: 99 } } }) { leftId } }',
      ...(associationParent
        ? [
            'mutation { createAssociation(input: { parent: { connect: { id: 99 } }, child: { connect: { id: 23 } } }) { leftId } }',
            'mutation { createAssociation(input: { parent: { connect: { id: 4 } }, child: { connect: { id: 99 } } }) { leftId } }',
            'mutation { updateAssociation(leftId: 1, rightId: 22, input: { parent: { connect: { id: 99 } } }) { leftId } }',
          ]
        : []),
      'mutation { updateAssociation(leftId: 4, rightId: 23, input: { extraData: "x" }) { leftId } }',
      'mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 99 } } }) { leftId } }',
      'mutation { deleteAssociation(leftId: 4, rightId: 23) { leftId } }',
      'mutation { updateParent(id: 99, input: { name: "x" }) { id } }',
      `mutation { updateParent(id: 4, input: { ${toAssociations}: { connect: [{ leftId: 4, rightId: 23 }] } }) { id } }`,
      `mutation { updateParent(id: 1, input: { ${toAssociations}: { disconnect: [{ leftId: 4, rightId: 23 }] } }) { id } }`,
      'mutation { deleteParent(id: 99) { id } }',
      'mutation { updateChild(id: 99, input: { name: "x" }) { id } }',
      'mutation { deleteChild(id: 99) { id } }',
      'mutation { a: createAssociation(input: { leftId: 4, rightId: 23 }) { leftId } b: deleteAssociation(leftId: 4, rightId: 24) { leftId } }',
      'mutation { a: createAssociation(input: { leftId: 4, rightId: 23 }) { leftId } b: deleteParent(id: 99) { id } }',
      ...(variant.notFound ?? []),
    ]) {
      expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
    }
    expect(await db.snapshot()).toEqual(before);
  });
}
