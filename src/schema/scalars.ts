/**
 * The custom scalars of the contract's type table. Values inside relgraph: `DateTime` a JS
 * `Date`, `Date` a `YYYY-MM-DD` string, `BigInt` and `Decimal` decimal strings (exact, and safe in
 * JSON), `Time` an `HH:MM:SS` string, `Base64` a Buffer, `JSON` any JSON value. Each rejects malformed input with a message naming the scalar.
 */
import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';

const bigIntPattern = /^-?\d{1,20}$/;
const decimalPattern = /^-?\d{1,65}(\.\d{1,30})?$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const GraphQLBigInt = new GraphQLScalarType<string, string>({
  name: 'BigInt',
  description: 'A 64-bit integer, as a decimal string so that no digit is lost in JSON.',
  serialize: (value) => toBigIntString(value, 'serialize'),
  parseValue: (value) => toBigIntString(value, 'input'),
  parseLiteral: (ast) => toBigIntString(literalValue(ast, [Kind.INT, Kind.STRING], 'BigInt'), 'input'),
});

function toBigIntString(value: unknown, when: 'serialize' | 'input'): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'bigint' ? value.toString() : value;
  if (typeof text === 'string' && bigIntPattern.test(text)) {
    const n = BigInt(text);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n.toString();
  }
  throw new GraphQLError(
    `BigInt ${when === 'input' ? 'cannot represent' : 'cannot serialize'} ${describe(value)}: expected an integer between -2^63 and 2^63-1, as a string or an Int.`,
  );
}

export const GraphQLDecimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number, as a string such as "12.50".',
  serialize: (value) => toDecimalString(value, 'serialize'),
  parseValue: (value) => toDecimalString(value, 'input'),
  parseLiteral: (ast) => toDecimalString(literalValue(ast, [Kind.INT, Kind.FLOAT, Kind.STRING], 'Decimal'), 'input'),
});

function toDecimalString(value: unknown, when: 'serialize' | 'input'): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text === 'string' && decimalPattern.test(text)) return text;
  throw new GraphQLError(
    `Decimal ${when === 'input' ? 'cannot represent' : 'cannot serialize'} ${describe(value)}: expected a decimal number such as "12.50".`,
  );
}

export const GraphQLDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, as an ISO-8601 string with a time zone, e.g. "2026-11-25T09:30:00.000Z".',
  serialize: (value) => {
    const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date.toISOString();
    throw new GraphQLError(`DateTime cannot serialize ${describe(value)}.`);
  },
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => toDate(literalValue(ast, [Kind.STRING], 'DateTime')),
});

function toDate(value: unknown): Date {
  if (typeof value === 'string' && dateTimePattern.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(
    `DateTime cannot represent ${describe(value)}: expected an ISO-8601 string with a time zone, e.g. "2026-11-25T09:30:00Z".`,
  );
}

export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, as "YYYY-MM-DD".',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    return toDateString(value, 'serialize');
  },
  parseValue: (value) => toDateString(value, 'input'),
  parseLiteral: (ast) => toDateString(literalValue(ast, [Kind.STRING], 'Date'), 'input'),
});

function toDateString(value: unknown, when: 'serialize' | 'input'): string {
  const match = typeof value === 'string' ? datePattern.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value as string;
  }
  throw new GraphQLError(`Date ${when === 'input' ? 'cannot represent' : 'cannot serialize'} ${describe(value)}: expected "YYYY-MM-DD".`);
}

export const GraphQLTime = new GraphQLScalarType<string, string>({
  name: 'Time',
  description: 'A time of day, as "HH:MM:SS" (input may leave out the seconds: "09:30").',
  serialize: (value) => {
    // MySQL's TIME also holds durations ("-12:00:00", "838:59:59"), which read back as they are.
    if (typeof value === 'string' && storedTimePattern.test(value)) return value;
    throw new GraphQLError(`Time cannot serialize ${describe(value)}.`);
  },
  parseValue: (value) => toTimeString(value),
  parseLiteral: (ast) => toTimeString(literalValue(ast, [Kind.STRING], 'Time')),
});

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const storedTimePattern = /^-?\d{2,3}:\d{2}:\d{2}(\.\d{1,6})?$/;

function toTimeString(value: unknown): string {
  const match = typeof value === 'string' ? timePattern.exec(value) : null;
  if (match) return `${match[1]}:${match[2]}:${match[3] ?? '00'}`;
  throw new GraphQLError(`Time cannot represent ${describe(value)}: expected a time of day "HH:MM:SS" from 00:00:00 to 23:59:59.`);
}

export const GraphQLBase64 = new GraphQLScalarType<Buffer, string>({
  name: 'Base64',
  description: 'Bytes, as a base64 string (RFC 4648, with padding), e.g. "aGVsbG8=".',
  serialize: (value) => {
    if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
    throw new GraphQLError(`Base64 cannot serialize ${describe(value)}.`);
  },
  parseValue: (value) => toBytes(value),
  parseLiteral: (ast) => toBytes(literalValue(ast, [Kind.STRING], 'Base64')),
});

function toBytes(value: unknown): Buffer {
  if (typeof value === 'string' && value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
    const bytes = Buffer.from(value, 'base64');
    // Node decodes leniently; a string that does not encode back the same is not canonical base64.
    if (bytes.toString('base64') === value) return bytes;
  }
  throw new GraphQLError(`Base64 cannot represent ${describe(value)}: expected bytes as a base64 string, e.g. "aGVsbG8=".`);
}

export const GraphQLJSON = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => jsonFromAst(ast, variables ?? undefined),
});

function jsonFromAst(ast: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => jsonFromAst(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, jsonFromAst(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw new GraphQLError(`JSON cannot represent the literal ${print(ast)}.`);
  }
}

function literalValue(ast: ValueNode, kinds: readonly Kind[], scalar: string): string {
  if (kinds.includes(ast.kind) && 'value' in ast && typeof ast.value === 'string') return ast.value;
  throw new GraphQLError(`${scalar} cannot represent the literal ${print(ast)}.`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return 'an invalid date';
  return typeof value === 'object' ? (value === null ? 'null' : 'an object') : String(value);
}
