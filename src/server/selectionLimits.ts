/**
 * The depth and static-cost limits, counted as graphql-armor's max-depth and cost-limit count
 * them, but knowing connections:
 *
 * - the objects a connection or aggregate wraps its rows in — `edges`, `node`, `nodes`,
 *   `pageInfo`, `sum { … }` — are not levels of data: they add no depth and no cost of their own,
 *   so `parents { childrenConnection { edges { node { id } } } }` is as deep (3) and as costly as
 *   `parents { children { id } }`;
 * - `first` and `last` do not multiply the cost, as graphql-armor's cost rule makes them do (for
 *   literals only, not for variables): how many rows a page may hold is bounded by the `first`
 *   maximum and the row budget, checked with a message that names them. With the multiplier,
 *   `first: 1001` answered "too costly" instead of naming `first`, and a page of 250 rows with a
 *   few fields passed the default cost.
 *
 * Without this a Relay-shaped query would reach the limits well before the same query over lists.
 */
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldOrigin } from '../schema/index.js';

const wrappers: ReadonlySet<FieldOrigin['kind']> = new Set(['connectionPart', 'edgePart', 'aggregatePart']);

type Reject = (context: ValidationContext, error: GraphQLError) => void;

export interface DepthLimitOptions {
  readonly n: number;
  /** Called with the refusal before it is thrown (it may reword it), as graphql-armor's `onReject`. */
  readonly onReject: readonly Reject[];
}

export interface CostLimitOptions {
  readonly maxCost: number;
  /** graphql-armor's defaults: a leaf costs 1, an object 2, and each level multiplies what is under it by 1.5. */
  readonly objectCost: number;
  readonly scalarCost: number;
  readonly depthCostFactor: number;
  readonly onReject: readonly Reject[];
}

/**
 * @example
 * createYoga({ schema, plugins: [depthLimitPlugin({ n: 6, onReject: [] })] });
 * // 9 levels → throws GraphQLError('Syntax Error: Query depth limit of 6 exceeded, found 9.')
 */
export function depthLimitPlugin(options: DepthLimitOptions): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(depthLimitRule(options)) };
}

/**
 * @example
 * createYoga({ schema, plugins: [costLimitPlugin({ maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, onReject: [] })] });
 */
export function costLimitPlugin(options: CostLimitOptions): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(costLimitRule(options)) };
}

export function depthLimitRule(options: DepthLimitOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = new Walk(context).depth(operation.selectionSet, rootType(context, operation.operation), 0);
      // Worded as graphql-armor words it, so that one `onReject` handler serves every limit.
      if (depth > options.n) refuse(context, options.onReject, `Query depth limit of ${options.n} exceeded, found ${depth}.`);
    },
  });
}

export function costLimitRule(options: CostLimitOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const walk = new Walk(context);
      const type = rootType(context, operation.operation);
      let cost = 0;
      for (const field of walk.fields(operation.selectionSet, type)) cost += walk.cost(field.node, field.type, options);
      if (cost > options.maxCost) refuse(context, options.onReject, `Query Cost limit of ${options.maxCost} exceeded, found ${cost}.`);
    },
  });
}

function rootType(context: ValidationContext, operation: 'query' | 'mutation' | 'subscription'): GraphQLNamedType | undefined {
  const schema = context.getSchema();
  return (
    (operation === 'query' ? schema.getQueryType() : operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()) ??
    undefined
  );
}

function refuse(context: ValidationContext, onReject: readonly Reject[], message: string): never {
  const error = new GraphQLError(`Syntax Error: ${message}`);
  for (const handler of onReject) handler(context, error);
  throw error;
}

interface TypedField {
  readonly node: FieldNode;
  /** The type of the field's value, when the schema has the field. */
  readonly type: GraphQLNamedType | undefined;
}

/** One operation's walk: fragments are spread, each measured once (a cycle counts as nothing more). */
class Walk {
  readonly #context: ValidationContext;
  readonly #visiting = new Set<string>();

  constructor(context: ValidationContext) {
    this.#context = context;
  }

  /**
   * The fields `selectionSet` selects on `type`, fragments spread and wrappers opened: a
   * wrapper's own fields stand in for it. Introspection is left out, as graphql-armor leaves it.
   */
  fields(selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined): TypedField[] {
    const found: TypedField[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
        const field = type && isObjectType(type) ? type.getFields()[selection.name.value] : undefined;
        const fieldType = field ? getNamedType(field.type) : undefined;
        const origin = field?.extensions?.['relgraph'] as FieldOrigin | undefined;
        if (selection.selectionSet && origin && wrappers.has(origin.kind)) found.push(...this.fields(selection.selectionSet, fieldType));
        else found.push({ node: selection, type: fieldType });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? (this.#context.getSchema().getType(selection.typeCondition.name.value) ?? undefined)
          : type;
        found.push(...this.fields(selection.selectionSet, condition));
      } else {
        const name = selection.name.value;
        const fragment = this.#context.getFragment(name);
        if (!fragment || this.#visiting.has(name)) continue;
        this.#visiting.add(name);
        found.push(
          ...this.fields(fragment.selectionSet, this.#context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined),
        );
        this.#visiting.delete(name);
      }
    }
    return found;
  }

  /** The deepest level under `selectionSet`, whose fields are at level `depth + 1` (leaves count). */
  depth(selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, depth: number): number {
    let deepest = depth;
    for (const field of this.fields(selectionSet, type)) {
      const below = field.node.selectionSet ? this.depth(field.node.selectionSet, field.type, depth + 1) : depth + 1;
      deepest = Math.max(deepest, below);
    }
    return deepest;
  }

  /** A leaf costs `scalarCost`; an object `objectCost` plus `depthCostFactor` times what it selects. */
  cost(node: FieldNode, type: GraphQLNamedType | undefined, options: CostLimitOptions): number {
    if (!node.selectionSet) return options.scalarCost;
    let below = 0;
    for (const field of this.fields(node.selectionSet, type)) below += this.cost(field.node, field.type, options);
    return options.objectCost + options.depthCostFactor * below;
  }
}
