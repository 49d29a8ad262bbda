/**
 * Hostile argument values, on every dialect: strings that are not well-formed Unicode (in
 * mutation inputs, nested inputs, JSON values, keys and `where` filters), oversized nested-write
 * lists, filters and JSON values. Each is refused as BAD_USER_INPUT naming the field and the
 * argument path, before any statement that touches a table, with every table as it was; well-formed
 * text is stored exactly as sent.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, JSON as Json, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import { configure } from '../../src/session/configure.js';
import { createResolvers } from '../../src/resolvers/createResolvers.js';
import { buildSchema } from '../../src/schema/index.js';
import { defaultLimitValues } from '../../src/server/limits.js';
import {
  createTestApi,
  createTestDriver,
  DIALECTS,
  insertRows,
  recordStatements,
  selectRows,
  type StatementLog,
  type TestApi,
  type TestDriver,
} from '../support/index.js';

const Base = declarativeBase();
const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id')),
  Column('tag_id', Integer, ForeignKey('tag.id')),
);
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  data: Column(Json),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }), label: Column(Str(50)) });
Base.model('Label', { tableName: 'label', code: Column(Str(20), { primaryKey: true }), text: Column(Str(50)) });

const TABLES = ['parent', 'child', 'tag', 'parent_tag', 'label'];
const HIGH = '\ud800';
const LOW = '\udc00';

/**
 * What a refused request may send: nothing for a query. For a mutation, the operation's own BEGIN
 * and ROLLBACK and nothing between them: the server opens the transaction before execution starts
 * (it sends nothing at all once its executor asks `refuseMutation` first, as the last test does).
 */
function expectNothingTouched(log: StatementLog, begin: string): void {
  expect([[], [begin, 'ROLLBACK']]).toContainEqual(log.sql);
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: hostile input`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    let small: TestApi;
    const quote = (table: string) => (driver.dialect.name === 'mysql' ? `\`${table}\`` : `"${table}"`);
    const begin = () => (driver.dialect.name === 'mysql' ? 'START TRANSACTION' : 'BEGIN IMMEDIATE');
    /** Every table's rows, to prove a refused request left the database as it was. */
    const snapshot = async () =>
      Promise.all(
        TABLES.map(async (table) => (await selectRows(driver, `SELECT * FROM ${quote(table)}`)).map((row) => JSON.stringify(row)).sort()),
      );

    /** Sends a request that must be refused, and checks the refusal, the statements and the tables. */
    const refused = async (
      query: string,
      variables: Record<string, unknown> | undefined,
      message: string | RegExp,
      through: TestApi = api,
    ) => {
      const before = await snapshot();
      log.clear();
      const result = await through.query(query, variables);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      if (typeof message === 'string') expect(result.errors?.[0]?.message).toBe(message);
      else expect(result.errors?.[0]?.message).toMatch(message);
      expectNothingTouched(log, begin());
      expect(await snapshot()).toEqual(before);
      return result;
    };

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver);
      small = await createTestApi(Base, driver, { limits: { nestedListItems: 3, filterSize: 5, jsonDepth: 3 } });
    });
    afterAll(() => driver?.drop());
    beforeEach(async () => {
      for (const table of ['parent_tag', 'child', 'tag', 'parent', 'label']) {
        await driver.execute({ sql: `DELETE FROM ${quote(table)}`, params: [], kind: 'delete' });
      }
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1' },
        { id: 2, name: 'p2' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'c1', parent_id: 1 },
        { id: 2, name: 'c2', parent_id: null },
      ]);
      await insertRows(driver, 'tag', [
        { id: 1, label: 't1' },
        { id: 2, label: 't2' },
        { id: 3, label: 't3' },
      ]);
      await insertRows(driver, 'label', [{ code: 'a', text: 'A' }]);
    });

    describe('ill-formed strings', () => {
      it('refuses a lone surrogate in a create input, naming the argument', async () => {
        const result = await refused(
          'mutation ($n: String) { createParent(input: { name: $n }) { id } }',
          { n: `ab${HIGH}c` },
          'createParent(input.name): the string has a lone UTF-16 surrogate (U+D800 at index 2), which is not a Unicode character, so it cannot be stored or compared as sent. Send well-formed Unicode text.',
        );
        expect(result.data ?? null).toBeNull();
      });

      it('refuses one in a nested create, an update and a second mutation field, before the first field runs', async () => {
        await refused(
          'mutation ($c: [ChildCreateInput!]) { createParent(input: { name: "x", children: { create: $c } }) { id } }',
          { c: [{ name: 'fine' }, { name: LOW }] },
          /^createParent\(input\.children\.create\[1\]\.name\): the string has a lone UTF-16 surrogate \(U\+DC00 at index 0\)/,
        );
        await refused(
          'mutation ($n: String) { a: createTag(input: { id: 9, label: "kept?" }) { id } b: updateParent(id: 1, input: { name: $n }) { id } }',
          { n: `${LOW}${HIGH}` },
          /^updateParent\(input\.name\): the string has a lone UTF-16 surrogate \(U\+DC00 at index 0\)/,
        );
      });

      it('refuses one anywhere in a JSON value, object keys included', async () => {
        await refused(
          'mutation ($d: JSON) { updateParent(id: 1, input: { data: $d }) { id } }',
          { d: { list: ['ok', { deep: `x${HIGH}` }] } },
          /^updateParent\(input\.data\.list\[1\]\.deep\): the string has a lone UTF-16 surrogate \(U\+D800 at index 1\)/,
        );
        await refused(
          'mutation ($d: JSON) { updateParent(id: 1, input: { data: $d }) { id } }',
          { d: { [`k${LOW}`]: 1 } },
          /^updateParent\(input\.data\): an object key has a lone UTF-16 surrogate \(U\+DC00 at index 1\)/,
        );
        await refused(
          'mutation ($d: JSON) { createParent(input: { id: 5, data: $d }) { id } }',
          { d: HIGH },
          /^createParent\(input\.data\): the string has/,
        );
      });

      it('refuses one in a where filter and in a key, before any SQL: a lookup for an unstorable string is an error, not a miss', async () => {
        await refused(
          'query ($n: String) { parents(where: { name: { eq: $n } }) { id } }',
          { n: HIGH },
          /^parents\(where\.name\.eq\): the string has/,
        );
        await refused(
          'query ($n: [String!]) { parent(id: 1) { id children(where: { OR: [{ name: { in: $n } }] }) { id } } }',
          { n: ['c1', `c${LOW}`] },
          /^parent\.children\(where\.OR\[0\]\.name\.in\[1\]\): the string has/,
        );
        await refused('query ($c: String!) { label(code: $c) { code } }', { c: `a${HIGH}` }, /^label\(code\): the string has/);
        await refused(
          'mutation ($c: String!) { deleteLabel(code: $c) { code } }',
          { c: `a${HIGH}` },
          /^deleteLabel\(code\): the string has/,
        );
      });

      it('stores well-formed text exactly as sent: pairs, NUL, U+FFFD, a BOM, right-to-left marks', async () => {
        const name = 'a😀\u0000\ufffd\ufeff\u202e𝄞';
        const data = { ['k😀']: ['\u0000', '\ufffd'], nested: { emoji: '👍🏽' } };
        const { createParent } = await api.data(
          'mutation ($n: String, $d: JSON) { createParent(input: { id: 7, name: $n, data: $d }) { name data } }',
          { n: name, d: data },
        );
        expect(createParent).toEqual({ name, data });
        const [row] = await selectRows(driver, 'SELECT name, data FROM parent WHERE id = 7');
        expect(row!.name).toBe(name);
        expect(typeof row!.data === 'string' ? JSON.parse(row!.data) : row!.data).toEqual(data);
        expect((await api.data('query ($n: String) { parents(where: { name: { eq: $n } }) { id } }', { n: name })).parents).toEqual([
          { id: 7 },
        ]);
      });
    });

    describe('oversized input', () => {
      it('refuses more keys than nestedListItems in one list before any SQL, and accepts the limit', async () => {
        const keys = Array.from({ length: defaultLimitValues.nestedListItems + 1 }, (_, i) => ({ id: i + 1 }));
        await refused(
          'mutation ($c: [ChildKey!]) { updateParent(id: 1, input: { children: { connect: $c } }) { id } }',
          { c: keys },
          'updateParent(input.children.connect): 1001 items, more than the 1000 allowed in one nested-write list. Send the rest in another mutation.',
        );
        await refused(
          'mutation ($t: [TagKey!]) { updateParent(id: 1, input: { tags: { set: $t } }) { id } }',
          { t: [1, 2, 3, 1].map((id) => ({ id })) },
          /^updateParent\(input\.tags\.set\): 4 items, more than the 3 allowed/,
          small,
        );
        await small.data('mutation { updateParent(id: 1, input: { tags: { set: [{ id: 1 }, { id: 2 }, { id: 3 }] } }) { id } }');
        expect((await selectRows(driver, 'SELECT tag_id FROM parent_tag ORDER BY tag_id')).map((row) => Number(row.tag_id))).toEqual([
          1, 2, 3,
        ]);
      });

      it('counts every list of a nested input, at any depth', async () => {
        await refused(
          'mutation { createTag(input: { id: 8, parents: { create: [{ id: 8, children: { connect: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }] } }] } }) { id } }',
          undefined,
          /^createTag\(input\.parents\.create\[0\]\.children\.connect\): 4 items/,
          small,
        );
      });

      it('refuses nested creates deeper than inputDepth before any SQL', async () => {
        await refused(
          'mutation { createParent(input: { tags: { create: [{ parents: { create: [{ tags: { create: [{ label: "x" }] } }] } }] } }) { id } }',
          undefined,
          'createParent(input.tags.create[0].parents.create[0].tags.create[0]): nested creates go 4 levels deep (at Tag), more than the 3 allowed. Create the deeper rows in a separate mutation.',
        );
        await api.data(
          'mutation { createParent(input: { id: 9, tags: { create: [{ id: 9, parents: { create: [{ id: 10 }] } }] } }) { id } }',
        );
        expect(
          (await selectRows(driver, 'SELECT parent_id FROM parent_tag WHERE tag_id = 9 ORDER BY parent_id')).map((row) =>
            Number(row.parent_id),
          ),
        ).toEqual([9, 10]);
      });

      it('refuses a where filter over filterSize, which would otherwise fail in the database', async () => {
        const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
        await refused(
          'query ($ids: [Int!]) { parents(where: { id: { in: $ids } }) { id } }',
          { ids: ids(40_000).map(() => 1) },
          'parents(where): the filter has more than the 500 conditions and values allowed (each comparison, each in or notIn value, each AND or OR item, each NOT and each relationship filter counts one). Split the request, or filter on fewer values.',
        );
        await refused(
          'query ($w: [ParentWhere!]) { parents(where: { OR: $w }) { id } }',
          { w: ids(1000).map((id) => ({ children: { some: { id: { eq: id } } } })) },
          /^parents\(where\): the filter has more than/,
        );
        const deepNot = `${'{"NOT":'.repeat(900)}{"id":{"eq":1}}${'}'.repeat(900)}`;
        await refused(
          'query ($w: ParentWhere) { parents(where: $w) { id } }',
          { w: JSON.parse(deepNot) },
          /^parents\(where\): the filter has more than/,
        );
        expect((await api.data('query ($ids: [Int!]) { parents(where: { id: { in: $ids } }) { id } }', { ids: ids(500) })).parents).toEqual(
          [{ id: 1 }, { id: 2 }],
        );
        await refused(
          '{ parents(where: { OR: [{ id: { eq: 1 } }, { id: { in: [1, 2, 3] } }] }) { id } }',
          undefined,
          /^parents\(where\): the filter has more than the 5 /,
          small,
        );
        expect((await small.data('{ parents(where: { OR: [{ id: { eq: 1 } }, { id: { in: [1, 2] } }] }) { id } }')).parents).toHaveLength(
          2,
        );
      });

      it('refuses a JSON value nested deeper than jsonDepth, and stores one at the limit on every dialect', async () => {
        const nest = (depth: number): unknown => (depth === 1 ? 'leaf' : [nest(depth - 1)]);
        await refused(
          'mutation ($d: JSON) { updateParent(id: 1, input: { data: $d }) { id } }',
          { d: nest(33) },
          /^updateParent\(input\.data(\[0\]){32}\): the JSON value nests deeper than the 32 levels allowed\. Store it flatter, or as a string\.$/,
        );
        await api.data('mutation ($d: JSON) { updateParent(id: 1, input: { data: $d }) { id } }', { d: nest(32) });
        const [row] = await selectRows(driver, 'SELECT data FROM parent WHERE id = 1');
        expect(typeof row!.data === 'string' ? JSON.parse(row!.data) : row!.data).toEqual(nest(32));
        await refused(
          'mutation ($d: JSON) { updateParent(id: 2, input: { data: $d }) { id } }',
          { d: { a: { b: { c: 1 } } } },
          /^updateParent\(input\.data\.a\.b\.c\): the JSON value nests deeper than the 3 levels/,
          small,
        );
      });

      it('refuses an orderBy that names a field twice', async () => {
        const orderBy = Array.from({ length: 3000 }, (_, i) => (i % 2 ? { name: 'ASC' } : { id: 'DESC' }));
        await refused(
          'query ($o: [ParentOrderBy!]) { parents(orderBy: $o) { id } }',
          { o: orderBy },
          'orderBy names "id" twice (entries 1 and 3). Name each field once.',
        );
      });
    });

    it('lets an executor refuse a mutation before it opens a transaction', () => {
      const mapping = configure(Base);
      const resolvers = createResolvers({ limits: defaultLimitValues });
      const schema = buildSchema(mapping, { resolvers });
      const document = parse(
        'mutation ($n: String) { a: createTag(input: { label: "kept?" }) { id } b: createParent(input: { name: $n }) { id } }',
      );
      const refusal = resolvers.refuseMutation({ schema, document, variableValues: { n: `x${HIGH}` } });
      expect(refusal?.data).toBeNull();
      expect(refusal?.errors?.map((error) => ({ message: error.message, path: error.path, code: error.extensions['code'] }))).toEqual([
        {
          message:
            'createParent(input.name): the string has a lone UTF-16 surrogate (U+D800 at index 1), which is not a Unicode character, so it cannot be stored or compared as sent. Send well-formed Unicode text.',
          path: ['b'],
          code: 'BAD_USER_INPUT',
        },
      ]);
      expect(resolvers.refuseMutation({ schema, document, variableValues: { n: 'x😀' } })).toBeUndefined();
      expect(
        resolvers.refuseMutation({
          schema,
          document: parse('query ($n: String) { parents(where: { name: { eq: $n } }) { id } }'),
          variableValues: { n: HIGH },
        }),
      ).toBeUndefined();
    });
  });
}
