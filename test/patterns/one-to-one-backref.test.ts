/** One to one with `backref('parent', { uselist: false })` (examples/seed/one-to-one-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-one-backref.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-one-backref: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-one-backref', Base);
  });

  it('gives both sides a nullable scalar', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldType(schema, 'Child.parent')).toBe('Parent');
    expect(fieldArgs(schema, 'Child.parent')).toEqual({});
  });

  it('sets the partner from either side, and has no add/remove mutations', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
    expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
  });
});

describe('one-to-one-backref: mapper', () => {
  it('creates Child.parent as a one-to-many reverse made a scalar by the backref options', () => {
    expect(decisions(mapping, 'Parent.child')).toMatchObject({
      direction: 'many-to-one', uselist: false, reverse: 'Child.parent', origin: 'declared',
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'one-to-many', uselist: false, nullable: true, reverse: 'Parent.child', origin: 'backref',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.id = parent.child_id'], secondaryJoin: [],
    });
  });
});
