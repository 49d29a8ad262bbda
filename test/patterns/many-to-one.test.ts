/** Many to one, one direction: `Parent.child` over `parent.child_id` (examples/seed/many-to-one.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-one.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('many-to-one: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('many-to-one', Base);
  });

  it('gives Parent a nullable child, since child_id is nullable', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldArgs(schema, 'Parent.child')).toEqual({});
    expect(fieldType(schema, 'Parent.childId')).toBe('Int');
  });

  it('gives Child no field back to its parents', () => {
    expect(fieldType(schema, 'Child.parents')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.addChildParent')).toBeUndefined();
  });

  it('sets the child with a set mutation whose null unlinks', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldType(schema, 'Mutation.setParentChild')).toBe('Parent!');
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
  });

  it('writes the child nested in the Parent inputs', () => {
    expect(fieldType(schema, 'ParentCreateInput.child')).toBe('ChildRelationInput');
    expect(fieldType(schema, 'ParentCreateInput.childId')).toBe('Int');
    expect(fieldType(schema, 'ParentUpdateInput.child')).toBe('ChildRelationInput');
  });
});

describe('many-to-one: mapper', () => {
  it('infers many-to-one from the foreign key on the owner, with a scalar', () => {
    expect(decisions(mapping, 'Parent.child')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: undefined, origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['parent.child_id = child.id'], secondaryJoin: [],
    });
  });
});
