/**
 * Reads a connection field's arguments (`first`, `after`, `last`, `before`, `where`, `orderBy`)
 * into the list query of one page: the cursors become a keyset condition ANDed into `where`,
 * `last` reverses the order, and the page asks for one row more than it returns — that row
 * tells `hasNextPage` (or `hasPreviousPage`) without another statement.
 */
import type { TableColumn } from '../declare/index.js';
import { BadUserInputError } from '../errors/RelgraphError.js';
import type { MappedModel, OrderTerm } from '../mapper/index.js';
import type { Row } from '../rows/Row.js';
import type { AggregateQuery, Filter, ListQuery } from '../sql/ListQuery.js';
import type { Access } from '../access/Access.js';
import { decodeCursor, type CursorScope } from './cursors.js';
import { readListArgs, type ListArgs, type ListLimits } from './readListArgs.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';

export interface ConnectionArgs extends Omit<ListArgs, 'limit' | 'offset'> {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

export interface ConnectionQuery {
  /** The page: keyset filter, order (reversed for `last`), `size + 1` rows. */
  readonly page: ListQuery;
  /** Rows a page returns at most. */
  readonly size: number;
  /** Paging with `last`: the rows come last-first and are turned round. */
  readonly backward: boolean;
  /** What `totalCount` counts: the rows matching `where`, whatever the page. */
  readonly count: AggregateQuery;
  /** What each edge's cursor encodes. */
  readonly cursors: CursorScope;
}

export interface Page {
  /** In the connection's order. */
  readonly rows: readonly Row[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/**
 * @param field `Parent.childrenConnection`, for cursors and messages.
 * @param defaultOrder the relationship's `orderBy`, or empty for the primary key.
 */
export function readConnectionArgs(
  model: MappedModel,
  field: string,
  args: ConnectionArgs,
  fields: FieldIndex,
  limits: ListLimits,
  defaultOrder: readonly OrderTerm[],
  access?: Access,
): ConnectionQuery {
  const { first, last } = args;
  if (first !== undefined && first !== null && last !== undefined && last !== null) {
    throw new BadUserInputError(
      `${field}: first and last cannot be given together. Page forward with first and after, or backward with last and before.`,
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value !== undefined && value !== null && (value < 0 || value > limits.maxLimit)) {
      throw new BadUserInputError(`${name} must be between 0 and ${limits.maxLimit}, but got ${value}.`);
    }
  }
  const list = readListArgs(
    model,
    { where: args.where ?? null, orderBy: args.orderBy ?? null },
    fields,
    limits,
    { order: defaultOrder, limit: undefined },
    access,
  );
  const json = list.orderBy.find((term) => term.column.type.kind === 'json');
  if (json)
    throw new BadUserInputError(
      `orderBy: ${field} cannot be ordered by ${json.column.attribute}, a JSON column: a cursor could not resume from its values. Order by another column.`,
    );
  const cursors: CursorScope = { field, model, order: list.orderBy, ...hiddenFrom(model, list.orderBy, access) };
  const bounds: Filter[] = [];
  if (args.after !== undefined && args.after !== null)
    bounds.push(keysetFilter(list.orderBy, decodeCursor(cursors, 'after', args.after), 'after'));
  if (args.before !== undefined && args.before !== null)
    bounds.push(keysetFilter(list.orderBy, decodeCursor(cursors, 'before', args.before), 'before'));
  const backward = last !== undefined && last !== null;
  const size = (backward ? last : first) ?? limits.defaultLimit;
  const filter = allOf([list.filter, ...bounds]);
  return {
    page: {
      filter,
      orderBy: backward ? list.orderBy.map((term) => ({ column: term.column, descending: !term.descending })) : list.orderBy,
      limit: size + 1,
      offset: undefined,
    },
    size,
    backward,
    count: { filter: list.filter, count: true, functions: [] },
    cursors,
  };
}

/**
 * One owner's page from the rows its query returned (`size + 1` at most): the extra row says
 * there is more in the direction of paging, and a backward page is turned round.
 */
export function pageOf(query: Pick<ConnectionQuery, 'size' | 'backward'>, rows: readonly Row[]): Page {
  const more = rows.length > query.size;
  const kept = more ? rows.slice(0, query.size) : rows;
  return query.backward
    ? { rows: kept.slice().reverse(), hasNextPage: false, hasPreviousPage: more }
    : { rows: kept, hasNextPage: more, hasPreviousPage: false };
}

/**
 * A cursor holds its row's order values, the primary key among them: a viewer from whom a
 * policy hides one of those columns gets no cursors (FORBIDDEN on `cursor`, `startCursor`,
 * `endCursor`, `after` and `before`), or a cursor would show the values, and a forged one probe them.
 */
function hiddenFrom(model: MappedModel, order: readonly OrderTerm[], access: Access | undefined): { hidden?: string } {
  for (const term of order) {
    if (access && !access.fieldVisible(model, term.column.attribute)) {
      try {
        access.assertFieldVisible(model, term.column.attribute);
      } catch (error) {
        return { hidden: `${(error as Error).message} This connection's cursors hold it, so they are not given to you.` };
      }
    }
  }
  return {};
}

function allOf(filters: ReadonlyArray<Filter | undefined>): Filter | undefined {
  const present = filters.filter((filter): filter is Filter => filter !== undefined);
  if (present.length <= 1) return present[0];
  return { kind: 'and', items: present };
}

/**
 * The rows strictly after (or before) the position `values` in `order`:
 * `(a > ?) OR (a = ? AND b > ?) OR ...`, with the comparison turned for descending terms and
 * NULLs placed as both dialects sort them — first in ascending order, last in descending.
 */
export function keysetFilter(order: readonly OrderTerm[], values: readonly unknown[], side: 'after' | 'before'): Filter {
  const branches: Filter[] = [];
  for (let i = 0; i < order.length; i++) {
    const equal = order.slice(0, i).map((term, j) => equalTo(term.column, values[j]));
    const term = order[i]!;
    // "After" in a descending order, or "before" in an ascending one, means smaller values.
    const smaller = (side === 'after') === term.descending;
    branches.push({ kind: 'and', items: [...equal, beyond(term.column, values[i], smaller)] });
  }
  return { kind: 'or', items: branches };
}

function equalTo(column: TableColumn, value: unknown): Filter {
  return value === null ? { kind: 'isNull', column, isNull: true } : { kind: 'compare', column, op: 'eq', value };
}

/** Values past `value` in the direction `smaller` (NULL sorts below every value). */
function beyond(column: TableColumn, value: unknown, smaller: boolean): Filter {
  if (value === null) return smaller ? { kind: 'or', items: [] } : { kind: 'isNull', column, isNull: false };
  if (!smaller) return { kind: 'compare', column, op: 'gt', value };
  const less: Filter = { kind: 'compare', column, op: 'lt', value };
  return column.nullable ? { kind: 'or', items: [less, { kind: 'isNull', column, isNull: true }] } : less;
}
