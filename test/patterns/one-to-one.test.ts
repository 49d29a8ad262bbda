/** One to one from the one-to-many side: `Parent.child` with `uselist: false` (examples/seed/one-to-one.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-one: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-one', Base);
  });

  it('gives both sides a nullable scalar without list arguments', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldArgs(schema, 'Parent.child')).toEqual({});
    expect(fieldType(schema, 'Child.parent')).toBe('Parent');
    expect(fieldArgs(schema, 'Child.parent')).toEqual({});
  });

  it('sets the partner from either side, and has no add/remove mutations', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.removeParentChild')).toBeUndefined();
  });

  it('writes the partner nested as a single relation from both sides', () => {
    expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
  });
});

describe('one-to-one: mapper', () => {
  it('keeps Parent.child one-to-many but a scalar, paired with the many-to-one Child.parent', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'one-to-many', uselist: false, nullable: true, reverse: 'Child.parent', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.id = child.parent_id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: 'Parent.child', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.parent_id = parent.id'], secondaryJoin: [],
    });
  });
});
