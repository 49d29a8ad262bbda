/**
 * The quick variable coercion against graphql-js's own (`getVariableValues`), over the bookstore's
 * schema (custom scalars, enums, lists, defaults, self-referring `where` inputs): for any value,
 * `coerceVariables` — the quick path, and graphql-js where it gives up — answers exactly what
 * graphql-js answers, coerced values (types, key order) and errors alike; and the quick path
 * really answers the valid ones, so that the comparison is not graphql-js against itself.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { getVariableValues, parse, type GraphQLEnumType, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import Bookstore from '../../../examples/bookstore/models.js';
import { compileVariableCoercion } from '../../../src/execute/compileVariableCoercion.js';
import { coerceVariables } from '../../../src/execute/coerceVariables.js';
import { buildSchema } from '../../../src/schema/index.js';
import { configure } from '../../../src/session/configure.js';

const schema = buildSchema(configure(Bookstore));
const operation = parse(`
  query Q(
    $input: BookCreateInput!
    $where: BookWhere
    $keys: [BookKey!]!
    $n: Int = 3
    $title: String
    $ids: [Int]
    $format: BookFormat
    $when: DateTime
    $price: Decimal
    $extra: JSON
    $flags: [[Boolean!]]
  ) { __typename }
`).definitions[0] as OperationDefinitionNode;
const definitions = operation.variableDefinitions ?? [];
const formats = (schema.getType('BookFormat') as GraphQLEnumType).getValues().map((value) => value.name);

/** What an answer says, to the letter: coerced values with their types and key order, errors with message and path. */
function answer(result: ReturnType<typeof getVariableValues>): string {
  if (result.errors) return inspect({ errors: result.errors.map((error) => ({ message: error.message, path: error.path })) });
  return inspect(result.coerced, { depth: null, sorted: false, showHidden: false });
}

const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(2 ** 40),
  fc.constantFrom('ebook', 'hardcover', 'EBOOK', 'nope', '2026-12-07T10:00:00Z', '2026-02-30', '12.50', '1e3'),
);
const key = fc.oneof(
  fc.record({ id: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ id: scalar }, { requiredKeys: [] }),
  fc.record({ id: fc.integer(), other: scalar }),
);
const intFilter = fc.record(
  {
    eq: fc.oneof(fc.integer(), scalar),
    in: fc.oneof(fc.array(fc.integer(), { maxLength: 3 }), scalar),
    isNull: fc.oneof(fc.boolean(), scalar),
  },
  { requiredKeys: [] },
);
const where = fc.letrec((tie) => ({
  where: fc.oneof(
    { depthSize: 'small' },
    fc.record({ id: intFilter, title: fc.record({ like: scalar }, { requiredKeys: [] }) }, { requiredKeys: [] }),
    fc.record(
      { AND: fc.array(tie('where'), { maxLength: 2 }), OR: fc.oneof(tie('where'), fc.array(tie('where'), { maxLength: 2 })) },
      { requiredKeys: [] },
    ),
    fc.record({ NOT: tie('where'), nope: scalar }, { requiredKeys: [] }),
    scalar,
  ),
})).where;
const input = fc.oneof(
  fc.record({
    isbn: fc.string(),
    title: fc.string(),
    price: fc.constantFrom('12.50', '0', '3'),
    format: fc.constantFrom(...formats),
    genres: fc.record({ connect: fc.array(key, { maxLength: 3 }) }, { requiredKeys: [] }),
  }),
  fc.record(
    {
      isbn: scalar,
      title: scalar,
      price: scalar,
      pages: scalar,
      publishedOn: scalar,
      inPrint: scalar,
      publisher: fc.record({ connect: key }),
    },
    { requiredKeys: ['isbn'] },
  ),
  scalar,
);
const variables = fc.record(
  {
    input,
    where,
    keys: fc.oneof(fc.array(key, { maxLength: 5 }), key, scalar),
    n: scalar,
    title: scalar,
    ids: fc.oneof(fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 4 }), scalar),
    format: scalar,
    when: scalar,
    price: scalar,
    extra: fc.jsonValue({ maxDepth: 3 }),
    flags: fc.oneof(fc.array(fc.array(fc.oneof(fc.boolean(), scalar), { maxLength: 2 }), { maxLength: 2 }), scalar),
  },
  { requiredKeys: [] },
);
/** Variables that are all valid, so that the quick path answers them. */
const valid = fc.record({
  input: fc.record({
    isbn: fc.string(),
    title: fc.string(),
    price: fc.constantFrom('12.50', '0'),
    genres: fc.record({ connect: fc.array(fc.record({ id: fc.integer({ min: -1000, max: 1000 }) }), { maxLength: 4 }) }),
  }),
  keys: fc.array(fc.record({ id: fc.integer({ min: 1, max: 10 ** 6 }) }), { maxLength: 50 }),
  where: fc.record({
    id: fc.record({ in: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 3 }) }),
    OR: fc.array(fc.record({ title: fc.record({ eq: fc.string() }) }), { maxLength: 2 }),
  }),
  ids: fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }), fc.constant(null)), { maxLength: 4 }),
  format: fc.constantFrom(...formats),
  when: fc.constant('2026-12-07T10:00:00.000Z'),
  extra: fc.jsonValue({ maxDepth: 3 }),
  flags: fc.array(fc.array(fc.boolean(), { maxLength: 2 }), { maxLength: 2 }),
});

describe('variable coercion: the quick path against graphql-js', () => {
  it('answers any variables exactly as graphql-js does, values and errors', () => {
    fc.assert(
      fc.property(variables, (raw) => {
        const ours = coerceVariables(schema, operation, raw, undefined);
        const theirs = getVariableValues(schema, definitions, raw, { maxErrors: 20 });
        expect(answer(ours)).toBe(answer(theirs));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers valid variables itself, with what graphql-js coerces', () => {
    const quick = compileVariableCoercion(schema, definitions);
    fc.assert(
      fc.property(valid, (raw) => {
        const coerced = quick(raw);
        expect(coerced).toBeDefined();
        const theirs = getVariableValues(schema, definitions, raw, { maxErrors: 20 });
        expect(theirs.errors).toBeUndefined();
        expect(answer({ coerced: coerced! })).toBe(answer(theirs));
      }),
      { numRuns: 500 },
    );
  });

  it('gives up where graphql-js reports an error, and on a value nested past the stack', () => {
    const quick = compileVariableCoercion(schema, definitions);
    expect(quick({ input: { isbn: 'x', title: 't', price: '1' }, keys: [{ id: 'one' }] })).toBeUndefined();
    expect(quick({ input: { isbn: 'x', title: 't', price: '1' }, keys: [], where: { nope: 1 } })).toBeUndefined();
    expect(quick({ keys: [] })).toBeUndefined();
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { NOT: deep };
    expect(quick({ input: { isbn: 'x', title: 't', price: '1' }, keys: [], where: deep })).toBeUndefined();
  });
});
