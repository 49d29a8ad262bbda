/** One to many, one direction: `Parent.children` over `child.parent_id` (examples/seed/one-to-many.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-many.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-many: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-many', Base);
  });

  it('gives Parent a list of children that takes the list arguments', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
  });

  it('gives Child its foreign-key column but no parent field', () => {
    expect(fieldType(schema, 'Child.parentId')).toBe('Int');
    expect(fieldType(schema, 'Child.parent')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.setChildParent')).toBeUndefined();
  });

  it('looks up and lists both models', () => {
    expect(fieldArgs(schema, 'Query.parent')).toEqual({ id: 'Int!' });
    expect(fieldType(schema, 'Query.parent')).toBe('Parent');
    expect(fieldType(schema, 'Query.parents')).toBe('[Parent!]!');
    expect(fieldArgs(schema, 'Query.child')).toEqual({ id: 'Int!' });
    expect(fieldType(schema, 'Query.children')).toBe('[Child!]!');
  });

  it('adds and removes children with link mutations', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldType(schema, 'Mutation.addParentChild')).toBe('Parent!');
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
  });

  it('writes children nested in the Parent inputs', () => {
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
    expect(fieldType(schema, 'ParentUpdateInput.children')).toBe('ChildListRelationInput');
    expect(fieldType(schema, 'ChildListRelationInput.connect')).toBe('[ChildKey!]');
    expect(fieldType(schema, 'ChildListRelationInput.create')).toBe('[ChildCreateInput!]');
  });
});

describe('one-to-many: mapper', () => {
  it('infers one-to-many from the foreign key on the target, with a list and the default cascade', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: undefined, origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.id = child.parent_id'], secondaryJoin: [],
    });
  });

  it('maps no relationship on Child', () => {
    expect(mapping.model('Child')?.relationships).toEqual([]);
  });
});
