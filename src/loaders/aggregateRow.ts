/**
 * Aggregate results as relgraph hands them on: a count, and per function an object of column
 * values by attribute. The databases return aggregates in their own types — MariaDB a DECIMAL
 * string for `SUM` and `AVG` of integers, SQLite a number — so each value is normalized here to
 * the type the GraphQL field declares (`docs/graphql-surface.md`, "Aggregates").
 */
import { isIntegerKind, type TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import { aggregateAlias } from '../sql/aggregateStatements.js';
import type { AggregateQuery } from '../sql/ListQuery.js';

export interface AggregateRow {
  readonly count: number;
  readonly sum: Readonly<Record<string, unknown>>;
  readonly avg: Readonly<Record<string, unknown>>;
  readonly min: Readonly<Record<string, unknown>>;
  readonly max: Readonly<Record<string, unknown>>;
}

/** What an owner without related rows gets: a count of 0, every other aggregate null. */
export function emptyAggregate(query: AggregateQuery): AggregateRow {
  return decodeAggregate(undefined, { ...query }, undefined);
}

/**
 * @example
 * decodeAggregate(dialect, query, { count: 3, _rg_a0: '12' }) // { count: 3, sum: { price: '12' }, ... }
 */
export function decodeAggregate(
  dialect: Dialect | undefined,
  query: AggregateQuery,
  raw: Record<string, unknown> | undefined,
): AggregateRow {
  const row = { count: raw && query.count ? Number(raw['count']) : 0, sum: {}, avg: {}, min: {}, max: {} } as Record<string, unknown> &
    AggregateRow;
  query.functions.forEach(({ fn, column }, i) => {
    const value = raw?.[aggregateAlias(i)];
    (row[fn] as Record<string, unknown>)[column.attribute] =
      value === null || value === undefined ? null : decodeValue(dialect!, fn, column, value);
  });
  return row;
}

function decodeValue(dialect: Dialect, fn: 'sum' | 'avg' | 'min' | 'max', column: TableColumn, value: unknown): unknown {
  if (fn === 'min' || fn === 'max') return dialect.decode(column.type, value);
  const { kind } = column.type;
  if (fn === 'sum' && isIntegerKind(kind)) return integerString(value);
  if (kind === 'numeric') {
    // SQLite computes in floating point; MariaDB answers a DECIMAL string with its own scale.
    if (typeof value === 'number')
      return fn === 'sum' && column.type.scale !== undefined ? value.toFixed(column.type.scale) : String(value);
    return String(value);
  }
  return Number(value);
}

/** An integer sum as a decimal string: MariaDB's DECIMAL text, SQLite's number or bigint. */
function integerString(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(Math.trunc(value));
  return String(value);
}
