/**
 * Connection cursors: keyset positions, opaque to clients. A cursor holds the values of the
 * row's order columns (the `orderBy` given, then the primary key), so the next page starts
 * after that row whatever was inserted or deleted meanwhile — unlike an offset.
 *
 * `<base64url JSON of the values>.<tag>`, where the tag is a hash of the values with what the
 * cursor belongs to: the connection field, its order, and the listed table's columns and types.
 * A cursor used on another field or ordering, made before the columns changed, cut short or
 * edited has the wrong tag, and is refused with BAD_USER_INPUT before any SQL is built. The tag
 * is a checksum, not a secret: a cursor lets a client ask nothing that a `where` could not.
 */
import { createHash } from 'node:crypto';
import type { TableColumn } from '../declare/index.js';
import { BadUserInputError, ForbiddenError } from '../errors/RelgraphError.js';
import type { MappedModel, OrderTerm } from '../mapper/index.js';
import type { Row } from '../rows/Row.js';

/** What a cursor belongs to. Made once per connection query. */
export interface CursorScope {
  /** `Parent.childrenConnection`: the field, for messages and the tag. */
  readonly field: string;
  readonly model: MappedModel;
  /** The complete order (ending with the primary key), forward. */
  readonly order: readonly OrderTerm[];
  /**
   * Why this viewer gets no cursors: a column they hold is one a policy hides from them (a
   * primary key, say). The FORBIDDEN message; the connection's rows are still readable.
   */
  readonly hidden?: string;
}

const version = 'c1';
const prefixes = new WeakMap<CursorScope, string>();

function tagOf(scope: CursorScope, payload: string): string {
  let prefix = prefixes.get(scope);
  if (prefix === undefined) {
    const columns = scope.model.columns.map((column) => `${column.name}:${column.type.kind}`).join(',');
    prefix = `${version}\n${scope.field}\n${describeOrder(scope.order)}\n${scope.model.table.name}(${columns})\n`;
    prefixes.set(scope, prefix);
  }
  return createHash('sha256').update(prefix).update(payload).digest('base64url').slice(0, 16);
}

/** `name DESC, id ASC`. */
export function describeOrder(order: readonly OrderTerm[]): string {
  return order.map((term) => `${term.column.attribute} ${term.descending ? 'DESC' : 'ASC'}`).join(', ');
}

/**
 * @example
 * encodeCursor(scope, { id: 7, name: 'b' }) // 'WyJiIiw3XQ.3q9Xl0m0a1b2c3d4'
 */
export function encodeCursor(scope: CursorScope, row: Row): string {
  if (scope.hidden !== undefined) throw new ForbiddenError(scope.hidden);
  const payload = JSON.stringify(scope.order.map((term) => jsonValue(row[term.column.attribute])));
  return `${Buffer.from(payload).toString('base64url')}.${tagOf(scope, payload)}`;
}

/** The order values a cursor holds, typed as the columns are; BAD_USER_INPUT naming `argument` otherwise. */
export function decodeCursor(scope: CursorScope, argument: 'after' | 'before', cursor: string): unknown[] {
  if (scope.hidden !== undefined) throw new ForbiddenError(`${argument}: ${scope.hidden}`);
  const refuse = (why: string) =>
    new BadUserInputError(
      `${argument}: ${why} Use a cursor that ${scope.field} returned for the same orderBy (${describeOrder(scope.order)}).`,
    );
  const dot = cursor.indexOf('.');
  if (dot <= 0 || cursor.length > 4096) throw refuse('is not a cursor.');
  const payload = Buffer.from(cursor.slice(0, dot), 'base64url').toString('utf8');
  // Node's decoder skips characters outside the alphabet and ignores spare bits: only the
  // canonical spelling of the payload counts as the cursor given out.
  if (Buffer.from(payload).toString('base64url') !== cursor.slice(0, dot) || tagOf(scope, payload) !== cursor.slice(dot + 1)) {
    throw refuse(
      'is not a cursor of this connection: it was made by another field or ordering, or for another version of the schema, or it was altered.',
    );
  }
  let values: unknown;
  try {
    values = JSON.parse(payload);
  } catch {
    throw refuse('is not a cursor.');
  }
  if (!Array.isArray(values) || values.length !== scope.order.length) throw refuse('is not a cursor of this connection.');
  return scope.order.map((term, i) => {
    const value = fromJson(term.column, values[i]);
    if (value === undefined) throw refuse('is not a cursor of this connection.');
    return value;
  });
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

/** The column value a cursor's JSON stands for, or undefined when it cannot be one. */
function fromJson(column: TableColumn, value: unknown): unknown {
  if (value === null) return column.nullable ? null : undefined;
  switch (column.type.kind) {
    case 'integer':
    case 'smallInteger':
    case 'tinyInteger':
    case 'year':
      return Number.isSafeInteger(value) ? value : undefined;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'dateTime': {
      if (typeof value !== 'string') return undefined;
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
    case 'json':
      return undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}
