/** Association object, one direction: Parent → Association → Child, with `extra_data` (examples/seed/association-object.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object.js';
import { buildSchema, configure } from '../../src/index.js';
import { DIALECTS } from '../support/index.js';
import { grouped, key, listsOf, paired, scalarsOf, lookUpEach, useSeedDatabase, type Row } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('association-object: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-object', Base);
  });

  it('maps the association table as a type with its extra column and a non-null child', () => {
    expect(fieldsOf(schema, 'Association')).toEqual({ leftId: 'Int!', rightId: 'Int!', extraData: 'String', child: 'Child!' });
  });

  it('gives Parent a list of association objects', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Association!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Association'));
  });

  it('looks up, updates and deletes an association by both keys', () => {
    expect(fieldArgs(schema, 'Query.association')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
    expect(fieldType(schema, 'Query.association')).toBe('Association');
    expect(fieldType(schema, 'Query.associations')).toBe('[Association!]!');
    expect(fieldArgs(schema, 'Mutation.updateAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!', input: 'AssociationUpdateInput!' });
    expect(fieldArgs(schema, 'Mutation.deleteAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
    expect(fieldsOf(schema, 'AssociationKey')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
  });

  it('creates associations with both keys optional, since links fill them', () => {
    expect(fieldsOf(schema, 'AssociationCreateInput')).toEqual({
      leftId: 'Int', rightId: 'Int', extraData: 'String', child: 'ChildRelationInput',
    });
    expect(fieldsOf(schema, 'AssociationUpdateInput')).toEqual({ extraData: 'String', child: 'ChildRelationInput' });
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('AssociationListRelationInput');
  });

  it('has no link mutations, because Association has a composite key', () => {
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.removeParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.setAssociationChild')).toBeUndefined();
  });
});

describe('association-object: mapper', () => {
  it('maps Parent.children as a one-to-many to Association, and Association.child as a many-to-one', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: undefined, origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['left.id = association.left_id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Association.child')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: false, reverse: undefined, origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['association.right_id = right.id'], secondaryJoin: [],
    });
  });

  it('keys Association by its two foreign-key columns, and does not count it as a secondary', () => {
    expect(mapping.model('Association')?.primaryKey.map((c) => c.name)).toEqual(['left_id', 'right_id']);
    expect(mapping.table('association')?.isSecondary).toBe(false);
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
  describe(`${dialect.name}: association-object reads`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'once');
    const parentLists = async () => grouped(await db.sql(`SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.left_id, a.right_id`), sqlPair);
    const associationChildren = async () => paired(await db.sql(`SELECT a.left_id, a.right_id, r.id AS related FROM association a LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY a.left_id, a.right_id`), (r) => key(r.related), sqlPair);

    it('returns Parent.children as the association rows with that left_id, by primary key, empty for parents without any', async () => {
      const { parents } = await db.api.data('{ parents { id children { leftId rightId } } }');
      const expected = await parentLists();
      expect(listsOf(parents, 'children', (row) => row.id ?? pair(row))).toEqual(expected);
      expect(expected).toContainEqual([1, ['1/21', '1/22', '1/25']]);
      expect(expected).toContainEqual([4, []]);
    });

    it('returns Association.child as right_id says', async () => {
      const { associations } = await db.api.data('{ associations { leftId rightId child { id } } }');
      expect(scalarsOf(associations, 'child', (row) => row.id, pair)).toEqual(await associationChildren());
    });

    it('returns the same when each row is looked up by key', async () => {
      const parentIds = rows.left.map((p) => p.id).sort((a, b) => a - b);
      const keys = links().map(([l, r]) => [l, r]);
      const data = await lookUpEach(db.api, {
        ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id children { leftId rightId } }`])),
        ...Object.fromEntries(keys.map(([l, r]) => [`a${l}_${r}`, `association(leftId: ${l}, rightId: ${r}) { leftId rightId child { id } }`])),
        missing: 'association(leftId: 4, rightId: 23) { leftId }',
      });
      expect(listsOf(parentIds.map((id) => data[`p${id}`]), 'children', (row) => row.id ?? pair(row))).toEqual(await parentLists());
      expect(scalarsOf(keys.map(([l, r]) => data[`a${l}_${r}`]), 'child', (row) => row.id, pair)).toEqual(await associationChildren());
      expect(data.missing).toBeNull();
    });

    it('goes two hops, Parent → Association → Child, as a join of the three tables says', async () => {
      const { parents } = await db.api.data('{ parents { id children { child { id } } } }');
      const expected = grouped(await db.sql(`SELECT l.id AS owner, r.id AS related FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY l.id, a.right_id`));
      expect(parents.map((p: Row) => [p.id, (p.children as Row[]).map((a) => (a.child as Row).id)])).toEqual(expected);
    });

    it('orders and pages each parent\'s associations on their own', async () => {
      const { parents } = await db.api.data('{ parents { id children(orderBy: [{ rightId: DESC }], limit: 2) { leftId rightId } } }');
      expect(listsOf(parents, 'children', (row) => row.id ?? pair(row))).toEqual(grouped(await db.sql(`SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN
        (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY left_id ORDER BY right_id DESC) AS n FROM association) a ON a.left_id = l.id AND a.n <= 2
        ORDER BY l.id, a.right_id DESC`), sqlPair));
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

  describe(`${dialect.name}: association-object writes`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'each');
    const association = async () => (await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id')).map((r) => [key(r.left_id), key(r.right_id), r.extra_data]);

    it('createAssociation writes one row, by keys or with the child connected', async () => {
      const { a, b } = await db.api.data(`mutation {
        a: createAssociation(input: { leftId: 4, rightId: 23, extraData: "new" }) { leftId rightId extraData child { id } }
        b: createAssociation(input: { leftId: 4, child: { connect: { id: 24 } } }) { leftId rightId extraData }
      }`);
      expect(a).toEqual({ leftId: 4, rightId: 23, extraData: 'new', child: { id: 23 } });
      expect(b).toEqual({ leftId: 4, rightId: 24, extraData: null });
      expect(await association()).toEqual(links({ add: [[4, 23, 'new'], [4, 24, null]] }));
      const { parent } = await db.api.data('{ parent(id: 4) { children { rightId } } }');
      expect(parent.children).toEqual([{ rightId: 23 }, { rightId: 24 }]);
    });

    it('refuses a second association with the same key as CONSTRAINT_VIOLATION, and changes nothing (R7.1)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { createAssociation(input: { leftId: 1, rightId: 22, extraData: "again" }) { leftId } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('refuses an association to a missing row as CONSTRAINT_VIOLATION, and changes nothing', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { createAssociation(input: { leftId: 99, rightId: 23 }) { leftId } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('creates a parent with associations created in its input, the left_id filled in', async () => {
      const { createParent } = await db.api.data(`mutation { createParent(input: { id: 13, name: "p13", children: { create: [
        { rightId: 23, extraData: "a" }, { child: { connect: { id: 24 } } }, { child: { create: { id: 33, name: "c33" } } }
      ] } }) { id children { leftId rightId extraData } } }`);
      expect(createParent.children).toEqual([{ leftId: 13, rightId: 23, extraData: 'a' }, { leftId: 13, rightId: 24, extraData: null }, { leftId: 13, rightId: 33, extraData: null }]);
      expect(await db.sql(`SELECT id, name FROM ${db.table('right')} WHERE id = 33`)).toEqual([{ id: 33, name: 'c33' }]);
      expect(await association()).toEqual(links({ add: [[13, 23, 'a'], [13, 24, null], [13, 33, null]] }));
    });

    it('updateParent creates associations for an existing parent', async () => {
      await db.api.data('mutation { updateParent(id: 1, input: { children: { create: [{ rightId: 23, extraData: "b" }] } }) { id } }');
      expect(await association()).toEqual(links({ add: [[1, 23, 'b']] }));
    });

    it('updateAssociation changes the extra column of that row only', async () => {
      const { updateAssociation } = await db.api.data('mutation { updateAssociation(leftId: 1, rightId: 22, input: { extraData: "changed" }) { leftId rightId extraData } }');
      expect(updateAssociation).toEqual({ leftId: 1, rightId: 22, extraData: 'changed' });
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 22, 'changed']] }));
    });

    it('updateAssociation moves the row to another child when the child is connected', async () => {
      const { updateAssociation } = await db.api.data('mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 23 } } }) { leftId rightId extraData child { id } } }');
      expect(updateAssociation).toEqual({ leftId: 1, rightId: 23, extraData: 'x1-22', child: { id: 23 } });
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 23, 'x1-22']] }));
    });

    it('refuses to move an association onto a key that exists, as CONSTRAINT_VIOLATION, and changes nothing', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 21 } } }) { leftId } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('deleteAssociation deletes exactly that row and returns it as it was', async () => {
      const { deleteAssociation } = await db.api.data('mutation { deleteAssociation(leftId: 1, rightId: 22) { leftId rightId extraData } }');
      expect(deleteAssociation).toEqual({ leftId: 1, rightId: 22, extraData: 'x1-22' });
      expect(await association()).toEqual(links({ remove: [[1, 22]] }));
      expect(await db.sql(`SELECT COUNT(*) AS n FROM ${db.table('right')}`).then((r) => key(r[0]!.n))).toBe(12);
    });

    it('refuses to delete a parent whose associations would lose part of their key, as CONSTRAINT_VIOLATION (R6.10)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { deleteParent(id: 1) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('refuses to disconnect an association from its parent, which would blank its key, as CONSTRAINT_VIOLATION (R6.10)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { updateParent(id: 1, input: { children: { disconnect: [{ leftId: 1, rightId: 21 }] } }) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('refuses to delete a child that associations refer to, as CONSTRAINT_VIOLATION (R5.6)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { deleteChild(id: 22) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('deletes a parent and a child without associations', async () => {
      await db.api.data('mutation { deleteParent(id: 4) { id } deleteChild(id: 23) { id } }');
      expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 4`)).toEqual([]);
      expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
      expect(await association()).toEqual(links());
    });

    it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
      const before = await db.snapshot();
      for (const query of [
        'mutation { createAssociation(input: { leftId: 4, child: { connect: { id: 99 } } }) { leftId } }',
        'mutation { updateAssociation(leftId: 4, rightId: 23, input: { extraData: "x" }) { leftId } }',
        'mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 99 } } }) { leftId } }',
        'mutation { deleteAssociation(leftId: 4, rightId: 23) { leftId } }',
        'mutation { updateParent(id: 99, input: { name: "x" }) { id } }',
        'mutation { updateParent(id: 4, input: { children: { connect: [{ leftId: 4, rightId: 23 }] } }) { id } }',
        'mutation { deleteParent(id: 99) { id } }',
        'mutation { a: createAssociation(input: { leftId: 4, rightId: 23 }) { leftId } b: deleteAssociation(leftId: 4, rightId: 24) { leftId } }',
      ]) {
        expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
      }
      expect(await db.snapshot()).toEqual(before);
    });
  });
}
