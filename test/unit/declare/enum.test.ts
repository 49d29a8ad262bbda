/**
 * `Enum()` values that are not GraphQL names (MySQL's `'PG-13'`, `'4K'`): the database keeps the
 * value, GraphQL shows a name — in the schema, in answers and in arguments — and values that
 * would share a name are refused at declaration, naming both.
 */
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema, configure, printSchemaSdl } from '../../../src/index.js';
import { Column, Enum, Integer, declarativeBase } from '../../../src/declare/index.js';
import { enumValueName } from '../../../src/declare/columnTypes.js';

describe('Enum values and their GraphQL names', () => {
  it('names each value: itself when it is a GraphQL name, else with _ for what a name cannot hold', () => {
    expect(['G', 'PG-13', 'NC-17', '4K', 'true', 'a b.c'].map(enumValueName)).toEqual(['G', 'PG_13', 'NC_17', '_4K', 'true_', 'a_b_c']);
    expect(Enum(['draft', 'published']).graphqlNames).toBeUndefined();
    expect(Enum(['G', 'PG-13']).graphqlNames).toEqual(['G', 'PG_13']);
    expect(Enum(['s', 'm'], { names: { s: 'SMALL' } }).graphqlNames).toEqual(['SMALL', 'm']);
  });

  it('refuses two values that would share a name, and a name GraphQL cannot hold', () => {
    expect(() => Enum(['a-b', 'a_b'])).toThrow(
      'Enum values "a-b" and "a_b" would both be a_b in GraphQL; name them apart with Enum(values, { names: { "a_b": \'...\' } }).',
    );
    expect(() => Enum(['x'], { names: { x: '1x' } })).toThrow('Enum names: "1x" is not a name a GraphQL enum value can have');
    expect(() => Enum([''])).toThrow('expects a non-empty array of non-empty strings');
  });

  it('shows the names in the schema and maps them to the values both ways', async () => {
    const Base = declarativeBase();
    Base.model('Film', { tableName: 'film', id: Column(Integer, { primaryKey: true }), rating: Column(Enum(['G', 'PG-13'])) });
    const schema = buildSchema(configure(Base));
    expect(printSchemaSdl(schema)).toContain('enum FilmRating {\n  G\n  PG_13\n}');
    const type = schema.getType('FilmRating') as import('graphql').GraphQLEnumType;
    expect(type.serialize('PG-13')).toBe('PG_13');
    expect(type.parseValue('PG_13')).toBe('PG-13');
    // An argument written with the name reaches the resolvers as the database's value.
    const result = await graphql({ schema, source: '{ __type(name: "FilmRating") { enumValues { name } } }' });
    expect(result.data).toEqual({ __type: { enumValues: [{ name: 'G' }, { name: 'PG_13' }] } });
  });
});
