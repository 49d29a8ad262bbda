/**
 * What `buildSchema()` needs from the layer that runs queries. `schema/` never imports
 * `resolvers/`: the server passes these in, and `relgraph generate` passes none (SDL only).
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import type { AggregateFunction, MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';

/** A list field: a root list (its model), or a list relationship or association proxy. */
export type ListSource = MappedModel | MappedRelationship | MappedAssociationProxy;

export type FieldResolver = GraphQLFieldResolver<any, any, any>;

export interface SchemaResolvers {
  /** `Query.parent(id)`. */
  lookup(model: MappedModel): FieldResolver;
  /** `Query.parents(where, orderBy, limit, offset)`. */
  list(model: MappedModel): FieldResolver;
  /** `Parent.children`, `Child.parent`. */
  relationship(relationship: MappedRelationship): FieldResolver;
  /** `Parent.children` through an association proxy. */
  proxy(proxy: MappedAssociationProxy): FieldResolver;
  create(model: MappedModel): FieldResolver;
  update(model: MappedModel): FieldResolver;
  delete(model: MappedModel): FieldResolver;
  /** `Mutation.previewDeleteParent(id)`: what `delete` would do, without doing it. */
  previewDelete?(model: MappedModel): FieldResolver;
  /** A column that needs more than reading the row's value (a field an authorization rule hides). */
  column?(model: MappedModel, column: TableColumn): FieldResolver | undefined;
  /** `addParentChild` / `removeParentChild` / `setChildParent`. */
  link(relationship: MappedRelationship | MappedAssociationProxy, action: 'add' | 'remove' | 'set'): FieldResolver;
  /** `Query.parentsConnection`, `Parent.childrenConnection`. */
  connection(list: ListSource): FieldResolver;
  /** `Query.parentsAggregate`, `Parent.childrenAggregate`. */
  aggregate(list: ListSource): FieldResolver;
  /** The fields of the objects `connection` and `aggregate` answer with. */
  readonly parts: PartResolvers;
  /** `Subscription.parentChanged(where)`: absent, and the schema has no subscriptions. */
  rowChanges?(model: MappedModel): SubscriptionResolver;
  /** `Subscription.parentChildrenChanged(id)`. */
  linkChanges?(relationship: MappedRelationship): SubscriptionResolver;
}

/** A subscription field: `subscribe` gives the events, `resolve` each one's payload. */
export interface SubscriptionResolver {
  readonly subscribe: FieldResolver;
  readonly resolve: FieldResolver;
}

/** Resolvers of connection, edge, page-info and aggregate fields; each reads what its parent field resolved to. */
export interface PartResolvers {
  connection(part: 'edges' | 'nodes' | 'pageInfo' | 'totalCount'): FieldResolver;
  edge(part: 'cursor' | 'node'): FieldResolver;
  /** An association object's column on an edge. */
  edgeColumn(association: MappedModel, column: TableColumn): FieldResolver;
  pageInfo(part: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'): FieldResolver;
  aggregate(part: 'count' | AggregateFunction): FieldResolver;
  /** A column's value under `sum`, `avg`, `min` or `max`. */
  aggregateColumn(model: MappedModel, column: TableColumn): FieldResolver;
}

/**
 * Recorded in `field.extensions.relgraph` of every generated field, so that plugins (cost
 * limits, authorization) can tell what a field reads or writes without parsing its name.
 */
export type FieldOrigin =
  | { readonly kind: 'column'; readonly model: MappedModel; readonly attribute: string }
  | { readonly kind: 'relationship'; readonly relationship: MappedRelationship }
  | { readonly kind: 'proxy'; readonly proxy: MappedAssociationProxy }
  | { readonly kind: 'lookup' | 'list' | 'create' | 'update' | 'delete' | 'previewDelete' | 'rowChanges'; readonly model: MappedModel }
  | { readonly kind: 'linkChanges'; readonly relationship: MappedRelationship }
  | { readonly kind: 'link'; readonly action: 'add' | 'remove' | 'set'; readonly relationship: MappedRelationship | MappedAssociationProxy }
  /** `list` is the relationship or proxy; undefined for a root field. `model` is the model listed. */
  | {
      readonly kind: 'connection' | 'aggregate';
      readonly model: MappedModel;
      readonly list: MappedRelationship | MappedAssociationProxy | undefined;
    }
  | { readonly kind: 'connectionPart'; readonly part: 'edges' | 'nodes' | 'pageInfo' | 'totalCount' }
  | { readonly kind: 'edgePart'; readonly part: 'cursor' | 'node' }
  | { readonly kind: 'edgeColumn'; readonly model: MappedModel; readonly attribute: string }
  | { readonly kind: 'pageInfoPart'; readonly part: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' }
  | { readonly kind: 'aggregatePart'; readonly part: 'count' | AggregateFunction }
  | { readonly kind: 'aggregateColumn'; readonly fn: AggregateFunction; readonly model: MappedModel; readonly attribute: string };

const generated = new WeakSet<object>();

/**
 * Records a resolver as relgraph's own, so that the plan executor (`execute/`) may answer its
 * field without calling it. A field whose resolver someone replaced is not planned: its
 * operation runs on graphql-js, which calls the replacement.
 */
export function markGenerated<F extends FieldResolver>(resolve: F): F {
  generated.add(resolve);
  return resolve;
}

export function isGeneratedResolver(resolve: unknown): boolean {
  return typeof resolve === 'function' && generated.has(resolve);
}
