/**
 * Writes the response from what `fetchPlan` loaded, in one depth-first pass: each object gets
 * its keys in the order graphql-js's CollectFields gives them, leaf values go through the
 * schema's own `serialize`, and errors follow the spec as graphql-js implements them — an error
 * in a nullable field is recorded and the field is null; in a non-null field it propagates to
 * the nearest nullable parent (or makes `data` null), recorded once, with the path and
 * locations graphql-js gives it.
 *
 * Each object plan gets a writer compiled once (`compileObject`): one object literal with every
 * key, column values checked inline for the common scalars, everything else through small
 * functions made per field. The response path is one array written in place as the pass goes
 * down, copied only for an error.
 */
import {
  GraphQLBoolean,
  type GraphQLError,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  locatedError,
  type ExecutionResult,
} from 'graphql';
import { inspect } from 'graphql/jsutils/inspect.js';
import type { Row } from '../rows/Row.js';
import type { Access } from '../access/Access.js';
import type { ReadQueries } from '../reads/readQueries.js';
import { toGraphQLError } from '../errors/toGraphQLError.js';
import { encodeCursor } from '../arguments/cursors.js';
import type { ConnectionData, Fetched, FieldData } from './fetchPlan.js';
import type {
  AggregatePlan,
  ColumnPlan,
  ConnectionField,
  ConnectionPlan,
  EdgeField,
  FieldPlan,
  LoadPlan,
  NestedPlan,
  ObjectPlan,
  OperationPlan,
  RelatedPlan,
  RootPlan,
} from './plan.js';

interface Shaping {
  readonly fetched: Fetched;
  readonly errors: GraphQLError[];
  readonly access: Access;
  readonly reads: ReadQueries;
  /** Per guarded column: null when visible, else the error every row's value answers. */
  readonly hidden: Map<ColumnPlan, unknown>;
  /** The response path down to where the pass is: `path[depth]` is the current field's key. */
  readonly path: Array<string | number>;
}

/** Writes one object: `depth` is where its fields' keys go in the path. */
type ObjectWriter = (row: Row, index: number, depth: number, shaping: Shaping) => Record<string, unknown>;

export function shapeResponse(plan: OperationPlan, fetched: Fetched, access: Access, reads: ReadQueries): ExecutionResult {
  const shaping: Shaping = { fetched, errors: [], access, reads, hidden: new Map(), path: [] };
  let data: Record<string, unknown> | null = {};
  try {
    for (const root of plan.roots) {
      data[root.key] =
        root.kind === 'typename'
          ? root.typeName
          : root.kind === 'connection'
            ? completeConnection(root)(rootRow, 0, 0, shaping)
            : root.kind === 'aggregate'
              ? completeAggregate(root)(rootRow, 0, 0, shaping)
              : completeRoot(root, shaping);
    }
  } catch (error) {
    // A non-null root field failed: the whole `data` is null, with this error alone (see `fieldError`).
    shaping.errors.length = 0;
    shaping.errors.push(error as GraphQLError);
    data = null;
  }
  return shaping.errors.length === 0 ? { data } : { errors: shaping.errors, data };
}

const rootRow: Row = {};

function completeRoot(root: RootPlan, shaping: Shaping): unknown {
  shaping.path[0] = root.key;
  const data = shaping.fetched.get(root)!;
  const mark = shaping.errors.length;
  try {
    if ('error' in data) throw data.error;
    if ('one' in data) {
      const row = data.one[0];
      if (row) return writerOf(root.object)(row, 0, 1, shaping);
      if (root.nonNull) throw nonNullError(root.label);
      return null;
    }
    return shapeList(root.object, data as { readonly starts: Int32Array; readonly rows: Row[] }, 0, 0, shaping);
  } catch (error) {
    return fieldError(root, 0, error, shaping, mark);
  }
}

/** A `[T!]!` list at path slot `depth`: an item that fails fails the list (its items are non-null). */
function shapeList(
  object: ObjectPlan,
  data: { readonly starts: Int32Array; readonly rows: Row[] },
  index: number,
  depth: number,
  shaping: Shaping,
): unknown[] {
  const start = data.starts[index]!;
  const end = data.starts[index + 1]!;
  const write = writerOf(object);
  const items = new Array<unknown>(end - start);
  const { path } = shaping;
  for (let j = start; j < end; j++) {
    path[depth + 1] = j - start;
    items[j - start] = write(data.rows[j]!, j, depth + 2, shaping);
  }
  return items;
}

const writers = new WeakMap<ObjectPlan, ObjectWriter>();

function writerOf(object: ObjectPlan): ObjectWriter {
  let writer = writers.get(object);
  if (!writer) {
    writer = compileObject(object);
    writers.set(object, writer);
  }
  return writer;
}

/**
 * `(row, index, depth, s) => ({ "id": …, "name": …, "children": … })`. Field names are
 * GraphQL names (`[_A-Za-z][_0-9A-Za-z]*`), written as JSON string literals; `__proto__`
 * cannot be one (GraphQL reserves names starting with `__`), so a literal's keys are plain keys.
 */
function compileObject(object: ObjectPlan): ObjectWriter {
  const helpers: unknown[] = [];
  const helper = (value: unknown) => `h[${helpers.push(value) - 1}]`;
  const parts = object.fields.map((field) => {
    const key = JSON.stringify(field.key);
    if (field.kind === 'typename') return `${key}: ${JSON.stringify(field.typeName)}`;
    if (field.kind === 'connection') return `${key}: ${helper(completeConnection(field))}(row, index, depth, s)`;
    if (field.kind === 'aggregate') return `${key}: ${helper(completeAggregate(field))}(row, index, depth, s)`;
    if (field.kind === 'nested') return `${key}: ${helper(completeNested(field))}(row, index, depth, s)`;
    if (field.kind === 'column') {
      const slow = `${helper(completeColumn(field))}(row, depth, s)`;
      const check = field.guarded ? undefined : fastCheck(field);
      return check ? `${key}: (v = row[${JSON.stringify(field.attribute)}], ${check} ? v : ${slow})` : `${key}: ${slow}`;
    }
    return `${key}: ${helper(completeRelated(field))}(row, index, depth, s)`;
  });
  const source = `return function writeObject(row, index, depth, s) { let v; return { ${parts.join(', ')} }; };`;
  return new Function('h', source)(helpers) as ObjectWriter;
}

/** The inline test under which a column's value is its own serialization (what `serialize` returns unchanged). */
function fastCheck(field: ColumnPlan): string | undefined {
  switch (field.leaf) {
    case GraphQLString:
    case GraphQLID:
      return 'typeof v === "string"';
    case GraphQLInt:
      return '(typeof v === "number" && (v | 0) === v)';
    case GraphQLFloat:
      return '(typeof v === "number" && isFinite(v))';
    case GraphQLBoolean:
      return 'typeof v === "boolean"';
    default:
      return undefined;
  }
}

/** A column value the inline test did not pass: null, a hidden field, or a value to serialize. */
function completeColumn(field: ColumnPlan): (row: Row, depth: number, shaping: Shaping) => unknown {
  return (row, depth, shaping) => {
    shaping.path[depth] = field.key;
    if (field.guarded) {
      const hidden = hiddenError(field, shaping);
      if (hidden) return fieldError(field, depth, hidden, shaping);
    }
    const value = row[field.attribute];
    if (value === null || value === undefined) {
      return field.nonNull ? fieldError(field, depth, nonNullError(field.label), shaping) : null;
    }
    try {
      return serializeLeaf(field, value);
    } catch (error) {
      return fieldError(field, depth, error, shaping);
    }
  };
}

function completeRelated(field: RelatedPlan): (row: Row, index: number, depth: number, shaping: Shaping) => unknown {
  return completeLoaded(field, (data, index, depth, shaping) => {
    if ('one' in data) {
      const row = data.one[index];
      if (row) return writerOf(field.object)(row, index, depth, shaping);
      if (field.nonNull) throw nonNullError(field.label);
      return null;
    }
    // A list's items go one slot below its key: the key is at `depth - 1`.
    return shapeList(field.object, data as { readonly starts: Int32Array; readonly rows: Row[] }, index, depth - 1, shaping);
  });
}

/**
 * A connection object for parent `index`: its page's rows under `edges` and `nodes` (each node
 * written by its object plan, at the row's index in the level), `pageInfo`, `totalCount`.
 * Everything between the field and a node is non-null, so an error that nulls a node's
 * ancestor reaches the connection field itself, as in graphql-js.
 */
function completeConnection(field: ConnectionPlan): (row: Row, index: number, depth: number, shaping: Shaping) => unknown {
  return completeLoaded(field, (data, index, depth, shaping) =>
    writeConnection(field.fields, data as ConnectionData, index, depth, shaping),
  );
}

/**
 * A field whose data was loaded for its whole level (related rows, a connection, an aggregate):
 * its value for parent `index`, written by `write` one level down, or its error, located and
 * propagated.
 */
function completeLoaded(
  field: LoadPlan,
  write: (data: Exclude<FieldData, { error: unknown }>, index: number, depth: number, shaping: Shaping) => unknown,
): (row: Row, index: number, depth: number, shaping: Shaping) => unknown {
  return (_row, index, depth, shaping) => {
    shaping.path[depth] = field.key;
    const data = shaping.fetched.get(field)!;
    const mark = shaping.errors.length;
    try {
      if ('error' in data) throw data.error;
      return write(data, index, depth + 1, shaping);
    } catch (error) {
      return fieldError(field, depth, error, shaping, mark);
    }
  };
}

function writeConnection(
  fields: readonly ConnectionField[],
  data: ConnectionData,
  index: number,
  depth: number,
  shaping: Shaping,
): Record<string, unknown> {
  const { path } = shaping;
  const start = data.starts[index]!;
  const end = data.starts[index + 1]!;
  const out: Record<string, unknown> = {};
  for (const part of fields) {
    path[depth] = part.key;
    switch (part.kind) {
      case 'typename':
        out[part.key] = part.typeName;
        break;
      case 'totalCount':
        out[part.key] = data.counts![index];
        break;
      case 'nodes':
        out[part.key] = shapeList(part.object, data, index, depth, shaping);
        break;
      case 'edges': {
        const items = new Array<unknown>(end - start);
        for (let j = start; j < end; j++) {
          path[depth + 1] = j - start;
          items[j - start] = writeEdge(part.fields, data, j, depth + 2, shaping);
        }
        out[part.key] = items;
        break;
      }
      case 'pageInfo': {
        const info: Record<string, unknown> = {};
        for (const item of part.fields) {
          if (item.kind === 'typename') info[item.key] = item.typeName;
          else if (item.part === 'hasNextPage') info[item.key] = data.hasNext[index] === 1;
          else if (item.part === 'hasPreviousPage') info[item.key] = data.hasPrevious[index] === 1;
          else {
            path[depth + 1] = item.key;
            const at = item.part === 'startCursor' ? start : end - 1;
            info[item.key] = end > start ? cursorOf(item, data, data.rows[at]!, depth + 1, shaping) : null;
          }
        }
        out[part.key] = info;
        break;
      }
    }
  }
  return out;
}

const noLink: Row = {};

function writeEdge(
  fields: readonly EdgeField[],
  data: ConnectionData,
  j: number,
  depth: number,
  shaping: Shaping,
): Record<string, unknown> {
  const edge: Record<string, unknown> = {};
  const row = data.rows[j]!;
  for (const field of fields) {
    shaping.path[depth] = field.key;
    switch (field.kind) {
      case 'typename':
        edge[field.key] = field.typeName;
        break;
      case 'cursor':
        edge[field.key] = cursorOf(field, data, row, depth, shaping);
        break;
      case 'node':
        edge[field.key] = writerOf(field.object)(row, j, depth + 1, shaping);
        break;
      case 'column':
        edge[field.key] = completeColumn(field)(data.links?.[j] ?? noLink, depth, shaping);
        break;
    }
  }
  return edge;
}

/** A row's cursor, or the field's error when this viewer gets no cursors (`CursorScope.hidden`). */
function cursorOf(field: FieldCommonPlan, data: ConnectionData, row: Row, depth: number, shaping: Shaping): unknown {
  try {
    return encodeCursor(data.query.cursors, row);
  } catch (error) {
    return fieldError(field, depth, toGraphQLError(error), shaping);
  }
}

/** An aggregate object for parent `index`: its row written by the plan's object writer. */
function completeAggregate(field: AggregatePlan): (row: Row, index: number, depth: number, shaping: Shaping) => unknown {
  return completeLoaded(field, (data, index, depth, shaping) => {
    const row = (data as { aggregates: ReadonlyArray<Row | undefined> }).aggregates[index]!;
    return writerOf(field.object)(row, index, depth, shaping);
  });
}

/** `sum { … }` under an aggregate: an object the row holds. */
function completeNested(field: NestedPlan): (row: Row, index: number, depth: number, shaping: Shaping) => unknown {
  return (row, index, depth, shaping) => {
    shaping.path[depth] = field.key;
    return writerOf(field.object)(row[field.attribute] as Row, index, depth + 1, shaping);
  };
}

/**
 * graphql-js's handling of a field's error: located at the field (unless it already carries a
 * path, having come up from below), recorded when the field is nullable, else thrown on up.
 *
 * When an error nulls a field that has a subtree, errors recorded inside that subtree (from
 * `mark` on) are dropped: the positions they name are gone from the response. graphql-js
 * keeps, for each nulled position, the error that settled first and, as a rule, not the ones
 * below it. Which error settles first follows which statement returned first, so it can
 * differ between two runs of one operation on MariaDB; the plan executor keeps the first in
 * document and row order. Which positions are null, and that each comes with one error,
 * is the same (`docs/execution.md`).
 */
type FieldCommonPlan = Pick<FieldPlan, 'nodes' | 'nonNull'>;

function fieldError(field: FieldCommonPlan, depth: number, raw: unknown, shaping: Shaping, mark = shaping.errors.length): null {
  const error = locatedError(raw, field.nodes, shaping.path.slice(0, depth + 1));
  if (field.nonNull) throw error;
  shaping.errors.length = mark;
  shaping.errors.push(error);
  return null;
}

function serializeLeaf(field: ColumnPlan, value: unknown): unknown {
  const serialized = field.leaf.serialize(value);
  if (serialized === null || serialized === undefined) {
    throw new Error(
      `Expected \`${inspect(field.leaf)}.serialize(${inspect(value)})\` to return non-nullable value, returned: ${inspect(serialized)}`,
    );
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
