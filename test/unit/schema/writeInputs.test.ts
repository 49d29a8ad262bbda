/** Create, update and key inputs: which fields they take, and which are required. */
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  Column,
  DateTime,
  ForeignKey,
  Integer,
  String,
  Table,
  buildSchema,
  configure,
  declarativeBase,
  relationship,
  type DeclarativeBase,
} from '../../../src/index.js';

function schemaOf(declare: (Base: DeclarativeBase) => void): GraphQLSchema {
  const Base = declarativeBase();
  declare(Base);
  return buildSchema(configure(Base));
}

function fieldsOf(schema: GraphQLSchema, typeName: string): Record<string, string> {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type.`);
  return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, field.type.toString()]));
}

describe('schema: create input requiredness', () => {
  it('makes an auto-increment key, nullable columns and columns with defaults optional', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        id: Column(Integer, { primaryKey: true }),
        nickname: Column(String(50)),
        rank: Column(Integer, { nullable: false, default: 0 }),
        created_at: Column(DateTime, { nullable: false, serverDefault: 'CURRENT_TIMESTAMP' }),
        name: Column(String(50), { nullable: false }),
      });
    });
    expect(fieldsOf(schema, 'ParentCreateInput')).toEqual({
      id: 'Int',
      nickname: 'String',
      rank: 'Int',
      createdAt: 'DateTime',
      name: 'String!',
    });
  });

  it('requires a primary key the database does not supply', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', { tableName: 'parent', code: Column(String(10), { primaryKey: true }) });
      Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true, autoincrement: false }) });
    });
    expect(fieldsOf(schema, 'ParentCreateInput')).toEqual({ code: 'String!' });
    expect(fieldsOf(schema, 'ChildCreateInput')).toEqual({ id: 'Int!' });
  });

  it('makes a NOT NULL foreign key optional when a many-to-one of the model can fill it', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }) });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
        parent: relationship('Parent'),
      });
    });
    expect(fieldsOf(schema, 'ChildCreateInput')).toEqual({ id: 'Int', parentId: 'Int', parent: 'ParentRelationInput' });
  });

  it("makes a NOT NULL foreign key optional when another model's one-to-many fills it in a nested create", () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), children: relationship('Child') });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
      });
    });
    expect(fieldsOf(schema, 'ChildCreateInput')).toEqual({ id: 'Int', parentId: 'Int' });
    expect(fieldsOf(schema, 'ParentCreateInput')).toEqual({ id: 'Int', children: 'ChildListRelationInput' });
  });

  it('keeps a NOT NULL foreign key required when only a viewonly relationship covers it', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { viewonly: true }),
      });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
        parent: relationship('Parent', { viewonly: true }),
      });
    });
    expect(fieldsOf(schema, 'ChildCreateInput')).toEqual({ id: 'Int', parentId: 'Int!' });
  });

  it('takes the composite key of an association object, filled by the links around it', () => {
    const schema = schemaOf((Base) => {
      Base.model('Association', {
        tableName: 'association',
        left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
        right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
        extra_data: Column(String(50)),
        child: relationship('Child'),
      });
      Base.model('Parent', { tableName: 'left', id: Column(Integer, { primaryKey: true }), children: relationship('Association') });
      Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
    });
    expect(fieldsOf(schema, 'AssociationCreateInput')).toEqual({
      leftId: 'Int',
      rightId: 'Int',
      extraData: 'String',
      child: 'ChildRelationInput',
    });
  });
});

describe('schema: update and key inputs', () => {
  const schema = schemaOf((Base) => {
    Table(
      'association',
      Base.metadata,
      Column('left_id', Integer, ForeignKey('left.id')),
      Column('right_id', Integer, ForeignKey('right.id')),
    );
    Base.model('Parent', {
      tableName: 'left',
      id: Column(Integer, { primaryKey: true }),
      name: Column(String(50), { nullable: false }),
      children: relationship('Child', { secondary: 'association', backref: 'parents' }),
      friends: relationship('Child', { secondary: 'association', viewonly: true }),
    });
    Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
  });

  it('takes every non-key column as optional, and the writable relationships', () => {
    expect(fieldsOf(schema, 'ParentUpdateInput')).toEqual({ name: 'String', children: 'ChildListRelationInput' });
  });

  it('leaves viewonly relationships out of the create input', () => {
    expect(fieldsOf(schema, 'ParentCreateInput')).toEqual({ id: 'Int', name: 'String!', children: 'ChildListRelationInput' });
  });

  it('keys a model by its primary-key fields, all required', () => {
    expect(fieldsOf(schema, 'ChildKey')).toEqual({ id: 'Int!' });
  });

  it('gives list relations connect, disconnect, create and set, and scalar relations connect, create, disconnect', () => {
    expect(fieldsOf(schema, 'ChildListRelationInput')).toEqual({
      connect: '[ChildKey!]',
      connectOrCreate: '[ChildConnectOrCreateInput!]',
      disconnect: '[ChildKey!]',
      create: '[ChildCreateInput!]',
      set: '[ChildKey!]',
    });
  });
});

describe('schema: scalar relation input', () => {
  it('gives a scalar relation connect, create and disconnect', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }) });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.id')),
        parent: relationship('Parent'),
      });
    });
    expect(fieldsOf(schema, 'ParentRelationInput')).toEqual({
      connect: 'ParentKey',
      connectOrCreate: 'ParentConnectOrCreateInput',
      create: 'ParentCreateInput',
      disconnect: 'Boolean',
    });
  });
});
