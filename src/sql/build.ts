/** Small constructors for `statements.ts` nodes, so that builders read like the SQL they make. */
import type { ColumnType } from '../declare/index.js';
import type { ColumnRef, Expr, Select, SelectColumn, TableRef, ValueNode } from './statements.js';

export function col(table: string, name: string): ColumnRef {
  return { kind: 'column', table, name };
}

export function val(value: unknown, type?: ColumnType): ValueNode {
  return { kind: 'value', value, type };
}

export function eq(left: Expr, right: Expr): Expr {
  return { kind: 'compare', op: '=', left, right };
}

/** `AND` of the items; one item is itself, none is TRUE. */
export function and(items: readonly (Expr | undefined)[]): Expr {
  const present = items.filter((item): item is Expr => item !== undefined);
  if (present.length === 0) return { kind: 'literal', value: true };
  if (present.length === 1) return present[0]!;
  return { kind: 'and', items: present };
}

export function or(items: readonly Expr[]): Expr {
  if (items.length === 0) return { kind: 'literal', value: false };
  if (items.length === 1) return items[0]!;
  return { kind: 'or', items };
}

/** `(columns) IN (rows)`, each row a tuple of values in column order. */
export function inList(columns: readonly ColumnRef[], rows: ReadonlyArray<readonly ValueNode[]>, negated = false): Expr {
  return { kind: 'in', columns, rows, negated };
}

export function select(
  from: TableRef,
  columns: readonly SelectColumn[],
  parts: Partial<Omit<Select, 'kind' | 'from' | 'columns'>> = {},
): Select {
  return { kind: 'select', from, columns, joins: [], where: undefined, orderBy: [], limit: undefined, offset: undefined, ...parts };
}
