/**
 * Root lookups and lists: filters per column and on relationships, ordering, pagination and
 * its limits, composite keys — on every dialect, checked against hand-written SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Boolean as Bool,
  Column,
  DateTime,
  Enum,
  ForeignKey,
  Integer,
  JSON as Json,
  Numeric,
  String as Str,
  Table,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { createTestApi, createTestDriver, DIALECTS, insertRows, selectRows, type TestApi, type TestDriver } from '../support/index.js';

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
  rank: Column(Integer),
  active: Column(Bool, { nullable: false, default: true }),
  status: Column(Enum(['draft', 'published'], { name: 'ParentStatus' }), { nullable: false, default: 'draft' }),
  price: Column(Numeric(10, 2)),
  born_at: Column(DateTime),
  extra: Column(Json),
  children: relationship('Child', { backPopulates: 'parent', orderBy: 'name desc' }),
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
Base.model('Enrolment', {
  tableName: 'enrolment',
  student_id: Column(Integer, { primaryKey: true }),
  term: Column(Integer, { primaryKey: true }),
  grade: Column(Str(2)),
});

const parents = [
  {
    id: 1,
    name: 'alpha',
    rank: 3,
    active: true,
    status: 'published',
    price: '10.50',
    born_at: new Date('2024-01-02T03:04:05.678Z'),
    extra: JSON.stringify({ a: 1 }),
  },
  { id: 2, name: 'beta', rank: null, active: false, status: 'draft', price: '3.00', born_at: null, extra: null },
  {
    id: 3,
    name: 'gamma',
    rank: 1,
    active: true,
    status: 'draft',
    price: null,
    born_at: new Date('2025-06-01T00:00:00.000Z'),
    extra: JSON.stringify([1, 2]),
  },
  { id: 4, name: 'delta_x', rank: 2, active: true, status: 'published', price: '99.99', born_at: null, extra: null },
];

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: queries`, () => {
    let driver: TestDriver;
    let api: TestApi;
    const ids = async (query: string, field = 'parents') => ((await api.data(query))[field] as Array<{ id: number }>).map((row) => row.id);

    beforeAll(async () => {
      driver = await createTestDriver(dialect);
      api = await createTestApi(Base, driver);
      await insertRows(
        driver,
        'parent',
        parents.map((p) => ({ ...p, active: p.active ? 1 : 0 })),
      );
      await insertRows(driver, 'tag', [
        { id: 1, label: 'red' },
        { id: 2, label: 'blue' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'ann', parent_id: 1 },
        { id: 2, name: 'bob', parent_id: 1 },
        { id: 3, name: 'cid', parent_id: 3 },
        { id: 4, name: 'dan', parent_id: null },
      ]);
      await insertRows(driver, 'parent_tag', [
        { parent_id: 1, tag_id: 1 },
        { parent_id: 1, tag_id: 2 },
        { parent_id: 3, tag_id: 2 },
      ]);
      await insertRows(driver, 'enrolment', [
        { student_id: 1, term: 1, grade: 'A' },
        { student_id: 1, term: 2, grade: 'B' },
      ]);
    });
    afterAll(() => driver?.drop());

    it('looks a row up by primary key, and answers null for a missing one', async () => {
      const data = await api.data('{ parent(id: 3) { id name rank active status } missing: parent(id: 99) { id } }');
      expect(data).toEqual({ parent: { id: 3, name: 'gamma', rank: 1, active: true, status: 'draft' }, missing: null });
    });

    it('looks up by a composite key, one argument per key field', async () => {
      const data = await api.data('{ enrolment(studentId: 1, term: 2) { studentId term grade } }');
      expect(data.enrolment).toEqual({ studentId: 1, term: 2, grade: 'B' });
    });

    it('returns each column type in its GraphQL form', async () => {
      const { parent } = await api.data('{ parent(id: 1) { price bornAt extra status } }');
      expect(parent).toEqual({ price: '10.50', bornAt: '2024-01-02T03:04:05.678Z', extra: { a: 1 }, status: 'published' });
    });

    it('lists in primary-key order by default', async () => {
      expect(await ids('{ parents { id } }')).toEqual([1, 2, 3, 4]);
    });

    it('filters with every column operator', async () => {
      expect(await ids('{ parents(where: { id: { eq: 2 } }) { id } }')).toEqual([2]);
      expect(await ids('{ parents(where: { id: { ne: 2 } }) { id } }')).toEqual([1, 3, 4]);
      expect(await ids('{ parents(where: { id: { in: [1, 4, 9] } }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { id: { notIn: [1, 4] } }) { id } }')).toEqual([2, 3]);
      expect(await ids('{ parents(where: { id: { in: [] } }) { id } }')).toEqual([]);
      expect(await ids('{ parents(where: { rank: { lt: 3 } }) { id } }')).toEqual([3, 4]);
      expect(await ids('{ parents(where: { rank: { lte: 3, gt: 1 } }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { rank: { gte: 2 } }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { rank: { isNull: true } }) { id } }')).toEqual([2]);
      expect(await ids('{ parents(where: { rank: { isNull: false } }) { id } }')).toEqual([1, 3, 4]);
      expect(await ids('{ parents(where: { rank: { eq: null } }) { id } }')).toEqual([2]);
      expect(await ids('{ parents(where: { name: { like: "%a" } }) { id } }')).toEqual([1, 2, 3]);
      expect(await ids('{ parents(where: { active: { eq: false } }) { id } }')).toEqual([2]);
      expect(await ids('{ parents(where: { status: { eq: published } }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { price: { gt: "5" } }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { bornAt: { gte: "2025-01-01T00:00:00Z" } }) { id } }')).toEqual([3]);
    });

    it('escapes LIKE with a backslash on every dialect', async () => {
      expect(await ids('{ parents(where: { name: { like: "delta\\\\_%" } }) { id } }')).toEqual([4]);
      expect(await ids('{ parents(where: { name: { like: "alph\\\\_" } }) { id } }')).toEqual([]);
    });

    it('combines filters with AND, OR and NOT', async () => {
      expect(await ids('{ parents(where: { OR: [{ id: { eq: 1 } }, { rank: { eq: 1 } }] }) { id } }')).toEqual([1, 3]);
      expect(await ids('{ parents(where: { AND: [{ active: { eq: true } }, { rank: { gt: 1 } }] }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { NOT: { status: { eq: draft } } }) { id } }')).toEqual([1, 4]);
      expect(await ids('{ parents(where: { active: { eq: true }, NOT: { id: { eq: 1 } } }) { id } }')).toEqual([3, 4]);
    });

    it('filters on a list relationship with some, none and every', async () => {
      expect(await ids('{ parents(where: { children: { some: { name: { eq: "bob" } } } }) { id } }')).toEqual([1]);
      expect(await ids('{ parents(where: { children: { some: {} } }) { id } }')).toEqual([1, 3]);
      expect(await ids('{ parents(where: { children: { none: {} } }) { id } }')).toEqual([2, 4]);
      expect(await ids('{ parents(where: { children: { every: { name: { ne: "bob" } } } }) { id } }')).toEqual([2, 3, 4]);
      expect(await ids('{ parents(where: { tags: { some: { label: { eq: "blue" } } } }) { id } }')).toEqual([1, 3]);
      expect(await ids('{ parents(where: { tags: { none: { label: { eq: "red" } } } }) { id } }')).toEqual([2, 3, 4]);
    });

    it("filters on a scalar relationship with the target's where", async () => {
      expect(await ids('{ children(where: { parent: { name: { eq: "alpha" } } }) { id } }', 'children')).toEqual([1, 2]);
      expect(await ids('{ children(where: { NOT: { parent: {} } }) { id } }', 'children')).toEqual([4]);
    });

    it('orders by several columns, each ascending or descending, with the key as tie-breaker', async () => {
      expect(await ids('{ parents(orderBy: [{ active: ASC }, { name: DESC }]) { id } }')).toEqual([2, 3, 4, 1]);
      expect(await ids('{ parents(orderBy: [{ status: DESC }]) { id } }')).toEqual(
        (await selectRows(driver, 'SELECT id FROM parent ORDER BY status DESC, id')).map((r) => Number(r.id)),
      );
    });

    it('pages with limit and offset', async () => {
      expect(await ids('{ parents(limit: 2) { id } }')).toEqual([1, 2]);
      expect(await ids('{ parents(limit: 2, offset: 1) { id } }')).toEqual([2, 3]);
      expect(await ids('{ parents(offset: 3) { id } }')).toEqual([4]);
      expect(await ids('{ parents(limit: 0) { id } }')).toEqual([]);
    });

    it('answers a limit above the cap, or a negative offset, with BAD_USER_INPUT', async () => {
      const tooMany = await api.query('{ parents(limit: 5000) { id } }');
      expect(tooMany.data).toBeNull();
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(tooMany.errors?.[0]?.message).toBe('limit must be between 0 and 1000, but got 5000.');
      const negative = await api.query('{ parents(offset: -1) { id } }');
      expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const nested = await api.query('{ parents { children(limit: 1001) { id } } }');
      expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses an orderBy entry naming two fields', async () => {
      const result = await api.query('{ parents(orderBy: [{ name: ASC, id: DESC }]) { id } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('orders a relationship list by its declared orderBy, and by the arguments when given', async () => {
      const data = await api.data('{ parent(id: 1) { children { name } byId: children(orderBy: [{ id: ASC }]) { name } } }');
      expect(data.parent.children.map((c: { name: string }) => c.name)).toEqual(['bob', 'ann']);
      expect(data.parent.byId.map((c: { name: string }) => c.name)).toEqual(['ann', 'bob']);
    });

    it('filters a relationship list per parent', async () => {
      const data = await api.data(
        '{ parents { id tags(where: { label: { eq: "blue" } }) { id } children(where: { name: { ne: "ann" } }) { id } } }',
      );
      expect(
        data.parents.map((p: { id: number; tags: Array<{ id: number }>; children: Array<{ id: number }> }) => [
          p.id,
          p.tags.map((t) => t.id),
          p.children.map((c) => c.id),
        ]),
      ).toEqual([
        [1, [2], [2]],
        [2, [], []],
        [3, [2], [3]],
        [4, [], []],
      ]);
    });

    it('answers fields in the order they were asked for, whichever load finishes first', async () => {
      for (let i = 0; i < 30; i++) {
        const order = i % 2 === 0 ? ['id', 'children', 'tags', 'name'] : ['tags', 'name', 'children', 'id'];
        const { parents } = await api.data(
          `{ parents { ${order.map((f) => (f === 'children' || f === 'tags' ? `${f} { id }` : f)).join(' ')} } }`,
        );
        for (const parent of parents as Array<Record<string, unknown>>) expect(Object.keys(parent)).toEqual(order);
      }
    });

    it('gives null for a scalar relationship whose foreign key is null', async () => {
      const data = await api.data('{ child(id: 4) { id parent { id } } }');
      expect(data.child).toEqual({ id: 4, parent: null });
    });

    it('returns many-to-many both ways as the secondary table says', async () => {
      const data = await api.data('{ tags { id parents { id } } }');
      const rows = await selectRows(driver, 'SELECT tag_id, parent_id FROM parent_tag ORDER BY tag_id, parent_id');
      expect(data.tags.map((t: { id: number; parents: Array<{ id: number }> }) => [t.id, t.parents.map((p) => p.id)])).toEqual(
        [1, 2].map((tag) => [tag, rows.filter((r) => Number(r.tag_id) === tag).map((r) => Number(r.parent_id))]),
      );
    });

    it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
      const result = await api.query('query ($id: Int!) { parent(id: $id) { id } }', { id: 'x' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    });
  });
}
