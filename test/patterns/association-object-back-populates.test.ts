/** Association object, both directions: four relationships in two pairs (examples/seed/association-object-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object-back-populates.js';
import { buildSchema, configure } from '../../src/index.js';
import { DIALECTS } from '../support/index.js';
import { grouped, key, listsOf, lookUpEach, useSeedDatabase, type Row } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('association-object-back-populates: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-object-back-populates', Base);
  });

  it('maps Association with its extra column and non-null parent and child', () => {
    expect(fieldsOf(schema, 'Association')).toEqual({
      leftId: 'Int!', rightId: 'Int!', extraData: 'String', child: 'Child!', parent: 'Parent!',
    });
  });

  it('gives Parent and Child lists of association objects', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Association!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Association'));
    expect(fieldType(schema, 'Child.parents')).toBe('[Association!]!');
  });

  it('looks up, updates and deletes an association by both keys', () => {
    expect(fieldArgs(schema, 'Query.association')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.updateAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!', input: 'AssociationUpdateInput!' });
    expect(fieldArgs(schema, 'Mutation.deleteAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
  });

  it('creates associations by key or through nested parent and child relations', () => {
    expect(fieldsOf(schema, 'AssociationCreateInput')).toEqual({
      leftId: 'Int', rightId: 'Int', extraData: 'String', child: 'ChildRelationInput', parent: 'ParentRelationInput',
    });
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('AssociationListRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parents')).toBe('AssociationListRelationInput');
  });

  it('has no link mutations, because Association has a composite key', () => {
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.setAssociationParent')).toBeUndefined();
  });
});

describe('association-object-back-populates: mapper', () => {
  it('pairs Parent.children with Association.parent over association.left_id', () => {
    expect(decisions(mapping, 'Parent.children')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Association.parent', join: ['left.id = association.left_id'],
    });
    expect(decisions(mapping, 'Association.parent')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: false, reverse: 'Parent.children', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['association.left_id = left.id'], secondaryJoin: [],
    });
  });

  it('pairs Child.parents with Association.child over association.right_id', () => {
    expect(decisions(mapping, 'Child.parents')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Association.child', join: ['right.id = association.right_id'],
    });
    expect(decisions(mapping, 'Association.child')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: false, reverse: 'Child.parents', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['association.right_id = right.id'], secondaryJoin: [],
    });
  });
});

// Twelve parents (table "left"), twelve children (table "right") and twelve association rows
// that overlap: child 22 is linked to parents 1, 2 and 7, child 25 to parents 1, 2 and 12.
// Parents 4, 6, 8, 9, 10 and 11 have no associations, children 23, 24, 26, 27, 29 and 32
// none; some extra_data is NULL, as are the names of parent 9 and child 26. Inserted out of
// key order.
const rows = {
  left: [7, 1, 12, 3, 9, 5, 2, 11, 4, 8, 10, 6].map((id) => ({ id, name: id === 9 ? null : `p${id}` })),
  right: [28, 21, 32, 23, 30, 25, 22, 31, 24, 29, 26, 27].map((id) => ({ id, name: id === 26 ? null : `c${id}` })),
  association: [[7, 31], [1, 22], [3, 28], [2, 25], [12, 25], [1, 21], [7, 22], [5, 30], [2, 22], [3, 21], [1, 25], [7, 30]]
    .map(([left_id, right_id]) => ({ left_id, right_id, extra_data: (left_id! + right_id!) % 3 === 0 ? null : `x${left_id}-${right_id}` })),
};

/** The association rows as [left_id, right_id, extra_data], sorted, as the fixture has them with rows `add`ed and pairs `remove`d. */
const links = ({ add = [], remove = [] }: { add?: Array<[number, number, string | null]>; remove?: number[][] } = {}) =>
  [...rows.association.map((a) => [a.left_id, a.right_id, a.extra_data] as [number, number, string | null])
    .filter(([l, r]) => !remove.some(([rl, rr]) => rl === l && rr === r)), ...add]
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

/** An Association's key from GraphQL as one value: `"1/22"`. */
const pair = (row: Row) => `${row.leftId}/${row.rightId}`;
/** The same from SQL columns left_id and right_id; null when they are NULL (no row on a LEFT JOIN). */
const sqlPair = (row: Row) => (row.left_id === null ? null : `${key(row.left_id)}/${key(row.right_id)}`);

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: association-object-back-populates reads`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'once');
    const parentLists = async () => grouped(await db.sql(`SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.left_id, a.right_id`), sqlPair);
    const childLists = async () => grouped(await db.sql(`SELECT r.id AS owner, a.left_id, a.right_id FROM ${db.table('right')} r LEFT JOIN association a ON a.right_id = r.id ORDER BY r.id, a.left_id, a.right_id`), sqlPair);
    const associationEnds = async () => (await db.sql(`SELECT a.left_id, a.right_id, l.id AS parent, r.id AS child FROM association a
      LEFT JOIN ${db.table('left')} l ON l.id = a.left_id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY a.left_id, a.right_id`))
      .map((r) => [sqlPair(r), key(r.parent), key(r.child)]);
    const ends = (associations: Row[]) => associations.map((a) => [pair(a), (a.parent as Row).id, (a.child as Row).id]);

    it('returns Parent.children as the association rows with that left_id, by primary key, empty for parents without any', async () => {
      const { parents } = await db.api.data('{ parents { id children { leftId rightId } } }');
      const expected = await parentLists();
      expect(listsOf(parents, 'children', (row) => row.id ?? pair(row))).toEqual(expected);
      expect(expected).toContainEqual([1, ['1/21', '1/22', '1/25']]);
      expect(expected).toContainEqual([4, []]);
    });

    it('returns Child.parents as the association rows with that right_id, by primary key, empty for children without any', async () => {
      const { children } = await db.api.data('{ children { id parents { leftId rightId } } }');
      const expected = await childLists();
      expect(listsOf(children, 'parents', (row) => row.id ?? pair(row))).toEqual(expected);
      expect(expected).toContainEqual([22, ['1/22', '2/22', '7/22']]);
      expect(expected).toContainEqual([23, []]);
    });

    it('returns Association.parent and Association.child as left_id and right_id say', async () => {
      const { associations } = await db.api.data('{ associations { leftId rightId parent { id } child { id } } }');
      expect(ends(associations)).toEqual(await associationEnds());
    });

    it('returns the same when each row is looked up by key', async () => {
      const parentIds = rows.left.map((p) => p.id).sort((a, b) => a - b);
      const childIds = rows.right.map((c) => c.id).sort((a, b) => a - b);
      const keys = links().map(([l, r]) => [l, r]);
      const data = await lookUpEach(db.api, {
        ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id children { leftId rightId } }`])),
        ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id parents { leftId rightId } }`])),
        ...Object.fromEntries(keys.map(([l, r]) => [`a${l}_${r}`, `association(leftId: ${l}, rightId: ${r}) { leftId rightId parent { id } child { id } }`])),
      });
      expect(listsOf(parentIds.map((id) => data[`p${id}`]), 'children', (row) => row.id ?? pair(row))).toEqual(await parentLists());
      expect(listsOf(childIds.map((id) => data[`c${id}`]), 'parents', (row) => row.id ?? pair(row))).toEqual(await childLists());
      expect(ends(keys.map(([l, r]) => data[`a${l}_${r}`]))).toEqual(await associationEnds());
    });

    it('goes two hops each way, as a join of the three tables says', async () => {
      const { parents, children } = await db.api.data('{ parents { id children { child { id } } } children { id parents { parent { id } } } }');
      expect(parents.map((p: Row) => [p.id, (p.children as Row[]).map((a) => (a.child as Row).id)])).toEqual(grouped(await db.sql(
        `SELECT l.id AS owner, r.id AS related FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY l.id, a.right_id`)));
      expect(children.map((c: Row) => [c.id, (c.parents as Row[]).map((a) => (a.parent as Row).id)])).toEqual(grouped(await db.sql(
        `SELECT r.id AS owner, l.id AS related FROM ${db.table('right')} r LEFT JOIN association a ON a.right_id = r.id LEFT JOIN ${db.table('left')} l ON l.id = a.left_id ORDER BY r.id, a.left_id`)));
    });

    it('orders and pages each child\'s associations on their own', async () => {
      const { children } = await db.api.data('{ children { id parents(orderBy: [{ leftId: DESC }], limit: 2) { leftId rightId } } }');
      expect(listsOf(children, 'parents', (row) => row.id ?? pair(row))).toEqual(grouped(await db.sql(`SELECT r.id AS owner, a.left_id, a.right_id FROM ${db.table('right')} r LEFT JOIN
        (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY right_id ORDER BY left_id DESC) AS n FROM association) a ON a.right_id = r.id AND a.n <= 2
        ORDER BY r.id, a.left_id DESC`), sqlPair));
    });

    it('returns the columns of every table, nulls included', async () => {
      const { parents, children, associations } = await db.api.data('{ parents { id name } children { id name } associations { leftId rightId extraData } }');
      expect(parents).toEqual((await db.sql(`SELECT id, name FROM ${db.table('left')} ORDER BY id`)).map((r) => ({ id: key(r.id), name: r.name })));
      expect(children).toEqual((await db.sql(`SELECT id, name FROM ${db.table('right')} ORDER BY id`)).map((r) => ({ id: key(r.id), name: r.name })));
      expect(associations).toEqual((await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id'))
        .map((r) => ({ leftId: key(r.left_id), rightId: key(r.right_id), extraData: r.extra_data })));
      expect(associations).toContainEqual({ leftId: 2, rightId: 25, extraData: null });
    });
  });

  describe(`${dialect.name}: association-object-back-populates writes`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'each');
    const association = async () => (await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id')).map((r) => [key(r.left_id), key(r.right_id), r.extra_data]);

    it('createAssociation writes one row, with both ends connected or by keys', async () => {
      const { a, b } = await db.api.data(`mutation {
        a: createAssociation(input: { parent: { connect: { id: 4 } }, child: { connect: { id: 23 } }, extraData: "new" }) { leftId rightId extraData parent { id } child { id } }
        b: createAssociation(input: { leftId: 4, rightId: 24 }) { leftId rightId extraData }
      }`);
      expect(a).toEqual({ leftId: 4, rightId: 23, extraData: 'new', parent: { id: 4 }, child: { id: 23 } });
      expect(b).toEqual({ leftId: 4, rightId: 24, extraData: null });
      expect(await association()).toEqual(links({ add: [[4, 23, 'new'], [4, 24, null]] }));
      const { parent, child } = await db.api.data('{ parent(id: 4) { children { rightId } } child(id: 23) { parents { leftId } } }');
      expect(parent.children).toEqual([{ rightId: 23 }, { rightId: 24 }]);
      expect(child.parents).toEqual([{ leftId: 4 }]);
    });

    it('createAssociation creates both ends in its input', async () => {
      await db.api.data('mutation { createAssociation(input: { parent: { create: { id: 13 } }, child: { create: { id: 33 } }, extraData: "both" }) { leftId } }');
      expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 13`)).toEqual([{ id: 13 }]);
      expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 33`)).toEqual([{ id: 33 }]);
      expect(await association()).toEqual(links({ add: [[13, 33, 'both']] }));
    });

    it('refuses a second association with the same key as CONSTRAINT_VIOLATION, and changes nothing (R7.1)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { createAssociation(input: { parent: { connect: { id: 1 } }, child: { connect: { id: 22 } } }) { leftId } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('creates associations nested from the parent side, left_id filled in', async () => {
      const { createParent } = await db.api.data('mutation { createParent(input: { id: 13, children: { create: [{ rightId: 23, extraData: "a" }, { child: { connect: { id: 24 } } }] } }) { children { leftId rightId extraData } } }');
      expect(createParent.children).toEqual([{ leftId: 13, rightId: 23, extraData: 'a' }, { leftId: 13, rightId: 24, extraData: null }]);
      expect(await association()).toEqual(links({ add: [[13, 23, 'a'], [13, 24, null]] }));
    });

    it('creates associations nested from the child side, right_id filled in', async () => {
      const { updateChild } = await db.api.data('mutation { updateChild(id: 23, input: { parents: { create: [{ leftId: 4, extraData: "b" }, { parent: { connect: { id: 1 } } }] } }) { parents { leftId rightId extraData } } }');
      expect(updateChild.parents).toEqual([{ leftId: 1, rightId: 23, extraData: null }, { leftId: 4, rightId: 23, extraData: 'b' }]);
      expect(await association()).toEqual(links({ add: [[1, 23, null], [4, 23, 'b']] }));
    });

    it('updateAssociation changes the extra column, or moves the row to another parent', async () => {
      await db.api.data('mutation { updateAssociation(leftId: 1, rightId: 22, input: { extraData: "changed" }) { leftId } }');
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 22, 'changed']] }));
      const { updateAssociation } = await db.api.data('mutation { updateAssociation(leftId: 1, rightId: 22, input: { parent: { connect: { id: 4 } } }) { leftId rightId parent { id } } }');
      expect(updateAssociation).toEqual({ leftId: 4, rightId: 22, parent: { id: 4 } });
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[4, 22, 'changed']] }));
    });

    it('deleteAssociation deletes exactly that row and returns it as it was', async () => {
      const { deleteAssociation } = await db.api.data('mutation { deleteAssociation(leftId: 1, rightId: 22) { leftId rightId extraData } }');
      expect(deleteAssociation).toEqual({ leftId: 1, rightId: 22, extraData: 'x1-22' });
      expect(await association()).toEqual(links({ remove: [[1, 22]] }));
    });

    it('refuses to delete a parent or a child whose associations would lose part of their key, as CONSTRAINT_VIOLATION (R6.10)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { deleteParent(id: 1) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect((await db.failure('mutation { deleteChild(id: 22) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect((await db.failure('mutation { updateChild(id: 22, input: { parents: { disconnect: [{ leftId: 7, rightId: 22 }] } }) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect((await db.failure('mutation { updateParent(id: 7, input: { children: { disconnect: [{ leftId: 7, rightId: 22 }] } }) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('deletes a parent and a child once their associations are gone', async () => {
      await db.api.data('mutation { a: deleteAssociation(leftId: 5, rightId: 30) { leftId } b: deleteParent(id: 5) { id } c: deleteChild(id: 23) { id } }');
      expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 5`)).toEqual([]);
      expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
      expect(await association()).toEqual(links({ remove: [[5, 30]] }));
    });

    it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
      const before = await db.snapshot();
      for (const query of [
        'mutation { createAssociation(input: { parent: { connect: { id: 99 } }, child: { connect: { id: 23 } } }) { leftId } }',
        'mutation { createAssociation(input: { parent: { connect: { id: 4 } }, child: { connect: { id: 99 } } }) { leftId } }',
        'mutation { updateAssociation(leftId: 4, rightId: 23, input: { extraData: "x" }) { leftId } }',
        'mutation { updateAssociation(leftId: 1, rightId: 22, input: { parent: { connect: { id: 99 } } }) { leftId } }',
        'mutation { deleteAssociation(leftId: 4, rightId: 23) { leftId } }',
        'mutation { updateChild(id: 99, input: { name: "x" }) { id } }',
        'mutation { deleteChild(id: 99) { id } }',
        'mutation { a: createAssociation(input: { leftId: 4, rightId: 23 }) { leftId } b: deleteAssociation(leftId: 4, rightId: 24) { leftId } }',
      ]) {
        expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
      }
      expect(await db.snapshot()).toEqual(before);
    });
  });
}
