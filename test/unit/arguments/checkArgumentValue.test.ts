/**
 * `checkArgumentValue` (src/arguments/checkArgumentValue.ts) on its own: what it finds, and that
 * it does not walk what cannot hold text — a list of integer keys is not visited item by item,
 * while a string, an ID, a JSON value or an enum of the schema's own odd values still is.
 */
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  GraphQLString,
  type GraphQLInputFieldConfigMap,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkArgumentValue } from '../../../src/arguments/checkArgumentValue.js';

const Key = new GraphQLInputObjectType({ name: 'Key', fields: { id: { type: new GraphQLNonNull(GraphQLInt) } } });
const Json = new GraphQLScalarType({ name: 'JSON' });
const Direction = new GraphQLEnumType({ name: 'Direction', values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } });
const Odd = new GraphQLEnumType({ name: 'Odd', values: { A: { value: { nested: '\ud800' } } } });
// Input types may refer to themselves: one of integers only, one with a string deep inside.
const Numbers: GraphQLInputObjectType = new GraphQLInputObjectType({
  name: 'Numbers',
  fields: (): GraphQLInputFieldConfigMap => ({ n: { type: GraphQLFloat }, b: { type: GraphQLBoolean }, next: { type: Numbers } }),
});
const Texts: GraphQLInputObjectType = new GraphQLInputObjectType({
  name: 'Texts',
  fields: (): GraphQLInputFieldConfigMap => ({ n: { type: GraphQLInt }, next: { type: Texts }, label: { type: GraphQLString } }),
});
const Input = new GraphQLInputObjectType({
  name: 'Input',
  fields: {
    keys: { type: new GraphQLList(new GraphQLNonNull(Key)) },
    name: { type: GraphQLString },
    ref: { type: GraphQLID },
    data: { type: Json },
    order: { type: Direction },
    odd: { type: Odd },
    numbers: { type: Numbers },
    texts: { type: Texts },
  },
});

/** Key objects that count how often they are read. */
function countedKeys(count: number) {
  const reads = { count: 0 };
  const keys = Array.from({ length: count }, (_, i) => ({
    get id() {
      reads.count += 1;
      return i;
    },
  }));
  return { keys, reads };
}

describe('checkArgumentValue', () => {
  it('does not visit the items of a list of integer keys, and finds nothing there', () => {
    const { keys, reads } = countedKeys(1000);
    expect(checkArgumentValue({ keys }, Input, 'input', 32)).toBeUndefined();
    expect(checkArgumentValue(keys, new GraphQLList(Key), 'connect', 32)).toBeUndefined();
    expect(reads.count).toBe(0);
  });

  it('still finds a lone surrogate in a string, an ID and a JSON value beside such a list, in document order', () => {
    const { keys } = countedKeys(3);
    expect(checkArgumentValue({ keys, name: 'a\ud800' }, Input, 'input', 32)?.path).toBe('input.name');
    expect(checkArgumentValue({ keys, ref: '\udc00' }, Input, 'input', 32)?.path).toBe('input.ref');
    expect(checkArgumentValue({ keys, data: { ok: [1, { 'k\ud800': 1 }] } }, Input, 'input', 32)?.path).toBe('input.data.ok[1]');
    expect(checkArgumentValue({ keys, data: [[[1]]] }, Input, 'input', 3)?.message).toMatch(/nests deeper than the 3 levels/);
  });

  it('walks an input type that refers to itself only when a string is reachable in it', () => {
    const deep = { n: 1, next: { n: 2, next: { n: 3, label: 'x\ud800' } } };
    expect(checkArgumentValue({ texts: deep }, Input, 'input', 32)?.path).toBe('input.texts.next.next.label');
    expect(checkArgumentValue({ numbers: { n: 1.5, b: true, next: { n: 2 } } }, Input, 'input', 32)).toBeUndefined();
  });

  it("looks into an enum's internal values only when the schema gave it objects or ill-formed strings", () => {
    expect(checkArgumentValue({ order: 'asc' }, Input, 'input', 32)).toBeUndefined();
    expect(checkArgumentValue({ odd: { nested: '\ud800' } }, Input, 'input', 32)?.path).toBe('input.odd.nested');
  });
});
