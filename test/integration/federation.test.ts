/**
 * relgraph as an Apollo Federation 2 subgraph (`docs/federation.md`): `_service { sdl }` carries
 * `@key` on every model's primary key and composes with a second subgraph that extends `Parent`;
 * an Apollo Gateway in front of both answers queries that cross them, with one relgraph statement
 * per level (`_entities` for N representations is one SELECT); a bad representation is
 * BAD_USER_INPUT before any SQL; `_entities` applies the policy as the by-key field does; and
 * `relgraph serve --federation` serves it.
 */
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Column, DateTime, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import { printSubgraphSdl } from '../../src/federation/printSubgraphSdl.js';
import { definePolicy } from '../../src/policy/index.js';
import { buildSchema } from '../../src/schema/index.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { configure } from '../../src/session/configure.js';
import { assertFreshBuild, startServe, stopServe } from '../support/cliProcess.js';
import {
  createTestApi,
  createTestDriver,
  DIALECTS,
  insertRows,
  recordStatements,
  type GraphQLResponse,
  type TestApi,
  type TestDriver,
} from '../support/index.js';
import { sqliteFor } from '../support/requireDialect.js';
import {
  ratingOf,
  ratingsTypeDefs,
  startGateway,
  startRatingsSubgraph,
  type RunningGateway,
  type RunningSubgraph,
} from '../support/subgraph.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  owner: Column(Str(20), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  born: Column(DateTime),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('parent.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('child.id'), { primaryKey: true }),
  extra_data: Column(Str(50)),
});

/** Another team's relgraph subgraph: it declares the same value types (`PageInfo`, …) but other models. */
const ReviewsBase = declarativeBase();
ReviewsBase.model('Review', { tableName: 'review', id: Column(Integer, { primaryKey: true }), body: Column(Str(200)) });

interface Viewer {
  readonly user?: string;
}

/** Parents are readable by their owner only; children by "ann" only. */
const policy = definePolicy<Viewer>({
  Parent: { read: (viewer) => (viewer.user ? { owner: { eq: viewer.user } } : false) },
  Child: { read: (viewer) => viewer.user === 'ann' },
  Association: { read: true },
});

const parentCount = 10;
const parents = Array.from({ length: parentCount }, (_, i) => ({ id: i + 1, name: `p${i + 1}`, owner: i % 2 === 0 ? 'ann' : 'bob' }));
const children = parents.flatMap((parent) => [
  { id: parent.id * 10, name: `c${parent.id}a`, parent_id: parent.id },
  { id: parent.id * 10 + 1, name: `c${parent.id}b`, parent_id: parent.id },
]);

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Parent { id name children { name } }
    ... on Child { id childName: name }
    ... on Association { leftId rightId extraData }
  }
}`;

const parentRef = (id: unknown) => ({ __typename: 'Parent', id });

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: federation`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    /** Statements sent since the log was last cleared, session setup left out. */
    const sent = () => log.sql;

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver, { federation: true });
      await insertRows(driver, 'parent', parents);
      await insertRows(driver, 'child', children);
      await insertRows(driver, 'association', [
        { left_id: 1, right_id: 10, extra_data: 'x' },
        { left_id: 2, right_id: 20, extra_data: 'y' },
      ]);
    });
    afterAll(() => driver?.drop());
    beforeEach(() => log.clear());

    describe('the subgraph schema', () => {
      it('puts @key on every model type, composite keys as "leftId rightId", and @link to Federation 2', async () => {
        const { _service } = await api.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
        expect(_service.sdl).toContain(
          'extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])',
        );
        expect(_service.sdl).toContain('type Parent\n  @key(fields: "id")\n{');
        expect(_service.sdl).toContain('type Child\n  @key(fields: "id")\n{');
        expect(_service.sdl).toContain('type Association\n  @key(fields: "leftId rightId")\n{');
        expect(_service.sdl).toContain('type PageInfo\n  @shareable\n{');
        // The federation plumbing itself is not part of the SDL a gateway composes.
        expect(_service.sdl).not.toMatch(/_entities|_Service|_Any/);
        expect(sent()).toEqual([]);
        // The same SDL, printed without a server (for `rover subgraph publish --schema`).
        expect(printSubgraphSdl(buildSchema(configure(Base)))).toBe(_service.sdl);
      });

      it('composes with a second subgraph that extends Parent with a field', async () => {
        const { _service } = await api.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
        const result = composeServices([
          { name: 'relgraph', typeDefs: parse(_service.sdl), url: 'http://relgraph.test/graphql' },
          { name: 'ratings', typeDefs: parse(ratingsTypeDefs), url: 'http://ratings.test/graphql' },
        ]);
        expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
        expect(result.supergraphSdl).toMatch(
          /type Parent\s+@join__type\(graph: RATINGS, key: "id"\)\s+@join__type\(graph: RELGRAPH, key: "id"\)/,
        );
        expect(result.supergraphSdl).toContain('rating: String @join__field(graph: RATINGS)');
      });

      it('composes with another relgraph subgraph: the value types both declare are @shareable', async () => {
        const { _service } = await api.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
        const reviews = await createTestApi(ReviewsBase, driver, { federation: true });
        const other = await reviews.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
        const result = composeServices([
          { name: 'relgraph', typeDefs: parse(_service.sdl), url: 'http://relgraph.test/graphql' },
          { name: 'reviews', typeDefs: parse(other._service.sdl), url: 'http://reviews.test/graphql' },
        ]);
        expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
        expect(result.supergraphSdl).toMatch(/type PageInfo\s+@join__type\(graph: RELGRAPH\)\s+@join__type\(graph: REVIEWS\)/);
      });

      it('leaves the plan executor to answer relgraph fields, and _entities to graphql-js', async () => {
        const planned = await api.query<any>('{ parents(limit: 2) { name } }');
        expect(planned.data).toEqual({ parents: [{ name: 'p1' }, { name: 'p2' }] });
        expect((planned as any).extensions.relgraph).toMatchObject({ executor: 'plan', statements: { count: 1 } });
        const entities = await api.query<any>(entitiesQuery, { representations: [parentRef(1), parentRef(2)] });
        expect(entities.errors).toBeUndefined();
        expect((entities as any).extensions.relgraph).toMatchObject({ executor: 'graphql-js', statements: { count: 2 } });
      });

      it('answers _service in production mode too, where introspection is off', async () => {
        const production = await createTestApi(Base, driver, { federation: true, production: true });
        const { _service } = await production.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
        expect(_service.sdl).toContain('@key(fields: "id")');
        expect((await production.query('{ __schema { types { name } } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      });

      it('is off by default: without federation there is no _service', async () => {
        const plain = await createTestApi(Base, driver);
        const response = await plain.query('{ _service { sdl } }');
        expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      });
    });

    describe('_entities', () => {
      it('answers N representations of a type with one SELECT, in the order asked, and the next level with one more', async () => {
        const ids = [7, 3, 9, 1];
        const { _entities } = await api.data(entitiesQuery, { representations: ids.map(parentRef) });
        expect(_entities).toEqual(
          ids.map((id) => ({
            __typename: 'Parent',
            id,
            name: `p${id}`,
            children: [{ name: `c${id}a` }, { name: `c${id}b` }],
          })),
        );
        expect(log.selects).toHaveLength(2);
        expect(log.selects[0]!.sql).toMatch(/parent/);
        log.clear();
        // Ten times as many representations: still one statement per level.
        await api.data(entitiesQuery, { representations: parents.map((parent) => parentRef(parent.id)) });
        expect(log.selects).toHaveLength(2);
      });

      it('loads each type once, composite keys included, and answers null for a key with no row', async () => {
        const representations = [
          parentRef(2),
          { __typename: 'Child', id: 31 },
          { __typename: 'Association', leftId: 2, rightId: 20 },
          { __typename: 'Child', id: 999 },
          { __typename: 'Association', leftId: 1, rightId: 10 },
          parentRef(404),
        ];
        const { _entities } = await api.data(entitiesQuery, { representations });
        expect(_entities).toEqual([
          { __typename: 'Parent', id: 2, name: 'p2', children: [{ name: 'c2a' }, { name: 'c2b' }] },
          { __typename: 'Child', id: 31, childName: 'c3b' },
          { __typename: 'Association', leftId: 2, rightId: 20, extraData: 'y' },
          null,
          { __typename: 'Association', leftId: 1, rightId: 10, extraData: 'x' },
          null,
        ]);
        // Parent, Child and Association by key, then Parent 2's children.
        expect(log.selects).toHaveLength(4);
      });

      it('accepts a key value in the form the gateway sends it (a JSON number for Int)', async () => {
        const { _entities } = await api.data(entitiesQuery, { representations: [{ __typename: 'Parent', id: 5, name: 'ignored' }] });
        expect(_entities).toEqual([{ __typename: 'Parent', id: 5, name: 'p5', children: [{ name: 'c5a' }, { name: 'c5b' }] }]);
      });
    });

    describe('bad representations', () => {
      const refused = async (representations: unknown[], variables: Record<string, unknown> = {}, query = entitiesQuery) => {
        const response = await api.query(query, { representations, ...variables });
        expect(response.data ?? null).toBeNull();
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
        expect(sent()).toEqual([]);
        return response.errors![0]!.message;
      };

      it('refuses an unknown __typename with BAD_USER_INPUT and no SQL', async () => {
        expect(await refused([parentRef(1), { __typename: 'Parnet', id: 1 }])).toBe(
          '_entities(representations[1]): "__typename" is "Parnet", which is not an entity of this subgraph. Did you mean "Parent"? Entities: Parent, Child, Association.',
        );
        expect(await refused([{ id: 1 }])).toMatch(/^_entities\(representations\[0\]\): "__typename" is undefined;/);
        expect(await refused([42])).toMatch(/^_entities\(representations\[0\]\): a representation is an object/);
      });

      it('refuses a missing or null key field with BAD_USER_INPUT and no SQL', async () => {
        expect(await refused([parentRef(1), { __typename: 'Parent' }])).toBe(
          '_entities(representations[1]): Parent has @key(fields: "id"), but "id" is missing. Send every key field.',
        );
        expect(await refused([{ __typename: 'Association', leftId: 1 }])).toBe(
          '_entities(representations[0]): Association has @key(fields: "leftId rightId"), but "rightId" is missing. Send every key field.',
        );
        expect(await refused([parentRef(null)])).toMatch(/"id" is null/);
      });

      it('refuses a key value of the wrong shape with BAD_USER_INPUT and no SQL', async () => {
        expect(await refused([parentRef('abc')])).toMatch(
          /^_entities\(representations\[0\]\): Parent\.id must be Int, but got "abc": Int cannot represent/,
        );
        expect(await refused([parentRef({ id: 1 })])).toMatch(/Parent\.id must be Int/);
        expect(await refused([parentRef(1.5)])).toMatch(/Parent\.id must be Int/);
      });

      it('checks the arguments selected under _entities as those under a root field, before any SQL', async () => {
        const query = `query ($representations: [_Any!]!, $name: String) {
          _entities(representations: $representations) { ... on Parent { children(where: { name: { eq: $name } }) { id } } }
        }`;
        expect(await refused([parentRef(1)], { name: 'a\ud800' }, query)).toMatch(/lone UTF-16 surrogate/);
      });
    });

    describe('under a policy', () => {
      let guarded: TestApi;
      const as = async (user: string | undefined, query: string, variables?: Record<string, unknown>) => {
        const response = await guarded.yoga.fetch('http://relgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(user ? { 'x-test-user': user } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as GraphQLResponse;
      };

      beforeAll(async () => {
        guarded = await createTestApi(Base, driver, {
          federation: true,
          policy,
          viewer: ({ request }) => ({ user: request.headers.get('x-test-user') ?? undefined }),
        });
      });

      it('answers null for a row the viewer may not read, as the by-key field does', async () => {
        const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Parent { id owner } } }`;
        const ids = [1, 2, 3, 4];
        const annEntities = await as('ann', query, { representations: ids.map(parentRef) });
        expect(annEntities.errors).toBeUndefined();
        expect(annEntities.data._entities).toEqual([{ id: 1, owner: 'ann' }, null, { id: 3, owner: 'ann' }, null]);
        expect(log.selects).toHaveLength(1);
        const bobEntities = await as('bob', query, { representations: ids.map(parentRef) });
        expect(bobEntities.data._entities).toEqual([null, { id: 2, owner: 'bob' }, null, { id: 4, owner: 'bob' }]);
        // The by-key field answers the same rows for the same viewers.
        for (const [user, entities] of [
          ['ann', annEntities],
          ['bob', bobEntities],
        ] as const) {
          for (const [i, id] of ids.entries()) {
            const lookup = await as(user, `{ parent(id: ${id}) { id owner } }`);
            expect(lookup.data.parent, `${user}: parent(id: ${id})`).toEqual(entities.data._entities[i]);
          }
        }
      });

      it('answers FORBIDDEN for each representation of a model the viewer may not read, and reads the others', async () => {
        const response = await as('bob', entitiesQuery.replace('children { name }', ''), {
          representations: [parentRef(2), { __typename: 'Child', id: 20 }, parentRef(1)],
        });
        expect(response.data._entities).toEqual([{ __typename: 'Parent', id: 2, name: 'p2' }, null, null]);
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'FORBIDDEN' } });
        const lookup = await as('bob', '{ child(id: 20) { id } }');
        expect(lookup.errors![0]!.extensions?.code).toBe('FORBIDDEN');
        // Only the parents were read: one statement for both.
        expect(log.selects).toHaveLength(1);
      });
    });

    describe('a gateway in front of relgraph and a second subgraph', () => {
      let running: RunningServer;
      let ratings: RunningSubgraph;
      let gateway: RunningGateway;

      beforeAll(async () => {
        running = await listen(api.yoga, driver, { port: 0, host: '127.0.0.1' });
        ratings = await startRatingsSubgraph();
        gateway = await startGateway([
          { name: 'relgraph', url: running.url },
          { name: 'ratings', url: ratings.url },
        ]);
      });
      afterAll(async () => {
        await gateway?.close();
        await ratings?.close();
        // Closes the driver too; `drop()` above then only removes the database.
        await running?.close();
      });

      it('answers relgraph entities that the other subgraph refers to, with one relgraph statement per level', async () => {
        const ids = [4, 2, 8];
        const result = await gateway.execute(`{ featuredParents(ids: [${ids.join(', ')}]) { id rating name children { name } } }`);
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({
          featuredParents: ids.map((id) => ({
            id,
            rating: ratingOf(id),
            name: `p${id}`,
            children: [{ name: `c${id}a` }, { name: `c${id}b` }],
          })),
        });
        // _entities for the three parents, then their children.
        expect(log.selects).toHaveLength(2);
        log.clear();
        const all = await gateway.execute(
          `{ featuredParents(ids: [${parents.map((parent) => parent.id).join(', ')}]) { name children { name } } }`,
        );
        expect(all.data.featuredParents).toHaveLength(parentCount);
        expect(log.selects).toHaveLength(2);
      });

      it('answers the other subgraph’s field on relgraph rows, with one relgraph statement per level', async () => {
        const result = await gateway.execute('{ parents(limit: 3) { name rating children { name parent { name } } } }');
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({
          parents: [1, 2, 3].map((id) => ({
            name: `p${id}`,
            rating: ratingOf(id),
            children: [`c${id}a`, `c${id}b`].map((name) => ({ name, parent: { name: `p${id}` } })),
          })),
        });
        // The parents, then their children (each child's parent joined into that statement).
        expect(log.selects).toHaveLength(2);
      });
    });
  });
}

const sqlite = sqliteFor('federation: relgraph serve --federation');

describe.skipIf(!sqlite)('cli: relgraph serve --federation', { timeout: 60_000 }, () => {
  beforeAll(() => assertFreshBuild());

  it('serves _service { sdl } with @key on every model', async () => {
    const served = await startServe([
      'examples/seed/association-object.ts',
      '--db',
      'sqlite::memory:',
      '--create-tables',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--federation',
    ]);
    try {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      const body = (await response.json()) as { data: { _service: { sdl: string } } };
      expect(body.data._service.sdl).toContain('type Parent\n  @key(fields: "id")');
      expect(body.data._service.sdl).toContain('type Association\n  @key(fields: "leftId rightId")');
    } finally {
      expect(await stopServe(served)).toBe(0);
    }
  });

  it('takes RELGRAPH_FEDERATION from the environment, and is off without it', async () => {
    const args = ['examples/seed/one-to-many.ts', '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1'];
    const ask = async (url: string) =>
      (await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        })
      ).json()) as { data?: { _service: { sdl: string } }; errors?: unknown[] };
    const on = await startServe(args, { env: { RELGRAPH_FEDERATION: 'true' } });
    const off = await startServe(args);
    try {
      expect((await ask(on.url)).data?._service.sdl).toContain('@key(fields: "id")');
      expect((await ask(off.url)).errors).toHaveLength(1);
    } finally {
      expect(await stopServe(on)).toBe(0);
      expect(await stopServe(off)).toBe(0);
    }
  });
});
