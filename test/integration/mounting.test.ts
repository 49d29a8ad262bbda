/**
 * relgraph inside existing servers (`examples/mounting/`, `docs/mounting.md`): a Node HTTP
 * server, Express, Fastify, a graphql-yoga and an Apollo Server of the user's own, each started
 * on a free port and called over real HTTP. Each answers a query as `createHandler` does, hands
 * the viewer its authentication verified to the policy, and runs a mutation operation as one
 * transaction; a server that executes with plain graphql-js still writes each field whole.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApollo } from '../../examples/mounting/apollo.js';
import { authenticate } from '../../examples/mounting/auth.js';
import { startExpress } from '../../examples/mounting/express.js';
import { startFastify } from '../../examples/mounting/fastify.js';
import { mapping } from '../../examples/mounting/models.js';
import { startNodeHttp } from '../../examples/mounting/node-http.js';
import { policy } from '../../examples/mounting/policy.js';
import type { RunningExample, StartExample } from '../../examples/mounting/runExample.js';
import { startYoga } from '../../examples/mounting/yoga.js';
import { createAll, createHandler, type RelgraphServer } from '../../src/index.js';
import {
  createTestDriver,
  DIALECTS,
  insertRows,
  recordStatements,
  selectRows,
  type StatementLog,
  type TestDialect,
  type TestDriver,
} from '../support/index.js';
import { startPlainApollo } from './mounting/startPlainApollo.js';

interface Body {
  readonly data?: Record<string, any> | null;
  readonly errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: { code?: string } }>;
}

interface Reply {
  readonly status: number;
  readonly body: Body;
}

const requestInit = (query: string, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query }),
});

async function send(url: string, query: string, token?: string): Promise<Reply> {
  const response = await fetch(url, requestInit(query, token));
  return { status: response.status, body: (await response.json()) as Body };
}

/** What two servers must agree on: the data, and each error's message, path and code (Apollo adds a stack trace in development). */
function comparable(body: Body) {
  return { data: body.data, errors: body.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })) };
}

const codes = (body: Body) => body.errors?.map((e) => e.extensions?.code);

const READER = 'reader-secret';
const EDITOR = 'editor-secret';

/** The rows every test starts from: two published posts and a draft. */
async function resetRows(driver: TestDriver): Promise<void> {
  for (const table of ['post_tag', 'post', 'tag', 'author'])
    await driver.execute({ sql: `DELETE FROM ${table}`, params: [], kind: 'delete' });
  await insertRows(driver, 'author', [
    { id: 1, name: 'Ada', email: 'ada@example.com' },
    { id: 2, name: 'Grace', email: 'grace@example.com' },
  ]);
  await insertRows(driver, 'post', [
    { id: 1, title: 'Joins without tears', body: 'One statement per level.', published: 1, author_id: 1 },
    { id: 2, title: 'Transactions, unfinished', body: 'All or nothing.', published: 0, author_id: 2 },
    { id: 3, title: 'Policies as filters', body: 'Rules become WHERE clauses.', published: 1, author_id: 2 },
  ]);
  await insertRows(driver, 'tag', [
    { id: 1, name: 'sql' },
    { id: 2, name: 'graphql' },
  ]);
  await insertRows(driver, 'post_tag', [
    { post_id: 1, tag_id: 1 },
    { post_id: 1, tag_id: 2 },
    { post_id: 2, tag_id: 1 },
    { post_id: 3, tag_id: 2 },
  ]);
}

const tagNames = async (driver: TestDriver) => (await selectRows(driver, 'SELECT name FROM tag ORDER BY name')).map((row) => row['name']);
const postTitles = async (driver: TestDriver) =>
  (await selectRows(driver, 'SELECT title FROM post ORDER BY id')).map((row) => row['title']);
const links = async (driver: TestDriver) =>
  (await selectRows(driver, 'SELECT post_id, tag_id FROM post_tag ORDER BY post_id, tag_id')).map((row) => [
    Number(row['post_id']),
    Number(row['tag_id']),
  ]);
const writes = (log: StatementLog) => [...log.inserts, ...log.updates, ...log.deletes];

/** A mounted example on a fresh database of its own, with the statements it sends recorded. */
function useMountedExample(dialect: TestDialect, start: StartExample) {
  const state = { log: recordStatements() } as { log: StatementLog; driver: TestDriver; running: RunningExample };
  beforeAll(async () => {
    state.driver = await createTestDriver(dialect, { onStatement: state.log.onStatement });
    await createAll(mapping, state.driver);
    state.running = await start({ driver: state.driver, port: 0 });
  });
  afterAll(async () => {
    await state.running?.close();
    await state.driver?.drop();
  });
  beforeEach(async () => {
    await resetRows(state.driver);
    state.log.clear();
  });
  return state;
}

const mounts: ReadonlyArray<{ readonly name: string; readonly start: StartExample; readonly ownRoute: boolean }> = [
  { name: 'a Node HTTP server', start: startNodeHttp, ownRoute: true },
  { name: 'Express', start: startExpress, ownRoute: true },
  { name: 'Fastify', start: startFastify, ownRoute: true },
  { name: 'a graphql-yoga server of its own', start: startYoga, ownRoute: false },
  { name: 'Apollo Server with apolloGateway', start: startApollo, ownRoute: false },
];

const nestedQuery = `{
  authors(orderBy: [{ id: ASC }]) { name email posts { title published tags { name } } }
  tags(orderBy: [{ id: ASC }]) { name posts { title author { name } } }
}`;

for (const dialect of DIALECTS) {
  for (const mount of mounts) {
    describe(`${dialect.name}: relgraph mounted in ${mount.name}`, () => {
      const state = useMountedExample(dialect, mount.start);
      let reference: RelgraphServer;
      beforeAll(() => {
        reference = createHandler(mapping, {
          driver: state.driver,
          policy,
          logging: false,
          viewer: ({ request }) => authenticate(request.headers.get('authorization')),
        });
      });
      const viaReference = async (query: string, token?: string): Promise<Body> => {
        const response = await reference.fetch('http://relgraph.test/graphql', requestInit(query, token));
        return (await response.json()) as Body;
      };

      it('answers a nested query with the JSON that createHandler answers', async () => {
        for (const token of [undefined, READER, EDITOR]) {
          const { status, body } = await send(state.running.url, nestedQuery, token);
          expect(status).toBe(200);
          expect(comparable(body)).toEqual(comparable(await viaReference(nestedQuery, token)));
        }
        const { body } = await send(state.running.url, nestedQuery, READER);
        expect(body.errors).toBeUndefined();
        expect(body.data!['authors']).toEqual([
          {
            name: 'Ada',
            email: 'ada@example.com',
            posts: [{ title: 'Joins without tears', published: true, tags: [{ name: 'sql' }, { name: 'graphql' }] }],
          },
          {
            name: 'Grace',
            email: 'grace@example.com',
            posts: [{ title: 'Policies as filters', published: true, tags: [{ name: 'graphql' }] }],
          },
        ]);
        expect(body.data!['tags']).toEqual([
          { name: 'sql', posts: [{ title: 'Joins without tears', author: { name: 'Ada' } }] },
          {
            name: 'graphql',
            posts: [
              { title: 'Joins without tears', author: { name: 'Ada' } },
              { title: 'Policies as filters', author: { name: 'Grace' } },
            ],
          },
        ]);
      });

      it('hands the viewer that the bearer token proves to the policy', async () => {
        const ids = async (token?: string) =>
          (
            (await send(state.running.url, '{ posts(orderBy: [{ id: ASC }]) { id } }', token)).body.data!['posts'] as Array<{ id: number }>
          ).map((post) => post.id);
        expect(await ids()).toEqual([1, 3]);
        expect(await ids(READER)).toEqual([1, 3]);
        expect(await ids(EDITOR)).toEqual([1, 2, 3]);
        expect((await send(state.running.url, '{ post(id: 2) { title } }', READER)).body.data).toEqual({ post: null });

        const anonymous = await send(state.running.url, '{ authors { email } }');
        expect(codes(anonymous.body)).toContain('FORBIDDEN');
        const reader = await send(state.running.url, '{ authors { email } }', READER);
        expect(reader.body).toMatchObject({ data: { authors: [{ email: 'ada@example.com' }, { email: 'grace@example.com' }] } });
        expect(reader.body.errors).toBeUndefined();
      });

      it('refuses a token the server did not issue with 401, whatever it claims', async () => {
        for (const forged of ['editor', 'editor-secret2', 'Editor-secret']) {
          const { status, body } = await send(state.running.url, '{ posts { id } }', forged);
          expect(status).toBe(401);
          expect(codes(body)).toEqual(['UNAUTHENTICATED']);
          expect(body.data ?? null).toBeNull();
        }
      });

      it('lets an editor create a post and link a tag', async () => {
        const { body } = await send(
          state.running.url,
          `mutation {
          createPost(input: { title: "Fresh", authorId: 1, tags: { connect: [{ id: 2 }] } }) { title author { name } tags { name } }
          addPostTag(id: 2, tagId: 2) { title tags(orderBy: [{ id: ASC }]) { name } }
        }`,
          EDITOR,
        );
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual({
          createPost: { title: 'Fresh', author: { name: 'Ada' }, tags: [{ name: 'graphql' }] },
          addPostTag: { title: 'Transactions, unfinished', tags: [{ name: 'sql' }, { name: 'graphql' }] },
        });
        const [fresh] = await selectRows(state.driver, 'SELECT id, author_id FROM post WHERE title = ?', ['Fresh']);
        expect(Number(fresh!['author_id'])).toBe(1);
        expect(await links(state.driver)).toEqual([
          [1, 1],
          [1, 2],
          [2, 1],
          [2, 2],
          [3, 2],
          [Number(fresh!['id']), 2],
        ]);
      });

      it("refuses a reader's mutation with FORBIDDEN and writes nothing", async () => {
        for (const mutation of [
          'mutation { createTag(input: { name: "mine" }) { id } }',
          'mutation { removePostTag(id: 1, tagId: 1) { id } }',
        ]) {
          const { body } = await send(state.running.url, mutation, READER);
          expect(codes(body)).toEqual(['FORBIDDEN']);
          expect(body.data).toBeNull();
        }
        expect(writes(state.log)).toEqual([]);
        expect(await tagNames(state.driver)).toEqual(['graphql', 'sql']);
        expect(await links(state.driver)).toEqual([
          [1, 1],
          [1, 2],
          [2, 1],
          [3, 2],
        ]);
      });

      it('rolls back the whole mutation operation when its second field fails', async () => {
        const { body } = await send(
          state.running.url,
          `mutation {
          createTag(input: { name: "fresh" }) { id }
          createPost(input: { title: "Joins without tears", authorId: 1 }) { id }
        }`,
          EDITOR,
        );
        expect(codes(body)).toEqual(['CONSTRAINT_VIOLATION']);
        expect(body.data).toBeNull();
        // The first field's INSERT was sent, and rolled back with the second's failure.
        expect(state.log.inserts.some((event) => /\btag\b/.test(event.sql) && !event.error)).toBe(true);
        expect(await tagNames(state.driver)).toEqual(['graphql', 'sql']);
        expect(await postTitles(state.driver)).toEqual(['Joins without tears', 'Transactions, unfinished', 'Policies as filters']);
      });

      if (mount.ownRoute) {
        it("leaves the application's own routes to the application", async () => {
          const response = await fetch(new URL('/', state.running.url));
          expect(response.status).toBe(200);
          expect(await response.text()).toBe('The blog. Its API is at /graphql.\n');
        });
      }
    });
  }

  describe(`${dialect.name}: a graphql-yoga server of its own, its schema merged with relgraph's`, () => {
    const state = useMountedExample(dialect, startYoga);

    it("answers the application's own fields next to relgraph's, with the same viewer", async () => {
      const { body } = await send(
        state.running.url,
        '{ me { role name } posts(orderBy: [{ id: ASC }]) { title readingMinutes author { name } } }',
        READER,
      );
      expect(body).toEqual({
        data: {
          me: { role: 'reader', name: 'Rita' },
          posts: [
            { title: 'Joins without tears', readingMinutes: 1, author: { name: 'Ada' } },
            { title: 'Policies as filters', readingMinutes: 1, author: { name: 'Grace' } },
          ],
        },
      });
      const anonymous = (await send(state.running.url, '{ me { role } }')).body;
      expect(anonymous).toMatchObject({ data: { me: { role: 'anonymous' } } });
      expect(anonymous.errors).toBeUndefined();
    });
  });

  describe(`${dialect.name}: a server that executes with plain graphql-js (Apollo Server without apolloGateway)`, () => {
    const state = useMountedExample(dialect, startPlainApollo);

    it('runs each mutation field in a transaction of its own', async () => {
      const { body } = await send(
        state.running.url,
        `mutation {
        createAuthor(input: { name: "Newcomer", posts: { create: [{ title: "Joins without tears" }] } }) { id }
      }`,
        EDITOR,
      );
      expect(codes(body)).toEqual(['CONSTRAINT_VIOLATION']);
      // The author's INSERT went through before the post's failed; the field's ROLLBACK undid it.
      expect(state.log.inserts.some((event) => /\bauthor\b/.test(event.sql) && !event.error)).toBe(true);
      expect(state.log.transactionControl.map((event) => event.sql.split(' ')[0]!.toUpperCase())).toEqual([
        expect.stringMatching(/^(BEGIN|START)$/),
        'ROLLBACK',
      ]);
      expect((await selectRows(state.driver, 'SELECT name FROM author ORDER BY id')).map((row) => row['name'])).toEqual(['Ada', 'Grace']);
    });

    it('keeps the fields before a failing one: a transaction per field, not per operation', async () => {
      const { body } = await send(
        state.running.url,
        `mutation {
        kept: createTag(input: { name: "kept" }) { name }
        failed: createTag(input: { name: "sql" }) { name }
      }`,
        EDITOR,
      );
      expect(codes(body)).toEqual(['CONSTRAINT_VIOLATION']);
      expect(await tagNames(state.driver)).toEqual(['graphql', 'kept', 'sql']);
    });

    it('reads the payload, and its nested fields, as the field left the rows', async () => {
      const { body } = await send(
        state.running.url,
        `mutation {
        createPost(input: { title: "Fresh", authorId: 1, published: true, tags: { connect: [{ id: 1 }] } }) {
          title author { posts(orderBy: [{ id: ASC }]) { title } } tags { name posts(orderBy: [{ id: ASC }]) { title } }
        }
        addPostTag(id: 3, tagId: 1) { title tags(orderBy: [{ id: ASC }]) { name posts(orderBy: [{ id: ASC }]) { title } } }
      }`,
        EDITOR,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({
        createPost: {
          title: 'Fresh',
          author: { posts: [{ title: 'Joins without tears' }, { title: 'Fresh' }] },
          tags: [{ name: 'sql', posts: [{ title: 'Joins without tears' }, { title: 'Transactions, unfinished' }, { title: 'Fresh' }] }],
        },
        addPostTag: {
          title: 'Policies as filters',
          tags: [
            {
              name: 'sql',
              posts: [
                { title: 'Joins without tears' },
                { title: 'Transactions, unfinished' },
                { title: 'Policies as filters' },
                { title: 'Fresh' },
              ],
            },
            { name: 'graphql', posts: [{ title: 'Joins without tears' }, { title: 'Policies as filters' }] },
          ],
        },
      });
    });

    it("still checks the policy: a reader's mutation is FORBIDDEN and writes nothing", async () => {
      const { body } = await send(state.running.url, 'mutation { createTag(input: { name: "mine" }) { id } }', READER);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(writes(state.log)).toEqual([]);
      expect(await tagNames(state.driver)).toEqual(['graphql', 'sql']);
    });
  });
}
