/** Association proxy: `Parent.children` through `childAssociations` → `child` (examples/seed/association-proxy.ts). */
import { describe, expect, it } from 'vitest';
import Base, { Association, Child } from '../../examples/seed/association-proxy.js';
import { buildSchema, configure, isMappedAssociationProxy } from '../../src/index.js';
import { DIALECTS } from '../support/index.js';
import { grouped, key, listsOf, lookUpEach, useSeedDatabase, type Row } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('association-proxy: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-proxy', Base);
  });

  it('gives Parent the children in one field, beside the association objects', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(fieldType(schema, 'Parent.childAssociations')).toBe('[Association!]!');
  });

  it('adds a child with the extra columns of the association as optional arguments, and removes it', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!', extraData: 'String' });
    expect(fieldType(schema, 'Mutation.addParentChild')).toBe('Parent!');
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
  });

  it('keeps the association object and its composite-key mutations', () => {
    expect(fieldType(schema, 'Association.extraData')).toBe('String');
    expect(fieldArgs(schema, 'Query.association')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.deleteAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
  });

  it('writes nested through the relationship, not through the proxy', () => {
    expect(fieldType(schema, 'ParentCreateInput.childAssociations')).toBe('AssociationListRelationInput');
    expect(fieldType(schema, 'ParentCreateInput.children')).toBeUndefined();
  });
});

describe('association-proxy: mapper', () => {
  it('owns the association rows: all, delete-orphan on Parent.childAssociations', () => {
    expect(decisions(mapping, 'Parent.childAssociations')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: 'Association.parent', origin: 'declared',
      cascade: 'save-update, merge, refresh-expire, expunge, delete, delete-orphan', viewonly: false, secondary: undefined,
      join: ['left.id = association.left_id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Association.child')).toMatchObject({ direction: 'many-to-one', uselist: false, reverse: undefined });
  });

  it('maps the proxy over the two hops, keeping its creator', () => {
    const proxy = mapping.model('Parent')?.attribute('children');
    expect(isMappedAssociationProxy(proxy)).toBe(true);
    if (!isMappedAssociationProxy(proxy)) return;
    expect(proxy.relationship.name).toBe('childAssociations');
    expect(`${proxy.attribute.owner.name}.${proxy.attribute.name}`).toBe('Association.child');
    expect(proxy.target.name).toBe('Child');
    const child = new Child({ id: 2 });
    const created = proxy.creator?.(child);
    expect(created).toBeInstanceOf(Association);
    expect(created).toMatchObject({ child });
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
  describe(`${dialect.name}: association-proxy reads`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'once');
    const parentChildren = async () => grouped(await db.sql(`SELECT l.id AS owner, r.id AS related FROM ${db.table('left')} l
      LEFT JOIN association a ON a.left_id = l.id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY l.id, r.id`));
    const parentAssociations = async () => grouped(await db.sql(`SELECT l.id AS owner, a.left_id, a.right_id FROM ${db.table('left')} l LEFT JOIN association a ON a.left_id = l.id ORDER BY l.id, a.left_id, a.right_id`), sqlPair);
    const associationEnds = async () => (await db.sql(`SELECT a.left_id, a.right_id, l.id AS parent, r.id AS child FROM association a
      LEFT JOIN ${db.table('left')} l ON l.id = a.left_id LEFT JOIN ${db.table('right')} r ON r.id = a.right_id ORDER BY a.left_id, a.right_id`))
      .map((r) => [sqlPair(r), key(r.parent), key(r.child)]);
    const ends = (associations: Row[]) => associations.map((a) => [pair(a), (a.parent as Row).id, (a.child as Row).id]);

    it('returns the proxy Parent.children across both hops, by primary key, empty for parents without any', async () => {
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

    it('returns Association.parent and Association.child as left_id and right_id say', async () => {
      const { associations } = await db.api.data('{ associations { leftId rightId parent { id } child { id } } }');
      expect(ends(associations)).toEqual(await associationEnds());
    });

    it('returns the same when each row is looked up by key', async () => {
      const parentIds = rows.left.map((p) => p.id).sort((a, b) => a - b);
      const keys = links().map(([l, r]) => [l, r]);
      const data = await lookUpEach(db.api, {
        ...Object.fromEntries(parentIds.map((id) => [`p${id}`, `parent(id: ${id}) { id children { id } childAssociations { leftId rightId } }`])),
        ...Object.fromEntries(keys.map(([l, r]) => [`a${l}_${r}`, `association(leftId: ${l}, rightId: ${r}) { leftId rightId parent { id } child { id } }`])),
      });
      const parents = parentIds.map((id) => data[`p${id}`]);
      expect(listsOf(parents, 'children')).toEqual(await parentChildren());
      expect(listsOf(parents, 'childAssociations', (row) => row.id ?? pair(row))).toEqual(await parentAssociations());
      expect(ends(keys.map(([l, r]) => data[`a${l}_${r}`]))).toEqual(await associationEnds());
    });

    it('orders and pages the proxy list per parent', async () => {
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

  describe(`${dialect.name}: association-proxy writes`, () => {
    const db = useSeedDatabase(dialect, Base, rows, 'each');
    const association = async () => (await db.sql('SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id')).map((r) => [key(r.left_id), key(r.right_id), r.extra_data]);

    it('addParentChild writes one association row with the extra columns, and re-adding it writes nothing', async () => {
      const { addParentChild } = await db.api.data('mutation { addParentChild(id: 4, childId: 23, extraData: "x") { id children { id } childAssociations { leftId rightId extraData } } }');
      expect(addParentChild).toEqual({ id: 4, children: [{ id: 23 }], childAssociations: [{ leftId: 4, rightId: 23, extraData: 'x' }] });
      expect(db.log.inserts).toHaveLength(1);
      expect(await association()).toEqual(links({ add: [[4, 23, 'x']] }));
      db.log.clear();
      await db.api.data('mutation { a: addParentChild(id: 4, childId: 23, extraData: "y") { id } b: addParentChild(id: 1, childId: 22) { id } }');
      expect(db.log.inserts).toHaveLength(0);
      expect(db.log.updates).toHaveLength(0);
      expect(await association()).toEqual(links({ add: [[4, 23, 'x']] }));
    });

    it('addParentChild without the extra columns leaves them NULL', async () => {
      await db.api.data('mutation { addParentChild(id: 1, childId: 23) { id } }');
      expect(await association()).toEqual(links({ add: [[1, 23, null]] }));
    });

    it('removeParentChild deletes exactly that association row; removing a missing link changes nothing', async () => {
      const { removeParentChild } = await db.api.data('mutation { removeParentChild(id: 1, childId: 22) { children { id } } }');
      expect(removeParentChild.children).toEqual([{ id: 21 }, { id: 25 }]);
      expect(await association()).toEqual(links({ remove: [[1, 22]] }));
      expect(await db.sql(`SELECT COUNT(*) AS n FROM ${db.table('right')}`).then((r) => key(r[0]!.n))).toBe(12);
      db.log.clear();
      await db.api.data('mutation { a: removeParentChild(id: 1, childId: 22) { id } b: removeParentChild(id: 4, childId: 22) { id } }');
      expect(db.log.deletes).toHaveLength(0);
      expect(await association()).toEqual(links({ remove: [[1, 22]] }));
    });

    it('deletes an association disconnected from its parent, as delete-orphan says (R6.7)', async () => {
      await db.api.data('mutation { updateParent(id: 1, input: { childAssociations: { disconnect: [{ leftId: 1, rightId: 21 }] } }) { id } }');
      expect(await association()).toEqual(links({ remove: [[1, 21]] }));
      await db.api.data('mutation { updateParent(id: 7, input: { childAssociations: { set: [{ leftId: 7, rightId: 30 }] } }) { id } }');
      expect(await association()).toEqual(links({ remove: [[1, 21], [7, 22], [7, 31]] }));
    });

    it('createAssociation with both ends connected adds the child to the proxy list', async () => {
      const { createAssociation } = await db.api.data('mutation { createAssociation(input: { parent: { connect: { id: 4 } }, child: { connect: { id: 23 } }, extraData: "direct" }) { parent { children { id } } } }');
      expect(createAssociation.parent.children).toEqual([{ id: 23 }]);
      expect(await association()).toEqual(links({ add: [[4, 23, 'direct']] }));
    });

    it('creates associations nested in a parent\'s input', async () => {
      const { createParent } = await db.api.data('mutation { createParent(input: { id: 13, childAssociations: { create: [{ rightId: 23, extraData: "a" }, { child: { connect: { id: 22 } } }] } }) { children { id } } }');
      expect(createParent.children).toEqual([{ id: 22 }, { id: 23 }]);
      expect(await association()).toEqual(links({ add: [[13, 22, null], [13, 23, 'a']] }));
    });

    it('deleteParent deletes its association rows with it and keeps the children (R6.6)', async () => {
      await db.api.data('mutation { deleteParent(id: 1) { id } }');
      expect(db.writes()).toEqual(['DELETE association', 'DELETE left']);
      expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 1`)).toEqual([]);
      expect(await association()).toEqual(links({ remove: [[1, 21], [1, 22], [1, 25]] }));
      expect(await db.sql(`SELECT COUNT(*) AS n FROM ${db.table('right')}`).then((r) => key(r[0]!.n))).toBe(12);
    });

    it('refuses a second association with the same key as CONSTRAINT_VIOLATION, and changes nothing (R7.1)', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { createAssociation(input: { leftId: 1, rightId: 22 }) { leftId } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
    });

    it('refuses to delete a child that associations refer to, as CONSTRAINT_VIOLATION, and deletes one without any', async () => {
      const before = await db.snapshot();
      expect((await db.failure('mutation { deleteChild(id: 22) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
      expect(await db.snapshot()).toEqual(before);
      await db.api.data('mutation { deleteChild(id: 23) { id } }');
      expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 23`)).toEqual([]);
    });

    it('replaces an association in one operation, or in one flush (the orphan is deleted before the insert)', async () => {
      await db.api.data('mutation { a: removeParentChild(id: 1, childId: 22) { id } b: addParentChild(id: 1, childId: 22, extraData: "again") { id } }');
      expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 22, 'again']] }));
      db.log.clear();
      await db.api.data('mutation { updateParent(id: 1, input: { childAssociations: { disconnect: [{ leftId: 1, rightId: 21 }], create: [{ rightId: 21, extraData: "z" }] } }) { id } }');
      expect(db.writes()).toEqual(['DELETE association', 'INSERT association']);
      expect(await association()).toEqual(links({ remove: [[1, 22], [1, 21]], add: [[1, 22, 'again'], [1, 21, 'z']] }));
    });

    it('answers unknown keys with NOT_FOUND and leaves the tables unchanged', async () => {
      const before = await db.snapshot();
      for (const query of [
        'mutation { addParentChild(id: 99, childId: 23) { id } }',
        'mutation { addParentChild(id: 4, childId: 99, extraData: "x") { id } }',
        'mutation { removeParentChild(id: 1, childId: 99) { id } }',
        'mutation { removeParentChild(id: 99, childId: 22) { id } }',
        'mutation { updateParent(id: 1, input: { childAssociations: { disconnect: [{ leftId: 4, rightId: 23 }] } }) { id } }',
        'mutation { deleteParent(id: 99) { id } }',
        'mutation { a: addParentChild(id: 4, childId: 23) { id } b: removeParentChild(id: 1, childId: 22) { id } c: addParentChild(id: 4, childId: 99) { id } }',
      ]) {
        expect((await db.failure(query))?.extensions?.code, query).toBe('NOT_FOUND');
      }
      expect(await db.snapshot()).toEqual(before);
    });
  });
}
