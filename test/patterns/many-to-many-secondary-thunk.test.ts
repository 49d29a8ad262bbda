/** Many to many, with a secondary function, called by configure() (examples/seed/many-to-many-secondary-thunk.ts). */
import { describe, expect, it } from 'vitest';
import Base, { association } from '../../examples/seed/many-to-many-secondary-thunk.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('many-to-many-secondary-thunk: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('many-to-many-secondary-thunk', Base);
  });

  it('gives both sides a list', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(fieldType(schema, 'Child.parents')).toBe('[Parent!]!');
    expect(fieldArgs(schema, 'Child.parents')).toEqual(listArgs('Parent'));
  });

  it('links from both sides with add/remove mutations', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.addChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
    expect(fieldType(schema, 'Mutation.addChildParent')).toBe('Child!');
    expect(fieldArgs(schema, 'Mutation.removeChildParent')).toEqual({ id: 'Int!', parentId: 'Int!' });
  });

  it('writes the relationship nested from both sides', () => {
    expect(fieldType(schema, 'ParentCreateInput.children')).toBe('ChildListRelationInput');
    expect(fieldType(schema, 'ChildCreateInput.parents')).toBe('ParentListRelationInput');
  });

  it('generates no type for the association table', () => {
    expect(schema.getType('Association')).toBeUndefined();
  });
});

describe('many-to-many-secondary-thunk: mapper', () => {
  it('creates Child.parents with the same secondary, the joins swapped', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Child.parents', origin: 'declared',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
    expect(decisions(mapping, 'Child.parents')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: 'Parent.children', origin: 'backref',
      cascade: 'save-update, merge', viewonly: false, secondary: 'association',
      join: ['right.id = association.right_id'], secondaryJoin: ['association.left_id = left.id'],
    });
  });

  it('calls the secondary function at configure time, so the table may be declared after the models', () => {
    const secondary = mapping.table('association');
    expect(secondary?.decl).toBe(association);
    expect(mapping.model('Parent')?.attribute('children')).toMatchObject({ secondary });
  });
});
