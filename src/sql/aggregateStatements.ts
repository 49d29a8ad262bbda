/**
 * The SELECTs of aggregate fields: `COUNT(*)`, `SUM`, `AVG`, `MIN`, `MAX` over a root list's
 * rows, or over the related rows of a batch of owners with `GROUP BY` the owner key — one
 * statement for every owner of a level, the same as a list.
 */
import { isIntegerKind, type TableColumn } from '../declare/index.js';
import type { MappedModel } from '../mapper/index.js';
import { Aliases } from './Aliases.js';
import { and, col } from './build.js';
import { filterToExpr, linkScopeExpr, scopeExpr } from './filterToExpr.js';
import type { AggregateQuery, ReadScope } from './ListQuery.js';
import { joinLink, type RelatedPath } from './relatedPath.js';
import { keyAlias, keyMatch, optionalAnd } from './selectStatements.js';
import type { Select, SelectColumn } from './statements.js';

/** `count`, then `_rg_a0`, `_rg_a1`, ... in the order of `query.functions`. */
export function aggregateAlias(i: number): string {
  return `_rg_a${i}`;
}

function isInteger(column: TableColumn): boolean {
  return isIntegerKind(column.type.kind);
}

function aggregateColumns(query: AggregateQuery, alias: string): SelectColumn[] {
  return [
    ...(query.count ? [{ expr: { kind: 'aggregate', fn: 'count', arg: undefined }, alias: 'count' } as const] : []),
    ...query.functions.map(
      ({ fn, column }, i) =>
        ({
          expr: { kind: 'aggregate', fn, arg: col(alias, column.name), ...(fn === 'avg' && isInteger(column) ? { asDouble: true } : {}) },
          alias: aggregateAlias(i),
        }) as const,
    ),
  ];
}

/**
 * @example
 * // { parentsAggregate(where: { name: { like: "a%" } }) { count } }
 * // SELECT COUNT(*) AS count FROM parent AS t0 WHERE t0.name LIKE ? ESCAPE ?
 */
export function selectAggregate(model: MappedModel, query: AggregateQuery, scope?: ReadScope): Select {
  const aliases = new Aliases();
  const alias = aliases.next();
  return {
    kind: 'select',
    columns: aggregateColumns(query, alias),
    from: { table: model.table.name, alias },
    joins: [],
    where: optionalAnd([
      query.filter ? filterToExpr(query.filter, alias, aliases, scope) : undefined,
      scopeExpr(scope, model, alias, aliases),
    ]),
    orderBy: [],
    limit: undefined,
    offset: undefined,
  };
}

/**
 * Owners without related rows get no row back: the caller answers them with a count of 0.
 *
 * @example
 * // { parents { tagsAggregate { count } } }, many-to-many through parent_tag:
 * // SELECT t1.parent_id AS _rg_k0, COUNT(*) AS count FROM tag AS t0 INNER JOIN parent_tag AS t1
 * //   ON t1.tag_id = t0.id WHERE t1.parent_id IN (?, ?) GROUP BY t1.parent_id
 */
export function selectRelatedAggregate(
  path: RelatedPath,
  keys: ReadonlyArray<readonly unknown[]>,
  query: AggregateQuery,
  scope?: ReadScope,
): Select {
  const aliases = new Aliases();
  const alias = aliases.next();
  const { joins, keyRefs, linkAlias } = joinLink(path, alias, aliases);
  return {
    kind: 'select',
    columns: [...keyRefs.map((expr, i) => ({ expr, alias: keyAlias(i) })), ...aggregateColumns(query, alias)],
    from: { table: path.target.table.name, alias },
    joins,
    where: and([
      keyMatch(keyRefs, path.keyColumns, keys),
      query.filter ? filterToExpr(query.filter, alias, aliases, scope) : undefined,
      scopeExpr(scope, path.target, alias, aliases),
      linkScopeExpr(scope, path, linkAlias, aliases),
    ]),
    groupBy: keyRefs,
    orderBy: [],
    limit: undefined,
    offset: undefined,
  };
}
