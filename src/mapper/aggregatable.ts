/**
 * Which columns each aggregate function takes, decided here for the schema (which fields the
 * `…SumFields` types have) and the resolvers (what the statement computes) alike.
 */
import type { ColumnKind, TableColumn } from '../declare/index.js';
import type { MappedModel } from './types.js';

export type AggregateFunction = 'sum' | 'avg' | 'min' | 'max';

export const aggregateFunctions: readonly AggregateFunction[] = ['sum', 'avg', 'min', 'max'];

const numeric: ReadonlySet<ColumnKind> = new Set(['integer', 'bigInteger', 'smallInteger', 'tinyInteger', 'float', 'numeric']);
/** Kinds both dialects order the same way: numbers, years, text (by the column's collation), dates and times. */
const ordered: ReadonlySet<ColumnKind> = new Set([...numeric, 'year', 'string', 'text', 'date', 'dateTime', 'time']);

/**
 * `sum` and `avg` take numeric columns; `min` and `max` also years, text, dates and times.
 * Booleans, enums, sets, bytes and JSON take none: their order differs between MySQL and SQLite, or has no meaning.
 */
export function aggregatableColumns(model: MappedModel, fn: AggregateFunction): TableColumn[] {
  const kinds = fn === 'sum' || fn === 'avg' ? numeric : ordered;
  return model.columns.filter((column) => kinds.has(column.type.kind));
}
