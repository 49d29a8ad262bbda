/**
 * What a list asks for, in the mapper's terms rather than GraphQL's: a filter over columns and
 * relationships, an order, a page. `reads/` builds it from GraphQL arguments (`arguments/readListArgs.ts`); `sql/` turns
 * it into statements; an authorization rule can AND its own filter into it.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship, OrderTerm } from '../mapper/index.js';

export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

export type Filter =
  | { readonly kind: 'and' | 'or'; readonly items: readonly Filter[] }
  | { readonly kind: 'not'; readonly item: Filter }
  | { readonly kind: 'compare'; readonly column: TableColumn; readonly op: ComparisonOp; readonly value: unknown }
  | { readonly kind: 'in'; readonly column: TableColumn; readonly values: readonly unknown[]; readonly negated: boolean }
  | { readonly kind: 'isNull'; readonly column: TableColumn; readonly isNull: boolean }
  | { readonly kind: 'like'; readonly column: TableColumn; readonly pattern: string }
  /** A `Set` column has this member. */
  | { readonly kind: 'setHas'; readonly column: TableColumn; readonly member: string }
  /**
   * A condition on related rows: `some` / `none` / `every` for lists; `is` for a scalar (the
   * related row exists and matches).
   */
  | {
      readonly kind: 'related';
      readonly relationship: MappedRelationship | MappedAssociationProxy;
      readonly quantifier: 'some' | 'none' | 'every' | 'is';
      readonly filter: Filter | undefined;
    };

export interface ListQuery {
  readonly filter: Filter | undefined;
  /**
   * Many-to-one relationships of the listed model, by primary key, whose rows come in the same
   * statement (LEFT JOIN): the query also asks for them, and they cost no statement of their own.
   */
  readonly include?: readonly MappedRelationship[];
  /**
   * The listed model's columns to select, in the model's order; all when absent. The plan
   * executor asks only for what the operation reads (and the keys it joins on); such partial
   * rows never stand in for whole ones in the loaders' caches.
   */
  readonly columns?: readonly TableColumn[];
  /**
   * Columns of the link table to select with each row, when the list goes through a link table
   * mapped as a model (an association object): a connection's edges carry them.
   */
  readonly linkColumns?: readonly TableColumn[];
  /** Already complete: ends with the primary key, so every order is total and stable. */
  readonly orderBy: readonly OrderTerm[];
  readonly limit: number | undefined;
  readonly offset: number | undefined;
}

/** What an aggregate field asks for: `COUNT(*)` and the column aggregates, over the rows matching `filter`. */
export interface AggregateQuery {
  readonly filter: Filter | undefined;
  readonly count: boolean;
  readonly functions: ReadonlyArray<{ readonly fn: 'sum' | 'avg' | 'min' | 'max'; readonly column: TableColumn }>;
}

/**
 * The rows of each model a request may see (an authorization rule's row filter), ANDed into
 * every statement that reads the model: lists, lookups, batched loads and the subqueries of
 * relationship filters. Undefined: all rows.
 */
export type ReadScope = (model: MappedModel) => Filter | undefined;
