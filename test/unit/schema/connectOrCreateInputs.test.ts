/** connectOrCreate's inputs: `TUniqueInput`, `TConnectOrCreateInput`, and the field on both relation inputs. */
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  Column,
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

const tags = (Base: DeclarativeBase) => {
  const parentTag = Table(
    'parent_tag',
    Base.metadata,
    Column('parent_id', Integer, ForeignKey('parent.id'), { primaryKey: true }),
    Column('tag_id', Integer, ForeignKey('tag.id'), { primaryKey: true }),
  );
  Base.model('Parent', {
    tableName: 'parent',
    id: Column(Integer, { primaryKey: true }),
    tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
  });
  Base.model('Tag', {
    tableName: 'tag',
    id: Column(Integer, { primaryKey: true }),
    name: Column(String(50), { nullable: false, unique: true }),
    color: Column(String(10)),
  });
};

describe('schema: connectOrCreate inputs', () => {
  const schema = schemaOf(tags);

  it('gives the unique input one optional field per unique-key column', () => {
    expect(fieldsOf(schema, 'TagUniqueInput')).toEqual({ id: 'Int', name: 'String' });
    expect(schema.getType('TagUniqueInput')?.description).toBe('Identifies one Tag by exactly one of its unique keys: id or name.');
  });

  it('pairs where with create, and adds connectOrCreate to both relation inputs', () => {
    expect(fieldsOf(schema, 'TagConnectOrCreateInput')).toEqual({ where: 'TagUniqueInput!', create: 'TagCreateInput!' });
    expect(fieldsOf(schema, 'TagListRelationInput').connectOrCreate).toBe('[TagConnectOrCreateInput!]');
    expect(fieldsOf(schema, 'ParentListRelationInput').connectOrCreate).toBe('[ParentConnectOrCreateInput!]');
  });

  it('takes both names from the inflection, which may override them', () => {
    const renamed = buildSchema(
      configure(
        (() => {
          const Base = declarativeBase();
          tags(Base);
          return Base;
        })(),
      ),
      { inflection: { uniqueInput: (model) => `${model.name}Lookup`, connectOrCreateInput: (model) => `${model.name}Upsert` } },
    );
    expect(fieldsOf(renamed, 'TagUpsert')).toEqual({ where: 'TagLookup!', create: 'TagCreateInput!' });
    expect(renamed.getType('TagUniqueInput')).toBeUndefined();
  });

  it('reports a model whose name clashes with a generated unique input', () => {
    expect(() =>
      schemaOf((Base) => {
        tags(Base);
        Base.model('TagUniqueInput', { tableName: 'tag_unique_input', id: Column(Integer, { primaryKey: true }) });
      }),
    ).toThrow(/declarations generate the GraphQL type "TagUniqueInput"/);
  });
});
