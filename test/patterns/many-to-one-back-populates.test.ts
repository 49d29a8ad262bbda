/** Many to one, both directions with backPopulates (examples/seed/many-to-one-back-populates.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-one-back-populates.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('many-to-one-back-populates: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('many-to-one-back-populates', Base);
  });

  it('gives Parent a nullable child and Child a list of parents', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldType(schema, 'Child.parents')).toBe('[Parent!]!');
    expect(fieldArgs(schema, 'Child.parents')).toEqual(listArgs('Parent'));
  });

  it('links from both sides: set on the scalar, add/remove on the list', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldArgs(schema, 'Mutation.addChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
    expect(fieldType(schema, 'Mutation.addChildParent')).toBe('Child!');
    expect(fieldArgs(schema, 'Mutation.removeChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
  });

  it('writes the relationship nested from both sides', () => {
    expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parents')).toBe('ParentListRelationInput');
  });
});

describe('many-to-one-back-populates: mapper', () => {
  it('pairs Parent.child (many-to-one, scalar) with Child.parents (one-to-many, list)', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: 'Child.parents', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.child_id = child.id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: 'Parent.child', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.id = parent.child_id'], secondaryJoin: [],
    });
  });
});
