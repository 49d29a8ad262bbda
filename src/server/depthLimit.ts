/**
 * The depth limit, counted as graphql-armor's max-depth counts it (the root field is 1, leaf
 * fields count, fragments add no level, introspection is not counted) but knowing
 * connections: the objects a connection or aggregate wraps its rows in — `edges`, `node`,
 * `nodes`, `pageInfo`, `sum { … }` — are not levels of data, so
 * `parents { childrenConnection { edges { node { id } } } }` is as deep as
 * `parents { children { id } }`, 3. Without this a Relay-shaped query would reach the limit two
 * levels of data earlier than the same query over lists.
 */
import {
  getNamedType, GraphQLError, isObjectType, Kind,
  type ASTNode, type GraphQLNamedType, type ValidationContext, type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldOrigin } from '../schema/index.js';

const wrappers: ReadonlySet<FieldOrigin['kind']> = new Set(['connectionPart', 'edgePart', 'aggregatePart']);

export interface DepthLimitOptions {
  readonly n: number;
  /** Called with the refusal before it is thrown (it may reword it), as graphql-armor's `onReject`. */
  readonly onReject: ReadonlyArray<(context: ValidationContext, error: GraphQLError) => void>;
}

/**
 * @example
 * createYoga({ schema, plugins: [depthLimitPlugin({ n: 6, onReject: [] })] });
 * // 9 levels → throws GraphQLError('Syntax Error: Query depth limit of 6 exceeded, found 9.')
 */
export function depthLimitPlugin(options: DepthLimitOptions): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(options));
    },
  };
}

export function depthLimitRule(options: DepthLimitOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root = operation.operation === 'query' ? context.getSchema().getQueryType()
        : operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getSubscriptionType();
      const depth = measure(context, operation, root ?? undefined, 0, new Map());
      if (depth <= options.n) return;
      // Worded as graphql-armor words it, so that one `onReject` handler serves every limit.
      const error = new GraphQLError(`Syntax Error: Query depth limit of ${options.n} exceeded, found ${depth}.`);
      for (const handler of options.onReject) handler(context, error);
      throw error;
    },
  });
}

/** The depth under `node` whose own level is `depth`; `type` is the type its selections select on. */
function measure(context: ValidationContext, node: ASTNode, type: GraphQLNamedType | undefined, depth: number, fragments: Map<string, number>): number {
  if (!('selectionSet' in node) || !node.selectionSet) return depth;
  let deepest = depth;
  for (const selection of node.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      const field = type && isObjectType(type) ? type.getFields()[selection.name.value] : undefined;
      const origin = field?.extensions?.['relgraph'] as FieldOrigin | undefined;
      const level = selection.selectionSet && origin && wrappers.has(origin.kind) ? depth : depth + 1;
      deepest = Math.max(deepest, measure(context, selection, field ? getNamedType(field.type) : undefined, level, fragments));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) ?? undefined : type;
      deepest = Math.max(deepest, measure(context, selection, condition, depth, fragments));
    } else {
      // A fragment's depth below its spread, measured once (a cycle counts as nothing more).
      const name = selection.name.value;
      let below = fragments.get(name);
      if (below === undefined) {
        fragments.set(name, 0);
        const fragment = context.getFragment(name);
        const condition = fragment ? context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined : undefined;
        below = fragment ? measure(context, fragment, condition, 0, fragments) : 0;
        fragments.set(name, below);
      }
      deepest = Math.max(deepest, depth + below);
    }
  }
  return deepest;
}
