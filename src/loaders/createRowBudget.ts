/** The per-operation row budget the loaders charge (`docs/reliability.md` §0, "Rows an operation may fetch"). */
import { QueryTooComplexError } from '../errors/RelgraphError.js';
import type { RowBudget } from './Loaders.js';

/**
 * @example
 * const budget = createRowBudget(25_000);
 * budget.charge(24_000); budget.remaining(); // 1000
 * budget.charge(2_000);                      // throws QUERY_TOO_COMPLEX
 */
export function createRowBudget(limit: number): RowBudget {
  let used = 0;
  return {
    remaining: () => Math.max(0, limit - used),
    charge(rows) {
      used += rows;
      if (used > limit) {
        throw new QueryTooComplexError(
          `The operation reads more than ${limit} rows, the row budget. Ask for fewer with limit or first, page through the rows with a …Connection field, or split the operation into several requests.`,
        );
      }
    },
  };
}
