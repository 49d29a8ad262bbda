/**
 * OpenTelemetry spans for each request and its phases, through yoga's instrumentation hooks,
 * which wrap each phase so that its span is the active one while the phase runs: the statements
 * it sends (`dialect/observeStatement.ts`), a mutation's included, become its children. A `traceparent` header continues the
 * caller's trace when the application registered a propagator (the Node SDK registers W3C's).
 * Without a registered tracer provider every span is a no-op, and the phase spans are not made.
 */
import { SpanKind, context, propagation, trace, type Span } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { inSpan, tracing } from '../telemetry/tracer.js';

/** Reads a header for `propagation.extract`: the Fetch API's `Headers`. */
const headerGetter = {
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
  keys: (headers: Headers) => [...headers.keys()],
};

/** Runs `wrapped` in a child span of the active one, when that one is recorded. */
function phase<T>(name: string, wrapped: () => T): T {
  return tracing() ? inSpan(name, {}, wrapped) : wrapped();
}

export function useTracing(): Plugin {
  return {
    instrumentation: {
      request: ({ request }, wrapped) => {
        const parent = propagation.extract(context.active(), request.headers, headerGetter);
        const traced = (span: Span) => {
          // Attributes only for a recorded span: without a provider a request costs no URL parse.
          if (span.isRecording()) span.setAttributes({ 'http.request.method': request.method, 'url.path': new URL(request.url).pathname });
          return wrapped();
        };
        return inSpan('graphql.request', {}, traced, { kind: SpanKind.SERVER, parent });
      },
      parse: (_payload, wrapped) => phase('graphql.parse', wrapped),
      validate: (_payload, wrapped) => phase('graphql.validate', wrapped),
      execute: (_payload, wrapped) => phase('graphql.execute', wrapped),
    },
    onExecute({ args }) {
      // The execute span is active here: name the operation on it.
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      span.setAttribute('graphql.operation.type', operation.operation);
      if (operation.name) span.setAttribute('graphql.operation.name', operation.name.value);
    },
    onResponse({ response }) {
      trace.getActiveSpan()?.setAttribute('http.response.status_code', response.status);
    },
  };
}
