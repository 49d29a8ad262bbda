/**
 * Whether a row that is gone still passes a filter, judged from its last image: what decides if
 * a subscriber hears of a DELETED row, which no SELECT can find any more. Column conditions are
 * evaluated here; a condition the image cannot answer — through a relationship, a LIKE pattern
 * or a set column, whose meaning depends on the database's collation — answers false, so that
 * an event is withheld rather than shown to a subscriber who might not have been allowed it.
 */
import type { Filter } from '../sql/ListQuery.js';
import { decodeValue, type EncodedValue } from '../session/ChangeLog.js';

export function matchesImage(filter: Filter | undefined, image: Readonly<Record<string, EncodedValue>>): boolean {
  return filter === undefined || evaluate(filter, image) === true;
}

/** SQL's three values: true, false, or null (unknown), so that NOT of unknown stays unknown. */
function evaluate(filter: Filter, image: Readonly<Record<string, EncodedValue>>): boolean | null {
  switch (filter.kind) {
    case 'and': {
      let result: boolean | null = true;
      for (const item of filter.items) {
        const value = evaluate(item, image);
        if (value === false) return false;
        if (value === null) result = null;
      }
      return result;
    }
    case 'or': {
      let result: boolean | null = false;
      for (const item of filter.items) {
        const value = evaluate(item, image);
        if (value === true) return true;
        if (value === null) result = null;
      }
      return result;
    }
    case 'not': {
      const value = evaluate(filter.item, image);
      return value === null ? null : !value;
    }
    case 'isNull': {
      if (!(filter.column.attribute in image)) return null;
      return (image[filter.column.attribute] === null) === filter.isNull;
    }
    case 'compare': {
      const value = columnValue(image, filter.column.attribute);
      if (value === undefined || value === null || filter.value === null || filter.value === undefined) return null;
      const order = compare(value, filter.value);
      if (order === undefined) return null;
      switch (filter.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'lt':
          return order < 0;
        case 'lte':
          return order <= 0;
        case 'gt':
          return order > 0;
        case 'gte':
          return order >= 0;
      }
      return null;
    }
    case 'in': {
      const value = columnValue(image, filter.column.attribute);
      if (value === undefined || value === null) return null;
      const found = filter.values.some((candidate) => compare(value, candidate) === 0);
      return filter.negated ? !found : found;
    }
    case 'like':
    case 'setHas':
    case 'related':
      return null;
  }
}

function columnValue(image: Readonly<Record<string, EncodedValue>>, attribute: string): unknown {
  return attribute in image ? decodeValue(image[attribute]!) : undefined;
}

/**
 * Numbers, bigints and dates by value; strings only when equal byte for byte or clearly ordered
 * in both the binary and a case-insensitive collation (MariaDB compares `'a' = 'A'` true): a
 * comparison the collation could answer otherwise is unknown.
 */
function compare(a: unknown, b: unknown): number | undefined {
  if (a instanceof Date) a = a.getTime();
  if (b instanceof Date) b = b.getTime();
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') {
    if (a === b) return 0;
    const binary = a < b ? -1 : 1;
    const folded = a.toLowerCase() === b.toLowerCase() ? 0 : a.toLowerCase() < b.toLowerCase() ? -1 : 1;
    return binary === folded ? binary : undefined;
  }
  return undefined;
}
