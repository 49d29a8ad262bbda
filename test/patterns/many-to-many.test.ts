/** Many to many, one direction: `Parent.children` through `association` (examples/seed/many-to-many.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-many.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('many-to-many: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('many-to-many', Base);
  });

  it('gives Parent a list of children and Child nothing back', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(fieldType(schema, 'Child.parents')).toBeUndefined();
  });

  it('links through the association table with add/remove mutations', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
  });

  it('generates no type or root field for the association table, which is not a model', () => {
    expect(schema.getType('Association')).toBeUndefined();
    expect(fieldType(schema, 'Query.association')).toBeUndefined();
    expect(fieldType(schema, 'Query.associations')).toBeUndefined();
  });

  it('writes children nested in the Parent inputs', () => {
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
    expect(fieldType(schema, 'ParentUpdateInput.children')).toBe('ChildListRelationInput');
  });
});

describe('many-to-many: mapper', () => {
  it('makes any relationship with a secondary many-to-many, joining through its two foreign keys', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: undefined, origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
  });

  it('marks the association table as a secondary without a model', () => {
    expect(mapping.table('association')).toMatchObject({ isSecondary: true, model: undefined });
  });
});
