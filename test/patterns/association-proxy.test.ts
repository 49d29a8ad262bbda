/** Association proxy: `Parent.children` through `childAssociations` → `child` (examples/seed/association-proxy.ts). */
import { describe, expect, it } from 'vitest';
import Base, { Association, Child } from '../../examples/seed/association-proxy.js';
import { buildSchema, configure, isMappedAssociationProxy } from '../../src/index.js';
import { describeAssociationObject, links } from './families/associationObject.js';
import { key, type SeedDatabase } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describeAssociationObject({
  pattern: 'association-proxy',
  Base,
  parentAssociations: 'childAssociations',
  associationParent: true,
  parentChildren: 'proxy',
  parentOwnsAssociations: true,
  writes,
  notFound: [
    'mutation { addParentChild(id: 99, childId: 23) { id } }',
    'mutation { addParentChild(id: 4, childId: 99, extraData: "x") { id } }',
    'mutation { removeParentChild(id: 1, childId: 99) { id } }',
    'mutation { removeParentChild(id: 99, childId: 22) { id } }',
    'mutation { a: addParentChild(id: 4, childId: 23) { id } b: removeParentChild(id: 1, childId: 22) { id } c: addParentChild(id: 4, childId: 99) { id } }',
  ],
});

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
      direction: 'one-to-many',
      uselist: true,
      nullable: true,
      reverse: 'Association.parent',
      origin: 'declared',
      cascade: 'save-update, merge, refresh-expire, expunge, delete, delete-orphan',
      viewonly: false,
      secondary: undefined,
      join: ['left.id = association.left_id'],
      secondaryJoin: [],
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

/** The writes only this variant has. */
function writes(db: SeedDatabase, association: () => Promise<unknown[][]>): void {
  it('addParentChild writes one association row with the extra columns, and re-adding it writes nothing', async () => {
    const { addParentChild } = await db.api.data(
      'mutation { addParentChild(id: 4, childId: 23, extraData: "x") { id children { id } childAssociations { leftId rightId extraData } } }',
    );
    expect(addParentChild).toEqual({ id: 4, children: [{ id: 23 }], childAssociations: [{ leftId: 4, rightId: 23, extraData: 'x' }] });
    expect(db.log.inserts).toHaveLength(1);
    expect(await association()).toEqual(links({ add: [[4, 23, 'x']] }));
    db.log.clear();
    await db.api.data(
      'mutation { a: addParentChild(id: 4, childId: 23, extraData: "y") { id } b: addParentChild(id: 1, childId: 22) { id } }',
    );
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
    await db.api.data(
      'mutation { updateParent(id: 1, input: { childAssociations: { disconnect: [{ leftId: 1, rightId: 21 }] } }) { id } }',
    );
    expect(await association()).toEqual(links({ remove: [[1, 21]] }));
    await db.api.data('mutation { updateParent(id: 7, input: { childAssociations: { set: [{ leftId: 7, rightId: 30 }] } }) { id } }');
    expect(await association()).toEqual(
      links({
        remove: [
          [1, 21],
          [7, 22],
          [7, 31],
        ],
      }),
    );
  });

  it('createAssociation with both ends connected adds the child to the proxy list', async () => {
    const { createAssociation } = await db.api.data(
      'mutation { createAssociation(input: { parent: { connect: { id: 4 } }, child: { connect: { id: 23 } }, extraData: "direct" }) { parent { children { id } } } }',
    );
    expect(createAssociation.parent.children).toEqual([{ id: 23 }]);
    expect(await association()).toEqual(links({ add: [[4, 23, 'direct']] }));
  });

  it("creates associations nested in a parent's input", async () => {
    const { createParent } = await db.api.data(
      'mutation { createParent(input: { id: 13, childAssociations: { create: [{ rightId: 23, extraData: "a" }, { child: { connect: { id: 22 } } }] } }) { children { id } } }',
    );
    expect(createParent.children).toEqual([{ id: 22 }, { id: 23 }]);
    expect(await association()).toEqual(
      links({
        add: [
          [13, 22, null],
          [13, 23, 'a'],
        ],
      }),
    );
  });

  it('deleteParent deletes its association rows with it and keeps the children (R6.6)', async () => {
    await db.api.data('mutation { deleteParent(id: 1) { id } }');
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

  it('replaces an association in one operation, or in one flush (the orphan is deleted before the insert)', async () => {
    await db.api.data(
      'mutation { a: removeParentChild(id: 1, childId: 22) { id } b: addParentChild(id: 1, childId: 22, extraData: "again") { id } }',
    );
    expect(await association()).toEqual(links({ remove: [[1, 22]], add: [[1, 22, 'again']] }));
    db.log.clear();
    await db.api.data(
      'mutation { updateParent(id: 1, input: { childAssociations: { disconnect: [{ leftId: 1, rightId: 21 }], create: [{ rightId: 21, extraData: "z" }] } }) { id } }',
    );
    expect(db.writes()).toEqual(['DELETE association', 'INSERT association']);
    expect(await association()).toEqual(
      links({
        remove: [
          [1, 22],
          [1, 21],
        ],
        add: [
          [1, 22, 'again'],
          [1, 21, 'z'],
        ],
      }),
    );
  });
}
