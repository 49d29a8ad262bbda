/**
 * Refuses, before any SQL, an operation whose static row estimate passes the budget: a request
 * error (`QUERY_TOO_COMPLEX`, no `data`), so HTTP 400 under `application/graphql-response+json`
 * and 200 under `application/json`.
 */
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import { coerceVariables } from '../execute/coerceVariables.js';
import type { Plugin } from 'graphql-yoga';
import { estimateRows } from './estimateRows.js';
import type { Limits } from './limits.js';
import { requestErrorHttp } from './useRequestErrorCodes.js';

/**
 * @example
 * createYoga({ schema, plugins: [useRowEstimate({ rowBudget: 1000, defaultLimit: 100, maxLimit: 1000 })] });
 * // { parents(limit: 100) { children(limit: 20) { id } } } → 400, nothing read:
 * // "The operation could read 2100 rows, more than the 1000 allowed. Ask for fewer with limit or first, or split it into several requests."
 */
export function useRowEstimate(limits: Pick<Limits, 'rowBudget' | 'defaultLimit' | 'maxLimit'>): Plugin {
  // An operation without variables has one estimate: worked out once per document (yoga hands
  // the same document object for the same query text).
  const fixed = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateFor(args, limits, fixed);
      if (estimate === undefined || estimate <= limits.rowBudget) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `The operation could read ${estimate} rows, more than the ${limits.rowBudget} allowed. Ask for fewer with limit or first, or split it into several requests.`,
            {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: requestErrorHttp() },
            },
          ),
        ],
      });
    },
  };
}

/** Undefined when the variables do not coerce or a limit is out of range: execution reports those, with their codes. */
function estimateFor(
  args: ExecutionArgs,
  limits: Pick<Limits, 'defaultLimit' | 'maxLimit'>,
  fixed: WeakMap<DocumentNode, Map<string, number | undefined>>,
): number | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return undefined;
  const estimate = () => {
    const variables = coerceVariables(args.schema, operation, args.variableValues, args.contextValue);
    if (variables.errors) return undefined;
    return estimateRows(args, variables.coerced, { defaultLimit: limits.defaultLimit, maxLimit: limits.maxLimit });
  };
  if (operation.variableDefinitions?.length) return estimate();
  let byOperation = fixed.get(args.document);
  if (!byOperation) fixed.set(args.document, (byOperation = new Map()));
  const key = args.operationName ?? '';
  if (!byOperation.has(key)) byOperation.set(key, estimate());
  return byOperation.get(key);
}
