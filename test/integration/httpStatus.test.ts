/**
 * The HTTP status of each kind of error under each media type, as the table "HTTP status by
 * media type" of `docs/graphql-surface.md` gives it: a request error (refused before it runs, no
 * `data`) is 400 under application/graphql-response+json and 200 under application/json; an error
 * while running keeps `data` and is 200 under both. Every refused request leaves the tables as
 * they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import type { Mapping } from '../../src/mapper/index.js';
import { configure } from '../../src/session/configure.js';
import { createHandler, type HandlerOptions } from '../../src/server/createHandler.js';
import { createTestDriver, DIALECTS, insertRows, selectRows, type TestDriver } from '../support/index.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  readonly body: { data?: unknown; errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }> };
}

/** `{ parents(limit: 1) { children { parent { … { id } } } } }`, `depth` fields deep. */
const nested = (depth: number) => {
  const path = ['parents(limit: 1)', ...Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? 'children' : 'parent'))];
  return `{ ${path.map((field) => `${field} {`).join(' ')} id ${'}'.repeat(path.length)} }`;
};
const create = (alias: string) => `${alias}: createParent(input: { name: "new" }) { id }`;

/** Everything an error answer may not show, whatever the mode. */
const internals = /originalError|stack|\bat .+:\d+:\d+|node_modules|SyntaxError|sqlite|mysql|mariadb|\bSELECT\b|\bINSERT\b/i;

/** A request refused before it runs: its code, its message (a string, or a pattern) and its body. */
interface RequestErrorCase {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** The variables as JSON text, for values too deep for JSON.stringify here. */
  readonly variablesJson?: string;
  readonly operationName?: string;
  readonly code: string;
  readonly message?: string | RegExp;
}

const requestErrors: readonly RequestErrorCase[] = [
  { name: 'a syntax error', query: `mutation { ${create('a')}`, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a field the schema lacks', query: 'mutation { createParent(input: { nme: "new" }) { id } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'depth 9',
    query: nested(9),
    code: 'QUERY_TOO_COMPLEX',
    message: 'The operation is 9 levels deep, more than the 6 allowed. Ask for fewer nested fields.',
  },
  {
    name: '16 aliases',
    query: `mutation { ${Array.from({ length: 16 }, (_, i) => create(`a${i}`)).join(' ')} }`,
    code: 'QUERY_TOO_COMPLEX',
    message: 'The operation uses 16 aliases, more than the 15 allowed. Ask for fewer aliased fields, or split it into several requests.',
  },
  {
    name: '60 directives',
    query: `mutation { createParent(input: { name: "new" }) { id ${'@include(if: true) '.repeat(60)}} }`,
    code: 'QUERY_TOO_COMPLEX',
    message: 'The operation uses 60 directives, more than the 50 allowed. Use fewer directives.',
  },
  {
    name: 'too many tokens',
    query: `mutation { createParent(input: { name: "new" }) { ${'id '.repeat(1100)}} }`,
    code: 'QUERY_TOO_COMPLEX',
    message:
      'The document has more than 1000 tokens (names, punctuation and values). Send a shorter document, or split it into several requests.',
  },
  {
    name: 'too long a query',
    query: `mutation { ${create('a')} } # ${'x'.repeat(15_000)}`,
    code: 'QUERY_TOO_COMPLEX',
    message:
      /^The query is 150\d\d characters long, more than the 15000 allowed\. Send a shorter query, or split it into several requests\.$/,
  },
  {
    name: 'too costly a query',
    query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: parents(limit: 1) { id name children { id parent { id name } } }`).join(' ')} }`,
    code: 'QUERY_TOO_COMPLEX',
    message:
      /^The operation costs \d+ points, more than the 200 allowed \(a field costs 1, an object 2, more when nested\)\. Ask for fewer fields and nested lists, or split it into several requests\.$/,
  },
  {
    name: 'a row estimate over the budget',
    query: '{ parents(limit: 1000) { children(limit: 1000) { id } } }',
    code: 'QUERY_TOO_COMPLEX',
    message:
      'The operation could read 1001000 rows, more than the 25000 allowed. Ask for fewer with limit or first, or split it into several requests.',
  },
  {
    name: 'a string for an Int variable',
    query: 'query ($id: Int!) { parent(id: $id) { id } }',
    variables: { id: 'x' },
    code: 'BAD_USER_INPUT',
    message: 'Variable "$id" got invalid value "x"; Int cannot represent non-integer value: "x"',
  },
  {
    name: 'a number for a String variable of a mutation',
    query: 'mutation ($n: String!) { createParent(input: { name: $n }) { id } }',
    variables: { n: 5 },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a missing non-null variable of a mutation',
    query: 'mutation ($n: String!) { createParent(input: { name: $n }) { id } }',
    variables: {},
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a mutation variable nested 1,000 creates deep, every level invalid',
    query: 'mutation ($c: ChildCreateInput!) { createChild(input: $c) { id } }',
    variablesJson: `{"c":${'{"parent":{"create":{"children":{"create":['.repeat(1000)}{}${']}}}}'.repeat(1000)}}`,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an Int variable past 32 bits',
    query: 'mutation ($id: Int!) { updateParent(id: $id, input: { name: "new" }) { id } }',
    variables: { id: 2 ** 40 },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'two operations and no operationName',
    query: `mutation A { ${create('a')} } mutation B { ${create('b')} }`,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an operationName the document lacks',
    query: `mutation A { ${create('a')} }`,
    operationName: 'B',
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
];

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: HTTP status by media type`, () => {
    let driver: TestDriver;
    let mapping: Mapping;
    const snapshot = async () => ({
      parent: await selectRows(driver, 'SELECT id, name FROM parent ORDER BY id'),
      child: await selectRows(driver, 'SELECT id, parent_id FROM child ORDER BY id'),
    });
    const handler = (options: Partial<HandlerOptions> = {}) =>
      createHandler(mapping, { driver, logging: false, development: true, limits: { cost: 200 }, ...options });
    let yoga: ReturnType<typeof handler>;

    /** Posts the operation and checks that the tables are unchanged afterwards. */
    async function refused(accept: string, body: Record<string, unknown> | string, server = yoga): Promise<Answer> {
      const before = await snapshot();
      const response = await server.fetch('http://relgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      expect(await snapshot()).toEqual(before);
      return { status: response.status, contentType: response.headers.get('content-type'), text, body: JSON.parse(text) as Answer['body'] };
    }

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      mapping = configure(Base);
      await createAll(mapping, driver);
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1' },
        { id: 2, name: 'p2' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, parent_id: 1 },
        { id: 2, parent_id: 2 },
      ]);
      yoga = handler();
    });
    afterAll(() => driver?.drop());

    for (const { name, query, variables, variablesJson, operationName, code, message } of requestErrors) {
      it(`answers ${name} with ${code}, no data, 400 under ${GRAPHQL_RESPONSE} and 200 under ${JSON_TYPE}`, async () => {
        for (const [accept, status] of [
          [GRAPHQL_RESPONSE, 400],
          [JSON_TYPE, 200],
        ] as const) {
          const answer = await refused(
            accept,
            variablesJson
              ? `{"query":${JSON.stringify(query)},"variables":${variablesJson}}`
              : { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) },
          );
          expect({ accept, status: answer.status }).toEqual({ accept, status });
          expect(answer.contentType).toBe(`${accept}; charset=utf-8`);
          expect(answer.body).not.toHaveProperty('data');
          expect(answer.body.errors?.map((error) => error.extensions?.['code'])).toEqual(answer.body.errors?.map(() => code));
          if (typeof message === 'string') expect(answer.body.errors?.[0]?.message).toBe(message);
          if (message instanceof RegExp) expect(answer.body.errors?.[0]?.message).toMatch(message);
          expect(answer.text).not.toMatch(internals);
        }
      });
    }

    it('answers an error while a mutation runs with data null and 200 under both media types', async () => {
      for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
        const answer = await refused(accept, { query: `mutation { ${create('a')} b: updateParent(id: 99, input: { name: "x" }) { id } }` });
        expect(answer.status).toBe(200);
        expect(answer.body.data).toBeNull();
        expect(answer.body.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'NOT_FOUND' } });
      }
    });

    it('answers an argument out of range in a query with data null and 200 under both media types', async () => {
      for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
        const answer = await refused(accept, { query: '{ parents(limit: -1) { id } }' });
        expect(answer.status).toBe(200);
        expect(answer.body).toHaveProperty('data', null);
        expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      }
    });

    it('answers a malformed request (no query) with BAD_REQUEST and 400 under both media types', async () => {
      for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
        for (const body of [
          {},
          { query: null },
          { query: 42 },
          { query: '{ __typename }', variables: [1] },
          { query: '{ __typename }', operationName: 5 },
        ]) {
          const answer = await refused(accept, body);
          expect({ body, status: answer.status }).toEqual({ body, status: 400 });
          expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
        }
      }
    });

    it('answers an unexpected error outside any field with 500 under both media types, and no stack', async () => {
      for (const development of [true, false]) {
        const failing = handler({
          development,
          viewer: () => {
            throw new Error('session store is down');
          },
        });
        for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
          const answer = await refused(accept, { query: `mutation { ${create('a')} }` }, failing);
          expect(answer.status).toBe(500);
          expect(answer.body).not.toHaveProperty('data');
          expect(answer.body.errors).toEqual([
            {
              message: 'Unexpected error.',
              extensions: { code: 'INTERNAL_SERVER_ERROR', ...(development ? { cause: 'session store is down' } : {}) },
            },
          ]);
          expect(answer.text).not.toMatch(internals);
        }
      }
    });

    it('answers a valid operation with 200 under both media types', async () => {
      for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
        const answer = await refused(accept, { query: 'query ($id: Int!) { parent(id: $id) { name } }', variables: { id: 1 } });
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({ data: { parent: { name: 'p1' } } });
        expect(answer.body.errors).toBeUndefined();
      }
    });
  });

  describe(`${dialect.name}: introspection in production mode`, () => {
    let driver: TestDriver;
    let yoga: ReturnType<typeof createHandler>;
    const post = async (accept: string, body: Record<string, unknown>) => {
      const response = await yoga.fetch('http://relgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Answer['body'] };
    };

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      const mapping = configure(Base);
      await createAll(mapping, driver);
      yoga = createHandler(mapping, { driver, logging: false, production: true });
    });
    afterAll(() => driver?.drop());

    it('refuses __schema as a request error: 400 or 200 by media type', async () => {
      for (const [accept, status] of [
        [GRAPHQL_RESPONSE, 400],
        [JSON_TYPE, 200],
      ] as const) {
        const answer = await post(accept, { query: '{ __schema { types { name } } }' });
        expect(answer.status).toBe(status);
        expect(answer.body).not.toHaveProperty('data');
        expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(answer.body.errors?.[0]?.message).toMatch(/Introspection is turned off in production/);
      }
    });

    it('answers __type with null for every name, existing or not', async () => {
      for (const name of ['Parent', 'Query', 'ParentWhere', 'String', 'sometype']) {
        const answer = await post(GRAPHQL_RESPONSE, {
          query: 'query Type($name: String!) { t: __type(name: $name) { name fields { name } } }',
          variables: { name },
        });
        expect({ name, ...answer }).toEqual({ name, status: 200, body: { data: { t: null } } });
      }
      expect((await post(JSON_TYPE, { query: '{ __type(name: "Parent") { name } __typename }' })).body).toEqual({
        data: { __type: null, __typename: 'Query' },
      });
    });
  });
}
