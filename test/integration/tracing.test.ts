/**
 * OpenTelemetry spans, recorded by the SDK's in-memory exporter with the context manager the
 * Node SDK registers: a request's span tree (request > parse, validate, execute > one span per
 * statement), the caller's trace continued from `traceparent`, no parameter values in
 * `db.statement`, and nothing recorded when no tracer provider is registered.
 */
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { createConnection } from 'mysql2/promise';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { createTestDriver, DIALECTS, insertRows, type TestDriver } from '../support/index.js';
import { mariadbFor } from '../support/requireDialect.js';
import { configure, createAll, createHandler } from './serverFixtures.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
const mapping = configure(Base);

const exporter = new InMemorySpanExporter();

/** The spans of one trace as `name` lines indented by depth, children in start order. */
function tree(spans: readonly ReadableSpan[]): string[] {
  const byParent = new Map<string | undefined, ReadableSpan[]>();
  const ids = new Set(spans.map((span) => span.spanContext().spanId));
  for (const span of spans) {
    const parent = span.parentSpanContext?.spanId;
    const key = parent && ids.has(parent) ? parent : undefined;
    byParent.set(key, [...(byParent.get(key) ?? []), span]);
  }
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => hr(a.startTime) - hr(b.startTime));
    for (const span of children) {
      lines.push(`${'  '.repeat(depth)}${span.name}`);
      walk(span.spanContext().spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return lines;
}

const hr = ([seconds, nanos]: readonly [number, number]) => seconds * 1e9 + nanos;

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: OpenTelemetry spans`, () => {
    let driver: TestDriver;
    let handler: ReturnType<typeof createHandler>;

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      await createAll(mapping, driver);
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1' },
        { id: 2, name: 'p2' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'c1', parent_id: 1 },
        { id: 2, name: 'c2', parent_id: 2 },
      ]);
      handler = createHandler(mapping, { driver, logging: false, production: true });
    });
    afterAll(() => driver?.drop());

    beforeEach(() => {
      const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
      trace.setGlobalTracerProvider(provider);
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    });
    afterEach(() => {
      trace.disable();
      context.disable();
      propagation.disable();
      exporter.reset();
    });

    const post = async (query: string, headers: Record<string, string> = {}) => {
      const response = await handler.fetch('http://relgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown };
    };

    it('traces a nested query: request > parse, validate, execute > a span per statement', async () => {
      const answer = await post('query Tree { parents { name children { name } } }');
      expect(answer.errors).toBeUndefined();
      const spans = exporter.getFinishedSpans();
      expect(tree(spans)).toEqual([
        'graphql.request',
        '  graphql.parse',
        '  graphql.validate',
        '  graphql.execute',
        '    SELECT',
        '    SELECT',
      ]);
      const request = spans.find((span) => span.name === 'graphql.request')!;
      expect(request.kind).toBe(SpanKind.SERVER);
      expect(request.attributes).toMatchObject({ 'http.request.method': 'POST', 'url.path': '/graphql' });
      const execute = spans.find((span) => span.name === 'graphql.execute')!;
      expect(execute.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'Tree' });
      const selects = spans.filter((span) => span.name === 'SELECT');
      for (const select of selects) {
        expect(select.kind).toBe(SpanKind.CLIENT);
        expect(select.attributes['db.system']).toBe(dialect.name === 'sqlite' ? 'sqlite' : 'mariadb');
        expect(select.attributes['db.operation']).toBe('SELECT');
        expect(select.attributes['db.statement']).toMatch(/^SELECT /);
      }
      expect(selects.map((span) => span.attributes['db.response.returned_rows'])).toEqual([2, 2]);
    });

    it('keeps parameter values out of db.statement', async () => {
      await post('{ parents(where: { name: { eq: "secret-name" } }) { id } }');
      const statements = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.CLIENT);
      expect(statements.length).toBeGreaterThan(0);
      for (const span of statements) expect(String(span.attributes['db.statement'])).not.toContain('secret-name');
    });

    it("continues the caller's trace from a traceparent header", async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      await post('{ parents { id } }', { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
      const spans = exporter.getFinishedSpans();
      expect(spans.length).toBeGreaterThan(0);
      expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set([traceId]));
      expect(spans.find((span) => span.name === 'graphql.request')!.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    });

    it("puts a mutation's statements, transaction control included, in its transaction's span under execute", async () => {
      const answer = await post('mutation { createParent(input: { name: "p3", children: { create: [{ name: "c3" }] } }) { id } }');
      expect(answer.errors).toBeUndefined();
      const lines = tree(exporter.getFinishedSpans());
      expect(lines.slice(0, 5)).toEqual([
        'graphql.request',
        '  graphql.parse',
        '  graphql.validate',
        '  graphql.execute',
        '    relgraph.transaction',
      ]);
      expect(lines.slice(5).every((line) => line.startsWith('      '))).toBe(true);
      const statements = lines.slice(5).map((line) => line.trim());
      expect(statements[0]).toMatch(/^(BEGIN|START)$/);
      expect(statements.at(-1)).toBe('COMMIT');
      expect(statements.filter((name) => name === 'INSERT')).toHaveLength(2);
    });

    it('records nothing, and answers the same, without a tracer provider', async () => {
      trace.disable();
      const answer = await post('{ parent(id: 1) { name children { name } } }');
      expect(answer).toEqual({ data: { parent: { name: 'p1', children: [{ name: 'c1' }] } } });
      expect(exporter.getFinishedSpans()).toEqual([]);
    });
  });
}

const mariadb = mariadbFor('mariadb: the spans of a retried mutation');
describe.skipIf(!mariadb)('mariadb: the spans of a retried mutation', () => {
  let driver: TestDriver;

  beforeAll(async () => {
    // A one-second lock wait: the first attempt gives up on the held row, the second gets it.
    driver = await createTestDriver(mariadb!, { lockWaitTimeoutSeconds: 1 });
    await createAll(mapping, driver);
    await insertRows(driver, 'parent', [{ id: 1, name: 'p1' }]);
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });
  afterAll(async () => {
    trace.disable();
    context.disable();
    exporter.reset();
    await driver?.drop();
  });

  it('puts each attempt in a relgraph.transaction span, the failed one with an error, and the rerun as an event', async () => {
    const handler = createHandler(mapping, { driver, logging: false, production: true });
    const holder = await createConnection(driver.url);
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM parent WHERE id = 1 FOR UPDATE');
    // Released after the first attempt's lock wait (1 s) has failed, before the second one's ends.
    const release = new Promise<void>((resolve) => setTimeout(resolve, 1300)).then(async () => {
      await holder.query('ROLLBACK');
      await holder.end();
    });
    const response = await handler.fetch('http://relgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { updateParent(id: 1, input: { name: "after" }) { name } }' }),
    });
    await release;
    expect(await response.json()).toEqual({ data: { updateParent: { name: 'after' } } });
    const spans = exporter.getFinishedSpans();
    const attempts = spans.filter((span) => span.name === 'relgraph.transaction');
    expect(attempts.map((span) => [span.attributes['relgraph.transaction.attempt'], span.status.code])).toEqual([
      [1, SpanStatusCode.ERROR],
      [2, SpanStatusCode.UNSET],
    ]);
    const execute = spans.find((span) => span.name === 'graphql.execute')!;
    for (const attempt of attempts) expect(attempt.parentSpanContext?.spanId).toBe(execute.spanContext().spanId);
    expect(execute.events.map((event) => [event.name, event.attributes?.['relgraph.retry.reason']])).toEqual([
      ['relgraph.retry', 'a deadlock or lock wait'],
    ]);
    const under = (attempt: ReadableSpan) =>
      spans.filter((span) => span.parentSpanContext?.spanId === attempt.spanContext().spanId).map((span) => span.name);
    expect(under(attempts[0]!)).toContain('ROLLBACK');
    expect(under(attempts[1]!).at(-1)).toBe('COMMIT');
  }, 20_000);
});
