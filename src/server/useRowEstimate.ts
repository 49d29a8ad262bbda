/**
 * Refuses, before any SQL, an operation whose static row estimate passes the budget: a request
 * error (`QUERY_TOO_COMPLEX`, no `data`), so HTTP 400 under `application/graphql-response+json`
 * and 200 under `application/json`.
 */
import { getVariableValues, GraphQLError, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { estimateRows } from './estimateRows.js';
import type { Limits } from './limits.js';
import { requestErrorHttp } from './useRequestErrorCodes.js';

/**
 * @example
 * createYoga({ schema, plugins: [useRowEstimate({ rowBudget: 1000, defaultLimit: 100, maxLimit: 1000 })] });
 * // { parents(limit: 100) { children(limit: 20) { id } } } → 400, nothing read:
 * // "The operation could read 2100 rows, more than the 1000 allowed. Ask for fewer with limit, or split it into several requests."
 */
export function useRowEstimate(limits: Pick<Limits, 'rowBudget' | 'defaultLimit' | 'maxLimit'>): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateFor(args, limits);
      if (estimate === undefined || estimate <= limits.rowBudget) return;
      setResultAndStopExecution({
        errors: [new GraphQLError(`The operation could read ${estimate} rows, more than the ${limits.rowBudget} allowed. Ask for fewer with limit, or split it into several requests.`, {
          extensions: { code: 'QUERY_TOO_COMPLEX', http: requestErrorHttp() },
        })],
      });
    },
  };
}

/** Undefined when the variables do not coerce or a limit is out of range: execution reports those, with their codes. */
function estimateFor(args: ExecutionArgs, limits: Pick<Limits, 'defaultLimit' | 'maxLimit'>): number | undefined {
  const operation = args.document.definitions.find((d) => d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName));
  if (!operation || operation.kind !== 'OperationDefinition') return undefined;
  const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
  if (variables.errors) return undefined;
  return estimateRows(args, variables.coerced, { defaultLimit: limits.defaultLimit, maxLimit: limits.maxLimit });
}
