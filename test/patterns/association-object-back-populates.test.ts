/** Association object, both directions: four relationships in two pairs (examples/seed/association-object-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object-back-populates.js';
import { buildSchema, configure } from '../../src/index.js';
import { describeAssociationObject, links } from './families/associationObject.js';
import type { SeedDatabase } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describeAssociationObject({
  pattern: 'association-object-back-populates',
  Base,
  parentAssociations: 'children',
  childAssociations: 'parents',
  associationParent: true,
  writes,
});

describe('association-object-back-populates: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-object-back-populates', Base);
  });

  it('maps Association with its extra column and non-null parent and child', () => {
    expect(fieldsOf(schema, 'Association')).toEqual({
      leftId: 'Int!',
      rightId: 'Int!',
      extraData: 'String',
      child: 'Child!',
      parent: 'Parent!',
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
      leftId: 'Int',
      rightId: 'Int',
      extraData: 'String',
      child: 'ChildRelationInput',
      parent: 'ParentRelationInput',
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
      direction: 'one-to-many',
      uselist: true,
      reverse: 'Association.parent',
      join: ['left.id = association.left_id'],
    });
    expect(decisions(mapping, 'Association.parent')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: false,
      reverse: 'Parent.children',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['association.left_id = left.id'],
      secondaryJoin: [],
    });
  });

  it('pairs Child.parents with Association.child over association.right_id', () => {
    expect(decisions(mapping, 'Child.parents')).toMatchObject({
      direction: 'one-to-many',
      uselist: true,
      reverse: 'Association.child',
      join: ['right.id = association.right_id'],
    });
    expect(decisions(mapping, 'Association.child')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: false,
      reverse: 'Child.parents',
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['association.right_id = right.id'],
      secondaryJoin: [],
    });
  });
});

/** The writes only this variant has. */
function writes(db: SeedDatabase, association: () => Promise<unknown[][]>): void {
  it('createAssociation writes one row, with both ends connected or by keys', async () => {
    const { a, b } = await db.api.data(`mutation {
      a: createAssociation(input: { parent: { connect: { id: 4 } }, child: { connect: { id: 23 } }, extraData: "new" }) { leftId rightId extraData parent { id } child { id } }
      b: createAssociation(input: { leftId: 4, rightId: 24 }) { leftId rightId extraData }
    }`);
    expect(a).toEqual({ leftId: 4, rightId: 23, extraData: 'new', parent: { id: 4 }, child: { id: 23 } });
    expect(b).toEqual({ leftId: 4, rightId: 24, extraData: null });
    expect(await association()).toEqual(
      links({
        add: [
          [4, 23, 'new'],
          [4, 24, null],
        ],
      }),
    );
    const { parent, child } = await db.api.data('{ parent(id: 4) { children { rightId } } child(id: 23) { parents { leftId } } }');
    expect(parent.children).toEqual([{ rightId: 23 }, { rightId: 24 }]);
    expect(child.parents).toEqual([{ leftId: 4 }]);
  });

  it('createAssociation creates both ends in its input', async () => {
    await db.api.data(
      'mutation { createAssociation(input: { parent: { create: { id: 13 } }, child: { create: { id: 33 } }, extraData: "both" }) { leftId } }',
    );
    expect(await db.sql(`SELECT id FROM ${db.table('left')} WHERE id = 13`)).toEqual([{ id: 13 }]);
    expect(await db.sql(`SELECT id FROM ${db.table('right')} WHERE id = 33`)).toEqual([{ id: 33 }]);
    expect(await association()).toEqual(links({ add: [[13, 33, 'both']] }));
  });
}
