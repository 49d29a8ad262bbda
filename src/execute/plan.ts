/**
 * An operation's plan: for each level, the rows it loads and how each response object is
 * written from a row. Built once per document, operation and `@skip` / `@include` values from
 * the schema's own metadata (`extensions.relgraph` on every generated field), then run for
 * every request by `fetchPlan` (the loads, breadth first) and `shapeResponse` (the JSON).
 *
 * A field the planner does not know — introspection, a resolver someone replaced, a type that
 * is not a model — makes the whole operation run on graphql-js instead: `planOperation`
 * returns why, and the executor falls back.
 */
import {
  BREAK,
  visit,
  getNamedType,
  getNullableType,
  type GraphQLList,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
} from 'graphql';
import type { TableColumn } from '../declare/index.js';
import {
  edgeColumns,
  type AggregateFunction,
  type EdgeColumns,
  type MappedAssociationProxy,
  type MappedModel,
  type MappedRelationship,
} from '../mapper/index.js';
import { isToOneByKey } from '../reads/includedToOne.js';
import { isGeneratedResolver, type FieldOrigin } from '../schema/index.js';
import { relatedPath } from '../sql/relatedPath.js';
import { collectFields, collectSubfields, type CollectContext } from './collectFields.js';

interface FieldCommon {
  /** The response key: the alias, or the field's name. */
  readonly key: string;
  /** Every node merged under the key, for error locations and arguments. */
  readonly nodes: readonly FieldNode[];
  /** The field's type is non-null: an error here nulls the nearest nullable parent. */
  readonly nonNull: boolean;
}

export interface TypenamePlan extends FieldCommon {
  readonly kind: 'typename';
  readonly typeName: string;
}

export interface ColumnPlan extends FieldCommon {
  readonly kind: 'column';
  readonly model: MappedModel;
  readonly attribute: string;
  /** `serialize` of the column's scalar or enum, as graphql-js calls it. */
  readonly leaf: GraphQLLeafType;
  /** A policy hides the field from some viewers: checked per request. */
  readonly guarded: boolean;
  /** `Parent.name`, for the non-null error's message. */
  readonly label: string;
}

export interface RelatedPlan extends FieldCommon {
  readonly kind: 'related';
  readonly field: MappedRelationship | MappedAssociationProxy;
  readonly definition: GraphQLField<unknown, unknown>;
  /** A list (`[T!]!`), or one row. */
  readonly list: boolean;
  /** A to-one read by the target's primary key (shares rows with lookups and joins). */
  readonly byPrimaryKey: boolean;
  readonly ownerColumns: readonly TableColumn[];
  readonly object: ObjectPlan;
  readonly label: string;
  /** No argument reads a variable: the field asks the same of every request (without a policy). */
  readonly fixedArguments: boolean;
}

export interface RootPlan extends FieldCommon {
  /** `write`: a mutation field, run by its own resolver; the planner answers its payload. */
  readonly kind: 'lookup' | 'list' | 'write';
  readonly model: MappedModel;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly object: ObjectPlan;
  readonly fixedArguments: boolean;
  /** `Mutation.createParent`, for the non-null error's message. */
  readonly label: string;
}

/**
 * A connection field (`childrenConnection`, or `parentsConnection` at the root): one page of
 * rows per parent, loaded once however many `edges`, `nodes` and `node` selections read them.
 */
export interface ConnectionPlan extends FieldCommon {
  readonly kind: 'connection';
  readonly model: MappedModel;
  /** The relationship or proxy; undefined at the root. */
  readonly list: MappedRelationship | MappedAssociationProxy | undefined;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly ownerColumns: readonly TableColumn[];
  readonly fields: readonly ConnectionField[];
  /** Every object plan of the rows (`nodes`, `edges { node }`): the level below loads for each. */
  readonly objects: readonly ObjectPlan[];
  /** `totalCount` is selected: one more statement for the level. */
  readonly counted: boolean;
  readonly edge: EdgeColumns | undefined;
  readonly label: string;
  readonly fixedArguments: boolean;
}

export type ConnectionField =
  | TypenamePlan
  | (FieldCommon & { readonly kind: 'edges'; readonly fields: readonly EdgeField[] })
  | (FieldCommon & { readonly kind: 'nodes'; readonly object: ObjectPlan })
  | (FieldCommon & {
      readonly kind: 'pageInfo';
      readonly fields: ReadonlyArray<
        | TypenamePlan
        | (FieldCommon & { readonly kind: 'pageInfoPart'; readonly part: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' })
      >;
    })
  | (FieldCommon & { readonly kind: 'totalCount' });

export type EdgeField =
  | TypenamePlan
  | (FieldCommon & { readonly kind: 'cursor' })
  | (FieldCommon & { readonly kind: 'node'; readonly object: ObjectPlan })
  /** An association object's column: read from the link row that came with the node. */
  | ColumnPlan;

/**
 * An aggregate field: one row of aggregates per parent. Written as an object plan over that row,
 * whose `sum` / `avg` / `min` / `max` are nested objects of column plans.
 */
export interface AggregatePlan extends FieldCommon {
  readonly kind: 'aggregate';
  readonly model: MappedModel;
  readonly list: MappedRelationship | MappedAssociationProxy | undefined;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly ownerColumns: readonly TableColumn[];
  /** The columns selected under each function (by GraphQL field name): only those are computed. */
  readonly selected: ReadonlyMap<AggregateFunction, ReadonlySet<string>>;
  readonly object: ObjectPlan;
  readonly label: string;
  readonly fixedArguments: boolean;
}

/** An object-valued property of the row itself (an aggregate's `sum { … }`). */
export interface NestedPlan extends FieldCommon {
  readonly kind: 'nested';
  readonly attribute: string;
  readonly object: ObjectPlan;
}

export type FieldPlan = TypenamePlan | ColumnPlan | RelatedPlan | ConnectionPlan | AggregatePlan | NestedPlan;

/** What a level loads for its rows. */
export type LoadPlan = RelatedPlan | ConnectionPlan | AggregatePlan;

/** How one response object is written from one row of `model`. */
export interface ObjectPlan {
  readonly model: MappedModel;
  /**
   * What a list of these rows selects, in the model's order: the columns its fields read, the
   * keys its related fields join on and the primary key — or every column, when the operation
   * also looks `model` up by key (a lookup, a many-to-one), which the loaders answer from rows
   * already read, whole ones only.
   */
  readonly columns: readonly TableColumn[];
  readonly fields: readonly FieldPlan[];
  /** The related, connection and aggregate fields among `fields`: what the level below loads. */
  readonly related: readonly LoadPlan[];
}

export interface OperationPlan {
  readonly operation: OperationDefinitionNode;
  /** `Query`, or `Mutation` (whose fields run one after another). */
  readonly rootType: GraphQLObjectType;
  readonly roots: ReadonlyArray<RootPlan | TypenamePlan | ConnectionPlan | AggregatePlan>;
}

export type Planned = { readonly plan: OperationPlan } | { readonly fallback: string };

class NotPlannable extends Error {}

export interface PlanContext extends CollectContext {
  /** Whether a policy hides the field from some viewers (`ReadQueries.isGuarded`). */
  readonly isGuarded: (model: MappedModel, attribute: string) => boolean;
}

/**
 * @example
 * const planned = planOperation(context, operation);
 * if ('fallback' in planned) return graphqlExecute(args); // e.g. 'Query.__schema is introspection'
 */
export function planOperation(context: PlanContext, operation: OperationDefinitionNode): Planned {
  const rootType =
    operation.operation === 'query'
      ? context.schema.getQueryType()
      : operation.operation === 'mutation'
        ? context.schema.getMutationType()
        : undefined;
  if (!rootType) return { fallback: `${operation.operation} operations run on graphql-js` };
  try {
    const roots: Array<RootPlan | TypenamePlan | ConnectionPlan | AggregatePlan> = [];
    for (const [key, nodes] of collectFields(context, rootType, operation.selectionSet)) {
      assertPlainKey(key);
      roots.push(nodes[0]!.name.value === '__typename' ? typename(key, nodes, rootType) : rootField(context, rootType, key, nodes));
    }
    selectColumns(roots);
    return { plan: { operation, rootType, roots } };
  } catch (error) {
    if (error instanceof NotPlannable) return { fallback: error.message };
    throw error;
  }
}

function rootField(
  context: PlanContext,
  type: GraphQLObjectType,
  key: string,
  nodes: FieldNode[],
): RootPlan | ConnectionPlan | AggregatePlan {
  const definition = fieldOf(type, nodes[0]!);
  const origin = originOf(type, definition);
  if (origin.kind === 'connection') return connectionPlan(context, type, definition, origin, key, nodes);
  if (origin.kind === 'aggregate') return aggregatePlan(context, type, definition, origin, key, nodes);
  if (
    origin.kind !== 'lookup' &&
    origin.kind !== 'list' &&
    origin.kind !== 'create' &&
    origin.kind !== 'update' &&
    origin.kind !== 'delete' &&
    origin.kind !== 'link'
  ) {
    throw new NotPlannable(`${type.name}.${definition.name} is not a root field the planner answers`);
  }
  const kind = origin.kind === 'lookup' || origin.kind === 'list' ? origin.kind : 'write';
  assertShape(type, definition, kind === 'list' ? 'list' : kind === 'write' ? 'nonNull' : 'nullable');
  // A link mutation answers with the owner of the relationship it writes.
  const model = origin.kind === 'link' ? origin.relationship.owner : origin.model;
  return {
    kind,
    key,
    nodes,
    nonNull: isNonNullType(definition.type),
    model,
    definition,
    label: `${type.name}.${definition.name}`,
    fixedArguments: !readsVariables(nodes),
    object: objectPlan(context, namedObject(definition.type), model, nodes),
  };
}

function objectPlan(context: PlanContext, type: GraphQLObjectType, model: MappedModel, nodes: readonly FieldNode[]): ObjectPlan {
  const fields: FieldPlan[] = [];
  for (const [key, merged] of collectSubfields(context, type, nodes)) {
    assertPlainKey(key);
    fields.push(merged[0]!.name.value === '__typename' ? typename(key, merged, type) : objectField(context, type, model, key, merged));
  }
  const related = fields.filter(
    (field): field is LoadPlan => field.kind === 'related' || field.kind === 'connection' || field.kind === 'aggregate',
  );
  // Every column until `selectColumns` has seen the whole operation.
  return { model, columns: model.columns, fields, related };
}

/** Sets each object plan's `columns` (see `ObjectPlan.columns`). */
function selectColumns(roots: ReadonlyArray<RootPlan | TypenamePlan | ConnectionPlan | AggregatePlan>): void {
  const objects: ObjectPlan[] = [];
  const lookedUp = new Set<MappedModel>();
  const visit = (object: ObjectPlan) => {
    objects.push(object);
    for (const field of object.related) visitLoad(field);
  };
  const visitLoad = (field: LoadPlan | ConnectionPlan) => {
    if (field.kind === 'related') {
      if (field.byPrimaryKey) lookedUp.add(field.object.model);
      visit(field.object);
    } else if (field.kind === 'connection') {
      field.objects.forEach(visit);
    }
  };
  for (const root of roots) {
    if (root.kind === 'typename' || root.kind === 'aggregate') continue;
    if (root.kind === 'connection') {
      visitLoad(root);
      continue;
    }
    if (root.kind !== 'list') lookedUp.add(root.model);
    visit(root.object);
  }
  for (const object of objects) {
    if (lookedUp.has(object.model)) continue;
    const needed = new Set<TableColumn>(object.model.primaryKey);
    for (const field of object.fields) {
      if (field.kind === 'column') needed.add(object.model.columns.find((column) => column.attribute === field.attribute)!);
      else if (field.kind === 'related' || field.kind === 'connection' || field.kind === 'aggregate')
        field.ownerColumns.forEach((column) => needed.add(column));
    }
    (object as { columns: readonly TableColumn[] }).columns = object.model.columns.filter((column) => needed.has(column));
  }
}

function objectField(context: PlanContext, type: GraphQLObjectType, _model: MappedModel, key: string, nodes: FieldNode[]): FieldPlan {
  const definition = fieldOf(type, nodes[0]!);
  const origin = originOf(type, definition);
  const nonNull = isNonNullType(definition.type);
  const label = `${type.name}.${definition.name}`;
  if (origin.kind === 'column') {
    const leaf = getNullableType(definition.type);
    if (!isLeafType(leaf)) throw new NotPlannable(`${label} is not a scalar`);
    const guarded = context.isGuarded(origin.model, origin.attribute);
    return { kind: 'column', key, nodes, nonNull, model: origin.model, attribute: origin.attribute, leaf, guarded, label };
  }
  if (origin.kind === 'relationship' || origin.kind === 'proxy') {
    const field = origin.kind === 'relationship' ? origin.relationship : origin.proxy;
    const list = field.kind === 'associationProxy' || field.uselist;
    assertShape(type, definition, list ? 'list' : nonNull ? 'nonNull' : 'nullable');
    const byPrimaryKey = field.kind === 'relationship' && !list && isToOneByKey(field);
    return {
      kind: 'related',
      key,
      nodes,
      nonNull,
      field,
      definition,
      list,
      byPrimaryKey,
      label,
      ownerColumns: relatedPath(field).ownerColumns,
      fixedArguments: !readsVariables(nodes),
      object: objectPlan(context, namedObject(definition.type), field.target, nodes),
    };
  }
  if (origin.kind === 'connection') return connectionPlan(context, type, definition, origin, key, nodes);
  if (origin.kind === 'aggregate') return aggregatePlan(context, type, definition, origin, key, nodes);
  throw new NotPlannable(`${label} is not a read field`);
}

type ListOrigin = Extract<FieldOrigin, { kind: 'connection' | 'aggregate' }>;

function connectionPlan(
  context: PlanContext,
  type: GraphQLObjectType,
  definition: GraphQLField<unknown, unknown>,
  origin: ListOrigin,
  key: string,
  nodes: FieldNode[],
): ConnectionPlan {
  const label = `${type.name}.${definition.name}`;
  assertShape(type, definition, 'nonNull');
  const connectionType = namedObject(definition.type);
  const objects: ObjectPlan[] = [];
  let counted = false;
  const fields: ConnectionField[] = [];
  for (const [partKey, partNodes] of collectSubfields(context, connectionType, nodes)) {
    assertPlainKey(partKey);
    if (partNodes[0]!.name.value === '__typename') {
      fields.push(typename(partKey, partNodes, connectionType));
      continue;
    }
    const partDefinition = fieldOf(connectionType, partNodes[0]!);
    const part = originOf(connectionType, partDefinition);
    if (part.kind !== 'connectionPart') throw new NotPlannable(`${connectionType.name}.${partDefinition.name} is not a connection field`);
    const common = { key: partKey, nodes: partNodes, nonNull: true };
    if (part.part === 'totalCount') {
      counted = true;
      fields.push({ ...common, kind: 'totalCount' });
    } else if (part.part === 'nodes') {
      const object = objectPlan(context, namedObject(partDefinition.type), origin.model, partNodes);
      objects.push(object);
      fields.push({ ...common, kind: 'nodes', object });
    } else if (part.part === 'edges') {
      fields.push({
        ...common,
        kind: 'edges',
        fields: edgeFields(context, namedObject(partDefinition.type), origin.model, partNodes, objects),
      });
    } else {
      const infoType = namedObject(partDefinition.type);
      fields.push({
        ...common,
        kind: 'pageInfo',
        fields: [...collectSubfields(context, infoType, partNodes)].map(([infoKey, infoNodes]) => {
          assertPlainKey(infoKey);
          if (infoNodes[0]!.name.value === '__typename') return typename(infoKey, infoNodes, infoType);
          const infoDefinition = fieldOf(infoType, infoNodes[0]!);
          const info = originOf(infoType, infoDefinition);
          if (info.kind !== 'pageInfoPart') throw new NotPlannable(`${infoType.name}.${infoDefinition.name} is not a page-info field`);
          return {
            key: infoKey,
            nodes: infoNodes,
            nonNull: isNonNullType(infoDefinition.type),
            kind: 'pageInfoPart' as const,
            part: info.part,
          };
        }),
      });
    }
  }
  return {
    kind: 'connection',
    key,
    nodes,
    nonNull: true,
    model: origin.model,
    list: origin.list,
    definition,
    label,
    ownerColumns: origin.list ? relatedPath(origin.list).ownerColumns : [],
    fields,
    objects,
    counted,
    edge: origin.list ? edgeColumns(origin.list) : undefined,
    fixedArguments: !readsVariables(nodes),
  };
}

function edgeFields(
  context: PlanContext,
  edgeType: GraphQLObjectType,
  model: MappedModel,
  nodes: readonly FieldNode[],
  objects: ObjectPlan[],
): EdgeField[] {
  return [...collectSubfields(context, edgeType, nodes)].map(([key, merged]): EdgeField => {
    assertPlainKey(key);
    if (merged[0]!.name.value === '__typename') return typename(key, merged, edgeType);
    const definition = fieldOf(edgeType, merged[0]!);
    const origin = originOf(edgeType, definition);
    const label = `${edgeType.name}.${definition.name}`;
    if (origin.kind === 'edgePart' && origin.part === 'cursor') return { key, nodes: merged, nonNull: true, kind: 'cursor' };
    if (origin.kind === 'edgePart') {
      const object = objectPlan(context, namedObject(definition.type), model, merged);
      objects.push(object);
      return { key, nodes: merged, nonNull: true, kind: 'node', object };
    }
    if (origin.kind !== 'edgeColumn') throw new NotPlannable(`${label} is not an edge field`);
    return leafPlan(context, definition, key, merged, origin.model, origin.attribute, label);
  });
}

function aggregatePlan(
  context: PlanContext,
  type: GraphQLObjectType,
  definition: GraphQLField<unknown, unknown>,
  origin: ListOrigin,
  key: string,
  nodes: FieldNode[],
): AggregatePlan {
  const label = `${type.name}.${definition.name}`;
  assertShape(type, definition, 'nonNull');
  const aggregateType = namedObject(definition.type);
  const selected = new Map<AggregateFunction, Set<string>>();
  const fields: FieldPlan[] = [];
  for (const [partKey, partNodes] of collectSubfields(context, aggregateType, nodes)) {
    assertPlainKey(partKey);
    if (partNodes[0]!.name.value === '__typename') {
      fields.push(typename(partKey, partNodes, aggregateType));
      continue;
    }
    const partDefinition = fieldOf(aggregateType, partNodes[0]!);
    const part = originOf(aggregateType, partDefinition);
    if (part.kind !== 'aggregatePart') throw new NotPlannable(`${aggregateType.name}.${partDefinition.name} is not an aggregate field`);
    if (part.part === 'count') {
      fields.push(leafPlan(context, partDefinition, partKey, partNodes, origin.model, 'count', `${aggregateType.name}.count`, false));
      continue;
    }
    let names = selected.get(part.part);
    if (!names) selected.set(part.part, (names = new Set()));
    const valuesType = namedObject(partDefinition.type);
    const valueFields = [...collectSubfields(context, valuesType, partNodes)].map(([valueKey, valueNodes]): FieldPlan => {
      assertPlainKey(valueKey);
      if (valueNodes[0]!.name.value === '__typename') return typename(valueKey, valueNodes, valuesType);
      const valueDefinition = fieldOf(valuesType, valueNodes[0]!);
      const value = originOf(valuesType, valueDefinition);
      if (value.kind !== 'aggregateColumn') throw new NotPlannable(`${valuesType.name}.${valueDefinition.name} is not an aggregate value`);
      names!.add(valueDefinition.name);
      return leafPlan(
        context,
        valueDefinition,
        valueKey,
        valueNodes,
        value.model,
        value.attribute,
        `${valuesType.name}.${valueDefinition.name}`,
      );
    });
    const object: ObjectPlan = { model: origin.model, columns: [], fields: valueFields, related: [] };
    fields.push({ kind: 'nested', key: partKey, nodes: partNodes, nonNull: true, attribute: part.part, object });
  }
  return {
    kind: 'aggregate',
    key,
    nodes,
    nonNull: true,
    model: origin.model,
    list: origin.list,
    definition,
    label,
    ownerColumns: origin.list ? relatedPath(origin.list).ownerColumns : [],
    selected,
    object: { model: origin.model, columns: [], fields, related: [] },
    fixedArguments: !readsVariables(nodes),
  };
}

/** A scalar read from a row-like object by `attribute`: a column, an edge's association column, an aggregate value. */
function leafPlan(
  context: PlanContext,
  definition: GraphQLField<unknown, unknown>,
  key: string,
  nodes: FieldNode[],
  model: MappedModel,
  attribute: string,
  label: string,
  guardable = true,
): ColumnPlan {
  const leaf = getNullableType(definition.type);
  if (!isLeafType(leaf)) throw new NotPlannable(`${label} is not a scalar`);
  const guarded = guardable && context.isGuarded(model, attribute);
  return { kind: 'column', key, nodes, nonNull: isNonNullType(definition.type), model, attribute, leaf, guarded, label };
}

/**
 * An alias `__proto__` is a valid response key, but a JavaScript object literal or assignment
 * would set a prototype with it instead of a key: graphql-js (which writes into prototype-less
 * objects) answers such operations.
 */
function assertPlainKey(key: string): void {
  if (key === '__proto__') throw new NotPlannable('the response key "__proto__" is written by graphql-js');
}

/** Whether any argument of the field (at any depth of its value) is a variable. */
function readsVariables(nodes: readonly FieldNode[]): boolean {
  let found = false;
  for (const node of nodes) {
    for (const argument of node.arguments ?? []) {
      visit(argument.value, {
        Variable() {
          found = true;
          return BREAK;
        },
      });
    }
  }
  return found;
}

function typename(key: string, nodes: FieldNode[], type: GraphQLObjectType): TypenamePlan {
  return { kind: 'typename', key, nodes, nonNull: true, typeName: type.name };
}

function fieldOf(type: GraphQLObjectType, node: FieldNode): GraphQLField<unknown, unknown> {
  const definition = type.getFields()[node.name.value];
  if (!definition)
    throw new NotPlannable(
      `${type.name}.${node.name.value} is ${node.name.value.startsWith('__') ? 'introspection' : 'not in the schema'}`,
    );
  return definition;
}

/**
 * What relgraph generated the field for. A field without relgraph's own resolver (a default
 * resolver that reads the row's attribute counts as its own) is someone else's to run.
 */
function originOf(type: GraphQLObjectType, definition: GraphQLField<unknown, unknown>): FieldOrigin {
  const origin = definition.extensions?.['relgraph'] as FieldOrigin | undefined;
  if (!origin) throw new NotPlannable(`${type.name}.${definition.name} was not generated by relgraph`);
  const own =
    definition.resolve === undefined
      ? origin.kind === 'column' && origin.attribute === definition.name
      : isGeneratedResolver(definition.resolve);
  if (!own) throw new NotPlannable(`${type.name}.${definition.name} has a resolver relgraph did not make`);
  return origin;
}

/** The type shapes the shaper writes: `[T!]!` lists, and objects nullable or not. */
function assertShape(type: GraphQLObjectType, definition: GraphQLField<unknown, unknown>, shape: 'list' | 'nullable' | 'nonNull'): void {
  const fieldType: GraphQLOutputType = definition.type;
  const ok =
    shape === 'list'
      ? isNonNullType(fieldType) &&
        isListType(fieldType.ofType) &&
        isNonNullType((fieldType.ofType as GraphQLList<GraphQLOutputType>).ofType)
      : shape === 'nonNull'
        ? isNonNullType(fieldType) && isObjectType(fieldType.ofType)
        : isObjectType(fieldType);
  if (!ok) throw new NotPlannable(`${type.name}.${definition.name} has a type the planner does not write`);
}

function namedObject(type: GraphQLOutputType): GraphQLObjectType {
  const named = getNamedType(type);
  if (!isObjectType(named)) throw new NotPlannable(`${named.name} is not an object type`);
  return named;
}
