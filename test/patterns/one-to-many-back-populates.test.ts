/** One to many, both directions with backPopulates (examples/seed/one-to-many-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-many-back-populates.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-many-back-populates: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-many-back-populates', Base);
  });

  it('gives Parent a list of children and Child a nullable parent', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(fieldType(schema, 'Child.parent')).toBe('Parent');
    expect(fieldType(schema, 'Child.parentId')).toBe('Int');
  });

  it('links from both sides: add/remove on the list, set on the scalar', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
    expect(fieldType(schema, 'Mutation.setChildParent')).toBe('Child!');
  });

  it('writes the relationship nested from both sides', () => {
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
    expect(fieldType(schema, 'ChildUpdateInput.parent')).toBe('ParentRelationInput');
    expect(fieldType(schema, 'ParentRelationInput.connect')).toBe('ParentKey');
    expect(fieldType(schema, 'ParentRelationInput.disconnect')).toBe('Boolean');
  });
});

describe('one-to-many-back-populates: mapper', () => {
  it('pairs Parent.children (one-to-many, list) with Child.parent (many-to-one, scalar)', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: 'Child.parent', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.id = child.parent_id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: 'Parent.children', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.parent_id = parent.id'], secondaryJoin: [],
    });
  });
});
