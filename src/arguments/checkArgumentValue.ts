/**
 * Checks one argument value, as GraphQL coerced it, for what no database can store as sent:
 * strings that are not well-formed Unicode, anywhere in the value (input fields, list items, and
 * everything inside a JSON value, object keys included), and JSON values nested deeper than the
 * limit. The walk keeps its own stack, so that no value, however deep, can exhaust the call stack.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { findLoneSurrogate } from '../util/findLoneSurrogate.js';

export interface ValueProblem {
  /** Where in the argument, e.g. `input.children.create[0].name`. */
  readonly path: string;
  /** What is wrong and the fix, as a sentence or two. */
  readonly message: string;
}

interface Pending {
  readonly value: unknown;
  /** The GraphQL type of the value; undefined inside a JSON value. */
  readonly type: GraphQLInputType | undefined;
  readonly path: string;
  /** Inside a JSON value: its depth as MySQL's `JSON_DEPTH` counts (a scalar alone is 1). 0 outside. */
  readonly jsonDepth: number;
}

/**
 * The first problem of `value` in document order, or undefined.
 *
 * @example
 * checkArgumentValue({ name: 'a\ud800' }, ParentCreateInput, 'input', 32)
 * // { path: 'input.name', message: 'the string has a lone UTF-16 surrogate (U+D800 at index 1), ...' }
 * checkArgumentValue({ data: [[[1]]] }, ParentCreateInput, 'input', 3)
 * // { path: 'input.data[0][0][0]', message: 'the JSON value nests deeper than the 3 levels allowed ...' }
 */
export function checkArgumentValue(value: unknown, type: GraphQLInputType, path: string, maxJsonDepth: number): ValueProblem | undefined {
  if (!mayHoldText(type)) return undefined;
  const stack: Pending[] = [{ value, type, path, jsonDepth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const problem = checkOne(item, stack, maxJsonDepth);
    if (problem) return problem;
  }
  return undefined;
}

/** Checks one value and pushes its parts, last first, so that they are popped in document order. */
function checkOne({ value, type, path, jsonDepth }: Pending, stack: Pending[], maxJsonDepth: number): ValueProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (jsonDepth > maxJsonDepth) {
    return { path, message: `the JSON value nests deeper than the ${maxJsonDepth} levels allowed. Store it flatter, or as a string` };
  }
  if (typeof value === 'string') {
    const at = findLoneSurrogate(value);
    return at < 0 ? undefined : { path, message: surrogateMessage('the string', value, at) };
  }
  if (typeof value !== 'object' || value instanceof Date) return undefined;
  const nullable = type && getNullableType(type);
  if (nullable && isListType(nullable) && Array.isArray(value)) {
    // A list of keys (`connect: [{ id: 1 }, …]`) holds no text: its 1,000 items are not visited.
    if (!mayHoldText(nullable.ofType)) return undefined;
    for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], type: nullable.ofType, path: `${path}[${i}]`, jsonDepth: 0 });
    return undefined;
  }
  if (nullable && isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter(
      (field) => (value as Record<string, unknown>)[field.name] !== undefined && mayHoldText(field.type),
    );
    for (const field of fields.reverse())
      stack.push({ value: (value as Record<string, unknown>)[field.name], type: field.type, path: `${path}.${field.name}`, jsonDepth: 0 });
    return undefined;
  }
  // A scalar holding an array or an object: a JSON value, whatever the scalar is called.
  const depth = Math.max(jsonDepth, 1);
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [key] of entries) {
    if (typeof key !== 'string') continue;
    const at = findLoneSurrogate(key);
    if (at >= 0) return { path, message: surrogateMessage('an object key', key, at) };
  }
  for (const [key, v] of entries.reverse()) stack.push({ value: v, type: undefined, path: `${path}${segment(key)}`, jsonDepth: depth + 1 });
  return undefined;
}

/**
 * Whether a value of `type` can hold, anywhere inside it, something this check looks at: a
 * string (`String`, `ID`, an enum whose values are strings with a lone surrogate) or a JSON
 * value (any other custom scalar). `Int`, `Float` and `Boolean` values, as GraphQL coerced them,
 * are numbers and booleans, so an input made only of them (a list of integer keys) is not
 * walked: what the walk would find there is nothing. Worked out once per named type.
 */
function mayHoldText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  let known = holdsText.get(named);
  if (known === undefined) {
    known = reachesText(named);
    holdsText.set(named, known);
  }
  return known;
}

const holdsText = new WeakMap<GraphQLNamedType, boolean>();

/** Every input type reachable from `root`, looked at once each (input types may refer to themselves). */
function reachesText(root: GraphQLNamedType): boolean {
  const seen = new Set<GraphQLNamedType>();
  const stack = [root];
  while (stack.length > 0) {
    const type = stack.pop()!;
    if (seen.has(type)) continue;
    seen.add(type);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) stack.push(getNamedType(field.type));
    } else if (isEnumType(type)) {
      // An enum is coerced to its values' internal values: the schema's, not the client's.
      if (type.getValues().some((value) => isCheckedValue(value.value))) return true;
    } else if (isScalarType(type)) {
      if (!isSpecifiedScalarType(type) || type.name === 'String' || type.name === 'ID') return true;
    } else {
      return true;
    }
  }
  return false;
}

/** An enum's internal value the walk would look into: an object, or a string with a lone surrogate. */
function isCheckedValue(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || (typeof value === 'string' && findLoneSurrogate(value) >= 0);
}

function surrogateMessage(what: string, text: string, at: number): string {
  const unit = text.charCodeAt(at).toString(16).toUpperCase();
  return `${what} has a lone UTF-16 surrogate (U+${unit} at index ${at}), which is not a Unicode character, so it cannot be stored or compared as sent. Send well-formed Unicode text`;
}

function segment(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
