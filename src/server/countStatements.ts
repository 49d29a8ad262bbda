/** Counts the statements one request sends, for its log line and the metrics. */
import type { Executor } from '../dialect/Driver.js';
import type { RequestStats } from '../resolvers/RelgraphContext.js';

/**
 * @example
 * const stats = { statements: 0 };
 * const executor = countStatements(driver, stats); // executor.execute(q) runs driver.execute(q) and counts it
 */
export function countStatements(executor: Executor, stats: RequestStats): Executor {
  return {
    execute(query) {
      stats.statements += 1;
      return executor.execute(query);
    },
  };
}
