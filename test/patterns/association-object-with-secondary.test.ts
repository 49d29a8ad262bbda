/** Association object beside a viewonly secondary over the same table (examples/seed/association-object-with-secondary.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object-with-secondary.js';
import { buildSchema, configure } from '../../src/index.js';
import { describeAssociationObject, links } from './families/associationObject.js';
import type { SeedDatabase } from './seedDatabase.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describeAssociationObject({
  pattern: 'association-object-with-secondary',
  Base,
  parentAssociations: 'childAssociations',
  childAssociations: 'parentAssociations',
  associationParent: true,
  parentChildren: 'viewonly',
  writes,
});

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
      leftId: 'Int!',
      rightId: 'Int!',
      extraData: 'String',
      child: 'Child!',
      parent: 'Parent!',
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
      direction: 'many-to-many',
      uselist: true,
      nullable: true,
      reverse: undefined,
      origin: 'declared',
      cascade: 'merge, refresh-expire, expunge',
      viewonly: true,
      secondary: 'association',
      join: ['left.id = association.left_id'],
      secondaryJoin: ['association.right_id = right.id'],
    });
  });

  it('creates the association object backrefs as writable one-to-manys', () => {
    expect(decisions(mapping, 'Parent.childAssociations')).toMatchObject({
      direction: 'one-to-many',
      uselist: true,
      reverse: 'Association.parent',
      origin: 'backref',
      viewonly: false,
    });
    expect(decisions(mapping, 'Child.parentAssociations')).toMatchObject({
      direction: 'one-to-many',
      uselist: true,
      reverse: 'Association.child',
      origin: 'backref',
      viewonly: false,
    });
  });

  it('maps the association table both as a model and as a secondary', () => {
    expect(mapping.table('association')).toMatchObject({ isSecondary: true, model: mapping.model('Association') });
  });
});

/** The writes only this variant has. */
function writes(db: SeedDatabase, association: () => Promise<unknown[][]>): void {
  it('createAssociation writes one row, which the viewonly Parent.children shows at once', async () => {
    const { createAssociation } = await db.api.data(
      'mutation { createAssociation(input: { parent: { connect: { id: 1 } }, child: { connect: { id: 23 } }, extraData: "new" }) { extraData parent { children { id } } } }',
    );
    expect(createAssociation).toEqual({ extraData: 'new', parent: { children: [{ id: 21 }, { id: 22 }, { id: 23 }, { id: 25 }] } });
    expect(await association()).toEqual(links({ add: [[1, 23, 'new']] }));
  });

  it('creates associations nested from either side, the key filled in', async () => {
    await db.api.data(`mutation {
      a: updateParent(id: 4, input: { childAssociations: { create: [{ rightId: 23, extraData: "a" }] } }) { id }
      b: updateChild(id: 24, input: { parentAssociations: { create: [{ parent: { connect: { id: 4 } } }] } }) { id }
      c: createParent(input: { id: 13, childAssociations: { create: [{ child: { connect: { id: 22 } } }] } }) { id children { id } }
    }`);
    expect(await association()).toEqual(
      links({
        add: [
          [4, 23, 'a'],
          [4, 24, null],
          [13, 22, null],
        ],
      }),
    );
    const { parent } = await db.api.data('{ parent(id: 4) { children { id } } }');
    expect(parent.children).toEqual([{ id: 23 }, { id: 24 }]);
  });

  it('offers no write through the viewonly list', async () => {
    const result = await db.api.query('mutation { updateParent(id: 1, input: { children: { connect: [{ id: 23 }] } }) { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await association()).toEqual(links());
  });
}
