/**
 * The read path's contract: a query nesting relationships d levels deep issues at most d + 1
 * SELECTs, at 10 parents and at 1,000 — and returns the same rows as hand-written SQL. And a
 * link mutation costs the lock, the other end and the write: its payload is not read again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import {
  countServerSelects,
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
const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id')),
  Column('tag_id', Integer, ForeignKey('tag.id')),
);
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id'), { nullable: false }),
  parent: relationship('Parent', { backPopulates: 'children' }),
  toys: relationship('Toy', { backref: 'child' }),
});
Base.model('Toy', {
  tableName: 'toy',
  id: Column(Integer, { primaryKey: true }),
  child_id: Column(Integer, ForeignKey('child.id')),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  label: Column(Str(50), { nullable: false }),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});

/** `parents` parents, 3 children each, 2 toys per child, 2 of 20 tags per parent. */
async function seed(driver: TestDriver, parents: number): Promise<void> {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  await insertRows(
    driver,
    'parent',
    range(parents).map((id) => ({ id, name: `p${id}` })),
  );
  await insertRows(
    driver,
    'tag',
    range(20).map((id) => ({ id, label: `t${id}` })),
  );
  await insertRows(
    driver,
    'child',
    range(parents * 3).map((id) => ({ id, name: `c${id}`, parent_id: Math.ceil(id / 3) })),
  );
  await insertRows(
    driver,
    'toy',
    range(parents * 6).map((id) => ({ id, child_id: Math.ceil(id / 2) })),
  );
  await insertRows(
    driver,
    'parent_tag',
    range(parents).flatMap((id) => [
      { parent_id: id, tag_id: (id % 20) + 1 },
      { parent_id: id, tag_id: ((id + 7) % 20) + 1 },
    ]),
  );
}

/** Queries with their nesting depth: each may cost depth + 1 SELECTs at most. */
const queries: Array<{ name: string; depth: number; query: string }> = [
  { name: 'a root list', depth: 0, query: '{ parents(limit: 1000) { id name } }' },
  { name: 'one-to-many', depth: 1, query: '{ parents(limit: 1000) { id children { id name } } }' },
  { name: 'many-to-one', depth: 1, query: '{ children(limit: 1000) { id parent { id name } } }' },
  { name: 'many-to-many', depth: 1, query: '{ parents(limit: 1000) { id tags { id label } } }' },
  { name: 'one-to-many, then one-to-many', depth: 2, query: '{ parents(limit: 1000) { id children { id toys { id } } } }' },
  { name: 'many-to-many both ways', depth: 2, query: '{ tags { id parents(orderBy: [{ name: DESC }]) { id tags { id } } } }' },
  {
    name: 'a page per parent',
    depth: 1,
    query: '{ parents(limit: 1000) { id children(limit: 2, offset: 1, orderBy: [{ id: DESC }]) { id } } }',
  },
  {
    name: 'three levels, filtered',
    depth: 3,
    query:
      '{ tags { id parents(where: { name: { like: "p1%" } }) { id children(where: { toys: { some: {} } }) { id toys(limit: 1) { id child { id } } } } } }',
  },
];

for (const dialect of DIALECTS) {
  for (const size of [10, 1000]) {
    describe(`${dialect.name}: statements per query at ${size} parents`, () => {
      const log = recordStatements();
      let driver: TestDriver;
      let api: TestApi;

      beforeAll(async () => {
        driver = await createTestDriver(dialect, { onStatement: log.onStatement, connectionLimit: 1 });
        api = await createTestApi(Base, driver);
        await seed(driver, size);
      });
      afterAll(() => driver?.drop());

      for (const { name, depth, query } of queries) {
        it(`answers ${name} (depth ${depth}) with at most ${depth + 1} SELECTs`, async () => {
          log.clear();
          await api.data(query);
          expect(log.selects.length).toBeGreaterThan(0);
          expect(log.selects.length).toBeLessThanOrEqual(depth + 1);
        });
      }

      it("brings a to-one relationship along in its list's statement", async () => {
        log.clear();
        const { children } = await api.data<{ children: Array<{ id: number; parent: { id: number; name: string } }> }>(
          '{ children(limit: 1000) { id parent { id name } } }',
        );
        expect(log.selects).toHaveLength(1);
        const expected = await selectRows(
          driver,
          'SELECT c.id AS id, p.id AS parent, p.name AS name FROM child c JOIN parent p ON p.id = c.parent_id ORDER BY c.id LIMIT 1000',
        );
        expect(children.map((c) => [c.id, c.parent.id, c.parent.name])).toEqual(
          expected.map((r) => [Number(r.id), Number(r.parent), r.name]),
        );
        log.clear();
        await api.data('{ parents(limit: 1000) { children { toys { child { parent { name } } } } } }');
        // parents, children, toys with their child joined; each child's parent was read by the
        // first statement already: five levels, three statements.
        expect(log.selects).toHaveLength(3);
      });

      it('counts the same on the server as in its own log', async () => {
        if (dialect.name !== 'mariadb') return;
        log.clear();
        const counted = await countServerSelects(driver, () => api.data(queries[4]!.query));
        const ours = log.selects.filter((event) => !event.sql.includes('SESSION_STATUS'));
        expect(counted).toBe(ours.length);
        expect(counted).toBe(3);
      });

      it('returns the rows hand-written SQL returns', async () => {
        const { parents } = await api.data<{
          parents: Array<{ id: number; children: Array<{ id: number; toys: Array<{ id: number }> }>; tags: Array<{ id: number }> }>;
        }>('{ parents(limit: 1000) { id children { id toys { id } } tags { id } } }');
        const children = await selectRows(driver, 'SELECT id, parent_id FROM child ORDER BY parent_id, id');
        const toys = await selectRows(driver, 'SELECT id, child_id FROM toy ORDER BY child_id, id');
        const tags = await selectRows(driver, 'SELECT parent_id, tag_id FROM parent_tag ORDER BY parent_id, tag_id');
        expect(parents).toHaveLength(size);
        for (const parent of parents) {
          expect(parent.children.map((c) => c.id)).toEqual(children.filter((c) => c.parent_id === parent.id).map((c) => c.id));
          expect(parent.tags.map((t) => t.id)).toEqual(tags.filter((t) => t.parent_id === parent.id).map((t) => t.tag_id));
          for (const child of parent.children) {
            expect(child.toys.map((t) => t.id)).toEqual(toys.filter((t) => t.child_id === child.id).map((t) => t.id));
          }
        }
      });

      it('links with three statements: the payload is the row the mutation read, not read again', async () => {
        if (size !== 10) return;
        const [before] = await selectRows(driver, 'SELECT name FROM parent WHERE id = 4');
        for (const [mutation, field] of [
          ['addParentTag', 'added'],
          ['removeParentTag', 'removed'],
        ] as const) {
          log.clear();
          const answer = await api.data<Record<string, { id: number; name: string; tags: Array<{ id: number }> }>>(
            `mutation { ${mutation}(id: 4, tagId: 20) { id name } }`,
          );
          expect(answer[mutation]).toEqual({ id: 4, name: before!.name });
          // The locked end, the other end, the write; no SELECT of the payload.
          expect(
            log.statements.filter((event) => event.kind !== 'transaction' && event.kind !== 'session').map((event) => event.kind),
            field,
          ).toEqual(['select', 'select', mutation === 'addParentTag' ? 'insert' : 'delete']);
        }
        // A payload that asks for the link reads it, and sees the write.
        const { addParentTag } = await api.data<{ addParentTag: { tags: Array<{ id: number }> } }>(
          'mutation { addParentTag(id: 4, tagId: 20) { tags { id } } }',
        );
        expect(addParentTag.tags.map((tag) => tag.id)).toContain(20);
        await api.data('mutation { removeParentTag(id: 4, tagId: 20) { id } }');
      });

      it('pages per parent, not over the whole list', async () => {
        const { parents } = await api.data<{ parents: Array<{ id: number; children: Array<{ id: number }> }> }>(queries[6]!.query);
        for (const parent of parents) {
          // children of parent p are 3p-2, 3p-1, 3p; descending, skipping one, two of them.
          expect(parent.children.map((c) => c.id)).toEqual([3 * parent.id - 1, 3 * parent.id - 2]);
        }
      });
    });
  }
}
