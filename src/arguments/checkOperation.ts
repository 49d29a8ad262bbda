/**
 * Checks every argument of an operation before any of it runs, in one walk over the operation as
 * the executor will see it (fragments included, `@skip` / `@include` applied): strings that are
 * not well-formed Unicode and JSON values nested too deep in any argument of any relgraph field,
 * `where` filters over `limits.filterSize`, and create / update inputs that are too large or
 * contradict themselves (`checkWriteInput`). A problem answers BAD_USER_INPUT naming the field
 * and the argument path.
 *
 * Why here, once per operation, and not in each resolver: the argument values are what reaches
 * the database — as column values, keys and filter parameters — through many resolvers (create,
 * update, link, lookup, root and nested lists), and nested list fields read their `where` only
 * after their parents' rows are loaded. One walk from the root sees all of them before the first
 * statement of the operation: a mutation is refused before it reads or writes, and a second
 * mutation field's bad input stops the first field too. It is not a GraphQL scalar's job because
 * graphql-js's built-in `String` cannot be replaced, and the walk also needs the mapping.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FragmentSpreadNode,
} from 'graphql';
import { BadUserInputError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel } from '../mapper/index.js';
import type { FieldOrigin } from '../schema/index.js';
import { checkArgumentValue } from './checkArgumentValue.js';
import { exceedsFilterSize } from './checkFilterSize.js';
import { assertNullable, checkWriteInput, type InputLimits } from './checkWriteInput.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';
import { toGraphQLError } from '../errors/toGraphQLError.js';

export interface ArgumentLimits extends InputLimits {
  /** Conditions and values in one `where` (`exceedsFilterSize`). */
  readonly filterSize: number;
  /** Nesting of one JSON value, counted as MySQL's `JSON_DEPTH` counts it. */
  readonly jsonDepth: number;
}

export interface OperationChecks {
  /**
   * For a relgraph root field's resolver, before it does anything: throws BAD_USER_INPUT when
   * the operation has a problem this field must answer for — in a mutation any problem of the
   * operation, in a query one under this root field. The walk runs once per execution.
   */
  assertRootField(info: GraphQLResolveInfo): void;
  /**
   * For an executor, before it opens a mutation's transaction: the answer to a mutation that
   * has a problem (`data: null`, one BAD_USER_INPUT error), so that not even BEGIN is sent.
   * Undefined for a query, a mutation without problems, or variables that do not coerce (the
   * execution reports those).
   *
   * @example
   * const refused = checks.refuseMutation(args);
   * if (refused) return refused;
   * return runUnitOfWork(args, execute, unitOfWork);
   */
  refuseMutation(args: ExecutionArgs, variables?: Record<string, unknown>): ExecutionResult | undefined;
  /**
   * For the plan executor, which calls no root resolver: the first problem under each root
   * field, by response key, for the execution's coerced variables.
   */
  problems(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
    variables: Record<string, unknown>,
  ): Problems;
}

export interface OperationCheckOptions {
  readonly fields: FieldIndex;
  readonly inflection: Inflection;
  readonly limits: ArgumentLimits;
}

/** The first problem under each root field, by response key. */
export type Problems = ReadonlyMap<string, BadUserInputError>;

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>;
  readonly variables: Record<string, unknown>;
  readonly options: OperationCheckOptions;
  /** Fragments being walked, against a cycle (validation refuses them; this only guards). */
  readonly visiting: Set<string>;
}

export function createOperationChecks(options: OperationCheckOptions): OperationChecks {
  // Keyed by the execution's coerced variables: graphql-js makes that object once per execution,
  // and relgraph's executors coerce once per request, before BEGIN, and run with that object; so
  // the walk `refuseMutation` made is the one the root fields ask for (a mutation of 1,000 keys
  // walked them twice). The operation is compared too: an operation without variables may share
  // one empty object with every other such operation.
  const byExecution = new WeakMap<object, { readonly operation: OperationDefinitionNode; readonly problems: Problems }>();
  const problemsOf = (info: GraphQLResolveInfo): Problems => {
    const known = byExecution.get(info.variableValues);
    if (known && known.operation === info.operation) return known.problems;
    const problems = findProblems(info.schema, info.operation, info.fragments, info.variableValues, options);
    byExecution.set(info.variableValues, { operation: info.operation, problems });
    return problems;
  };

  return {
    assertRootField(info) {
      const problems = problemsOf(info);
      if (problems.size === 0) return;
      const problem = info.operation.operation === 'mutation' ? problems.values().next().value : problems.get(String(info.path.key));
      if (problem) throw problem;
    },

    refuseMutation(args, variables) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return undefined;
      const coerced =
        variables ??
        getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>).coerced;
      // Variables that do not coerce: the executor reports those.
      if (!coerced) return undefined;
      const fragments = Object.fromEntries(
        args.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
      );
      const problems = findProblems(args.schema, operation, fragments, coerced, options);
      byExecution.set(coerced, { operation, problems });
      const [first] = problems;
      if (!first) return undefined;
      const [key, problem] = first;
      const answer = toGraphQLError(problem) as GraphQLError;
      return { data: null, errors: [new GraphQLError(answer.message, { path: [key], extensions: answer.extensions })] };
    },

    problems: (schema, operation, fragments, variables) => findProblems(schema, operation, fragments, variables, options),
  };
}

function findProblems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
  variables: Record<string, unknown>,
  options: OperationCheckOptions,
): Problems {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'query'
        ? schema.getQueryType()
        : schema.getSubscriptionType();
  const problems = new Map<string, BadUserInputError>();
  if (!root) return problems;
  const walk: Walk = { schema, fragments, variables, options, visiting: new Set() };
  forEachField(operation.selectionSet, root, walk, (node, type) => {
    const key = node.alias?.value ?? node.name.value;
    if (problems.has(key)) return;
    try {
      checkField(node, type, '', walk);
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      problems.set(key, error);
    }
  });
  return problems;
}

/** One field and everything selected under it. `parent` is the path of names above it. */
function checkField(node: FieldNode, type: GraphQLObjectType, parent: string, walk: Walk): void {
  const field = type.getFields()[node.name.value];
  if (!field) return;
  const label = parent ? `${parent}.${field.name}` : field.name;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, walk.variables);
  } catch {
    return; // The execution reports an argument that does not coerce, with its own message.
  }
  const origin = field.extensions?.['relgraph'] as FieldOrigin | undefined;
  if (origin) checkArguments(field, origin, args, label, walk.options);
  const target = getNamedType(field.type);
  if (node.selectionSet && isObjectType(target)) {
    forEachField(node.selectionSet, target, walk, (child, childType) => checkField(child, childType, label, walk));
  }
}

function checkArguments(
  field: GraphQLField<unknown, unknown>,
  origin: FieldOrigin,
  args: Record<string, unknown>,
  label: string,
  options: OperationCheckOptions,
): void {
  if ((origin.kind === 'create' || origin.kind === 'update') && args['input']) {
    checkWriteInput(options, origin.model, args['input'] as Record<string, unknown>, label, origin.kind === 'create');
  }
  if (origin.kind === 'link' && origin.action === 'set' && origin.relationship.kind === 'relationship') {
    const target = options.inflection.linkTargetArgument(origin.relationship);
    if (args[target] === null || args[target] === undefined) {
      try {
        assertNullable(options, origin.relationship);
      } catch (error) {
        throw new BadUserInputError(`${label}(${target}): ${(error as Error).message}`);
      }
    }
  }
  const listed = listedModel(origin);
  if (
    listed &&
    args['where'] &&
    exceedsFilterSize(listed, args['where'] as Record<string, unknown>, options.fields, options.limits.filterSize)
  ) {
    throw new BadUserInputError(
      `${label}(where): the filter has more than the ${options.limits.filterSize} conditions and values allowed (each comparison, each in or notIn value, each AND or OR item, each NOT and each relationship filter counts one). Split the request, or filter on fewer values.`,
    );
  }
  for (const arg of field.args) {
    const problem = checkArgumentValue(args[arg.name], arg.type, arg.name, options.limits.jsonDepth);
    if (problem) throw new BadUserInputError(`${label}(${problem.path}): ${problem.message}.`);
  }
}

/** The model a list field filters with `where`. */
function listedModel(origin: FieldOrigin): MappedModel | undefined {
  if (origin.kind === 'list' || origin.kind === 'connection' || origin.kind === 'aggregate' || origin.kind === 'rowChanges')
    return origin.model;
  if (origin.kind === 'relationship') return origin.relationship.target;
  if (origin.kind === 'proxy') return origin.proxy.target;
  return undefined;
}

/** Calls `visit` for each field the executor would run in `selectionSet`, fragments spread. */
function forEachField(
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  walk: Walk,
  visit: (node: FieldNode, type: GraphQLObjectType) => void,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, walk.variables)) continue;
    if (selection.kind === 'Field') {
      if (!selection.name.value.startsWith('__')) visit(selection, type);
    } else if (selection.kind === 'InlineFragment') {
      forEachField(selection.selectionSet, conditionType(selection, type, walk), walk, visit);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || walk.visiting.has(fragment.name.value)) continue;
      walk.visiting.add(fragment.name.value);
      forEachField(fragment.selectionSet, conditionType(fragment, type, walk), walk, visit);
      walk.visiting.delete(fragment.name.value);
    }
  }
}

function conditionType(node: InlineFragmentNode | FragmentDefinitionNode, type: GraphQLObjectType, walk: Walk): GraphQLObjectType {
  const named = node.typeCondition ? walk.schema.getType(node.typeCondition.name.value) : undefined;
  return named && isObjectType(named) ? named : type;
}

function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown>): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
  } catch {
    return true;
  }
}
