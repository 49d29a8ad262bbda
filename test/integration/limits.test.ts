/**
 * The limits of `docs/reliability.md` §0, on by default: query shape (depth, aliases, tokens,
 * length, cost), transport (body size, content types, batching, GET), the row budget, nested
 * writes, and production mode — each rejected with its code and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import {
  createTestApi,
  createTestDriver,
  DIALECTS,
  insertRows,
  recordStatements,
  selectRows,
  type TestApi,
  type TestDriver,
} from '../support/index.js';

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
  toys: relationship('Toy', { backref: 'child' }),
});
Base.model('Toy', { tableName: 'toy', id: Column(Integer, { primaryKey: true }), child_id: Column(Integer, ForeignKey('child.id')) });

/** `{ parents { children { parent { ... { id } } } } }`, `depth` fields deep (the root field is 1, `id` counts). */
const nested = (depth: number) => {
  const path = ['parents(limit: 1)', ...Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? 'children' : 'parent'))];
  return `{ ${path.map((field) => `${field} {`).join(' ')} id ${'}'.repeat(path.length)} }`;
};

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: limits`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    const post = (body: BodyInit, headers: Record<string, string>) =>
      api.yoga.fetch('http://relgraph.test/graphql', { method: 'POST', headers, body });
    const codeOf = async (query: string, variables?: Record<string, unknown>) =>
      (await api.query(query, variables)).errors?.[0]?.extensions?.code;

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver, { limits: { rowBudget: 1000 } });
      const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
      await insertRows(
        driver,
        'parent',
        range(150).map((id) => ({ id, name: `p${id}` })),
      );
      await insertRows(
        driver,
        'child',
        range(1500).map((id) => ({ id, parent_id: Math.ceil(id / 10) })),
      );
    });
    afterAll(() => driver?.drop());

    it('accepts depth 6 and refuses depth 7 as QUERY_TOO_COMPLEX', async () => {
      expect(await codeOf(nested(6))).toBeUndefined();
      expect(await codeOf(nested(7))).toBe('QUERY_TOO_COMPLEX');
    });

    it('counts a connection as one level, whatever its edges and nodes wrap the rows in', async () => {
      // Levels of data: parentsConnection 1, childrenConnection 2, parent 3, childrenConnection 4, id 5; pageInfo and sum add none.
      const five = `{ parentsConnection(first: 1) { pageInfo { hasNextPage } edges { node { childrenConnection(first: 1) { edges { node {
        parent { childrenConnection(first: 1) { nodes { id } } childrenAggregate { count max { id } } } } } } } } } }`;
      expect(await codeOf(five)).toBeUndefined();
      // ...and a fragment does not hide a level: seven levels through connections are refused.
      const seven = `{ parentsConnection(first: 1) { nodes { ...deeper } } }
        fragment deeper on Parent { childrenConnection(first: 1) { edges { node { parent { children(limit: 1) { parent { children(limit: 1) { id } } } } } } } }`;
      const refused = await api.query(seven);
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors?.[0]?.message).toBe('The operation is 7 levels deep, more than the 6 allowed. Ask for fewer nested fields.');
    });

    it('accepts 15 aliases and refuses 16', async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: parent(id: 1) { id }`).join(' ')} }`;
      expect(await codeOf(aliases(15))).toBeUndefined();
      expect(await codeOf(aliases(16))).toBe('QUERY_TOO_COMPLEX');
    });

    it('refuses too many tokens and too long a query', async () => {
      expect(await codeOf(`{ parents { ${'id '.repeat(1100)} } }`)).toBe('QUERY_TOO_COMPLEX');
      expect(await codeOf(`{ parents { id } } # ${'x'.repeat(15_100)}`)).toBe('QUERY_TOO_COMPLEX');
    });

    it('answers a root list without limit whole, and refuses one past the row budget, naming it', async () => {
      // No silent truncation: all 150 parents, where relgraph 0.x answered the first 100.
      expect((await api.data('{ parents { id } }')).parents).toHaveLength(150);
      const refused = await api.query('{ children { id } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors?.[0]?.message).toMatch(
        /^The operation reads more than 1000 rows, the row budget\. Ask for fewer with limit or first, page through the rows with a …Connection field/,
      );
      // A connection pages instead: 100 rows by default, and pageInfo says that there is more.
      const page = (await api.data('{ childrenConnection { nodes { id } pageInfo { hasNextPage } totalCount } }')) as {
        childrenConnection: { nodes: unknown[]; pageInfo: { hasNextPage: boolean }; totalCount: number };
      };
      expect(page.childrenConnection.nodes).toHaveLength(100);
      expect(page.childrenConnection.pageInfo.hasNextPage).toBe(true);
      expect(page.childrenConnection.totalCount).toBe(1500);
    });

    it('refuses a first or last past the maximum, as a limit, before any SQL', async () => {
      log.clear();
      for (const query of ['{ parentsConnection(first: 1001) { totalCount } }', '{ parentsConnection(last: -1) { totalCount } }']) {
        const result = await api.query(query);
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/^(first|last) must be between 0 and 1000, but got/);
      }
      expect(log.selects).toEqual([]);
    });

    it('stops an operation that reads more rows than the budget, in the database', async () => {
      log.clear();
      const result = await api.query('{ parents(limit: 150) { id children { id } } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      // 150 parents, then at most the 850 rows left plus one: never all 1,500 children.
      expect(log.selects.at(-1)?.rowCount).toBe(851);
      expect((await api.query('{ parents(limit: 50) { id children { id } } }')).errors).toBeUndefined();
    });

    it('refuses, before any SQL, an operation whose explicit limits could read past the budget', async () => {
      log.clear();
      const result = await api.query('query ($n: Int) { parents(limit: 100) { children(limit: $n) { id } } }', { n: 20 });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(result.errors?.[0]?.message).toBe(
        'The operation could read 2100 rows, more than the 1000 allowed. Ask for fewer with limit or first, or split it into several requests.',
      );
      expect(log.selects).toEqual([]);
      expect((await api.query('query ($n: Int) { parents(limit: 10) { children(limit: $n) { id } } }', { n: 20 })).errors).toBeUndefined();
    });

    it('answers a body over 100 KiB with 413, with or without Content-Length', async () => {
      const big = JSON.stringify({ query: `{ parents { id } } # ${'x'.repeat(110 * 1024)}` });
      expect((await post(big, { 'content-type': 'application/json' })).status).toBe(413);
      const stream = new Blob([big]).stream();
      const chunked = await api.yoga.fetch('http://relgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
    });

    it('refuses a mutation sent as a form, as multipart or as text, and writes nothing', async () => {
      const before = await selectRows(driver, 'SELECT COUNT(*) AS n FROM parent');
      const mutation = 'mutation { createParent(input: { name: "csrf" }) { id } }';
      expect((await post(`query=${encodeURIComponent(mutation)}`, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(
        415,
      );
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: mutation }));
      form.set('map', '{}');
      expect((await api.yoga.fetch('http://relgraph.test/graphql', { method: 'POST', body: form })).status).toBe(415);
      expect((await post(JSON.stringify({ query: mutation }), { 'content-type': 'text/plain' })).status).toBe(415);
      expect(await selectRows(driver, 'SELECT COUNT(*) AS n FROM parent')).toEqual(before);
    });

    it('refuses batched requests', async () => {
      const response = await post(JSON.stringify([{ query: '{ parents { id } }' }, { query: '{ parents { id } }' }]), {
        'content-type': 'application/json',
      });
      expect(response.status).toBe(400);
    });

    it('caps nested-write lists and input nesting with BAD_USER_INPUT', async () => {
      const keys = Array.from({ length: 1001 }, (_, i) => ({ id: i + 1 }));
      expect(
        await codeOf('mutation ($c: [ChildKey!]) { updateParent(id: 1, input: { children: { connect: $c } }) { id } }', { c: keys }),
      ).toBe('BAD_USER_INPUT');
      const deep =
        'mutation { createParent(input: { children: { create: [{ parent: { create: { children: { create: [{}] } } } }] } }) { id } }';
      expect(await codeOf(deep)).toBe('BAD_USER_INPUT');
      const three = 'mutation { createParent(input: { children: { create: [{ toys: { create: [{}] } }] } }) { id } }';
      expect(await codeOf(three)).toBeUndefined();
    });
  });
}

describe('production mode', () => {
  let driver: TestDriver;
  let api: TestApi;
  beforeAll(async () => {
    driver = await createTestDriver(DIALECTS[0]!);
    api = await createTestApi(Base, driver, { production: true });
  });
  afterAll(() => driver?.drop());

  it('refuses introspection but answers __typename', async () => {
    expect((await api.query('{ __schema { types { name } } }')).errors?.[0]?.message).toMatch(/introspection/i);
    // __type answers null for every name (the GraphQL over HTTP audit sends it): nothing is revealed.
    const type = await api.query('{ __type(name: "Parent") { name } }');
    expect(type.data).toEqual({ __type: null });
    expect(type.errors).toBeUndefined();
    expect((await api.data('{ __typename }')).__typename).toBe('Query');
  });

  it('gives no field suggestions', async () => {
    const result = await api.query('{ parentz { id } }');
    expect(result.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('serves no GraphiQL, and queries over GET only behind the CSRF header', async () => {
    const page = await api.yoga.fetch('http://relgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(406);
    const get = await api.yoga.fetch('http://relgraph.test/graphql?query=%7B__typename%7D');
    expect(get.status).toBe(403);
    const guarded = await api.yoga.fetch('http://relgraph.test/graphql?query=%7B__typename%7D', { headers: { 'x-graphql-csrf': '1' } });
    expect(guarded.status).toBe(200);
    expect(await guarded.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('masks unexpected errors: no stack, no SQL', async () => {
    await insertRows(driver, 'parent', [{ id: 1, name: 'p' }]);
    await insertRows(driver, 'child', [{ id: 1, parent_id: 1 }]);
    await driver.execute({ sql: 'DROP TABLE toy', params: [], kind: 'ddl' });
    const result = await api.query('{ parents { children { toys { id } } } }');
    const text = JSON.stringify(result);
    expect(result.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // The path echoes the client's own field names; nothing else may show the SQL or the driver.
    expect(text).not.toMatch(/stack|SELECT|no such table|sqlite|node_modules/i);
  });
});

describe('request-level errors', () => {
  it('carry a code: a subscription to a schema without one is BAD_USER_INPUT', async () => {
    const driver = await createTestDriver(DIALECTS[0]!);
    try {
      const api = await createTestApi(Base, driver);
      const result = await api.query('subscription { parents { id } }');
      expect(result.errors?.[0]?.extensions?.code).toBeDefined();
      for (const error of result.errors ?? []) expect(error.extensions?.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
    } finally {
      await driver.drop();
    }
  });
});
