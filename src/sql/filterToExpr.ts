/**
 * Turns a `Filter` into a SQL expression over a table alias. Conditions on related rows become
 * `EXISTS` subqueries correlated to the outer row, so they never multiply the outer rows.
 */
import type { TableColumn } from '../declare/index.js';
import type { Aliases } from './Aliases.js';
import { and, col, or, val } from './build.js';
import type { Filter, ReadScope } from './ListQuery.js';
import { relatedPath, joinToOwner, type RelatedPath } from './relatedPath.js';
import type { MappedModel } from '../mapper/index.js';
import type { Expr, Select } from './statements.js';

const operators = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/**
 * @example
 * filterToExpr({ kind: 'compare', column: childName, op: 'eq', value: 'x' }, 't0', new Aliases())
 * // renders as `t0`.`name` = ?   (SQLite: "t0"."name" = ?)
 */
export function filterToExpr(filter: Filter, alias: string, aliases: Aliases, scope?: ReadScope): Expr {
  switch (filter.kind) {
    case 'and':
      return and(filter.items.map((item) => filterToExpr(item, alias, aliases, scope)));
    case 'or':
      return or(filter.items.map((item) => filterToExpr(item, alias, aliases, scope)));
    case 'not':
      return { kind: 'not', expr: filterToExpr(filter.item, alias, aliases, scope) };
    case 'compare':
      return { kind: 'compare', op: operators[filter.op], left: ref(alias, filter.column), right: val(filter.value, filter.column.type) };
    case 'in':
      return {
        kind: 'in',
        columns: [ref(alias, filter.column)],
        rows: filter.values.map((v) => [val(v, filter.column.type)]),
        negated: filter.negated,
      };
    case 'isNull':
      return { kind: 'isNull', expr: ref(alias, filter.column), negated: !filter.isNull };
    case 'like':
      return { kind: 'like', expr: ref(alias, filter.column), pattern: val(filter.pattern, undefined) };
    case 'setHas':
      return { kind: 'setHas', expr: ref(alias, filter.column), member: val(filter.member, undefined) };
    case 'related':
      return relatedExpr(filter, alias, aliases, scope);
  }
}

/**
 * `some`: EXISTS a related row that matches. `none`: NOT EXISTS one. `every`: NOT EXISTS a
 * related row that does not match. `is` (scalars): EXISTS the related row, matching.
 */
function relatedExpr(filter: Extract<Filter, { kind: 'related' }>, alias: string, aliases: Aliases, scope: ReadScope | undefined): Expr {
  const path = relatedPath(filter.relationship);
  const targetAlias = aliases.next();
  const { joins, correlation, linkAlias } = joinToOwner(path, targetAlias, alias, aliases);
  const condition = filter.filter ? filterToExpr(filter.filter, targetAlias, aliases, scope) : undefined;
  // Rows the viewer may not see do not exist for a filter either, or it could probe them.
  const visible = and([scopeExpr(scope, path.target, targetAlias, aliases), linkScopeExpr(scope, path, linkAlias, aliases)]);
  const matching = filter.quantifier === 'every' && condition ? ({ kind: 'not', expr: condition } as Expr) : condition;
  const subquery: Select = {
    kind: 'select',
    columns: [],
    from: { table: path.target.table.name, alias: targetAlias },
    joins,
    where: and([correlation, visible, filter.quantifier === 'every' && !condition ? { kind: 'literal', value: false } : matching]),
    orderBy: [],
    limit: undefined,
    offset: undefined,
  };
  const exists: Expr = { kind: 'exists', select: subquery };
  return filter.quantifier === 'none' || filter.quantifier === 'every' ? { kind: 'not', expr: exists } : exists;
}

/** The viewer's row filter for `model`, over `alias`; undefined when every row is visible. */
export function scopeExpr(scope: ReadScope | undefined, model: MappedModel, alias: string, aliases: Aliases): Expr | undefined {
  const filter = scope?.(model);
  return filter ? filterToExpr(filter, alias, aliases, scope) : undefined;
}

/** The row filter of an association model whose table is the link of a proxy. */
export function linkScopeExpr(
  scope: ReadScope | undefined,
  path: RelatedPath,
  linkAlias: string | undefined,
  aliases: Aliases,
): Expr | undefined {
  const association = path.via?.table.model;
  return association && linkAlias ? scopeExpr(scope, association, linkAlias, aliases) : undefined;
}

export function ref(alias: string, column: TableColumn): Extract<Expr, { kind: 'column' }> {
  return col(alias, column.name);
}
