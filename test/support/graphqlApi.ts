/** A relgraph API over a test database, called through `yoga.fetch` (no port): `api.query(...)`. */
import type { DeclarativeBase } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import type { Driver } from '../../src/dialect/Driver.js';
import type { Mapping } from '../../src/mapper/index.js';
import { configure } from '../../src/session/configure.js';
import { createHandler, type HandlerOptions, type RelgraphServer } from '../../src/server/createHandler.js';

export interface GraphQLResponse<T = any> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: ReadonlyArray<{
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }>;
}

export interface TestApi {
  readonly mapping: Mapping;
  readonly yoga: RelgraphServer;
  /** Sends one operation; returns the parsed response with its HTTP status. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like `query`, but fails the test when the response has errors. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * @example
 * const api = await createTestApi(Base, driver);            // creates the tables too
 * const { parents } = await api.data('{ parents { id } }');
 */
export async function createTestApi(
  models: DeclarativeBase | Mapping,
  driver: Driver,
  options: Partial<HandlerOptions> = {},
): Promise<TestApi> {
  const mapping = 'models' in models && Array.isArray(models.models) ? (models as Mapping) : configure(models as DeclarativeBase);
  await createAll(mapping, driver);
  const yoga = createHandler(mapping, { driver, logging: false, development: true, ...options });
  const query = async <T>(text: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await yoga.fetch('http://relgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: response.status, ...(await response.json()) } as GraphQLResponse<T>;
  };
  return {
    mapping,
    yoga,
    query,
    async data<T>(text: string, variables?: Record<string, unknown>) {
      const result = await query<T>(text, variables);
      if (result.errors?.length) throw new Error(`The operation failed: ${JSON.stringify(result.errors)}\n${text}`);
      return result.data as T;
    },
  };
}
