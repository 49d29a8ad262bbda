/**
 * Times one statement and reports it to `DriverOptions.onStatement`, whether it succeeds or fails;
 * inside a traced request, also as an OpenTelemetry span (`telemetry/tracer.ts`).
 */
import { SpanKind, type Attributes, type Span } from '@opentelemetry/api';
import type { CompiledQuery } from '../sql/statements.js';
import { inSpan, tracing } from '../telemetry/tracer.js';
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
  system?: DatabaseSystem,
): Promise<QueryResult> {
  // A span per statement only inside a recorded one (a traced request or transaction).
  if (tracing())
    return inSpan(spanName(query), statementAttributes(query, system), (span) => observe(onStatement, query, send, span), clientSpan);
  return observe(onStatement, query, send, undefined);
}

/** `db.system` as OpenTelemetry's semantic conventions name it. */
export type DatabaseSystem = 'mysql' | 'mariadb' | 'sqlite';

const clientSpan = { kind: SpanKind.CLIENT };

/** `SELECT`, `INSERT`, …, `COMMIT`: the statement's first word, as the span's name and `db.operation`. */
function spanName(query: CompiledQuery): string {
  return /^\s*(\w+)/.exec(query.sql)?.[1]?.toUpperCase() ?? query.kind.toUpperCase();
}

/** The statement's text, never its parameter values: relgraph's SQL holds none. */
function statementAttributes(query: CompiledQuery, system: DatabaseSystem | undefined): Attributes {
  return { ...(system ? { 'db.system': system } : {}), 'db.statement': query.sql, 'db.operation': spanName(query) };
}

async function observe(
  onStatement: DriverOptions['onStatement'],
  query: CompiledQuery,
  send: () => Promise<QueryResult> | QueryResult,
  span: Span | undefined,
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
  span?.setAttribute('db.response.returned_rows', rowCount);
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
