/**
 * Counts the conditions of a `where` argument against `limits.filterSize`, so that a filter too
 * large for one statement is refused as BAD_USER_INPUT before any SQL rather than failing in the
 * database. What a filter costs the database: every value is a bind parameter (IN lists are
 * padded up to a power of two, so up to twice their length), and every condition one more node
 * of the statement's expression tree (SQLite refuses a tree deeper than 1,000; an `OR` of n
 * items is n deep).
 */
import type { MappedModel } from '../mapper/index.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';

/** Thrown out of the count once it passes the limit: nothing more needs to be read. */
class TooLarge extends Error {}

/**
 * Whether `where` has more conditions than `limit`: each comparison, each value of an `in` or
 * `notIn` list, each `AND` / `OR` item, each `NOT` and each relationship filter counts one.
 * Reads no further than the limit.
 *
 * @example
 * exceedsFilterSize(Parent, { OR: [{ id: { in: [1, 2, 3] } }, { name: { eq: 'a' } }] }, fields, 500)
 * // false: 2 OR items + 3 values + 1 comparison = 6
 */
export function exceedsFilterSize(model: MappedModel, where: Record<string, unknown>, fields: FieldIndex, limit: number): boolean {
  let count = 0;
  const add = (n: number) => {
    count += n;
    if (count > limit) throw new TooLarge();
  };
  const walk = (current: MappedModel, filter: Record<string, unknown>): void => {
    for (const [name, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      if (name === 'AND' || name === 'OR') {
        for (const part of value as Record<string, unknown>[]) {
          add(1);
          walk(current, part);
        }
        continue;
      }
      if (name === 'NOT') {
        add(1);
        walk(current, value as Record<string, unknown>);
        continue;
      }
      const field = fields.field(current, name);
      if (!field) continue;
      if (!('kind' in field)) {
        for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
          if (operand !== undefined) add((op === 'in' || op === 'notIn') && Array.isArray(operand) ? Math.max(1, operand.length) : 1);
        }
      } else if (field.kind === 'associationProxy' || field.uselist) {
        for (const quantifier of ['some', 'none', 'every']) {
          const inner = (value as Record<string, unknown>)[quantifier];
          if (inner === undefined || inner === null) continue;
          add(1);
          walk(field.target, inner as Record<string, unknown>);
        }
      } else {
        add(1);
        walk(field.target, value as Record<string, unknown>);
      }
    }
  };
  try {
    walk(model, where);
    return false;
  } catch (error) {
    if (error instanceof TooLarge) return true;
    throw error;
  }
}
