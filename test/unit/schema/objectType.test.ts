/** Object types: column types, and the nullability of relationship fields per the contract's type table. */
import { isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BigInteger,
  Boolean,
  Column,
  Date,
  DateTime,
  Enum,
  Float,
  ForeignKey,
  ForeignKeyConstraint,
  Integer,
  JSON,
  Numeric,
  String,
  Text,
  backref,
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
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type.`);
  return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, field.type.toString()]));
}

describe('schema: column types', () => {
  it('maps each column type to its scalar, non-null for primary keys and NOT NULL columns', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        id: Column(Integer, { primaryKey: true }),
        big: Column(BigInteger),
        name: Column(String(50), { nullable: false }),
        bio: Column(Text),
        active: Column(Boolean),
        ratio: Column(Float),
        price: Column(Numeric(10, 2)),
        born_on: Column(Date),
        updated_at: Column(DateTime),
        settings: Column(JSON),
        status: Column(Enum(['draft', 'published'])),
        kind: Column(Enum(['a', 'b'], { name: 'ParentKind' }), { nullable: false }),
      });
    });
    expect(fieldsOf(schema, 'Parent')).toEqual({
      id: 'Int!',
      big: 'BigInt',
      name: 'String!',
      bio: 'String',
      active: 'Boolean',
      ratio: 'Float',
      price: 'Decimal',
      bornOn: 'Date',
      updatedAt: 'DateTime',
      settings: 'JSON',
      status: 'ParentStatus',
      kind: 'ParentKind!',
    });
  });
});

describe('schema: relationship nullability', () => {
  function manyToOne(parentId: { nullable: boolean }): GraphQLSchema {
    return schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        id: Column(Integer, { primaryKey: true }),
        children: relationship('Child', { backref: 'parent' }),
      });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.id'), parentId),
      });
    });
  }

  it('makes a many-to-one over a nullable foreign key nullable', () => {
    expect(fieldsOf(manyToOne({ nullable: true }), 'Child').parent).toBe('Parent');
  });

  it('makes a many-to-one over a NOT NULL foreign key non-null', () => {
    expect(fieldsOf(manyToOne({ nullable: false }), 'Child').parent).toBe('Parent!');
  });

  it('makes a many-to-one over a composite key nullable when any of its columns is', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        region: Column(Integer, { primaryKey: true }),
        number: Column(Integer, { primaryKey: true }),
      });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_region: Column(Integer, { nullable: false }),
        parent_number: Column(Integer),
        parent: relationship('Parent'),
        tableArgs: [ForeignKeyConstraint(['parent_region', 'parent_number'], ['parent.region', 'parent.number'])],
      });
    });
    expect(fieldsOf(schema, 'Child').parent).toBe('Parent');
  });

  it('keeps a one-to-one on the one-to-many side nullable even over a NOT NULL foreign key', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        id: Column(Integer, { primaryKey: true }),
        child: relationship('Child', { uselist: false, backref: 'parent' }),
      });
      Base.model('Child', {
        tableName: 'child',
        id: Column(Integer, { primaryKey: true }),
        parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
      });
    });
    expect(fieldsOf(schema, 'Parent').child).toBe('Child');
    expect(fieldsOf(schema, 'Child').parent).toBe('Parent!');
  });

  it('keeps a one-to-one backref on the one-to-many side nullable', () => {
    const schema = schemaOf((Base) => {
      Base.model('Parent', {
        tableName: 'parent',
        id: Column(Integer, { primaryKey: true }),
        child_id: Column(Integer, ForeignKey('child.id'), { nullable: false }),
        child: relationship('Child', { backref: backref('parent', { uselist: false }) }),
      });
      Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }) });
    });
    expect(fieldsOf(schema, 'Parent').child).toBe('Child!');
    expect(fieldsOf(schema, 'Child').parent).toBe('Parent');
  });

  it('makes list relationships non-null lists of non-null items', () => {
    expect(fieldsOf(manyToOne({ nullable: true }), 'Parent').children).toBe('[Child!]!');
  });
});
