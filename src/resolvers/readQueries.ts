/**
 * What each read field asks the loaders for, decided in one place for both executors: the
 * resolvers (graphql-js, a field at a time) and the plan executor (`execute/`, a level at a
 * time). Each function checks what the viewer may read first, and throws what a resolver would.
 */
import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { ListQuery } from '../sql/ListQuery.js';
import type { Access } from './Access.js';
import { includedToOne } from './includedToOne.js';
import { readListArgs, type FieldIndex, type ListArgs, type ListLimits } from './readListArgs.js';

export interface ReadQueries {
  /** The primary key from `id: 1`, or `leftId: 1, rightId: 2`, in key-column order. */
  keyFromArgs(model: MappedModel, args: Record<string, unknown>): unknown[];
  /** `Query.parents(...)`: the list, its default limit, and the to-one rows it joins in. */
  rootList(model: MappedModel, args: ListArgs, access: Access, fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): ListQuery;
  /** `Parent.children(...)`, through a relationship or an association proxy. */
  relatedList(field: MappedRelationship | MappedAssociationProxy, args: ListArgs, access: Access, fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): ListQuery;
  /** `Child.parent`: throws when the viewer may not read it; the query for a to-one not by primary key. */
  toOne(relationship: MappedRelationship, access: Access): ListQuery;
  /** Throws FORBIDDEN when a policy hides this field from the viewer. */
  assertVisible(model: MappedModel, attribute: string, access: Access): void;
  /** Whether a policy hides this field from some viewers (only those fields need a check). */
  isGuarded(model: MappedModel, attribute: string): boolean;
}

export function createReadQueries(inflection: Inflection, limits: ListLimits, fields: FieldIndex, guardedFields: ReadonlySet<string>): ReadQueries {
  const isGuarded = (model: MappedModel, attribute: string) => guardedFields.has(`${model.name}.${attribute}`);
  // A to-one's query has no arguments: one per relationship, made once.
  const toOneQueries = new Map<MappedRelationship, ListQuery>();
  return {
    keyFromArgs: (model, args) => model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]),

    rootList(model, args, access, fieldNodes, fragments) {
      access.assertReadable(model);
      const query = readListArgs(model, args, fields, limits, { order: [], limit: limits.defaultLimit }, access);
      return { ...query, include: includedToOne(model, fieldNodes, fragments, fields) };
    },

    relatedList(field, args, access, fieldNodes, fragments) {
      if (field.kind === 'associationProxy') {
        if (isGuarded(field.owner, field.name)) access.assertFieldVisible(field.owner, field.name);
        access.assertReadable(field.relationship.target);
        access.assertReadable(field.target);
        const query = readListArgs(field.target, args, fields, limits, { order: [], limit: undefined }, access);
        return { ...query, include: includedToOne(field.target, fieldNodes, fragments, fields) };
      }
      if (isGuarded(field.owner, field.name)) access.assertFieldVisible(field.owner, field.name);
      access.assertReadable(field.target);
      const query = readListArgs(field.target, args, fields, limits, { order: field.orderBy, limit: undefined }, access);
      return { ...query, include: includedToOne(field.target, fieldNodes, fragments, fields) };
    },

    toOne(relationship, access) {
      if (isGuarded(relationship.owner, relationship.name)) access.assertFieldVisible(relationship.owner, relationship.name);
      access.assertReadable(relationship.target);
      let query = toOneQueries.get(relationship);
      if (!query) {
        query = readListArgs(relationship.target, {}, fields, limits, { order: relationship.orderBy, limit: undefined });
        toOneQueries.set(relationship, query);
      }
      return query;
    },

    assertVisible: (model, attribute, access) => access.assertFieldVisible(model, attribute),
    isGuarded,
  };
}
