/** Counts the statements one request sends, for its log line, the metrics and the dev-mode `extensions`. */
import type { Executor } from '../dialect/Driver.js';
import type { RequestStats } from '../resolvers/RelgraphContext.js';

/**
 * With `stats.trace` (explain mode), also sums the time each statement took and keeps its SQL
 * text when `trace.sql` is there to hold it.
 *
 * @example
 * const stats = { statements: 0 };
 * const executor = countStatements(driver, stats); // executor.execute(q) runs driver.execute(q) and counts it
 */
export function countStatements(executor: Executor, stats: RequestStats): Executor {
  return {
    execute(query) {
      stats.statements += 1;
      const trace = stats.trace;
      if (!trace) return executor.execute(query);
      trace.sql?.push(query.sql);
      const started = performance.now();
      return executor.execute(query).finally(() => {
        trace.ms += performance.now() - started;
      });
    },
  };
}
