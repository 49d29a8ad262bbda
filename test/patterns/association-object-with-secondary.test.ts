/** Association object beside a viewonly secondary over the same table (examples/seed/association-object-with-secondary.ts). */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/association-object-with-secondary.js';
import { buildSchema, configure } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, fieldsOf, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('association-object-with-secondary: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-object-with-secondary', Base);
  });

  it('reads the children directly through the viewonly secondary', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(schema.getType('Parent')?.toConfig()).toMatchObject({
      fields: { children: { description: 'Many-to-many: the Child rows linked to this Parent. Read-only.' } },
    });
  });

  it('gives the viewonly relationship no link mutations and no write inputs', () => {
    expect(fieldType(schema, 'Mutation.addParentChild')).toBeUndefined();
    expect(fieldType(schema, 'Mutation.removeParentChild')).toBeUndefined();
    expect(fieldType(schema, 'ParentCreateInput.children')).toBeUndefined();
    expect(fieldType(schema, 'ParentUpdateInput.children')).toBeUndefined();
    expect(fieldType(schema, 'ParentWhere.children')).toBe('ChildListFilter');
  });

  it('writes through the association object and its backrefs', () => {
    expect(fieldsOf(schema, 'Association')).toEqual({
      leftId: 'Int!', rightId: 'Int!', extraData: 'String', child: 'Child!', parent: 'Parent!',
    });
    expect(fieldType(schema, 'Parent.childAssociations')).toBe('[Association!]!');
    expect(fieldType(schema, 'Child.parentAssociations')).toBe('[Association!]!');
    expect(fieldType(schema, 'ParentCreateInput.childAssociations')).toBe('AssociationListRelationInput');
    expect(fieldArgs(schema, 'Mutation.updateAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!', input: 'AssociationUpdateInput!' });
  });
});

describe('association-object-with-secondary: mapper', () => {
  it('maps Parent.children as a viewonly many-to-many that keeps only the read cascades', () => {
    expect(decisions(mapping, 'Parent.children')).toEqual({
      direction: 'many-to-many', uselist: true, nullable: true, reverse: undefined, origin: 'declared',
      cascade: 'merge, refresh-expire, expunge', viewonly: true, secondary: 'association',
      join: ['left.id = association.left_id'], secondaryJoin: ['association.right_id = right.id'],
    });
  });

  it('creates the association object backrefs as writable one-to-manys', () => {
    expect(decisions(mapping, 'Parent.childAssociations')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Association.parent', origin: 'backref', viewonly: false,
    });
    expect(decisions(mapping, 'Child.parentAssociations')).toMatchObject({
      direction: 'one-to-many', uselist: true, reverse: 'Association.child', origin: 'backref', viewonly: false,
    });
  });

  it('maps the association table both as a model and as a secondary', () => {
    expect(mapping.table('association')).toMatchObject({ isSecondary: true, model: mapping.model('Association') });
  });
});
