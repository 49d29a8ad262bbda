/**
 * The plan executor: answers a query operation from a cached plan (`planOperation`), loading
 * level by level (`fetchPlan`) and writing the JSON in one pass (`shapeResponse`), with the
 * bytes graphql-js's `execute` would give. Whatever it does not plan it hands back, with the
 * reason, for graphql-js to run.
 *
 * Plans are cached per document (bounded, least recently used first out), then per operation
 * name and the values of the variables `@skip` / `@include` read. graphql-yoga hands the same
 * document object for the same query text (its parser cache), so a repeated request costs one
 * map lookup and no walk of the document. A server that parses every request anew still gets
 * right answers: the document misses, and old entries are evicted.
 */
import {
  getOperationAST,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OperationChecks, Problems } from '../arguments/checkOperation.js';
import type { ReadQueries } from '../reads/readQueries.js';
import type { RelgraphContext } from '../resolvers/RelgraphContext.js';
import { coerceVariables } from './coerceVariables.js';
import { directiveVariables } from './collectFields.js';
import { fetchPlan } from './fetchPlan.js';
import { planOperation, type Planned } from './plan.js';
import { shapeResponse } from './shapeResponse.js';

export interface PlanExecutorOptions {
  readonly schema: GraphQLSchema;
  readonly reads: ReadQueries;
  readonly checks: OperationChecks;
  /** Documents whose plans are kept. Default 1,000. */
  readonly maxDocuments?: number;
}

export type PlanRun = { readonly result: Promise<ExecutionResult>; readonly planCache: 'hit' | 'miss' } | { readonly fallback: string };

export interface PlanCacheStats {
  readonly documents: number;
  /** Documents pushed out of the cache to make room, since start. */
  readonly evictions: number;
}

export interface PlanExecutor {
  /**
   * The answer to a query or mutation operation, or why graphql-js must answer it instead. A
   * mutation must already run inside its unit of work (`runUnitOfWork`): its fields call their
   * own resolvers, and the planner answers their payloads.
   *
   * @example
   * const run = planner.run(args);
   * const result = 'result' in run ? await run.result : await graphqlExecute(args);
   */
  run(args: ExecutionArgs): PlanRun;
  cacheStats(): PlanCacheStats;
}

interface DocumentEntry {
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly operations: Map<string, OperationEntry>;
}

interface OperationEntry {
  readonly operation: OperationDefinitionNode | null;
  readonly directiveVariables: readonly string[];
  readonly plans: Map<string, Planned>;
  /** The argument problems of an operation without variables: they cannot change. */
  problems?: Problems;
}

const noProblems: Problems = new Map();

/** Documents whose plans are kept when `maxDocuments` is not given (`planCacheSize`). */
export const defaultPlanCacheSize = 1000;

/** Plans per operation at most: `@skip` / `@include` on n variables make up to 2^n plans. */
const maxPlansPerOperation = 64;

export function createPlanExecutor(options: PlanExecutorOptions): PlanExecutor {
  const { schema, reads, checks } = options;
  let evictions = 0;
  const documents = new LRUCache<DocumentNode, DocumentEntry>({
    max: options.maxDocuments ?? defaultPlanCacheSize,
    dispose: (_entry, _key, reason) => {
      if (reason === 'evict') evictions += 1;
    },
  });

  const operationOf = (
    document: DocumentNode,
    name: string | null | undefined,
  ): { entry: DocumentEntry; operation: OperationEntry; hit: boolean } => {
    let entry = documents.get(document);
    let hit = true;
    if (!entry) {
      hit = false;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions)
        if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
      entry = { fragments, operations: new Map() };
      documents.set(document, entry);
    }
    const key = name ?? '';
    let operation = entry.operations.get(key);
    if (!operation) {
      hit = false;
      const found = getOperationAST(document, name);
      const selectionSets = found ? [found.selectionSet, ...Object.values(entry.fragments).map((fragment) => fragment.selectionSet)] : [];
      operation = { operation: found ?? null, directiveVariables: directiveVariables(selectionSets), plans: new Map() };
      entry.operations.set(key, operation);
    }
    return { entry, operation, hit };
  };

  return {
    run(args) {
      if (args.schema !== schema) return { fallback: "the schema is not relgraph's own" };
      if (args.fieldResolver || args.typeResolver) return { fallback: 'a default field or type resolver was given' };
      const context = (args.contextValue as RelgraphContext | undefined)?.relgraph;
      if (!context?.loaders) return { fallback: 'the context has no relgraph loaders' };
      const { entry, operation: cached, hit } = operationOf(args.document, args.operationName);
      const operation = cached.operation;
      // No such operation, or several without a name: graphql-js words that error.
      if (!operation) return { fallback: 'the operation was not found' };
      if (operation.operation === 'subscription') return { fallback: 'subscription operations run on graphql-js' };
      const definitions = operation.variableDefinitions ?? [];
      const coerced = coerceVariables(schema, operation, args.variableValues, args.contextValue);
      // graphql-js reports variables that do not coerce, in its words.
      if (coerced.errors) return { fallback: 'the variables do not coerce' };
      const variables = coerced.coerced;
      const planKey = cached.directiveVariables.map((name) => String(variables[name])).join(',');
      let planned = cached.plans.get(planKey);
      const planHit = hit && planned !== undefined;
      if (!planned) {
        planned = planOperation({ schema, fragments: entry.fragments, variables, isGuarded: reads.isGuarded }, operation);
        if (cached.plans.size < maxPlansPerOperation) cached.plans.set(planKey, planned);
      }
      if ('fallback' in planned) return planned;
      const { plan } = planned;
      // A mutation's fields check the operation in their own resolvers (and the executor refused
      // a mutation with a problem before BEGIN); a query's root fields are the planner's to check.
      const problems =
        operation.operation === 'mutation'
          ? noProblems
          : definitions.length > 0
            ? checks.problems(schema, operation, entry.fragments, variables)
            : (cached.problems ??= checks.problems(schema, operation, entry.fragments, variables));
      const execution = { schema, operation, rootValue: args.rootValue, variableValues: variables, contextValue: args.contextValue };
      const fetchContext = {
        execution,
        loaders: context.loaders,
        access: context.access,
        reads,
        variables,
        fragments: entry.fragments,
        problems,
      };
      return {
        result: fetchPlan(plan, fetchContext).then((fetched) => shapeResponse(plan, fetched, context.access, reads)),
        planCache: planHit ? 'hit' : 'miss',
      };
    },

    cacheStats: () => ({ documents: documents.size, evictions }),
  };
}
