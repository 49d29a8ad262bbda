/** One to many, both directions with backref (examples/seed/one-to-many-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/one-to-many-backref.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('one-to-many-backref: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('one-to-many-backref', Base);
  });

  it('gives Parent a list of children and Child the parent the backref created', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(fieldType(schema, 'Child.parent')).toBe('Parent');
  });

  it('links from both sides', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.setChildParent')).toEqual({ id: 'Int!', parentId: 'Int' });
  });

  it('writes the backref nested like a declared relationship', () => {
    expect(fieldType(schema, 'ChildCreateInput.parent')).toBe('ParentRelationInput');
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
  });
});

describe('one-to-many-backref: mapper', () => {
  it('creates Child.parent as the many-to-one reverse of Parent.children', () => {
    expect(decisions(mapping, 'Parent.children')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Child.parent', origin: 'declared', cascade: 'save-update, merge',
    });
    expect(decisions(mapping, 'Child.parent')).toEqual({
      direction: 'many-to-one', uselist: false, nullable: true, reverse: 'Parent.children', origin: 'backref',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.parent_id = parent.id'], secondaryJoin: [],
    });
  });
});
