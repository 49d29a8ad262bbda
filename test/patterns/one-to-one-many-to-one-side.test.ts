/** One to one from the many-to-one side: `Child.parent` with `uselist: false` (examples/seed/one-to-one-many-to-one-side.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one-many-to-one-side.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-one-many-to-one-side: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-one-many-to-one-side', Base);
  });

  it('gives both sides a nullable scalar', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldType(schema, 'Parent.childId')).toBe('Int');
    expect(fieldType(schema, 'Child.parent')).toBe('Parent');
    expect(fieldArgs(schema, 'Child.parent')).toEqual({});
  });

  it('sets the partner from either side, and has no add/remove mutations', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
    expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
  });

  it('writes the partner nested as a single relation from both sides', () => {
    expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
  });
});

describe('one-to-one-many-to-one-side: mapper', () => {
  it('pairs the many-to-one Parent.child with Child.parent, one-to-many made a scalar', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: 'Child.parent', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.child_id = child.id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'one-to-many', uselist: false, nullable: true, reverse: 'Parent.child', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.id = parent.child_id'], secondaryJoin: [],
    });
  });
});
