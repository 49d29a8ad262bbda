/** Association object beside a viewonly secondary over the same table (examples/seed/association-object-with-secondary.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object-with-secondary.js';
import { buildSchema, configure } from '../../src/index.js';
import { DIALECTS } from '../support/index.js';
import { grouped, key, listsOf, lookUpEach, useSeedDatabase, type Row } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('association-object-with-secondary: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-object-with-secondary', Base);
  });

  it('reads the children directly through the viewonly secondary', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(schema.getType('Parent')?.toConfig()).toMatchObject({
      fields: { children: { description: 'Many-to-many: the Child rows linked to this Parent. Read-only.' } },
    });
  });

  it('gives the viewonly relationship no link mutations and no write inputs', () => {
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.removeParentChild')).toBeUndefined();
    expect(fieldType(schema, 'ParentCreateInput.children')).toBeUndefined();
    expect(fieldType(schema, 'ParentUpdateInput.children')).toBeUndefined();
    expect(fieldType(schema, 'ParentWhere.children')).toBe('ChildListFilter');
  });

  it('writes through the association object and its backrefs', () => {
    expect(fieldsOf(schema, 'Association')).toEqual({
      leftId: 'Int!', rightId: 'Int!', extraData: 'String', child: 'Child!', parent: 'Parent!',
    });
    expect(fieldType(schema, 'Parent.childAssociations')).toBe('[Association!]!');
    expect(fieldType(schema, 'Child.parentAssociations')).toBe('[Association!]!');
    expect(fieldType(schema, 'ParentCreateInput.childAssociations')).toBe('AssociationListRelationInput');
    expect(fieldArgs(schema, 'Mutation.updateAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!', input: 'AssociationUpdateInput!' });
  });
});

describe('association-object-with-secondary: mapper', () => {
  it('maps Parent.children as a viewonly many-to-many that keeps only the read cascades', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: undefined, origin: 'declared',
      cascade: 'merge, refresh-expire, expunge', viewonly: true, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
  });

  it('creates the association object backrefs as writable one-to-manys', () => {
    expect(decisions(mapping, 'Parent.childAssociations')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Association.parent', origin: 'backref', viewonly: false,
    });
    expect(decisions(mapping, 'Child.parentAssociations')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Association.child', origin: 'backref', viewonly: false,
    });
  });

  it('maps the association table both as a model and as a secondary', () => {
    expect(mapping.table('association')).toMatchObject({ isSecondary: true, model: mapping.model('Association') });
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
  describe(`${dialect.name}: association-object-with-secondary reads`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'once');
    const parentChildren = async () => grouped(await db.sql(`SELECT l.id AS owner, a.right_id AS related FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.right_id`));
    const parentAssociations = async () => grouped(await db.sql(`SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.left_id, a.right_id`), sqlPair);
    const childAssociations = async () => grouped(await db.sql(`SELECT r.id AS owner, a.left_id, a.right_id FROM ${db.table('right')} r LEFT JOIN association a ON a.right_id = r.id ORDER BY r.id, a.left_id, a.right_id`), sqlPair);
    const associationEnds = async () => (await db.sql(`SELECT a.left_id, a.right_id, l.id AS parent, r.id AS child FROM association a
      LEFT JOIN ${db.table('left')} l ON l.id = a.left_id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY a.left_id, a.right_id`))
      .map((r) => [sqlPair(r), key(r.parent), key(r.child)]);
    const ends = (associations: Row[]) => associations.map((a) => [pair(a), (a.parent as Row).id, (a.child as Row).id]);

    it('returns the viewonly Parent.children through the association table, by primary key, empty for parents without any', async () => {
      const { parents } = await db.api.data('{ parents { id children { id } } }');
      const expected = await parentChildren();
      expect(listsOf(parents, 'children')).toEqual(expected);
      expect(expected).toContainEqual([1, [21, 22, 25]]);
      expect(expected).toContainEqual([4, []]);
    });

    it('returns Parent.childAssociations as the association rows with that left_id', async () => {
      const { parents } = await db.api.data('{ parents { id childAssociations { leftId rightId } } }');
      expect(listsOf(parents, 'childAssociations', (row) => row.id ?? pair(row))).toEqual(await parentAssociations());
    });

    it('returns Child.parentAssociations as the association rows with that right_id', async () => {
      const { children } = await db.api.data('{ children { id parentAssociations { leftId rightId } } }');
      const expected = await childAssociations();
      expect(listsOf(children, 'parentAssociations', (row) => row.id ?? pair(row))).toEqual(expected);
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
        ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id children { id } childAssociations { leftId rightId } }`])),
        ...Object.fromEntries(childIds.map((id) => [`c${id}`, `child(id: ${id}) { id parentAssociations { leftId rightId } }`])),
        ...Object.fromEntries(keys.map(([l, r]) => [`a${l}_${r}`, `association(leftId: ${l}, rightId: ${r}) { leftId rightId parent { id } child { id } }`])),
      });
      const parents = parentIds.map((id) => data[`p${id}`]);
      expect(listsOf(parents, 'children')).toEqual(await parentChildren());
      expect(listsOf(parents, 'childAssociations', (row) => row.id ?? pair(row))).toEqual(await parentAssociations());
      expect(listsOf(childIds.map((id) => data[`c${id}`]), 'parentAssociations', (row) => row.id ?? pair(row))).toEqual(await childAssociations());
      expect(ends(keys.map(([l, r]) => data[`a${l}_${r}`]))).toEqual(await associationEnds());
    });

    it('gives the same children through the viewonly list as through the association objects', async () => {
      const { parents } = await db.api.data('{ parents { id children { id } childAssociations { child { id } } } }');
      for (const parent of parents) expect(parent.childAssociations.map((a: Row) => a.child)).toEqual(parent.children);
    });

    it('orders and pages the viewonly list per parent', async () => {
      const { parents } = await db.api.data('{ parents { id children(orderBy: [{ id: DESC }], limit: 2) { id } } }');
      expect(listsOf(parents, 'children')).toEqual(grouped(await db.sql(`SELECT l.id AS owner, a.right_id AS related FROM ${db.table('left')} l LEFT JOIN
        (SELECT left_id, right_id, ROW_NUMBER() OVER (PARTITION BY left_id ORDER BY right_id DESC) AS n FROM association) a ON a.left_id = l.id AND a.n <= 2
        ORDER BY l.id, a.right_id DESC`)));
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

  describe(`${dialect.name}: association-object-with-secondary writes`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'each');
    const association = async () => (await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id')).map((r) => [key(r.left_id), key(r.right_id), r.extra_data]);

    it('createAssociation writes one row, which the viewonly Parent.children shows at once', async () => {
      const { createAssociation } = await db.api.data('mutation { createAssociation(input: { parent: { connect: { id: 1 } }, child: { connect: { id: 23 } }, extraData: "new" }) { extraData parent { children { id } } } }');
      expect(createAssociation).toEqual({ extraData: 'new', parent: { children: [{ id: 21 }, { id: 22 }, { id: 23 }, { id: 25 }] } });
      expect(await association()).toEqual(links({ add: [[1, 23, 'new']] }));
    });

    it('refuses a second association with the same key as CONSTRAINT_VIOLATION, and changes nothing (R7.1)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { createAssociation(input: { leftId: 1, rightId: 22 }) { leftId } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('creates associations nested from either side, the key filled in', async () => {
      await db.api.data(`mutation {
        a: updateParent(id: 4, input: { childAssociations: { create: [{ rightId: 23, extraData: "a" }] } }) { id }
        b: updateChild(id: 24, input: { parentAssociations: { create: [{ parent: { connect: { id: 4 } } }] } }) { id }
        c: createParent(input: { id: 13, childAssociations: { create: [{ child: { connect: { id: 22 } } }] } }) { id children { id } }
      }`);
      expect(await association()).toEqual(links({ add: [[4, 23, 'a'], [4, 24, null], [13, 22, null]] }));
      const { parent } = await db.api.data('{ parent(id: 4) { children { id } } }');
      expect(parent.children).toEqual([{ id: 23 }, { id: 24 }]);
    });

    it('updateAssociation changes the extra column, or moves the row to another child', async () => {
      await db.api.data('mutation { updateAssociation(leftId: 1, rightId: 22, input: { extraData: "changed" }) { leftId } }');
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 22, 'changed']] }));
      await db.api.data('mutation { updateAssociation(leftId: 1, rightId: 22, input: { child: { connect: { id: 23 } } }) { leftId } }');
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 23, 'changed']] }));
    });

    it('deleteAssociation deletes exactly that row, and the viewonly list follows', async () => {
      const { deleteAssociation } = await db.api.data('mutation { deleteAssociation(leftId: 1, rightId: 22) { leftId rightId extraData } }');
      expect(deleteAssociation).toEqual({ leftId: 1, rightId: 22, extraData: 'x1-22' });
      expect(await association()).toEqual(links({ remove: [[1, 22]] }));
      const { parent } = await db.api.data('{ parent(id: 1) { children { id } } }');
      expect(parent.children).toEqual([{ id: 21 }, { id: 25 }]);
    });

    it('refuses to delete a parent or child whose associations would lose part of their key, as CONSTRAINT_VIOLATION; the viewonly list does not count (R5.4, R6.10)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { deleteParent(id: 1) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect((await db.failure('mutation { deleteChild(id: 22) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('deletes a parent and a child once their associations are gone', async () => {
      await db.api.data('mutation { a: deleteAssociation(leftId: 5, rightId: 30) { leftId } b: deleteParent(id: 5) { id } c: deleteChild(id: 23) { id } }');
      expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 5`)).toEqual([]);
      expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
      expect(await association()).toEqual(links({ remove: [[5, 30]] }));
    });

    it('offers no write through the viewonly list', async () => {
      const result = await db.api.query('mutation { updateParent(id: 1, input: { children: { connect: [{ id: 23 }] } }) { id } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await association()).toEqual(links());
    });

    it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
      const before = await db.snapshot();
      for (const query of [
        'mutation { createAssociation(input: { parent: { connect: { id: 99 } }, child: { connect: { id: 23 } } }) { leftId } }',
        'mutation { createAssociation(input: { leftId: 4, child: { connect: { id: 99 } } }) { leftId } }',
        'mutation { updateAssociation(leftId: 4, rightId: 23, input: { extraData: "x" }) { leftId } }',
        'mutation { deleteAssociation(leftId: 4, rightId: 23) { leftId } }',
        'mutation { updateParent(id: 4, input: { childAssociations: { connect: [{ leftId: 4, rightId: 23 }] } }) { id } }',
        'mutation { a: createAssociation(input: { leftId: 4, rightId: 23 }) { leftId } b: deleteParent(id: 99) { id } }',
      ]) {
        expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
      }
      expect(await db.snapshot()).toEqual(before);
    });
  });
}
