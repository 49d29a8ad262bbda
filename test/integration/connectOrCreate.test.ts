/**
 * `connectOrCreate` in nested inputs (issue 16), on every dialect: the row a unique key names is
 * linked when it exists and created and linked when it does not, through a many-to-many, a
 * one-to-many and a many-to-one; contradictory items are refused before any SQL; the viewer's
 * rules apply as for `connect` and `create`; and on MariaDB, concurrent operations that create
 * the same key end with one row, every operation answered and every link made.
 */
import { execute as graphqlExecute, parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  String as Str,
  Table,
  UniqueConstraint,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { createRelgraph } from '../../src/server/createRelgraph.js';
import { configure } from '../../src/session/configure.js';
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
import { mariadbFor } from '../support/requireDialect.js';

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
  slug: Column(Str(50), { unique: true }),
  name: Column(Str(50)),
  owner: Column(Str(20)),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  code: Column(Str(20), { unique: true }),
  name: Column(Str(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false, unique: true }),
  hidden: Column(Integer, { nullable: false, default: 0 }),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});
Table(
  'shelf',
  Base.metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('room', Str(20), { nullable: false }),
  Column('position', Integer, { nullable: false }),
  UniqueConstraint(['room', 'position']),
);

const TABLES = ['parent_tag', 'child', 'tag', 'parent'];

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: connectOrCreate`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    const quote = (table: string) => (driver.dialect.name === 'mysql' ? `\`${table}\`` : `"${table}"`);
    const sql = (text: string) => selectRows(driver, text);
    const rows = async (text: string) =>
      (await sql(text)).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' || k === 'n' ? Number(v) : v])),
      );
    const snapshot = async () =>
      Promise.all(TABLES.map(async (table) => (await sql(`SELECT * FROM ${quote(table)}`)).map((row) => JSON.stringify(row)).sort()));
    const dml = () => log.statements.filter((event) => ['insert', 'update', 'delete'].includes(event.kind));

    /** Refused as BAD_USER_INPUT with `message`, before any statement, every table as it was. */
    const refused = async (query: string, message: string | RegExp) => {
      const before = await snapshot();
      log.clear();
      const result = await api.query(query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      if (typeof message === 'string') expect(result.errors?.[0]?.message).toBe(message);
      else expect(result.errors?.[0]?.message).toMatch(message);
      expect(log.statements.filter((event) => event.kind !== 'transaction' && event.kind !== 'session')).toEqual([]);
      expect(await snapshot()).toEqual(before);
    };

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver);
    });
    afterAll(() => driver?.drop());
    beforeEach(async () => {
      for (const table of TABLES) await driver.execute({ sql: `DELETE FROM ${quote(table)}`, params: [], kind: 'delete' });
      await insertRows(driver, 'parent', [{ id: 1, slug: 'ann', name: 'Ann', owner: 'ann' }]);
      await insertRows(driver, 'tag', [{ id: 1, name: 'red', hidden: 0 }]);
      await insertRows(driver, 'child', [{ id: 1, code: 'c1', name: 'Cy', parent_id: null }]);
      log.clear();
    });

    describe('many-to-many', () => {
      it('links an existing row by a unique column, and creates and links a missing one', async () => {
        const data = await api.data(`mutation {
          createParent(input: { name: "Bo", tags: { connectOrCreate: [
            { where: { name: "red" }, create: { name: "red" } },
            { where: { name: "blue" }, create: { name: "blue" } }
          ] } }) { id tags { name } }
        }`);
        expect(data.createParent.tags.map((t: { name: string }) => t.name).sort()).toEqual(['blue', 'red']);
        expect(await rows('SELECT id, name FROM tag ORDER BY name')).toEqual([
          { id: 2, name: 'blue' },
          { id: 1, name: 'red' },
        ]);
        expect(await rows('SELECT parent_id, tag_id FROM parent_tag ORDER BY tag_id')).toEqual([
          { parent_id: data.createParent.id, tag_id: 1 },
          { parent_id: data.createParent.id, tag_id: 2 },
        ]);
      });

      it('links an existing row by its primary key, and creates a missing one with that key', async () => {
        await api.data(`mutation {
          updateParent(id: 1, input: { tags: { connectOrCreate: [
            { where: { id: 1 }, create: { name: "ignored" } },
            { where: { id: 40 }, create: { name: "green" } }
          ] } }) { id }
        }`);
        expect(await rows('SELECT id, name FROM tag ORDER BY id')).toEqual([
          { id: 1, name: 'red' },
          { id: 40, name: 'green' },
        ]);
        expect(await rows('SELECT parent_id, tag_id FROM parent_tag ORDER BY tag_id')).toEqual([
          { parent_id: 1, tag_id: 1 },
          { parent_id: 1, tag_id: 40 },
        ]);
      });

      it('creates a key given twice in one input once, and links it once', async () => {
        await api.data(`mutation {
          updateParent(id: 1, input: { tags: { connectOrCreate: [
            { where: { name: "blue" }, create: { name: "blue" } },
            { where: { name: "blue" }, create: { name: "blue" } }
          ] } }) { id }
        }`);
        expect(await rows("SELECT COUNT(*) AS n FROM tag WHERE name = 'blue'")).toEqual([{ n: 1 }]);
        expect(await rows('SELECT COUNT(*) AS n FROM parent_tag')).toEqual([{ n: 1 }]);
      });

      it('leaves a link already made as it is, and sends one locked SELECT per item', async () => {
        await insertRows(driver, 'parent_tag', [{ parent_id: 1, tag_id: 1 }]);
        log.clear();
        await api.data(
          'mutation { updateParent(id: 1, input: { tags: { connectOrCreate: [{ where: { name: "red" }, create: { name: "red" } }] } }) { id } }',
        );
        // No tag is written; the link is written as connect writes it, so that one already there stays.
        expect(dml().filter((event) => /INTO [`"]tag[`"]/.test(event.sql))).toEqual([]);
        expect(await rows('SELECT parent_id, tag_id FROM parent_tag')).toEqual([{ parent_id: 1, tag_id: 1 }]);
        const lookups = log.statements.filter((event) => event.kind === 'select' && /name[`"] IN \(\?\)/.test(event.sql));
        expect(lookups).toHaveLength(1);
        // Locked where the dialect has row locks (shared: a tag only has to exist); SQLite has one writer.
        expect(lookups[0]!.sql.endsWith(' LOCK IN SHARE MODE')).toBe(driver.dialect.name === 'mysql');
      });
    });

    describe('one-to-many and many-to-one', () => {
      it('one-to-many: links an existing child and creates a missing one under the parent', async () => {
        const data = await api.data(`mutation {
          updateParent(id: 1, input: { children: { connectOrCreate: [
            { where: { code: "c1" }, create: { name: "unused" } },
            { where: { code: "c2" }, create: { name: "Di" } }
          ] } }) { children { code name parentId } }
        }`);
        expect(data.updateParent.children).toEqual([
          { code: 'c1', name: 'Cy', parentId: 1 },
          { code: 'c2', name: 'Di', parentId: 1 },
        ]);
        expect(await rows('SELECT COUNT(*) AS n FROM child')).toEqual([{ n: 2 }]);
      });

      it('many-to-one: links an existing parent, or creates a missing one', async () => {
        const existing = await api.data(
          'mutation { createChild(input: { code: "c2", parent: { connectOrCreate: { where: { slug: "ann" }, create: { name: "no" } } } }) { parent { id slug name } } }',
        );
        expect(existing.createChild.parent).toEqual({ id: 1, slug: 'ann', name: 'Ann' });
        const created = await api.data(
          'mutation { createChild(input: { code: "c3", parent: { connectOrCreate: { where: { slug: "bo" }, create: { name: "Bo" } } } }) { parent { slug name } } }',
        );
        expect(created.createChild.parent).toEqual({ slug: 'bo', name: 'Bo' });
        expect(await rows('SELECT slug FROM parent ORDER BY id')).toEqual([{ slug: 'ann' }, { slug: 'bo' }]);
      });
    });

    describe('refused before any SQL', () => {
      it('a create whose key column disagrees with where', async () => {
        await refused(
          'mutation { createParent(input: { tags: { connectOrCreate: [{ where: { name: "blue" }, create: { name: "green" } }] } }) { id } }',
          'createParent(input.tags.connectOrCreate[0].create.name): name is "green" in create but "blue" in where, so the Tag created would not be the one looked up. Leave name out of create (it is taken from where), or give the same value.',
        );
      });

      it('a where that is not exactly one whole unique key', async () => {
        await refused(
          'mutation { createParent(input: { tags: { connectOrCreate: [{ where: { id: 1, name: "red" }, create: { name: "red" } }] } }) { id } }',
          'createParent(input.tags.connectOrCreate[0].where): a Tag is looked up by exactly one whole unique key: id or name, but got id and name. Give the fields of one of them.',
        );
        await refused(
          'mutation { createChild(input: { parent: { connectOrCreate: { where: {}, create: {} } } }) { id } }',
          'createChild(input.parent.connectOrCreate.where): a Parent is looked up by exactly one whole unique key: id or slug, but got none. Give the fields of one of them.',
        );
      });

      it('the same primary key in connectOrCreate and disconnect, or with set', async () => {
        await refused(
          'mutation { updateParent(id: 1, input: { tags: { connectOrCreate: [{ where: { id: 1 }, create: { name: "red" } }], disconnect: [{ id: 1 }] } }) { id } }',
          'updateParent(input.tags): Tag with id 1 is in both connectOrCreate and disconnect of Parent.tags, so the result would depend on which runs first. Give it in only one of them.',
        );
        await refused(
          'mutation { updateParent(id: 1, input: { tags: { set: [], connectOrCreate: [{ where: { name: "x" }, create: { name: "x" } }] } }) { id } }',
          /^updateParent\(input\.tags\): set replaces the whole list of Parent\.tags, so it cannot be combined with connectOrCreate\./,
        );
      });

      it('connectOrCreate with another field of a single-valued relationship', async () => {
        await refused(
          'mutation { createChild(input: { parent: { connect: { id: 1 }, connectOrCreate: { where: { slug: "ann" }, create: {} } } }) { id } }',
          'createChild(input.parent): Child.parent takes exactly one of connect, connectOrCreate, create or disconnect: true, but got connect and connectOrCreate. Give one of them.',
        );
      });
    });

    it('a plain create of an existing unique value answers CONSTRAINT_VIOLATION, without a rerun', async () => {
      let retries = 0;
      const relgraph = createRelgraph(api.mapping, { driver, onRetry: () => retries++ });
      const result = await relgraph.execute({
        schema: relgraph.schema,
        document: parse('mutation { createParent(input: { name: "Bo", tags: { create: [{ name: "red" }] } }) { id } }'),
        contextValue: relgraph.createContext(),
      });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('CONSTRAINT_VIOLATION');
      expect(retries).toBe(0);
      expect(await rows('SELECT COUNT(*) AS n FROM parent')).toEqual([{ n: 1 }]);
    });

    it('a plain duplicate beside a connectOrCreate that creates in the same table is rerun, then answers CONSTRAINT_VIOLATION', async () => {
      let retries = 0;
      const relgraph = createRelgraph(api.mapping, { driver, onRetry: () => retries++ });
      const before = await snapshot();
      const result = await relgraph.execute({
        schema: relgraph.schema,
        document: parse(
          'mutation { createParent(input: { name: "Bo", tags: { create: [{ name: "red" }], connectOrCreate: [{ where: { name: "green" }, create: { name: "green" } }] } }) { id } }',
        ),
        contextValue: relgraph.createContext(),
      });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('CONSTRAINT_VIOLATION');
      // The flush inserts both tags in one statement, so the duplicate cannot be told from a lost race.
      expect(retries).toBe(2);
      expect(await snapshot()).toEqual(before);
    });

    describe('access rules', () => {
      type Viewer = { role: string };
      const policy = definePolicy<Viewer>({
        Parent: { read: true, create: true, update: true, link: (v) => v.role !== 'nolink' },
        Tag: { read: { hidden: { eq: 0 } }, create: (v) => v.role === 'creator' },
        Child: { read: true },
      });
      let guarded: TestApi;
      const as = async (role: string, query: string) => {
        const response = await guarded.yoga.fetch('http://relgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-role': role },
          body: JSON.stringify({ query }),
        });
        return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      };
      const link = (name: string) =>
        `mutation { updateParent(id: 1, input: { tags: { connectOrCreate: [{ where: { name: "${name}" }, create: { name: "${name}" } }] } }) { id } }`;

      beforeAll(async () => {
        guarded = await createTestApi(configure(Base), driver, {
          policy,
          viewer: ({ request }) => ({ role: request.headers.get('x-role') ?? 'anon' }),
        });
      });

      it('links an existing readable row without the create rule', async () => {
        expect((await as('linker', link('red'))).errors).toBeUndefined();
        expect(await rows('SELECT tag_id FROM parent_tag')).toEqual([{ tag_id: 1 }]);
      });

      it('needs the create rule for a missing row', async () => {
        const before = await snapshot();
        const result = await as('linker', link('blue'));
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(await snapshot()).toEqual(before);
        expect((await as('creator', link('blue'))).errors).toBeUndefined();
        expect(await rows("SELECT COUNT(*) AS n FROM tag WHERE name = 'blue'")).toEqual([{ n: 1 }]);
      });

      it('refuses a row the viewer may not read, as connect does, and the owner without the link rule', async () => {
        await insertRows(driver, 'tag', [{ id: 2, name: 'secret', hidden: 1 }]);
        const before = await snapshot();
        const hidden = await as('creator', link('secret'));
        expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const unlinkable = await as('nolink', link('red'));
        expect(unlinkable.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(await snapshot()).toEqual(before);
      });
    });
  });
}

const mariadb = mariadbFor('mariadb: connectOrCreate race');
describe.skipIf(!mariadb)('mariadb: connectOrCreate race', () => {
  let driver: TestDriver;

  beforeAll(async () => {
    driver = await createTestDriver(mariadb!);
    await createTestApi(Base, driver);
  });
  afterAll(() => driver?.drop());

  // relgraph.execute runs the operation as one unit of work; graphql-js's own execute (a server
  // that does not use relgraph.execute) gives each mutation field its own: both rerun a loser.
  it.each(['relgraph.execute', 'graphql-js execute'] as const)(
    '16 clients creating the same unique value at once (%s): one row, every mutation answered, every link made',
    async (via) => {
      let retries = 0;
      const relgraph = createRelgraph(configure(Base), { driver, onRetry: () => retries++ });
      const executeWith = via === 'relgraph.execute' ? relgraph.execute : graphqlExecute;
      // Every connection of the pool open first, so that the clients' transactions overlap
      // instead of waiting one by one for a new connection.
      await Promise.all(
        Array.from({ length: 16 }, () => driver.transaction((tx) => tx.execute({ sql: 'SELECT 1', params: [], kind: 'select' }))),
      );
      const run = async (name: string, i: number) =>
        executeWith({
          schema: relgraph.schema,
          document: parse(
            `mutation { createParent(input: { name: "p${i}", tags: { connectOrCreate: [{ where: { name: "${name}" }, create: { name: "${name}" } }] } }) { id tags { name } } }`,
          ),
          contextValue: relgraph.createContext(),
        });
      // Whether two clients meet at the INSERT is up to the scheduler: up to three rounds, until one did.
      for (let round = 0; round < 3 && retries === 0; round++) {
        const name = `race${round}${via === 'relgraph.execute' ? '' : '-fields'}`;
        const results = await Promise.all(Array.from({ length: 16 }, (_, i) => run(name, i)));
        for (const result of results) {
          expect(result.errors).toBeUndefined();
          expect((result.data as any).createParent.tags).toEqual([{ name }]);
        }
        const tags = await selectRows(driver, 'SELECT id FROM tag WHERE name = ?', [name]);
        expect(tags).toHaveLength(1);
        const links = await selectRows(driver, 'SELECT parent_id FROM parent_tag WHERE tag_id = ?', [tags[0]!['id']]);
        expect(links.map((row) => Number(row['parent_id'])).sort((a, b) => a - b)).toEqual(
          results.map((result) => Number((result.data as any).createParent.id)).sort((a, b) => a - b),
        );
      }
      // Losers of the race were rerun: the race was met, not missed.
      expect(retries).toBeGreaterThan(0);
    },
  );
});
