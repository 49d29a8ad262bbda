/** Times one statement and reports it to `DriverOptions.onStatement`, whether it succeeds or fails. */
import type { CompiledQuery } from '../sql/statements.js';
import type { DriverOptions, QueryResult, StatementEvent } from './Driver.js';

/**
 * Runs `send` and reports the statement afterwards. A listener that throws is reported as a
 * process warning and does not change the statement's outcome: a logging hook must never leave
 * a connection checked out or a transaction open.
 *
 * @example
 * const result = await observeStatement(options.onStatement, query, () => connection.execute(query.sql, query.params));
 */
export async function observeStatement(
  onStatement: DriverOptions['onStatement'],
  query: CompiledQuery,
  send: () => Promise<QueryResult> | QueryResult,
): Promise<QueryResult> {
  const start = performance.now();
  let result: QueryResult;
  try {
    result = await send();
  } catch (error) {
    notify(onStatement, {
      sql: query.sql,
      params: query.params,
      kind: query.kind,
      durationMs: performance.now() - start,
      rowCount: 0,
      error,
    });
    throw error;
  }
  const rowCount = query.kind === 'select' || result.rows.length > 0 ? result.rows.length : result.affectedRows;
  notify(onStatement, { sql: query.sql, params: query.params, kind: query.kind, durationMs: performance.now() - start, rowCount });
  return result;
}

function notify(onStatement: DriverOptions['onStatement'], event: StatementEvent): void {
  if (!onStatement) return;
  try {
    onStatement(event);
  } catch (error) {
    process.emitWarning(
      `relgraph: the onStatement listener threw, and the error was ignored: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
