/** Association object, one direction: Parent → Association → Child, with `extra_data` (examples/seed/association-object.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object.js';
import { buildSchema, configure } from '../../src/index.js';
import { describeAssociationObject, links } from './families/associationObject.js';
import type { SeedDatabase } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describeAssociationObject({
  pattern: 'association-object',
  Base,
  parentAssociations: 'children',
  associationParent: false,
  writes,
});

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
      leftId: 'Int',
      rightId: 'Int',
      extraData: 'String',
      child: 'ChildRelationInput',
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
      direction: 'one-to-many',
      uselist: true,
      nullable: true,
      reverse: undefined,
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['left.id = association.left_id'],
      secondaryJoin: [],
    });
    expect(decisions(mapping, 'Association.child')).toEqual({
      direction: 'many-to-one',
      uselist: false,
      nullable: false,
      reverse: undefined,
      origin: 'declared',
      cascade: 'save-update, merge',
      viewonly: false,
      secondary: undefined,
      join: ['association.right_id = right.id'],
      secondaryJoin: [],
    });
  });

  it('keys Association by its two foreign-key columns, and does not count it as a secondary', () => {
    expect(mapping.model('Association')?.primaryKey.map((c) => c.name)).toEqual(['left_id', 'right_id']);
    expect(mapping.table('association')?.isSecondary).toBe(false);
  });
});

/** The writes only this variant has. */
function writes(db: SeedDatabase, association: () => Promise<unknown[][]>): void {
  it('createAssociation writes one row, by keys or with the child connected', async () => {
    const { a, b } = await db.api.data(`mutation {
      a: createAssociation(input: { leftId: 4, rightId: 23, extraData: "new" }) { leftId rightId extraData child { id } }
      b: createAssociation(input: { leftId: 4, child: { connect: { id: 24 } } }) { leftId rightId extraData }
    }`);
    expect(a).toEqual({ leftId: 4, rightId: 23, extraData: 'new', child: { id: 23 } });
    expect(b).toEqual({ leftId: 4, rightId: 24, extraData: null });
    expect(await association()).toEqual(
      links({
        add: [
          [4, 23, 'new'],
          [4, 24, null],
        ],
      }),
    );
    const { parent } = await db.api.data('{ parent(id: 4) { children { rightId } } }');
    expect(parent.children).toEqual([{ rightId: 23 }, { rightId: 24 }]);
  });
}
