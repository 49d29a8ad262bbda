/** Every generated GraphQL name, as `docs/graphql-surface.md` fixes it, and overriding one. */
import { describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  String,
  associationProxy,
  buildSchema,
  configure,
  createInflection,
  declarativeBase,
  defaultInflection,
  relationship,
  type MappedAssociationProxy,
  type MappedRelationship,
} from '../../../src/index.js';

const Base = declarativeBase();
Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(String(50)),
  parent: relationship('Parent', { backPopulates: 'childAssociations' }),
  child: relationship('Child', { backPopulates: 'parentAssociations' }),
});
Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  childAssociations: relationship('Association', { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
  children: associationProxy('childAssociations', 'child'),
});
Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  parentAssociations: relationship('Association', { backPopulates: 'child' }),
});
Base.model('Person', { tableName: 'person', id: Column(Integer, { primaryKey: true }) });
Base.model('Category', { tableName: 'category', id: Column(Integer, { primaryKey: true }) });
Base.model('StatusLog', { tableName: 'status_log', id: Column(Integer, { primaryKey: true }) });
const mapping = configure(Base);
const inflection = defaultInflection;

function model(name: string) {
  const found = mapping.model(name);
  if (!found) throw new Error(`${name} is not mapped.`);
  return found;
}

function attribute(path: string): MappedRelationship | MappedAssociationProxy {
  const [owner = '', name = ''] = path.split('.');
  const found = model(owner).attribute(name);
  if (!found || !('kind' in found)) throw new Error(`${path} is not a relationship or proxy.`);
  return found;
}

describe('inflection: types and fields', () => {
  it('names the type after the model, unchanged', () => {
    expect(inflection.typeName(model('Parent'))).toBe('Parent');
    expect(inflection.typeName(model('StatusLog'))).toBe('StatusLog');
  });

  it('camelCases attribute names, and leaves camelCase ones alone', () => {
    expect(inflection.fieldName('parent_id')).toBe('parentId');
    expect(inflection.fieldName('extra_data')).toBe('extraData');
    expect(inflection.fieldName('childAssociations')).toBe('childAssociations');
    expect(inflection.fieldName('id')).toBe('id');
  });

  it('names the inputs and filters after the model', () => {
    const parent = model('Parent');
    expect([
      inflection.whereInput(parent),
      inflection.orderByInput(parent),
      inflection.keyInput(parent),
      inflection.createInput(parent),
      inflection.updateInput(parent),
      inflection.listRelationInput(parent),
      inflection.scalarRelationInput(parent),
      inflection.listFilterInput(parent),
    ]).toEqual([
      'ParentWhere',
      'ParentOrderBy',
      'ParentKey',
      'ParentCreateInput',
      'ParentUpdateInput',
      'ParentListRelationInput',
      'ParentRelationInput',
      'ParentListFilter',
    ]);
    expect(inflection.scalarFilterInput('Int')).toBe('IntFilter');
    expect(inflection.sortDirectionEnum()).toBe('SortDirection');
  });
});

describe('inflection: root fields', () => {
  it('looks a model up by its lowerCamel name and lists it by the English plural', () => {
    expect([inflection.lookupField(model('Parent')), inflection.listField(model('Parent'))]).toEqual(['parent', 'parents']);
    expect([inflection.lookupField(model('Child')), inflection.listField(model('Child'))]).toEqual(['child', 'children']);
    expect([inflection.lookupField(model('Person')), inflection.listField(model('Person'))]).toEqual(['person', 'people']);
    expect([inflection.lookupField(model('Category')), inflection.listField(model('Category'))]).toEqual(['category', 'categories']);
    expect([inflection.lookupField(model('StatusLog')), inflection.listField(model('StatusLog'))]).toEqual(['statusLog', 'statusLogs']);
    expect([inflection.lookupField(model('Association')), inflection.listField(model('Association'))]).toEqual([
      'association',
      'associations',
    ]);
  });

  it('names create, update and delete after the model', () => {
    const child = model('Child');
    expect([inflection.createMutation(child), inflection.updateMutation(child), inflection.deleteMutation(child)]).toEqual([
      'createChild',
      'updateChild',
      'deleteChild',
    ]);
  });

  it('names the delete preview after the delete, and its shared types once', () => {
    expect(inflection.deletePreviewMutation(model('Child'))).toBe('previewDeleteChild');
    expect([inflection.deletePreviewType(), inflection.deletePreviewRowsType(), inflection.referentialActionEnum()]).toEqual([
      'DeletePreview',
      'DeletePreviewRows',
      'ReferentialAction',
    ]);
  });
});

describe('inflection: link mutations', () => {
  it("adds and removes by the singular of a list relationship's name", () => {
    const parent = model('Parent');
    const childAssociations = attribute('Parent.childAssociations');
    expect(inflection.addLinkMutation(parent, childAssociations)).toBe('addParentChildAssociation');
    expect(inflection.removeLinkMutation(parent, childAssociations)).toBe('removeParentChildAssociation');
    expect(inflection.linkTargetArgument(childAssociations)).toBe('childAssociationId');
  });

  it("names an association proxy's pair after the proxy", () => {
    const parent = model('Parent');
    const children = attribute('Parent.children');
    expect(inflection.addLinkMutation(parent, children)).toBe('addParentChild');
    expect(inflection.removeLinkMutation(parent, children)).toBe('removeParentChild');
    expect(inflection.linkTargetArgument(children)).toBe('childId');
  });

  it('sets a scalar relationship by its own name, which is already singular', () => {
    const parent = attribute('Association.parent');
    if (parent.kind !== 'relationship') throw new Error('Association.parent is a relationship.');
    expect(inflection.setLinkMutation(model('Association'), parent)).toBe('setAssociationParent');
    expect(inflection.linkTargetArgument(parent)).toBe('parentId');
  });
});

describe('inflection: overrides', () => {
  it('replaces only the functions given', () => {
    const custom = createInflection({ listField: (m) => `all${m.name}s` });
    expect(custom.listField(model('Child'))).toBe('allChilds');
    expect(custom.lookupField(model('Child'))).toBe('child');
  });

  it('is applied by buildSchema to every generated name', () => {
    const schema = buildSchema(mapping, {
      inflection: { createMutation: (m) => `new${m.name}`, keyInput: (m) => `${m.name}Id` },
    });
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations).toContain('newParent');
    expect(mutations).not.toContain('createParent');
    expect(schema.getType('ParentId')).toBeDefined();
    expect(schema.getType('ParentKey')).toBeUndefined();
  });
});
