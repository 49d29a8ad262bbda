/** Many to one, both directions with backref (examples/seed/many-to-one-backref.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-one-backref.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('many-to-one-backref: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('many-to-one-backref', Base);
  });

  it('gives Parent a nullable child and Child the list of parents the backref created', () => {
    expect(fieldType(schema, 'Parent.child')).toBe('Child');
    expect(fieldType(schema, 'Child.parents')).toBe('[Parent!]!');
    expect(fieldArgs(schema, 'Child.parents')).toEqual(listArgs('Parent'));
  });

  it('links from both sides', () => {
    expect(fieldArgs(schema, 'Mutation.setParentChild')).toEqual({ id: 'Int!', childId: 'Int' });
    expect(fieldArgs(schema, 'Mutation.addChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.removeChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
  });
});

describe('many-to-one-backref: mapper', () => {
  it('creates Child.parents as the one-to-many reverse of Parent.child, a list by default', () => {
    expect(decisions(mapping, 'Parent.child')).toMatchObject({
      direction: 'many-to-one', uselist: false, reverse: 'Child.parents', origin: 'declared',
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: 'Parent.child', origin: 'backref',
      cascade: 'save-update, merge', viewonly: false, secondary: undefined,
      join: ['child.id = parent.child_id'], secondaryJoin: [],
    });
  });
});
