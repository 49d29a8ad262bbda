/**
 * What `buildSchema()` needs from the layer that runs queries. `schema/` never imports
 * `resolvers/`: the server passes these in, and `relgraph generate` passes none (SDL only).
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';

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
  /** A column that needs more than reading the row's value (a field an authorization rule hides). */
  column?(model: MappedModel, column: TableColumn): FieldResolver | undefined;
  /** `addParentChild` / `removeParentChild` / `setChildParent`. */
  link(relationship: MappedRelationship | MappedAssociationProxy, action: 'add' | 'remove' | 'set'): FieldResolver;
}

/**
 * Recorded in `field.extensions.relgraph` of every generated field, so that plugins (cost
 * limits, authorization) can tell what a field reads or writes without parsing its name.
 */
export type FieldOrigin =
  | { readonly kind: 'column'; readonly model: MappedModel; readonly attribute: string }
  | { readonly kind: 'relationship'; readonly relationship: MappedRelationship }
  | { readonly kind: 'proxy'; readonly proxy: MappedAssociationProxy }
  | { readonly kind: 'lookup' | 'list' | 'create' | 'update' | 'delete'; readonly model: MappedModel }
  | { readonly kind: 'link'; readonly action: 'add' | 'remove' | 'set'; readonly relationship: MappedRelationship | MappedAssociationProxy };

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
