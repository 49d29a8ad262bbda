/**
 * Writes the response from what `fetchPlan` loaded, in one depth-first pass: each object gets
 * its keys in the order graphql-js's CollectFields gives them, leaf values go through the
 * schema's own `serialize`, and errors follow the spec as graphql-js implements them — an error
 * in a nullable field is recorded and the field is null; in a non-null field it propagates to
 * the nearest nullable parent (or makes `data` null), recorded once, with the path and
 * locations graphql-js gives it.
 */
import { GraphQLError, locatedError, type ExecutionResult } from 'graphql';
import { inspect } from 'graphql/jsutils/inspect.js';
import type { Row } from '../loaders/runSelect.js';
import type { Access } from '../resolvers/Access.js';
import type { ReadQueries } from '../resolvers/readQueries.js';
import { toGraphQLError } from '../resolvers/toGraphQLError.js';
import type { Fetched, FieldData } from './fetchPlan.js';
import type { ColumnPlan, FieldPlan, ObjectPlan, OperationPlan, RelatedPlan, RootPlan } from './plan.js';

/** A response path as a linked list: built per object for free, turned into an array only for an error. */
interface Path {
  readonly prev: Path | undefined;
  readonly key: string | number;
}

interface Shaping {
  readonly fetched: Fetched;
  readonly errors: GraphQLError[];
  readonly access: Access;
  readonly reads: ReadQueries;
  /** Per guarded column: null when visible, else the error every row's value answers. */
  readonly hidden: Map<ColumnPlan, unknown>;
}

export function shapeResponse(plan: OperationPlan, fetched: Fetched, access: Access, reads: ReadQueries): ExecutionResult {
  const shaping: Shaping = { fetched, errors: [], access, reads, hidden: new Map() };
  let data: Record<string, unknown> | null = {};
  try {
    for (const root of plan.roots) {
      data[root.key] = root.kind === 'typename' ? root.typeName : completeRoot(root, shaping);
    }
  } catch (error) {
    // A non-null root field failed: the whole `data` is null, as graphql-js answers it.
    shaping.errors.push(error as GraphQLError);
    data = null;
  }
  return shaping.errors.length === 0 ? { data } : { errors: shaping.errors, data };
}

function completeRoot(root: RootPlan, shaping: Shaping): unknown {
  const path: Path = { prev: undefined, key: root.key };
  const data = shaping.fetched.get(root)!;
  try {
    if ('error' in data) throw data.error;
    if ('one' in data) {
      const row = data.one[0];
      return row ? shapeObject(root.object, row, 0, path, shaping) : null;
    }
    return shapeList(root.object, data, 0, path, shaping);
  } catch (error) {
    return fieldError(root, path, error, shaping);
  }
}

function shapeObject(object: ObjectPlan, row: Row, index: number, path: Path, shaping: Shaping): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { fields } = object;
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    out[field.key] = completeField(field, row, index, path, shaping);
  }
  return out;
}

function completeField(field: FieldPlan, row: Row, index: number, parent: Path, shaping: Shaping): unknown {
  if (field.kind === 'typename') return field.typeName;
  if (field.kind === 'column') {
    if (field.guarded) {
      const hidden = hiddenError(field, shaping);
      if (hidden) return fieldError(field, { prev: parent, key: field.key }, hidden, shaping);
    }
    const value = row[field.attribute];
    if (value === null || value === undefined) {
      return field.nonNull ? fieldError(field, { prev: parent, key: field.key }, nonNullError(field.label), shaping) : null;
    }
    try {
      return serializeLeaf(field, value);
    } catch (error) {
      return fieldError(field, { prev: parent, key: field.key }, error, shaping);
    }
  }
  const path: Path = { prev: parent, key: field.key };
  try {
    return completeRelated(field, shaping.fetched.get(field)!, index, path, shaping);
  } catch (error) {
    return fieldError(field, path, error, shaping);
  }
}

function completeRelated(field: RelatedPlan, data: FieldData, index: number, path: Path, shaping: Shaping): unknown {
  if ('error' in data) throw data.error;
  if ('one' in data) {
    const row = data.one[index];
    if (row) return shapeObject(field.object, row, index, path, shaping);
    if (field.nonNull) throw nonNullError(field.label);
    return null;
  }
  return shapeList(field.object, data, index, path, shaping);
}

/** A `[T!]!` list: an item that fails fails the list (its items are non-null). */
function shapeList(object: ObjectPlan, data: { readonly starts: Int32Array; readonly rows: Row[] }, index: number, path: Path, shaping: Shaping): unknown[] {
  const start = data.starts[index]!;
  const end = data.starts[index + 1]!;
  const items = new Array<unknown>(end - start);
  for (let j = start; j < end; j++) items[j - start] = shapeObject(object, data.rows[j]!, j, { prev: path, key: j - start }, shaping);
  return items;
}

/**
 * graphql-js's handling of a field's error: located at the field (unless it already carries a
 * path, having come up from below), recorded when the field is nullable, else thrown on up.
 */
function fieldError(field: FieldPlan | RootPlan, path: Path, raw: unknown, shaping: Shaping): null {
  const error = locatedError(raw, field.nodes, pathArray(path));
  if (field.nonNull) throw error;
  shaping.errors.push(error);
  return null;
}

function serializeLeaf(field: ColumnPlan, value: unknown): unknown {
  const serialized = field.leaf.serialize(value);
  if (serialized === null || serialized === undefined) {
    throw new Error(`Expected \`${inspect(field.leaf)}.serialize(${inspect(value)})\` to return non-nullable value, returned: ${inspect(serialized)}`);
  }
  return serialized;
}

/** The FORBIDDEN error of a field a policy hides from this viewer, or null when it is visible; decided once per request. */
function hiddenError(field: ColumnPlan, shaping: Shaping): unknown {
  let hidden = shaping.hidden.get(field);
  if (hidden === undefined) {
    try {
      shaping.reads.assertVisible(field.model, field.attribute, shaping.access);
      hidden = null;
    } catch (error) {
      hidden = toGraphQLError(error);
    }
    shaping.hidden.set(field, hidden);
  }
  return hidden;
}

function nonNullError(label: string): Error {
  return new Error(`Cannot return null for non-nullable field ${label}.`);
}

function pathArray(path: Path | undefined): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let at = path; at; at = at.prev) keys.push(at.key);
  return keys.reverse();
}
