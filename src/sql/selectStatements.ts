/**
 * The SELECTs of the read path: a root list, rows by key, and related rows for a batch of
 * owners (with a page per owner when the list is paged). Each is one statement however many
 * owners the batch holds.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedModel } from '../mapper/index.js';
import { Aliases } from './Aliases.js';
import { and, col, val } from './build.js';
import { filterToExpr, linkScopeExpr, scopeExpr } from './filterToExpr.js';
import type { ListQuery, ReadScope } from './ListQuery.js';
import { joinLink, type RelatedPath } from './relatedPath.js';
import type { ColumnRef, Expr, Join, OrderItem, Select, SelectColumn, ValueNode, WindowedSelect } from './statements.js';

/** Rows keep attribute names as keys; owner keys of a batch come back as `_rg_k0`, `_rg_k1`, ... */
export function keyAlias(i: number): string {
  return `_rg_k${i}`;
}

/** `columns` (the model's own order) or, when absent, every column of `model`, aliased by attribute. */
export function modelColumns(model: MappedModel, alias: string, columns: readonly TableColumn[] = model.columns): SelectColumn[] {
  return columns.map((column) => ({ expr: col(alias, column.name), alias: column.attribute }));
}

/** The alias of attribute `attribute` of the `i`th included to-one relationship: `_rg_j0_name`. */
export function includeAlias(i: number, attribute: string): string {
  return `${includePrefix(i)}${attribute}`;
}

export function includePrefix(i: number): string {
  return `_rg_j${i}_`;
}

/** The alias of a link-table column selected for a connection's edge: `_rg_l_extra_data`. */
export const linkPrefix = '_rg_l_';

/**
 * LEFT JOINs for the to-one relationships a list includes, with the viewer's row filter in the
 * ON clause: a target the viewer may not see comes back as NULLs, as a lookup would find nothing.
 */
function includeJoins(
  query: ListQuery,
  alias: string,
  aliases: Aliases,
  scope: ReadScope | undefined,
): { joins: Join[]; columns: SelectColumn[] } {
  const joins: Join[] = [];
  const columns: SelectColumn[] = [];
  for (const [i, relationship] of (query.include ?? []).entries()) {
    const target = aliases.next();
    const on = and([
      ...relationship.join.map(
        (pair) => ({ kind: 'compare', op: '=', left: col(target, pair.remote.name), right: col(alias, pair.local.name) }) as Expr,
      ),
      scopeExpr(scope, relationship.target, target, aliases),
    ]);
    joins.push({ table: relationship.target.table.name, alias: target, on, type: 'left' });
    for (const column of relationship.target.columns)
      columns.push({ expr: col(target, column.name), alias: includeAlias(i, column.attribute) });
  }
  return { joins, columns };
}

function orderItems(query: ListQuery, alias: string): OrderItem[] {
  return query.orderBy.map((term) => ({ expr: col(alias, term.column.name), descending: term.descending }));
}

/**
 * @example
 * // { parents(where: { name: { like: "a%" } }, limit: 10) { id } }
 * // SELECT t0.id AS id, t0.name AS name FROM parent AS t0 WHERE t0.name LIKE ? ESCAPE ? ORDER BY t0.id ASC LIMIT ?
 */
export function selectList(model: MappedModel, query: ListQuery, scope?: ReadScope): Select {
  const aliases = new Aliases();
  const alias = aliases.next();
  const included = includeJoins(query, alias, aliases, scope);
  return {
    kind: 'select',
    columns: [...modelColumns(model, alias, query.columns), ...included.columns],
    from: { table: model.table.name, alias },
    joins: included.joins,
    where: optionalAnd([
      query.filter ? filterToExpr(query.filter, alias, aliases, scope) : undefined,
      scopeExpr(scope, model, alias, aliases),
    ]),
    orderBy: orderItems(query, alias),
    limit: query.limit,
    offset: query.offset,
  };
}

/**
 * Rows of `model` whose `columns` take one of the `keys` (tuples in column order).
 *
 * @example
 * // SELECT t0.id AS id, t0.name AS name, t0.id AS _rg_k0 FROM parent AS t0 WHERE t0.id IN (?, ?, ?, ?)
 */
export function selectByKeys(
  model: MappedModel,
  columns: readonly TableColumn[],
  keys: ReadonlyArray<readonly unknown[]>,
  filter?: ListQuery['filter'],
  scope?: ReadScope,
): Select {
  const aliases = new Aliases();
  const alias = aliases.next();
  const refs = columns.map((c) => col(alias, c.name));
  return {
    kind: 'select',
    columns: [...modelColumns(model, alias), ...refs.map((expr, i) => ({ expr, alias: keyAlias(i) }))],
    from: { table: model.table.name, alias },
    joins: [],
    where: and([
      keyMatch(refs, columns, keys),
      filter ? filterToExpr(filter, alias, aliases, scope) : undefined,
      scopeExpr(scope, model, alias, aliases),
    ]),
    orderBy: [],
    limit: undefined,
    offset: undefined,
  };
}

/**
 * Related rows for a batch of owners, each row carrying its owner's key as `_rg_k*`. With a
 * limit or offset the page applies per owner (`ROW_NUMBER() OVER (PARTITION BY <owner key>)`).
 *
 * @example
 * // { parents { children(limit: 2) { id } } }, many-to-many through association:
 * // SELECT * FROM (SELECT t0.id AS id, t1.left_id AS _rg_k0, ROW_NUMBER() OVER (PARTITION BY t1.left_id
 * //   ORDER BY t0.id ASC) AS _rg_rn FROM right AS t0 INNER JOIN association AS t1 ON t1.right_id = t0.id
 * //   WHERE t1.left_id IN (?, ?)) AS _rg_page WHERE _rg_rn > ? AND _rg_rn <= ? ORDER BY _rg_rn
 */
export function selectRelated(
  path: RelatedPath,
  keys: ReadonlyArray<readonly unknown[]>,
  query: ListQuery,
  scope?: ReadScope,
): Select | WindowedSelect {
  const aliases = new Aliases();
  const alias = aliases.next();
  const { joins, keyRefs, linkAlias } = joinLink(path, alias, aliases);
  const included = includeJoins(query, alias, aliases, scope);
  const linked =
    linkAlias && query.linkColumns
      ? query.linkColumns.map((column) => ({ expr: col(linkAlias, column.name), alias: `${linkPrefix}${column.attribute}` }))
      : [];
  const rest = [
    query.filter ? filterToExpr(query.filter, alias, aliases, scope) : undefined,
    scopeExpr(scope, path.target, alias, aliases),
    linkScopeExpr(scope, path, linkAlias, aliases),
  ];
  const select: Select = {
    kind: 'select',
    columns: [
      ...modelColumns(path.target, alias, query.columns),
      ...keyRefs.map((expr, i) => ({ expr, alias: keyAlias(i) })),
      ...included.columns,
      ...linked,
    ],
    from: { table: path.target.table.name, alias },
    joins: [...joins, ...included.joins],
    where: and([keyMatch(keyRefs, path.keyColumns, keys), ...rest]),
    orderBy: orderItems(query, alias),
    limit: undefined,
    offset: undefined,
  };
  if (query.limit === undefined && query.offset === undefined) return select;
  return {
    kind: 'windowedSelect',
    select: { ...select, where: optionalAnd(rest) },
    partitionBy: keyRefs,
    keys: keyValues(path.keyColumns, keys),
    limit: query.limit,
    offset: query.offset ?? 0,
  };
}

/** AND of the present items, or undefined when none is. */
export function optionalAnd(items: ReadonlyArray<Expr | undefined>): Expr | undefined {
  return items.some((item) => item !== undefined) ? and(items) : undefined;
}

export function keyMatch(refs: readonly ColumnRef[], columns: readonly TableColumn[], keys: ReadonlyArray<readonly unknown[]>): Expr {
  return { kind: 'in', columns: refs, rows: keyValues(columns, keys), negated: false };
}

function keyValues(columns: readonly TableColumn[], keys: ReadonlyArray<readonly unknown[]>): ValueNode[][] {
  return keys.map((key) => key.map((value, i) => val(value, columns[i]!.type)));
}
