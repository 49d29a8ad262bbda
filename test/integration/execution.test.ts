/**
 * Which executor answers (`docs/execution.md`): the plan executor for queries and mutations it
 * plans, graphql-js for introspection, resolvers relgraph did not make, another schema, or when
 * chosen; what `extensions.relgraph` reports outside production and not in it; the plan cache's
 * bound. The answers themselves are compared byte for byte in `test/differential/`.
 */
import { parse, type ExecutionResult, type GraphQLFieldResolver } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler, createRelgraph, type Relgraph } from '../../src/index.js';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { configure } from '../../src/session/configure.js';
import { createTestDriver, DIALECTS, insertRows, type TestDriver } from '../support/index.js';

const Base = declarativeBase();
const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id'), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tag.id'), { primaryKey: true }),
);
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  label: Column(Str(50), { nullable: false }),
});

interface Explained {
  readonly executor: 'plan' | 'graphql-js';
  readonly planCache?: 'hit' | 'miss';
  readonly planCacheEvictions?: number;
  readonly reason?: string;
  readonly statements: { readonly count: number; readonly ms: number; readonly sql?: string[] };
}

const explainOf = (result: ExecutionResult) => result.extensions?.['relgraph'] as Explained;

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: which executor answers`, () => {
    let driver: TestDriver;
    const mapping = configure(Base);

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      await createAll(mapping, driver);
      await insertRows(driver, 'parent', [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'c1', parent_id: 1 },
        { id: 2, name: 'c2', parent_id: 1 },
        { id: 3, name: 'c3', parent_id: 2 },
      ]);
      await insertRows(driver, 'tag', [
        { id: 1, label: 't1' },
        { id: 2, label: 't2' },
      ]);
    });
    afterAll(() => driver?.drop());

    const run = (relgraph: Relgraph, query: string, variableValues?: Record<string, unknown>) =>
      relgraph.execute({
        schema: relgraph.schema,
        document: parse(query),
        contextValue: relgraph.createContext(),
        ...(variableValues ? { variableValues } : {}),
      });

    it('plans a query, and takes the plan from the cache when the same document comes again', async () => {
      const relgraph = createRelgraph(mapping, { driver, explain: true });
      const document = parse('{ parents { id children { name parent { id } } } }');
      const first = await relgraph.execute({ schema: relgraph.schema, document, contextValue: relgraph.createContext() });
      const second = await relgraph.execute({ schema: relgraph.schema, document, contextValue: relgraph.createContext() });
      expect(first.data).toEqual({
        parents: [
          {
            id: 1,
            children: [
              { name: 'c1', parent: { id: 1 } },
              { name: 'c2', parent: { id: 1 } },
            ],
          },
          { id: 2, children: [{ name: 'c3', parent: { id: 2 } }] },
        ],
      });
      expect(explainOf(first)).toMatchObject({ executor: 'plan', planCache: 'miss', statements: { count: 2 } });
      expect(explainOf(second)).toMatchObject({ executor: 'plan', planCache: 'hit', statements: { count: 2 } });
      expect(explainOf(second).statements.sql).toBeUndefined();
    });

    it('lists the SQL with explain "sql", without parameter values', async () => {
      const relgraph = createRelgraph(mapping, { driver, explain: 'sql' });
      const result = await run(relgraph, '{ parents(where: { name: { eq: "secret-value" } }) { id tags { label } } }');
      const { sql } = explainOf(result).statements;
      expect(sql).toHaveLength(1);
      expect(sql![0]).toMatch(/^SELECT .* FROM .parent./);
      expect(sql!.join(' ')).not.toContain('secret-value');
    });

    it('plans a mutation: the write runs in its resolver, the planner answers the payload', async () => {
      const relgraph = createRelgraph(mapping, { driver, explain: true });
      const added = await run(relgraph, 'mutation { addParentTag(id: 2, tagId: 1) { id name tags { label } } }');
      expect(added.errors).toBeUndefined();
      expect(added.data).toEqual({ addParentTag: { id: 2, name: 'b', tags: [{ label: 't1' }] } });
      expect(explainOf(added)).toMatchObject({ executor: 'plan' });
      const removed = await run(relgraph, 'mutation { removeParentTag(id: 2, tagId: 1) { tags { label } } }');
      expect(removed.data).toEqual({ removeParentTag: { tags: [] } });
      // A mutation field that fails: data is null and nothing was written.
      const failed = await run(
        relgraph,
        'mutation { first: addParentTag(id: 2, tagId: 1) { id } second: addParentTag(id: 99, tagId: 1) { id } }',
      );
      expect(failed.data).toBeNull();
      expect(failed.errors?.map((error) => [error.path, error.extensions['code']])).toEqual([[['second'], 'NOT_FOUND']]);
      const after = await run(relgraph, '{ parent(id: 2) { tags { id } } }');
      expect(after.data).toEqual({ parent: { tags: [] } });
    });

    it('hands introspection to graphql-js, saying why', async () => {
      const relgraph = createRelgraph(mapping, { driver, explain: true });
      const result = await run(relgraph, '{ __schema { queryType { name } } }');
      expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect(explainOf(result)).toMatchObject({ executor: 'graphql-js', reason: 'Query.__schema is introspection' });
    });

    it('hands an operation with a resolver relgraph did not make to graphql-js, which calls it', async () => {
      const relgraph = createRelgraph(mapping, { driver, explain: true });
      const name = relgraph.schema.getType('Parent') as unknown as {
        getFields(): Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown> }>;
      };
      const field = name.getFields()['name']!;
      const original = field.resolve;
      field.resolve = (source) => `~${(source as { name: string }).name}~`;
      try {
        const result = await run(relgraph, '{ parent(id: 1) { name } }');
        expect(result.data).toEqual({ parent: { name: '~a~' } });
        expect(explainOf(result)).toMatchObject({ executor: 'graphql-js', reason: 'Parent.name has a resolver relgraph did not make' });
      } finally {
        field.resolve = original;
      }
      // The plan cached before the change is not used for a document planned after it either.
      expect(explainOf(await run(relgraph, '{ parent(id: 1) { name } }'))).toMatchObject({ executor: 'plan' });
    });

    it('runs everything on graphql-js when chosen, with the same answer', async () => {
      const query = '{ a: parent(id: 1) { __typename name children(limit: 1) { id } } b: parents(offset: 1) { id } }';
      const plan = createRelgraph(mapping, { driver });
      const reference = createRelgraph(mapping, { driver, executor: 'graphql-js', explain: true });
      const referenceResult = await run(reference, query);
      expect(explainOf(referenceResult)).toMatchObject({ executor: 'graphql-js', reason: 'the graphql-js executor was chosen' });
      const { extensions: _extensions, ...withoutExtensions } = referenceResult;
      expect(JSON.stringify(await run(plan, query))).toBe(JSON.stringify(withoutExtensions));
    });

    it('keeps at most planCacheSize documents, counting what it evicts', async () => {
      const relgraph = createRelgraph(mapping, { driver, planCacheSize: 3 });
      for (let i = 1; i <= 5; i++) await run(relgraph, `{ parents(limit: ${i}) { id } }`);
      expect(relgraph.planCacheStats()).toEqual({ documents: 3, evictions: 2 });
      // Explain mode tells a developer the cache is too small for the documents they send.
      const explained = createRelgraph(mapping, { driver, planCacheSize: 1, explain: true });
      await run(explained, '{ parents { id } }');
      expect(explainOf(await run(explained, '{ tags { id } }'))).toMatchObject({ planCache: 'miss', planCacheEvictions: 1 });
      // createHandler passes it on; a size that is not a positive whole number fails at startup.
      const handler = createHandler(mapping, { driver, planCacheSize: 1, logging: false });
      const post = async (query: string) =>
        (
          await handler.fetch('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        ).json();
      await post('{ parents { id } }');
      expect((await post('{ tags { id } }')).extensions.relgraph).toMatchObject({ planCache: 'miss', planCacheEvictions: 1 });
      expect(() => createRelgraph(mapping, { driver, planCacheSize: 0 })).toThrow(
        'createRelgraph(): options.planCacheSize expects a whole number of at least 1, but got: 0.',
      );
    });

    it('reports nothing in production, and the executor outside it, through createHandler', async () => {
      const ask = async (production: boolean) => {
        const yoga = createHandler(mapping, { driver, production, logging: false });
        const response = await yoga.fetch('http://relgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ parents { id } }' }),
        });
        return (await response.json()) as ExecutionResult;
      };
      expect((await ask(true)).extensions).toBeUndefined();
      expect(explainOf(await ask(false))).toMatchObject({ executor: 'plan', statements: { count: 1 } });
    });
  });
}
