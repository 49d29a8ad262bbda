/**
 * The fields a selection set asks of an object type, by response key, exactly as graphql-js's
 * CollectFields does (GraphQL spec §6.3.2): fields in document order, fragments and inline
 * fragments spread in place, `@skip` / `@include` applied with the request's variables, fields
 * of one response key merged, each named fragment spread once.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

export interface CollectContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** The fields under `nodes` (one field's merged nodes) of an object of `type`. */
export function collectSubfields(context: CollectContext, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  for (const node of nodes) if (node.selectionSet) collectInto(context, type, node.selectionSet, fields, visited);
  return fields;
}

export function collectFields(context: CollectContext, type: GraphQLObjectType, selectionSet: SelectionSetNode): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  collectInto(context, type, selectionSet, fields, new Set());
  return fields;
}

function collectInto(
  context: CollectContext,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fields: Map<string, FieldNode[]>,
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case 'Field': {
        if (!included(context, selection)) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const merged = fields.get(key);
        if (merged) merged.push(selection);
        else fields.set(key, [selection]);
        break;
      }
      case 'InlineFragment':
        if (!included(context, selection) || !conditionMatches(context, selection, type)) continue;
        collectInto(context, type, selection.selectionSet, fields, visited);
        break;
      case 'FragmentSpread': {
        const name = selection.name.value;
        if (visited.has(name) || !included(context, selection)) continue;
        visited.add(name);
        const fragment = context.fragments[name];
        if (!fragment || !conditionMatches(context, fragment, type)) continue;
        collectInto(context, type, fragment.selectionSet, fields, visited);
        break;
      }
    }
  }
}

function included(context: CollectContext, node: FieldNode | FragmentSpreadNode | InlineFragmentNode): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, context.variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, context.variables)?.['if'] !== false;
}

function conditionMatches(
  context: CollectContext,
  fragment: FragmentDefinitionNode | InlineFragmentNode,
  type: GraphQLObjectType,
): boolean {
  const condition = fragment.typeCondition;
  if (!condition) return true;
  const conditionType = typeFromAST(context.schema, condition);
  if (conditionType === type) return true;
  return isAbstractType(conditionType) ? context.schema.isSubType(conditionType, type) : false;
}

/** The variables `@skip` / `@include` read anywhere in the operation: a plan depends on their values. */
export function directiveVariables(selectionSets: readonly SelectionSetNode[]): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      for (const directive of selection.directives ?? []) {
        if (directive.name.value !== 'skip' && directive.name.value !== 'include') continue;
        for (const arg of directive.arguments ?? []) if (arg.value.kind === 'Variable') names.add(arg.value.name.value);
      }
      if (selection.kind !== 'FragmentSpread' && selection.selectionSet) visit(selection.selectionSet);
    }
  };
  selectionSets.forEach(visit);
  return [...names].sort();
}
