/**
 * Shared by connections.test.ts and aggregates.test.ts: one test database with two handlers
 * over it — the plan executor and graphql-js — and `ask()`, which sends an operation to both
 * (over HTTP, through `yoga.fetch`, so the limits and the row estimate apply) and fails the test
 * unless the two answers are the same JSON, byte for byte. `extensions` (which executor, the
 * plan cache, timings) is left out of the comparison; the statement count each executor reports
 * there (`explain`) is handed back.
 */
import { expect } from 'vitest';
import type { DeclarativeBase } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import type { Mapping } from '../../src/mapper/index.js';
import { configure } from '../../src/session/configure.js';
import { createHandler, type HandlerOptions, type RelgraphServer } from '../../src/server/createHandler.js';
import { createTestDriver, recordStatements, type StatementLog, type TestDialect, type TestDriver } from '../support/index.js';

export const EXECUTORS = ['plan', 'graphql-js'] as const;
export type ExecutorName = (typeof EXECUTORS)[number];

export interface GraphQLError {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

export interface Answer<T> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly GraphQLError[];
}

export interface Asked<T> {
  /** The answer both executors gave (without `extensions`). */
  readonly answer: Answer<T>;
  /** The statements each executor sent for it, as `extensions.relgraph.statements.count` says. */
  readonly statements: Readonly<Record<ExecutorName, number>>;
}

export interface Apis {
  readonly driver: TestDriver;
  /** Every statement sent on `driver`, by either handler or by the test itself. */
  readonly log: StatementLog;
  readonly mapping: Mapping;
  readonly handlers: Readonly<Record<ExecutorName, RelgraphServer>>;
  /** One executor's answer, and the statements it sent. */
  send<T = any>(
    executor: ExecutorName,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ answer: Answer<T>; statements: number }>;
  /** Both executors, one after the other; fails unless they answer the same JSON. */
  ask<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Asked<T>>;
  /** `ask`, failing on any error; the data. */
  data<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  /** Plain SQL on the test database, outside relgraph (fixtures, inserts and deletes between pages). */
  sql(sql: string, params?: unknown[]): Promise<void>;
  drop(): Promise<void>;
}

/**
 * @example
 * const apis = await openApis(dialect, Base);       // creates the tables
 * const { answer, statements } = await apis.ask('{ parentsConnection(first: 2) { totalCount } }');
 */
export async function openApis(dialect: TestDialect, models: DeclarativeBase, options: Partial<HandlerOptions> = {}): Promise<Apis> {
  const log = recordStatements();
  const driver = await createTestDriver(dialect, { onStatement: log.onStatement });
  const mapping = configure(models);
  await createAll(mapping, driver);
  const handler = (executor: ExecutorName) =>
    createHandler(mapping, { driver, logging: false, development: true, explain: true, executor, ...options });
  const handlers = { plan: handler('plan'), 'graphql-js': handler('graphql-js') };

  const send = async <T>(
    executor: ExecutorName,
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const response = await handlers[executor].fetch('http://relgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const { extensions, ...rest } = (await response.json()) as Omit<Answer<T>, 'status'> & {
      extensions?: { relgraph?: { executor?: string; statements?: { count: number } } };
    };
    // A request refused before execution (validation, limits) has no statements to report.
    const relgraph = extensions?.relgraph;
    if (relgraph?.executor === 'plan' && executor === 'graphql-js')
      throw new Error('the graphql-js handler answered with the plan executor');
    return { answer: { status: response.status, ...rest } as Answer<T>, statements: relgraph?.statements?.count ?? 0 };
  };

  const ask = async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Asked<T>> => {
    const plan = await send<T>('plan', query, variables, headers);
    const js = await send<T>('graphql-js', query, variables, headers);
    expect(JSON.stringify(plan.answer), `the plan executor and graphql-js differ on\n${query}\n${JSON.stringify(variables ?? {})}`).toBe(
      JSON.stringify(js.answer),
    );
    return { answer: plan.answer, statements: { plan: plan.statements, 'graphql-js': js.statements } };
  };

  return {
    driver,
    log,
    mapping,
    handlers,
    send,
    ask,
    async data<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      const { answer } = await ask<T>(query, variables, headers);
      if (answer.errors?.length)
        throw new Error(`The operation failed: ${JSON.stringify(answer.errors)}\n${query}\n${JSON.stringify(variables ?? {})}`);
      return answer.data as T;
    },
    async sql(sql, params = []) {
      await driver.execute({
        sql,
        params,
        kind: /^\s*select/i.test(sql) ? 'select' : /^\s*delete/i.test(sql) ? 'delete' : /^\s*update/i.test(sql) ? 'update' : 'insert',
      });
    },
    drop: () => driver.drop(),
  };
}

/** The statement counts of `ask`, both required to be `expected`. */
export function expectStatementCount(asked: Asked<unknown>, expected: number, what = ''): void {
  expect(asked.statements, what).toEqual({ plan: expected, 'graphql-js': expected });
}

/** The one error of an answer whose `data` holds no value for the failed field; its code and message. */
export function onlyError(answer: Answer<unknown>): GraphQLError {
  expect(answer.errors, JSON.stringify(answer)).toHaveLength(1);
  return answer.errors![0]!;
}

/** A small deterministic generator (mulberry32), so that a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
