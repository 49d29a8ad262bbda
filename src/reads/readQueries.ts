/**
 * What each read field asks the loaders for, decided in one place for both executors: the
 * resolvers (graphql-js, a field at a time) and the plan executor (`execute/`, a level at a
 * time). Each function checks what the viewer may read first, and throws what a resolver would.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from 'graphql';
import type { Inflection } from '../inflect/inflection.js';
import {
  aggregatableColumns,
  aggregateFunctions,
  edgeColumns,
  type AggregateFunction,
  type MappedAssociationProxy,
  type MappedModel,
  type MappedRelationship,
} from '../mapper/index.js';
import type { AggregateQuery, ListQuery } from '../sql/ListQuery.js';
import { readConnectionArgs, type ConnectionArgs, type ConnectionQuery } from '../arguments/readConnectionArgs.js';
import type { Access } from '../access/Access.js';
import { connectionNodeFields, includedToOne } from './includedToOne.js';
import { readListArgs, readWhere, type ListArgs, type ListLimits } from '../arguments/readListArgs.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { Policy } from '../policy/index.js';
import type { Row } from '../rows/Row.js';

/** Where one request reads: the viewer, and the request's loaders (`RelgraphContext['relgraph']` is one). */
export interface ReadScope {
  readonly access: Access;
  readonly loaders: Loaders;
}

/**
 * What a read looks at in its field's `GraphQLResolveInfo`: the field's nodes and the operation's
 * fragments for its selection, and the schema, variables and return type to collect an aggregate's.
 */
export type FieldSelection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'variableValues' | 'returnType'>;

/**
 * How a read field answers for one owner row (the root value, unused, for a root field): what its
 * graphql-js resolver returns, from the field's arguments, the request's scope and the selection.
 */
export type FieldReader<A, R> = (owner: Row, args: A, scope: ReadScope, selection: FieldSelection) => R;

/** The fields an aggregate's selection asks of each function: `sum { price pages }` → sum → {price, pages}. */
export type AggregateSelection = ReadonlyMap<AggregateFunction, ReadonlySet<string>>;

export interface ReadQueries {
  /** The primary key from `id: 1`, or `leftId: 1, rightId: 2`, in key-column order. */
  keyFromArgs(model: MappedModel, args: Record<string, unknown>): unknown[];
  /** `Query.parents(...)`: the list, its default limit, and the to-one rows it joins in. */
  rootList(
    model: MappedModel,
    args: ListArgs,
    access: Access,
    fieldNodes: readonly FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): ListQuery;
  /** `Parent.children(...)`, through a relationship or an association proxy. */
  relatedList(
    field: MappedRelationship | MappedAssociationProxy,
    args: ListArgs,
    access: Access,
    fieldNodes: readonly FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): ListQuery;
  /** `Query.parentsConnection(...)`: one page, and what its cursors and `totalCount` need. */
  rootConnection(
    model: MappedModel,
    args: ConnectionArgs,
    access: Access,
    fieldNodes: readonly FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): ConnectionQuery;
  /** `Parent.childrenConnection(...)`: one page per parent; edges through an association object carry its columns. */
  relatedConnection(
    field: MappedRelationship | MappedAssociationProxy,
    args: ConnectionArgs,
    access: Access,
    fieldNodes: readonly FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): ConnectionQuery;
  /** `Query.parentsAggregate(where)`, computing `count` and the column aggregates selected. */
  rootAggregate(
    model: MappedModel,
    where: Record<string, unknown> | null | undefined,
    selected: AggregateSelection,
    access: Access,
  ): AggregateQuery;
  /** `Parent.childrenAggregate(where)`. */
  relatedAggregate(
    field: MappedRelationship | MappedAssociationProxy,
    where: Record<string, unknown> | null | undefined,
    selected: AggregateSelection,
    access: Access,
  ): AggregateQuery;
  /** `Child.parent`: throws when the viewer may not read it; the query for a to-one not by primary key. */
  toOne(relationship: MappedRelationship, access: Access): ListQuery;
  /** Throws FORBIDDEN when a policy hides this field from the viewer. */
  assertVisible(model: MappedModel, attribute: string, access: Access): void;
  /** Whether a policy hides this field from some viewers (only those fields need a check). */
  isGuarded(model: MappedModel, attribute: string): boolean;
}

/**
 * @param policy only the fields it has rules for can be hidden from a viewer, and only they are
 *   checked when read.
 */
export function createReadQueries(inflection: Inflection, limits: ListLimits, fields: FieldIndex, policy?: Policy): ReadQueries {
  const guardedFields = new Set(
    Object.entries(policy?.models ?? {}).flatMap(([model, rules]) =>
      Object.keys(rules.fields ?? {}).map((attribute) => `${model}.${attribute}`),
    ),
  );
  const isGuarded = (model: MappedModel, attribute: string) => guardedFields.has(`${model.name}.${attribute}`);
  // A to-one's query has no arguments: one per relationship, made once.
  const toOneQueries = new Map<MappedRelationship, ListQuery>();
  return {
    keyFromArgs: (model, args) => model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]),

    rootList(model, args, access, fieldNodes, fragments) {
      access.assertReadable(model);
      const query = readListArgs(model, args, fields, limits, { order: [], limit: undefined }, access);
      return { ...query, include: includedToOne(model, fieldNodes, fragments, fields) };
    },

    relatedList(field, args, access, fieldNodes, fragments) {
      assertListReadable(field, access);
      const query = readListArgs(field.target, args, fields, limits, { order: defaultOrder(field), limit: undefined }, access);
      return { ...query, include: includedToOne(field.target, fieldNodes, fragments, fields) };
    },

    rootConnection(model, args, access, fieldNodes, fragments) {
      access.assertReadable(model);
      const name = `Query.${inflection.connectionField(inflection.listField(model))}`;
      const query = readConnectionArgs(model, name, args, fields, limits, [], access);
      return withIncluded(query, model, fieldNodes, fragments);
    },

    relatedConnection(field, args, access, fieldNodes, fragments) {
      assertListReadable(field, access);
      const name = `${inflection.typeName(field.owner)}.${inflection.connectionField(inflection.fieldName(field.name))}`;
      const query = withIncluded(
        readConnectionArgs(field.target, name, args, fields, limits, defaultOrder(field), access),
        field.target,
        fieldNodes,
        fragments,
      );
      const edge = edgeColumns(field);
      return edge ? { ...query, page: { ...query.page, linkColumns: edge.columns } } : query;
    },

    rootAggregate(model, where, selected, access) {
      access.assertReadable(model);
      return aggregateQuery(model, where, selected, access);
    },

    relatedAggregate(field, where, selected, access) {
      assertListReadable(field, access);
      return aggregateQuery(field.target, where, selected, access);
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

  /** A list through a relationship or proxy: the owner's field, and every model it reads, must be visible. */
  function assertListReadable(field: MappedRelationship | MappedAssociationProxy, access: Access): void {
    if (isGuarded(field.owner, field.name)) access.assertFieldVisible(field.owner, field.name);
    if (field.kind === 'associationProxy') access.assertReadable(field.relationship.target);
    access.assertReadable(field.target);
  }

  /** The page joins in the to-one rows its nodes read, as a list does. */
  function withIncluded(
    query: ConnectionQuery,
    model: MappedModel,
    fieldNodes: readonly FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): ConnectionQuery {
    const include = includedToOne(model, connectionNodeFields(fieldNodes, fragments), fragments, fields);
    return include.length > 0 ? { ...query, page: { ...query.page, include } } : query;
  }

  /**
   * Only the columns selected are aggregated: a column nobody asked for costs nothing, and
   * cannot fail the field (SQLite's SUM of a BIGINT column can overflow).
   */
  function aggregateQuery(
    model: MappedModel,
    where: Record<string, unknown> | null | undefined,
    selected: AggregateSelection,
    access: Access,
  ): AggregateQuery {
    return {
      filter: where ? readWhere(model, where, fields, { access }) : undefined,
      count: true,
      functions: aggregateFunctions.flatMap((fn) => {
        const names = selected.get(fn);
        return names
          ? aggregatableColumns(model, fn)
              .filter((column) => names.has(inflection.fieldName(column.attribute)))
              .map((column) => ({ fn, column }))
          : [];
      }),
    };
  }
}

/** A relationship's own `orderBy`; a proxy lists in the target's primary-key order. */
function defaultOrder(field: MappedRelationship | MappedAssociationProxy) {
  return field.kind === 'associationProxy' ? [] : field.orderBy;
}
