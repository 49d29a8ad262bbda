/**
 * How rows of a relationship's target are reached from an owner row: directly (the target's
 * columns hold the owner's values, or the other way round), or through a link table (the
 * `secondary` of a many-to-many, or the association table of an association proxy).
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship, MappedTable } from '../mapper/index.js';
import type { Aliases } from './Aliases.js';
import { and, col } from './build.js';
import type { ColumnRef, Expr, Join } from './statements.js';

export interface RelatedPath {
  readonly target: MappedModel;
  /** Owner columns whose values identify the related rows. */
  readonly ownerColumns: readonly TableColumn[];
  /** Columns matched against `ownerColumns`, in order: on the link table if any, else on the target. */
  readonly keyColumns: readonly TableColumn[];
  /** The link table and how its rows join the target's. */
  readonly via:
    | { readonly table: MappedTable; readonly pairs: ReadonlyArray<{ readonly link: TableColumn; readonly target: TableColumn }> }
    | undefined;
}

/**
 * @example
 * relatedPath(Parent.children)   // one-to-many: ownerColumns [parent.id], keyColumns [child.parent_id]
 * relatedPath(Parent.children)   // many-to-many: keyColumns [association.left_id], via association
 */
export function relatedPath(relationship: MappedRelationship | MappedAssociationProxy): RelatedPath {
  if (relationship.kind === 'associationProxy') {
    const { relationship: toAssociation, attribute } = relationship;
    return {
      target: relationship.target,
      ownerColumns: toAssociation.join.map((p) => p.local),
      keyColumns: toAssociation.join.map((p) => p.remote),
      via: { table: toAssociation.target.table, pairs: attribute.join.map((p) => ({ link: p.local, target: p.remote })) },
    };
  }
  const ownerColumns = relationship.join.map((p) => p.local);
  const keyColumns = relationship.join.map((p) => p.remote);
  if (relationship.secondary) {
    return {
      target: relationship.target,
      ownerColumns,
      keyColumns,
      via: { table: relationship.secondary, pairs: relationship.secondaryJoin.map((p) => ({ link: p.secondary, target: p.target })) },
    };
  }
  return { target: relationship.target, ownerColumns, keyColumns, via: undefined };
}

/**
 * The join to the link table (if any) and the columns holding the owner's values, for a
 * target aliased `targetAlias`.
 */
export function joinLink(
  path: RelatedPath,
  targetAlias: string,
  aliases: Aliases,
): { joins: Join[]; keyRefs: ColumnRef[]; linkAlias: string | undefined } {
  if (!path.via) return { joins: [], keyRefs: path.keyColumns.map((c) => col(targetAlias, c.name)), linkAlias: undefined };
  const linkAlias = aliases.next();
  const on = and(
    path.via.pairs.map(
      (p) => ({ kind: 'compare', op: '=', left: col(linkAlias, p.link.name), right: col(targetAlias, p.target.name) }) as Expr,
    ),
  );
  return {
    joins: [{ table: path.via.table.name, alias: linkAlias, on }],
    keyRefs: path.keyColumns.map((c) => col(linkAlias, c.name)),
    linkAlias,
  };
}

/** As `joinLink`, plus the condition tying the key columns to an outer owner row (for EXISTS). */
export function joinToOwner(
  path: RelatedPath,
  targetAlias: string,
  ownerAlias: string,
  aliases: Aliases,
): { joins: Join[]; correlation: Expr; linkAlias: string | undefined } {
  const { joins, keyRefs, linkAlias } = joinLink(path, targetAlias, aliases);
  const correlation = and(
    keyRefs.map((ref, i) => ({ kind: 'compare', op: '=', left: ref, right: col(ownerAlias, path.ownerColumns[i]!.name) }) as Expr),
  );
  return { joins, correlation, linkAlias };
}
