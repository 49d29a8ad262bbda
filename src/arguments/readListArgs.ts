/**
 * Reads the list arguments of a GraphQL field (`where`, `orderBy`, `limit`, `offset`) into a
 * `ListQuery` in the mapper's terms, rejecting what the contract calls bad input.
 */
import type { TableColumn } from '../declare/index.js';
import { BadUserInputError } from '../errors/RelgraphError.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship, OrderTerm } from '../mapper/index.js';
import type { Filter, ListQuery } from '../sql/ListQuery.js';
import type { Access } from '../access/Access.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';

export interface ListLimits {
  /** The largest `limit` accepted; larger ones are BAD_USER_INPUT, never clamped. */
  readonly maxLimit: number;
  /** The largest `offset` accepted. */
  readonly maxOffset: number;
  /** The page size of a connection given neither `first` nor `last`. Plain lists have no default limit. */
  readonly defaultLimit: number;
}

export interface ListArgs {
  readonly where?: Record<string, unknown> | null;
  readonly orderBy?: ReadonlyArray<Record<string, 'ASC' | 'DESC'>> | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/**
 * @param defaultOrder the relationship's `orderBy`, or empty for the primary key.
 * @param defaultLimit applied when the field gives no `limit`.
 */
export function readListArgs(
  model: MappedModel,
  args: ListArgs,
  fields: FieldIndex,
  limits: ListLimits,
  defaults: { order: readonly OrderTerm[]; limit: number | undefined },
  access?: Access,
): ListQuery {
  return {
    filter: args.where ? readWhere(model, args.where, fields, access ? { access } : {}) : undefined,
    orderBy: completeOrder(model, args.orderBy ? readOrderBy(model, args.orderBy, fields, access) : defaults.order),
    limit: readLimit(args.limit, limits) ?? defaults.limit,
    offset: readOffset(args.offset, limits),
  };
}

function readLimit(limit: number | null | undefined, limits: ListLimits): number | undefined {
  if (limit === undefined || limit === null) return undefined;
  if (limit < 0 || limit > limits.maxLimit) {
    throw new BadUserInputError(`limit must be between 0 and ${limits.maxLimit}, but got ${limit}.`);
  }
  return limit;
}

function readOffset(offset: number | null | undefined, limits: ListLimits): number | undefined {
  if (offset === undefined || offset === null || offset === 0) return undefined;
  if (offset < 0 || offset > limits.maxOffset) {
    throw new BadUserInputError(`offset must be between 0 and ${limits.maxOffset}, but got ${offset}.`);
  }
  return offset;
}

/** Appends the primary key, so that every list has a total, stable order (the contract). */
function completeOrder(model: MappedModel, terms: readonly OrderTerm[]): OrderTerm[] {
  const order = [...terms];
  for (const column of model.primaryKey) {
    if (!order.some((term) => term.column === column)) order.push({ column, descending: false });
  }
  return order;
}

/**
 * A field named twice is refused: the second entry would either repeat the first or contradict it
 * (`[{ name: ASC }, { name: DESC }]`), and the list stays no longer than the model's columns.
 */
function readOrderBy(
  model: MappedModel,
  entries: NonNullable<ListArgs['orderBy']>,
  fields: FieldIndex,
  access: Access | undefined,
): OrderTerm[] {
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    const given = Object.entries(entry).filter(([, direction]) => direction !== null && direction !== undefined);
    if (given.length !== 1) {
      throw new BadUserInputError(
        `Each orderBy entry names exactly one field, but one names ${given.length === 0 ? 'none' : given.map(([name]) => `"${name}"`).join(' and ')}. Write [{ a: ASC }, { b: DESC }] to sort by several.`,
      );
    }
    const [name, direction] = given[0]!;
    const first = seen.get(name);
    if (first !== undefined) {
      throw new BadUserInputError(`orderBy names "${name}" twice (entries ${first + 1} and ${index + 1}). Name each field once.`);
    }
    seen.set(name, index);
    const column = fields.field(model, name) as TableColumn;
    // Ordering by a hidden column would leak its values through the order of the rows.
    access?.assertFieldVisible(model, column.attribute);
    return { column, descending: direction === 'DESC' };
  });
}

export interface WhereOptions {
  /** A policy's filter: an unknown field is a mistake to report, not input GraphQL validated. */
  readonly strict?: boolean;
  /** The viewer's access: hidden fields and unreadable models may not be filtered on. */
  readonly access?: Access;
}

/** A `Where` input (GraphQL field names) as a `Filter` over the model's columns and relationships. */
export function readWhere(model: MappedModel, where: Record<string, unknown>, fields: FieldIndex, options: WhereOptions = {}): Filter {
  const items: Filter[] = [];
  for (const [name, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (name === 'AND' || name === 'OR') {
      if (value === null) continue;
      const parts = (value as Record<string, unknown>[]).map((part) => readWhere(model, part, fields, options));
      items.push({ kind: name === 'AND' ? 'and' : 'or', items: parts });
    } else if (name === 'NOT') {
      if (value !== null) items.push({ kind: 'not', item: readWhere(model, value as Record<string, unknown>, fields, options) });
    } else {
      const field = fields.field(model, name);
      if (!field && options.strict)
        throw new TypeError(`A policy filter on ${model.name} names "${name}", which is not a field of ${model.name}'s Where input.`);
      if (!field || value === null) continue;
      // A field the viewer may not read may not be probed with a filter either.
      options.access?.assertFieldVisible(model, 'kind' in field ? field.name : field.attribute);
      if ('kind' in field) items.push(readRelatedFilter(field, value as Record<string, unknown>, fields, options));
      else items.push(...readColumnFilter(field, value as Record<string, unknown>));
    }
  }
  return items.length === 1 ? items[0]! : { kind: 'and', items };
}

function readRelatedFilter(
  relationship: MappedRelationship | MappedAssociationProxy,
  value: Record<string, unknown>,
  fields: FieldIndex,
  options: WhereOptions,
): Filter {
  const target = relationship.target;
  options.access?.assertReadable(target);
  const uselist = relationship.kind === 'associationProxy' || relationship.uselist;
  if (!uselist) return { kind: 'related', relationship, quantifier: 'is', filter: readWhere(target, value, fields, options) };
  const items: Filter[] = [];
  for (const quantifier of ['some', 'none', 'every'] as const) {
    const inner = value[quantifier];
    if (inner === undefined || inner === null) continue;
    items.push({ kind: 'related', relationship, quantifier, filter: readWhere(target, inner as Record<string, unknown>, fields, options) });
  }
  return items.length === 1 ? items[0]! : { kind: 'and', items };
}

function readColumnFilter(column: TableColumn, operators: Record<string, unknown>): Filter[] {
  const filters: Filter[] = [];
  for (const [op, value] of Object.entries(operators)) {
    if (value === undefined) continue;
    switch (op) {
      case 'eq':
      case 'ne':
        // `eq: null` means IS NULL, as Prisma reads it, rather than a comparison that is never true.
        filters.push(value === null ? { kind: 'isNull', column, isNull: op === 'eq' } : { kind: 'compare', column, op, value });
        break;
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        if (value === null) throw new BadUserInputError(`${op} needs a value, but got null.`);
        filters.push({ kind: 'compare', column, op, value });
        break;
      case 'in':
      case 'notIn':
        if (value === null) throw new BadUserInputError(`${op} needs a list, but got null.`);
        filters.push({ kind: 'in', column, values: value as unknown[], negated: op === 'notIn' });
        break;
      case 'like':
        if (value === null) throw new BadUserInputError('like needs a pattern, but got null.');
        filters.push({ kind: 'like', column, pattern: value as string });
        break;
      case 'isNull':
        if (value !== null) filters.push({ kind: 'isNull', column, isNull: value as boolean });
        break;
      // A `Set` column's filter: `eq` above compares the whole set (members joined in declaration order).
      case 'has':
        if (value === null) throw new BadUserInputError('has needs a member, but got null.');
        filters.push({ kind: 'setHas', column, member: value as string });
        break;
      case 'hasEvery':
      case 'hasSome': {
        if (value === null) throw new BadUserInputError(`${op} needs a list, but got null.`);
        const items = [...new Set(value as string[])].map((member): Filter => ({ kind: 'setHas', column, member }));
        // hasSome of nothing matches no row (an empty OR); hasEvery of nothing every row.
        filters.push(op === 'hasEvery' ? { kind: 'and', items } : { kind: 'or', items });
        break;
      }
    }
  }
  return filters;
}
