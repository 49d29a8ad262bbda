/**
 * OpenTelemetry tracing, through `@opentelemetry/api` only: relgraph creates spans, the
 * application decides whether they go anywhere. Without a registered tracer provider (and a
 * context manager, which the Node SDK registers) every span here is a no-op, and the checks below
 * keep relgraph from even creating the per-phase and per-statement ones.
 *
 * The spans of a request: `graphql.request` (SERVER) > `graphql.parse`, `graphql.validate`,
 * `graphql.execute` > one `SELECT`/`INSERT`/… span per statement (CLIENT, `db.*` attributes); a
 * mutation's statements under one `relgraph.transaction` span per attempt (`server/runUnitOfWork.ts`).
 * `docs/tracing.md` is the user's page.
 */
import { SpanKind, SpanStatusCode, context, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';

/**
 * Asked of the global provider at each use rather than kept: a tracer taken before the
 * application registers its provider (or after it is shut down) would keep answering for the
 * wrong one.
 */
function tracer() {
  return trace.getTracer('relgraph');
}

/** Whether a span is being recorded now, i.e. whether children of it are worth creating. */
export function tracing(): boolean {
  return trace.getActiveSpan()?.isRecording() === true;
}

/**
 * Runs `work` inside a new active span named `name`, and ends it when `work` settles: with an
 * error status and the exception when it throws or rejects.
 *
 * @example
 * await inSpan('graphql.execute', { 'graphql.operation.type': 'query' }, () => execute(args));
 */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => T,
  options: { kind?: SpanKind; parent?: Context } = {},
): T {
  return tracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes },
    options.parent ?? context.active(),
    (span) => {
      let result: T;
      try {
        result = work(span);
      } catch (error) {
        fail(span, error);
        span.end();
        throw error;
      }
      if (result instanceof Promise) {
        return result.then(
          (value) => {
            span.end();
            return value;
          },
          (error: unknown) => {
            fail(span, error);
            span.end();
            throw error;
          },
        ) as T;
      }
      span.end();
      return result;
    },
  );
}

/** Marks `span` as failed with `error`. */
export function fail(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}
