/** Association proxy: `Parent.children` through `childAssociations` → `child` (examples/seed/association-proxy.ts). */
import { describe, expect, it } from 'vitest';
import Base, { Association, Child } from '../../examples/seed/association-proxy.js';
import { buildSchema, configure, isMappedAssociationProxy } from '../../src/index.js';
import { decisions, expectCommittedSdl, fieldArgs, fieldType, listArgs } from './seedSchema.js';

const mapping = configure(Base);
const schema = buildSchema(mapping);

describe('association-proxy: schema', () => {
  it('matches the committed SDL', () => {
    expectCommittedSdl('association-proxy', Base);
  });

  it('gives Parent the children in one field, beside the association objects', () => {
    expect(fieldType(schema, 'Parent.children')).toBe('[Child!]!');
    expect(fieldArgs(schema, 'Parent.children')).toEqual(listArgs('Child'));
    expect(fieldType(schema, 'Parent.childAssociations')).toBe('[Association!]!');
  });

  it('adds a child with the extra columns of the association as optional arguments, and removes it', () => {
    expect(fieldArgs(schema, 'Mutation.addParentChild')).toEqual({ id: 'Int!', childId: 'Int!', extraData: 'String' });
    expect(fieldType(schema, 'Mutation.addParentChild')).toBe('Parent!');
    expect(fieldArgs(schema, 'Mutation.removeParentChild')).toEqual({ id: 'Int!', childId: 'Int!' });
  });

  it('keeps the association object and its composite-key mutations', () => {
    expect(fieldType(schema, 'Association.extraData')).toBe('String');
    expect(fieldArgs(schema, 'Query.association')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
    expect(fieldArgs(schema, 'Mutation.deleteAssociation')).toEqual({ leftId: 'Int!', rightId: 'Int!' });
  });

  it('writes nested through the relationship, not through the proxy', () => {
    expect(fieldType(schema, 'ParentCreateInput.childAssociations')).toBe('AssociationListRelationInput');
    expect(fieldType(schema, 'ParentCreateInput.children')).toBeUndefined();
  });
});

describe('association-proxy: mapper', () => {
  it('owns the association rows: all, delete-orphan on Parent.childAssociations', () => {
    expect(decisions(mapping, 'Parent.childAssociations')).toEqual({
      direction: 'one-to-many', uselist: true, nullable: true, reverse: 'Association.parent', origin: 'declared',
      cascade: 'save-update, merge, refresh-expire, expunge, delete, delete-orphan', viewonly: false, secondary: undefined,
      join: ['left.id = association.left_id'], secondaryJoin: [],
    });
    expect(decisions(mapping, 'Association.child')).toMatchObject({ direction: 'many-to-one', uselist: false, reverse: undefined });
  });

  it('maps the proxy over the two hops, keeping its creator', () => {
    const proxy = mapping.model('Parent')?.attribute('children');
    expect(isMappedAssociationProxy(proxy)).toBe(true);
    if (!isMappedAssociationProxy(proxy)) return;
    expect(proxy.relationship.name).toBe('childAssociations');
    expect(`${proxy.attribute.owner.name}.${proxy.attribute.name}`).toBe('Association.child');
    expect(proxy.target.name).toBe('Child');
    const child = new Child({ id: 2 });
    const created = proxy.creator?.(child);
    expect(created).toBeInstanceOf(Association);
    expect(created).toMatchObject({ child });
  });
});
