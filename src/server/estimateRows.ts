/**
 * A static estimate of the rows an operation may read, checked against the row budget before
 * any SQL runs (`docs/reliability.md` §3.4). Each list field reads up to its `limit` rows per
 * row of its parent, and a connection its page size plus one (`first`, `last`, or the default
 * page size); an aggregate reads one row per parent. A list without `limit` counts one row per
 * parent, since lists have no default limit — those are bounded at run time, where every SELECT
 * asks for at most the rows the budget has left.
 */
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { FieldOrigin } from '../schema/index.js';

export interface RowEstimateOptions {
  /** The page size of a connection given neither `first` nor `last`. */
  readonly defaultLimit: number;
  /** A larger `limit` is answered by the resolvers as BAD_USER_INPUT: no estimate then. */
  readonly maxLimit: number;
}

/** The estimate gives way to the resolvers' own, more precise, answer. */
class InvalidLimit extends Error {}

/**
 * @example
 * // parents(limit: 100) { children(limit: 10) { id } } → 100 + 100 × 10 = 1,100
 */
export function estimateRows(
  args: ExecutionArgs,
  coercedVariables: Record<string, unknown>,
  options: RowEstimateOptions,
): number | undefined {
  const operation = args.document.definitions.find(
    (d) => d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
  );
  if (operation?.kind !== 'OperationDefinition') return 0;
  const root = operation.operation === 'mutation' ? args.schema.getMutationType() : args.schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map(
    args.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  try {
    return walk(operation.selectionSet, root, 1, { fragments, variables: coercedVariables, options, visiting: new Set() });
  } catch (error) {
    if (error instanceof InvalidLimit) return undefined;
    throw error;
  }
}

interface WalkContext {
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
  readonly options: RowEstimateOptions;
  /** Fragments being walked, against a cycle (validation refuses them; this only guards). */
  readonly visiting: Set<string>;
}

function walk(selectionSet: SelectionSetNode, type: GraphQLObjectType, parents: number, context: WalkContext): number {
  let rows = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'InlineFragment') {
      rows += walk(selection.selectionSet, type, parents, context);
      continue;
    }
    if (selection.kind === 'FragmentSpread') {
      const fragment = context.fragments.get(selection.name.value);
      if (!fragment || context.visiting.has(fragment.name.value)) continue;
      context.visiting.add(fragment.name.value);
      rows += walk(fragment.selectionSet, type, parents, context);
      context.visiting.delete(fragment.name.value);
      continue;
    }
    const field = type.getFields()[selection.name.value];
    if (!field || !selection.selectionSet) continue;
    const target = getNamedType(field.type);
    if (!isObjectType(target)) continue;
    const origin = field.extensions?.['relgraph'] as FieldOrigin | undefined;
    // The objects inside a connection or aggregate (edges, page info, sums) are its rows again, or none.
    if (origin && passesThrough.has(origin.kind)) {
      rows += walk(selection.selectionSet, target, parents, context);
      continue;
    }
    const reads = rowsPerParent(origin, getArgumentValues(field, selection, context.variables), context.options);
    const fieldRows = parents * reads;
    rows += fieldRows + walk(selection.selectionSet, target, fieldRows, context);
  }
  return rows;
}

const passesThrough: ReadonlySet<FieldOrigin['kind']> = new Set(['connectionPart', 'edgePart', 'pageInfoPart', 'aggregatePart']);

function rowsPerParent(origin: FieldOrigin | undefined, args: Record<string, unknown>, options: RowEstimateOptions): number {
  const limit = typeof args['limit'] === 'number' ? args['limit'] : undefined;
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  const last = typeof args['last'] === 'number' ? args['last'] : undefined;
  for (const value of [limit, first, last]) {
    if (value !== undefined && (value < 0 || value > options.maxLimit)) throw new InvalidLimit();
  }
  switch (origin?.kind) {
    case 'connection':
      return (first ?? last ?? options.defaultLimit) + 1;
    case 'aggregate':
      return 1;
    case 'list':
      return limit ?? 1;
    case 'relationship':
      return origin.relationship.uselist ? (limit ?? 1) : 1;
    case 'proxy':
      return limit ?? 1;
    default:
      return 1;
  }
}
