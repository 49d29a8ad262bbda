/** The custom scalars of the contract's type table: what they accept, what they return, what they refuse. */
import { parseValue as parseLiteralText, type GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLDecimal, GraphQLJSON } from '../../../src/index.js';

/** Parses `text` as a GraphQL literal, as it would appear inline in a query. */
function literal(scalar: GraphQLScalarType, text: string, variables?: Record<string, unknown>): unknown {
  return scalar.parseLiteral(parseLiteralText(text), variables);
}

describe('schema: BigInt', () => {
  it('serializes numbers, bigints and decimal strings as decimal strings', () => {
    expect(GraphQLBigInt.serialize(42)).toBe('42');
    expect(GraphQLBigInt.serialize(2n ** 62n)).toBe('4611686018427387904');
    expect(GraphQLBigInt.serialize('-9223372036854775808')).toBe('-9223372036854775808');
  });

  it('accepts strings and Int literals within 64 bits, keeping every digit', () => {
    expect(GraphQLBigInt.parseValue('9223372036854775807')).toBe('9223372036854775807');
    expect(GraphQLBigInt.parseValue(7)).toBe('7');
    expect(literal(GraphQLBigInt, '123')).toBe('123');
    expect(literal(GraphQLBigInt, '"00123"')).toBe('123');
  });

  it('refuses values outside 64 bits, fractions and non-numbers', () => {
    expect(() => GraphQLBigInt.parseValue('9223372036854775808')).toThrow(
      'BigInt cannot represent "9223372036854775808": expected an integer between -2^63 and 2^63-1, as a string or an Int.',
    );
    expect(() => GraphQLBigInt.parseValue(1.5)).toThrow('BigInt cannot represent 1.5');
    expect(() => GraphQLBigInt.serialize('abc')).toThrow('BigInt cannot serialize "abc"');
    expect(() => literal(GraphQLBigInt, '1.5')).toThrow('BigInt cannot represent the literal 1.5.');
  });
});

describe('schema: Decimal', () => {
  it('serializes numbers and decimal strings as strings', () => {
    expect(GraphQLDecimal.serialize('12.50')).toBe('12.50');
    expect(GraphQLDecimal.serialize(12.5)).toBe('12.5');
  });

  it('accepts strings, Int and Float literals', () => {
    expect(GraphQLDecimal.parseValue('-0.001')).toBe('-0.001');
    expect(literal(GraphQLDecimal, '3')).toBe('3');
    expect(literal(GraphQLDecimal, '3.25')).toBe('3.25');
    expect(literal(GraphQLDecimal, '"3.25"')).toBe('3.25');
  });

  it('refuses exponents, text and non-finite numbers', () => {
    expect(() => GraphQLDecimal.parseValue('1e5')).toThrow('Decimal cannot represent "1e5": expected a decimal number such as "12.50".');
    expect(() => GraphQLDecimal.parseValue(Number.NaN)).toThrow('Decimal cannot represent NaN');
    expect(() => GraphQLDecimal.serialize({})).toThrow('Decimal cannot serialize an object');
  });
});

describe('schema: DateTime', () => {
  it('serializes dates, ISO strings and epoch milliseconds as ISO-8601 in UTC', () => {
    expect(GraphQLDateTime.serialize(new Date(Date.UTC(2026, 10, 25, 9, 30)))).toBe('2026-11-25T09:30:00.000Z');
    expect(GraphQLDateTime.serialize('2026-11-25T10:30:00+01:00')).toBe('2026-11-25T09:30:00.000Z');
    expect(GraphQLDateTime.serialize(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('parses ISO-8601 strings with a time zone into Dates', () => {
    expect(GraphQLDateTime.parseValue('2026-11-25T09:30:00Z')).toEqual(new Date(Date.UTC(2026, 10, 25, 9, 30)));
    expect(literal(GraphQLDateTime, '"2026-11-25T10:30:00.5+01:00"')).toEqual(new Date(Date.UTC(2026, 10, 25, 9, 30, 0, 500)));
  });

  it('refuses strings without a time zone, and invalid dates', () => {
    expect(() => GraphQLDateTime.parseValue('2026-11-25T09:30:00')).toThrow(
      'DateTime cannot represent "2026-11-25T09:30:00": expected an ISO-8601 string with a time zone, e.g. "2026-11-25T09:30:00Z".',
    );
    expect(() => GraphQLDateTime.parseValue(1764063000000)).toThrow('DateTime cannot represent 1764063000000');
    expect(() => GraphQLDateTime.serialize(new Date(Number.NaN))).toThrow('DateTime cannot serialize an invalid date.');
    expect(() => literal(GraphQLDateTime, '20261125')).toThrow('DateTime cannot represent the literal 20261125.');
  });
});

describe('schema: Date', () => {
  it('serializes calendar dates and Dates as YYYY-MM-DD', () => {
    expect(GraphQLDate.serialize('2024-02-29')).toBe('2024-02-29');
    expect(GraphQLDate.serialize(new Date(Date.UTC(2026, 10, 25, 23, 59)))).toBe('2026-11-25');
  });

  it('accepts YYYY-MM-DD strings that name a real day', () => {
    expect(GraphQLDate.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(literal(GraphQLDate, '"2026-11-25"')).toBe('2026-11-25');
  });

  it('refuses days that do not exist and other formats', () => {
    expect(() => GraphQLDate.parseValue('2026-02-29')).toThrow('Date cannot represent "2026-02-29": expected "YYYY-MM-DD".');
    expect(() => GraphQLDate.parseValue('25/11/2026')).toThrow('Date cannot represent "25/11/2026"');
    expect(() => GraphQLDate.serialize(20261125)).toThrow('Date cannot serialize 20261125');
  });
});

describe('schema: JSON', () => {
  it('passes values through unchanged', () => {
    const value = { a: [1, 'two', null, { b: true }] };
    expect(GraphQLJSON.serialize(value)).toBe(value);
    expect(GraphQLJSON.parseValue(value)).toBe(value);
  });

  it('builds values from literals, variables included', () => {
    expect(literal(GraphQLJSON, '{ a: [1, 2.5, "x", true, null], b: { c: $v } }', { v: 'from variable' })).toEqual({
      a: [1, 2.5, 'x', true, null],
      b: { c: 'from variable' },
    });
  });

  it('refuses enum literals', () => {
    expect(() => literal(GraphQLJSON, 'RED')).toThrow('JSON cannot represent the literal RED.');
  });
});
