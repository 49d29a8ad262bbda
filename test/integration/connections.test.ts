/**
 * Relay connections (`…Connection` beside every list, issue 14), on every dialect, each
 * operation under both executors, which must answer the same JSON (`twoExecutors.ts`):
 *
 * - Paging forward (first/after) and backward (last/before), at the root and under a parent,
 *   while rows are inserted and deleted between pages: every row present the whole time is seen
 *   exactly once, none skipped or repeated, in the requested order — the primary key, and
 *   nullable, repeated columns (NULLs first ascending, last descending), ascending and descending;
 *   and for a column of each kind (text, dates, decimals, floats, booleans, BigInt, enum) the pages
 *   put together are the plain list in the same order.
 * - A page per parent for a whole list of parents in a fixed number of statements (2, 3 with
 *   totalCount, 4 with an aggregate), whatever the number of parents, with pageInfo and
 *   totalCount right for parents with no, fewer, exactly and more rows than `first`.
 * - Edges through an association object carry its own columns (association proxy, and a
 *   `secondary` table that is also mapped as a model), matching the link rows.
 * - Bad arguments and cursors are BAD_USER_INPUT naming the argument, with no SQL sent for the
 *   field; ordering a connection by a JSON column is refused.
 * - A cursor never shows a value the viewer may not read; totalCount counts the visible rows.
 * - A root list without limit is answered whole, and the row budget still refuses an oversize one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BigInteger,
  Boolean as Bool,
  Column,
  Date as DateType,
  DateTime,
  Enum,
  Float,
  ForeignKey,
  Integer,
  JSON as Json,
  Numeric,
  String as Str,
  Table,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { definePolicy } from '../../src/policy/index.js';
import AssociationProxyBase from '../../examples/seed/association-proxy.js';
import SecondaryModelBase from '../../examples/seed/association-object-with-secondary.js';
import { DIALECTS, insertRows, selectRows } from '../support/index.js';
import { expectStatementCount, onlyError, openApis, seededRandom, type Apis } from './twoExecutors.js';

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
  name: Column(Str(20), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  // The order columns under test: nullable, with repeated values.
  score: Column(Integer),
  name: Column(Str(20)),
  // Declared out of alphabetical order: MariaDB sorts an ENUM by the declaration, SQLite by the text.
  mood: Column(Enum(['zeta', 'alpha', 'mid'])),
  data: Column(Json),
  // One column of each other kind, for cursors that carry their values.
  title: Column(Str(20)),
  born: Column(DateTime),
  day: Column(DateType),
  price: Column(Numeric(10, 2)),
  ratio: Column(Float),
  flag: Column(Bool),
  big: Column(BigInteger),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }), label: Column(Str(20), { nullable: false }) });

/** Teams and members under a policy: a reader sees members that are not secret, and no salary. */
const Secured = declarativeBase();
Secured.model('Team', {
  tableName: 'team',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  members: relationship('Member', { backPopulates: 'team' }),
  // The same rows, by default in salary order.
  membersBySalary: relationship('Member', { orderBy: 'salary desc', viewonly: true }),
});
Secured.model('Member', {
  tableName: 'member',
  id: Column(Integer, { primaryKey: true }),
  team_id: Column(Integer, ForeignKey('team.id')),
  name: Column(Str(20)),
  salary: Column(Integer),
  secret: Column(Bool, { nullable: false, default: false }),
  team: relationship('Team', { backPopulates: 'members' }),
});
const securedPolicy = definePolicy<{ role: string }>({
  Team: { read: (viewer) => viewer.role !== 'anon' },
  Member: {
    read: (viewer) => (viewer.role === 'admin' ? true : { secret: { eq: false } }),
    fields: { salary: (viewer) => viewer.role === 'admin' },
  },
});

/** Every string in an answer that looks like a cursor (`<base64url>.<tag>`). */
function cursorsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(cursorsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(cursorsIn);
  return [];
}

/** What a client can read out of a cursor without any key: its value part, decoded. */
const cursorValues = (cursor: string) => Buffer.from(cursor.slice(0, cursor.indexOf('.')), 'base64url').toString('utf8');

interface ChildRow {
  readonly id: number;
  readonly parent_id: number | null;
  readonly score: number | null;
  readonly name: string | null;
  readonly mood: 'zeta' | 'alpha' | 'mid' | null;
  readonly title: string | null;
  readonly born: Date | null;
  readonly day: string | null;
  readonly price: string | null;
  readonly ratio: number | null;
  readonly flag: boolean | null;
  readonly big: string | null;
}

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Connection<N> {
  edges: Array<{ cursor: string; node: N }>;
  nodes?: N[];
  pageInfo: PageInfo;
  totalCount?: number;
}
interface ChildNode {
  id: number;
  parentId: number | null;
  score: number | null;
  name: string | null;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// --- Orderings, as both databases sort: NULL below every value, the primary key last. ---

type Compare = (a: ChildRow, b: ChildRow) => number;
const byId: Compare = (a, b) => a.id - b.id;
const descending =
  (compare: Compare): Compare =>
  (a, b) =>
    compare(b, a);
const nullsLow =
  <K extends 'score' | 'name'>(key: K): Compare =>
  (a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  };
const thenBy =
  (...compares: Compare[]): Compare =>
  (a, b) => {
    for (const compare of compares) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };

interface Ordering {
  readonly label: string;
  /** The `orderBy` argument, or none for the default order. */
  readonly orderBy: string | undefined;
}

/** An ordering whose order the test works out itself. */
interface ComparedOrdering extends Ordering {
  readonly compare: Compare;
}

const orderings: readonly ComparedOrdering[] = [
  { label: 'the default order (primary key)', orderBy: undefined, compare: byId },
  { label: 'the primary key, descending', orderBy: '[{ id: DESC }]', compare: descending(byId) },
  { label: 'a nullable, repeated column, ascending', orderBy: '[{ score: ASC }]', compare: thenBy(nullsLow('score'), byId) },
  { label: 'a nullable, repeated column, descending', orderBy: '[{ score: DESC }]', compare: thenBy(descending(nullsLow('score')), byId) },
  {
    label: 'two nullable columns, one descending',
    orderBy: '[{ name: DESC }, { score: ASC }]',
    compare: thenBy(descending(nullsLow('name')), nullsLow('score'), byId),
  },
];

// --- Paging, with rows inserted and deleted between pages. ---

const PAGE = 4;
const pageFields = 'edges { cursor node { id parentId score name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const pageVariables = '$first: Int, $after: String, $last: Int, $before: String';
const pageArguments = (orderBy: string | undefined) =>
  `first: $first, after: $after, last: $last, before: $before${orderBy ? `, orderBy: ${orderBy}` : ''}`;

type Scope = 'root' | 'nested';
/** The connection the paging tests walk: `Query.childrenConnection`, or `Parent.childrenConnection` of parent 1. */
const pageQuery = (scope: Scope, orderBy: string | undefined) =>
  scope === 'root'
    ? `query (${pageVariables}) { childrenConnection(${pageArguments(orderBy)}) { ${pageFields} } }`
    : `query (${pageVariables}) { parent(id: 1) { childrenConnection(${pageArguments(orderBy)}) { ${pageFields} } } }`;
const inScope = (scope: Scope) => (row: ChildRow) => scope === 'root' || row.parent_id === 1;

/** A page's own consistency: cursors at its ends, its size, the flag of the other direction false. */
function expectWellFormed(page: Connection<ChildNode>, direction: 'forward' | 'backward'): void {
  const { edges, pageInfo } = page;
  expect(edges.length).toBeLessThanOrEqual(PAGE);
  expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
  expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
  if (direction === 'forward') {
    expect(pageInfo.hasPreviousPage).toBe(false);
    if (pageInfo.hasNextPage) expect(edges).toHaveLength(PAGE);
  } else {
    expect(pageInfo.hasNextPage).toBe(false);
    if (pageInfo.hasPreviousPage) expect(edges).toHaveLength(PAGE);
  }
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: paging through a connection while rows come and go`, () => {
    let apis: Apis;
    /** Every child row that ever existed in the current test, by id (rows are never updated). */
    let everyRow: Map<number, ChildRow>;

    beforeAll(async () => {
      apis = await openApis(dialect, Base);
      await insertRows(apis.driver, 'parent', [
        { id: 1, name: 'p1' },
        { id: 2, name: 'p2' },
      ]);
    });
    afterAll(() => apis?.drop());

    const scores = [null, 1, 2, 3, 4, 5];
    const names = [null, 'ant', 'bee', 'cat'];
    const moods = [null, 'zeta', 'alpha', 'mid'] as const;
    // Case and trailing blanks: MariaDB's collation compares these as equal, SQLite's does not.
    const titles = [null, 'ant', 'Ant', 'ANT ', 'bee', 'Bee', 'b'];
    const borns = [null, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.001Z', '2025-06-30T12:00:00.500Z'];
    const days = [null, '2026-01-01', '2025-12-31', '2024-02-29'];
    const prices = [null, '0.10', '0.20', '10.00', '-1.50', '9.99'];
    const ratios = [null, -0.5, 0.1, 0.30000000000000004, 1e10];
    const flags = [null, true, false];
    const bigs = [null, '9007199254740993', '9007199254740992', '-9007199254740993', '1'];
    const pick = <T>(random: () => number, values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const randomChild = (random: () => number, id: number, parent: number | null): ChildRow => ({
      id,
      parent_id: parent,
      score: pick(random, scores),
      name: pick(random, names),
      mood: pick(random, moods),
      title: pick(random, titles),
      born: ((value) => (value === null ? null : new Date(value)))(pick(random, borns)),
      day: pick(random, days),
      price: pick(random, prices),
      ratio: pick(random, ratios),
      flag: pick(random, flags),
      big: pick(random, bigs),
    });

    /** 36 children of parent 1, 8 of parent 2, 4 of none: the rows present when paging starts. */
    async function resetChildren(seed: number): Promise<ChildRow[]> {
      const random = seededRandom(seed);
      await apis.sql('DELETE FROM child');
      const rows = range(1, 48).map((id) => randomChild(random, id, id <= 36 ? 1 : id <= 44 ? 2 : null));
      await insertRows(
        apis.driver,
        'child',
        rows.map((row) => ({ ...row })),
      );
      everyRow = new Map(rows.map((row) => [row.id, row]));
      return rows;
    }

    /**
     * Walks the whole connection a page at a time; between pages, deletes rows of `doomed`
     * (the row the cursor points at first, when it is one) and inserts new ones anywhere in the
     * order. Returns the rows seen, in the connection's order.
     */
    async function walk(
      scope: Scope,
      ordering: ComparedOrdering,
      direction: 'forward' | 'backward',
      seed: number,
    ): Promise<{ seen: number[]; stable: number[] }> {
      const initial = await resetChildren(seed);
      const random = seededRandom(seed + 1);
      const doomed = new Set(initial.filter((row) => row.id % 4 === 0).map((row) => row.id));
      const stable = initial.filter((row) => !doomed.has(row.id) && inScope(scope)(row)).map((row) => row.id);
      const alive = new Set(initial.map((row) => row.id));
      let nextId = 1000;
      const query = pageQuery(scope, ordering.orderBy);
      const pages: number[][] = [];
      let cursor: string | null = null;
      for (let turn = 0; ; turn++) {
        expect(turn, 'the connection never came to an end').toBeLessThan(100);
        const variables = direction === 'forward' ? { first: PAGE, after: cursor } : { last: PAGE, before: cursor };
        const data: any = await apis.data(query, variables);
        const page = (scope === 'root' ? data.childrenConnection : data.parent.childrenConnection) as Connection<ChildNode>;
        expectWellFormed(page, direction);
        for (const { node } of page.edges) {
          const row = everyRow.get(node.id)!;
          expect(node).toEqual({ id: row.id, parentId: row.parent_id, score: row.score, name: row.name });
        }
        const ids = page.edges.map((edge) => edge.node.id);
        if (direction === 'forward') pages.push(ids);
        else pages.unshift(ids);
        const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
        if (!more) break;
        cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;

        // Churn: the cursor's own row first (when doomed), then more doomed rows; two new rows.
        const cursorRow = direction === 'forward' ? ids.at(-1)! : ids[0]!;
        const victims = [...doomed]
          .filter((id) => alive.has(id) && id !== cursorRow)
          .sort(() => random() - 0.5)
          .slice(0, 2);
        if (doomed.has(cursorRow) && alive.has(cursorRow)) victims.unshift(cursorRow);
        for (const id of victims) {
          await apis.sql('DELETE FROM child WHERE id = ?', [id]);
          alive.delete(id);
        }
        const added = [randomChild(random, nextId++, random() < 0.7 ? 1 : 2), randomChild(random, nextId++, random() < 0.2 ? null : 1)];
        await insertRows(
          apis.driver,
          'child',
          added.map((row) => ({ ...row })),
        );
        for (const row of added) {
          everyRow.set(row.id, row);
          alive.add(row.id);
        }
      }
      return { seen: pages.flat(), stable };
    }

    for (const scope of ['root', 'nested'] as const) {
      for (const [o, ordering] of orderings.entries()) {
        for (const direction of ['forward', 'backward'] as const) {
          const how = direction === 'forward' ? 'first/after' : 'last/before';
          const where = scope === 'root' ? 'Query.childrenConnection' : 'Parent.childrenConnection';
          it(`${where}, ${how}, by ${ordering.label}: each row present throughout is seen once, in order`, async () => {
            const { seen, stable } = await walk(
              scope,
              ordering,
              direction,
              100 * o + (direction === 'forward' ? 1 : 2) + (scope === 'root' ? 0 : 50),
            );
            // None repeated (rows added meanwhile included), none of the stable rows skipped.
            expect(seen.length - new Set(seen).size, `repeated: ${seen}`).toBe(0);
            expect(
              stable.filter((id) => !seen.includes(id)),
              'skipped',
            ).toEqual([]);
            // Only rows of this connection, and in its order.
            const rows = seen.map((id) => everyRow.get(id)!);
            expect(
              rows.filter((row) => !inScope(scope)(row)).map((row) => row.id),
              'rows of another parent',
            ).toEqual([]);
            for (let i = 1; i < rows.length; i++) {
              expect(ordering.compare(rows[i - 1]!, rows[i]!), `${rows[i - 1]!.id} before ${rows[i]!.id}`).toBeLessThan(0);
            }
          });
        }
      }
    }

    // Each kind of column, ascending and descending; compared with the plain list, not in JavaScript.
    const byKind: Ordering[] = ['title', 'born', 'day', 'price', 'ratio', 'flag', 'big', 'parentId'].flatMap((field) =>
      ['ASC', 'DESC'].map((direction) => ({
        label: `${field} ${direction}`,
        orderBy: `[{ ${field}: ${direction} }]`,
      })),
    );
    const severalKinds: Ordering = { label: 'title DESC, born ASC, day DESC', orderBy: '[{ title: DESC }, { born: ASC }, { day: DESC }]' };
    // MariaDB sorts an ENUM by its declaration but compares it with a string as text.
    const byEnum: Ordering = { label: 'an enum column (mood ASC)', orderBy: '[{ mood: ASC }]' };
    for (const ordering of [...orderings, ...byKind, severalKinds, byEnum]) {
      it(`pages of ${ordering.label}, both ways, put together, are the plain list in the same order`, async () => {
        await resetChildren(7);
        const orderBy = ordering.orderBy ? `(orderBy: ${ordering.orderBy})` : '';
        const { children } = await apis.data<{ children: Array<{ id: number }> }>(`{ children${orderBy} { id } }`);
        const list = children.map((child) => child.id);
        for (const direction of ['forward', 'backward'] as const) {
          const pages: number[][] = [];
          let cursor: string | null = null;
          for (let turn = 0; turn < 30; turn++) {
            const data: any = await apis.data(
              pageQuery('root', ordering.orderBy),
              direction === 'forward' ? { first: 5, after: cursor } : { last: 5, before: cursor },
            );
            const page = data.childrenConnection as Connection<ChildNode>;
            const ids = page.edges.map((edge) => edge.node.id);
            if (direction === 'forward') pages.push(ids);
            else pages.unshift(ids);
            if (!(direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) break;
            cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
          }
          expect(pages.flat(), direction).toEqual(list);
        }
      });
    }

    it('pages between two cursors with after and before together', async () => {
      await resetChildren(11);
      const all = await apis.data<any>('{ childrenConnection(first: 48, orderBy: [{ score: DESC }]) { edges { cursor node { id } } } }');
      const edges = all.childrenConnection.edges as Array<{ cursor: string; node: { id: number } }>;
      const between = await apis.data<any>(
        `{ childrenConnection(after: "${edges[9]!.cursor}", before: "${edges[20]!.cursor}", orderBy: [{ score: DESC }]) { nodes { id } pageInfo { hasNextPage } } }`,
      );
      expect(between.childrenConnection.nodes.map((node: { id: number }) => node.id)).toEqual(
        edges.slice(10, 20).map((edge) => edge.node.id),
      );
      expect(between.childrenConnection.pageInfo.hasNextPage).toBe(false);
      // first with before: the first rows of those before the cursor; last with after: the last of those after.
      const firstBefore = await apis.data<any>(
        `{ childrenConnection(first: 3, before: "${edges[20]!.cursor}", orderBy: [{ score: DESC }]) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }`,
      );
      expect(firstBefore.childrenConnection).toEqual({
        nodes: edges.slice(0, 3).map((edge) => edge.node),
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      const lastAfter = await apis.data<any>(
        `{ childrenConnection(last: 3, after: "${edges[9]!.cursor}", orderBy: [{ score: DESC }]) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }`,
      );
      expect(lastAfter.childrenConnection).toEqual({
        nodes: edges.slice(-3).map((edge) => edge.node),
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      });
    });
  });

  describe(`${dialect.name}: a page per parent`, () => {
    let apis: Apis;
    /** Parent p has (p - 1) % 5 children: 0, 1, 2 (= first), 3, 4; and p % 4 tags. */
    const childrenOf = new Map<number, number[]>();
    const tagsOf = new Map<number, number[]>();

    beforeAll(async () => {
      apis = await openApis(dialect, Base);
      await insertRows(
        apis.driver,
        'parent',
        range(1, 300).map((id) => ({ id, name: `p${id}` })),
      );
      await insertRows(
        apis.driver,
        'tag',
        range(1, 4).map((id) => ({ id, label: `t${id}` })),
      );
      let next = 1;
      const children: Array<Record<string, unknown>> = [];
      const links: Array<Record<string, unknown>> = [];
      for (const parent of range(1, 300)) {
        childrenOf.set(parent, range(next, next + ((parent - 1) % 5) - 1));
        for (const id of childrenOf.get(parent)!) children.push({ id, parent_id: parent, score: id % 3, name: `c${id}` });
        next += (parent - 1) % 5;
        tagsOf.set(parent, range(1, parent % 4));
        for (const tag of tagsOf.get(parent)!) links.push({ parent_id: parent, tag_id: tag });
      }
      await insertRows(apis.driver, 'child', children);
      await insertRows(apis.driver, 'parent_tag', links);
    });
    afterAll(() => apis?.drop());

    interface Paged {
      id: number;
      childrenConnection: Connection<{ id: number }> & { nodes: Array<{ id: number }> };
      tagsAggregate?: { count: number };
    }

    for (const parents of [30, 300]) {
      it(`answers first: 2 for each of ${parents} parents in 2 statements, 3 with totalCount, 4 with an aggregate`, async () => {
        const query = (extra: string, aggregate: string) =>
          `{ parents(where: { id: { lte: ${parents} } }) { id childrenConnection(first: 2) { nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } ${extra} } ${aggregate} } }`;
        const plain = await apis.ask<{ parents: Paged[] }>(query('', ''));
        expectStatementCount(plain, 2, 'pages');
        const counted = await apis.ask<{ parents: Paged[] }>(query('totalCount', ''));
        expectStatementCount(counted, 3, 'pages and totalCount');
        const aggregated = await apis.ask<{ parents: Paged[] }>(query('totalCount', 'tagsAggregate { count }'));
        expectStatementCount(aggregated, 4, 'pages, totalCount and an aggregate');

        const answer = aggregated.answer.data!.parents;
        expect(answer.map((parent) => parent.id)).toEqual(range(1, parents));
        for (const { id, childrenConnection: page, tagsAggregate } of answer) {
          const all = childrenOf.get(id)!;
          expect(
            page.nodes.map((node) => node.id),
            `parent ${id}`,
          ).toEqual(all.slice(0, 2));
          expect(page.pageInfo, `parent ${id}`).toEqual({
            hasNextPage: all.length > 2,
            hasPreviousPage: false,
            startCursor: page.edges[0]?.cursor ?? null,
            endCursor: page.edges.at(-1)?.cursor ?? null,
          });
          if (all.length === 0) expect(page.pageInfo.startCursor).toBeNull();
          expect(page.totalCount, `parent ${id}`).toBe(all.length);
          expect(tagsAggregate?.count, `parent ${id}`).toBe(tagsOf.get(id)!.length);
        }
        // The parts without totalCount or the aggregate are the same answer.
        const strip = (list: Paged[]) => list.map(({ id, childrenConnection: { totalCount: _t, ...page } }) => ({ id, page }));
        expect(strip(plain.answer.data!.parents)).toEqual(strip(answer));
      });
    }

    it('answers last: 2 per parent with hasPreviousPage, the last rows in order', async () => {
      const asked = await apis.ask<{ parents: Paged[] }>(
        '{ parents(where: { id: { lte: 30 } }) { id childrenConnection(last: 2) { nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }',
      );
      expectStatementCount(asked, 3);
      for (const { id, childrenConnection: page } of asked.answer.data!.parents) {
        const all = childrenOf.get(id)!;
        expect(
          page.nodes.map((node) => node.id),
          `parent ${id}`,
        ).toEqual(all.slice(-2));
        expect(page.pageInfo).toEqual({
          hasNextPage: false,
          hasPreviousPage: all.length > 2,
          startCursor: page.edges[0]?.cursor ?? null,
          endCursor: page.edges.at(-1)?.cursor ?? null,
        });
        expect(page.totalCount).toBe(all.length);
      }
    });

    it("continues each parent's list from its endCursor, and counts past a where", async () => {
      const { parents } = await apis.data<{ parents: Paged[] }>(
        '{ parents(where: { id: { lte: 10 } }) { id childrenConnection(first: 1, orderBy: [{ id: DESC }]) { nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }',
      );
      for (const { id, childrenConnection: page } of parents) {
        const all = [...childrenOf.get(id)!].reverse();
        if (all.length < 2) continue;
        const rest = await apis.data<any>(
          `{ parent(id: ${id}) { childrenConnection(first: 10, after: "${page.pageInfo.endCursor}", orderBy: [{ id: DESC }]) { nodes { id } pageInfo { hasNextPage } } } }`,
        );
        expect(
          [...page.nodes, ...rest.parent.childrenConnection.nodes].map((node: { id: number }) => node.id),
          `parent ${id}`,
        ).toEqual(all);
        expect(rest.parent.childrenConnection.pageInfo.hasNextPage).toBe(false);
      }
      const filtered = await apis.data<{ parents: Paged[] }>(
        '{ parents(where: { id: { lte: 10 } }) { id childrenConnection(first: 1, where: { score: { eq: 1 } }) { nodes { id } totalCount } } }',
      );
      for (const { id, childrenConnection: page } of filtered.parents) {
        const matching = childrenOf.get(id)!.filter((child) => child % 3 === 1);
        expect(page.nodes.map((node) => node.id)).toEqual(matching.slice(0, 1));
        expect(page.totalCount).toBe(matching.length);
      }
    });

    it('nests a connection in a connection: one statement per level, each parent its own page', async () => {
      const asked = await apis.ask<any>(
        '{ tags { id parentsConnection(first: 3, orderBy: [{ id: DESC }]) { totalCount nodes { id childrenConnection(last: 1) { nodes { id } pageInfo { hasPreviousPage } } } } } }',
      );
      // tags; their parents' pages and totalCounts; the children's pages.
      expectStatementCount(asked, 4);
      for (const tag of asked.answer.data.tags) {
        const parents = range(1, 300).filter((parent) => tagsOf.get(parent)!.includes(tag.id));
        expect(tag.parentsConnection.totalCount, `tag ${tag.id}`).toBe(parents.length);
        expect(tag.parentsConnection.nodes.map((parent: any) => parent.id)).toEqual(parents.reverse().slice(0, 3));
        for (const parent of tag.parentsConnection.nodes) {
          const children = childrenOf.get(parent.id)!;
          expect(parent.childrenConnection).toEqual({
            nodes: children.slice(-1).map((id) => ({ id })),
            pageInfo: { hasPreviousPage: children.length > 1 },
          });
        }
      }
    });

    it('answers __typename and fragments inside a connection the same under both executors', async () => {
      const { parent } =
        await apis.data<any>(`{ parent(id: 5) { childrenConnection(first: 1) { __typename ...Page edges { __typename node { __typename id } } pageInfo { __typename hasNextPage } } } }
        fragment Page on ChildConnection { totalCount nodes { ... on Child { name } } }`);
      expect(parent.childrenConnection).toEqual({
        __typename: 'ChildConnection',
        totalCount: 4,
        nodes: [{ name: `c${childrenOf.get(5)![0]}` }],
        edges: [{ __typename: 'ChildEdge', node: { __typename: 'Child', id: childrenOf.get(5)![0] } }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: true },
      });
    });

    it('counts rows matching a where on a relationship in totalCount', async () => {
      const { parentsConnection } = await apis.data<any>(
        '{ parentsConnection(first: 2, where: { children: { some: { score: { eq: 2 } } } }) { totalCount nodes { id } } }',
      );
      const matching = range(1, 300).filter((parent) => childrenOf.get(parent)!.some((child) => child % 3 === 2));
      expect(parentsConnection).toEqual({ totalCount: matching.length, nodes: matching.slice(0, 2).map((id) => ({ id })) });
    });

    it('answers first: 0 with no rows, and says whether there are any', async () => {
      const { parents } = await apis.data<{ parents: Paged[] }>(
        '{ parents(where: { id: { lte: 5 } }) { id childrenConnection(first: 0) { nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } } }',
      );
      for (const { id, childrenConnection: page } of parents) {
        expect(page).toEqual({
          nodes: [],
          edges: [],
          pageInfo: { hasNextPage: childrenOf.get(id)!.length > 0, hasPreviousPage: false, startCursor: null, endCursor: null },
          totalCount: childrenOf.get(id)!.length,
        });
      }
    });

    it('pages a root connection by 100 when given neither first nor last, with totalCount', async () => {
      const asked = await apis.ask<any>('{ parentsConnection { nodes { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }');
      expectStatementCount(asked, 2);
      const page = asked.answer.data.parentsConnection;
      expect(page.nodes.map((node: { id: number }) => node.id)).toEqual(range(1, 100));
      expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
      expect(page.totalCount).toBe(300);
    });

    it('answers a root list without limit whole: no truncation at 100', async () => {
      const { parents, children } = await apis.data<{ parents: Array<{ id: number }>; children: Array<{ id: number }> }>(
        '{ parents { id } children { id } }',
      );
      expect(parents.map((parent) => parent.id)).toEqual(range(1, 300));
      const [{ n }] = (await selectRows(apis.driver, 'SELECT COUNT(*) AS n FROM child')) as [{ n: number }];
      expect(children).toHaveLength(Number(n));
      expect(children.length).toBeGreaterThan(500);
    });

    it('gives an edge of a many-to-many through a plain Table no columns but cursor and node', () => {
      const edge = apis.handlers.plan.schema.getType('TagEdge') as unknown as { getFields(): Record<string, unknown> };
      expect(Object.keys(edge.getFields()).sort()).toEqual(['cursor', 'node']);
    });

    it('accepts first up to 1000, the documented maximum, written inline as in a variable', async () => {
      const selection = '{ edges { cursor node { id name } } pageInfo { hasNextPage endCursor } totalCount }';
      const viaVariable = await apis.ask<any>(`query ($n: Int) { childrenConnection(first: $n) ${selection} }`, { n: 1000 });
      expect(viaVariable.answer.errors).toBeUndefined();
      const total = viaVariable.answer.data.childrenConnection.totalCount as number;
      expect(viaVariable.answer.data.childrenConnection.edges).toHaveLength(total);
      const refused: string[] = [];
      for (const n of [1000, 700, 250, 150]) {
        for (const [how, query] of [
          ['inline', `{ childrenConnection(first: ${n}) ${selection} }`],
          ['inline, last', `{ childrenConnection(last: ${n}) ${selection} }`],
        ] as const) {
          const { answer } = await apis.ask<any>(query);
          if (answer.errors) refused.push(`${how} ${n}: ${answer.errors[0]!.message}`);
          else expect(answer.data.childrenConnection.edges).toHaveLength(Math.min(n, total));
        }
      }
      expect(refused).toEqual([]);
    });

    describe('refuses bad arguments as BAD_USER_INPUT naming the argument, before any SQL for the field', () => {
      /** Cursors the field itself made (default order, and by score), and cursors of other fields. */
      interface Cursors {
        readonly own: string;
        readonly byScore: string;
        readonly otherField: string;
        readonly otherField2: string;
      }
      const cursors = {} as Record<Scope, Cursors>;
      let snapshot: unknown;
      const tables = async () => ({
        child: await selectRows(apis.driver, 'SELECT * FROM child ORDER BY id'),
        parent: await selectRows(apis.driver, 'SELECT * FROM parent ORDER BY id'),
        links: await selectRows(apis.driver, 'SELECT * FROM parent_tag ORDER BY parent_id, tag_id'),
      });
      /** The nested connection is parent 5's: 4 children. */
      const field = (scope: Scope, args: string) =>
        scope === 'root'
          ? `{ childrenConnection(${args}) { nodes { id } totalCount } }`
          : `{ parent(id: 5) { id childrenConnection(${args}) { nodes { id } totalCount } } }`;

      beforeAll(async () => {
        const made = await apis.data<any>(`{
          childrenConnection(first: 2) { edges { cursor } }
          byScore: childrenConnection(first: 2, orderBy: [{ score: ASC }]) { edges { cursor } }
          parentsConnection(first: 2) { edges { cursor } }
          parent(id: 3) { tagsConnection(first: 2) { edges { cursor } } }
          five: parent(id: 5) { childrenConnection(first: 2) { edges { cursor } } byScore: childrenConnection(first: 2, orderBy: [{ score: ASC }]) { edges { cursor } } }
        }`);
        const second = (connection: any) => connection.edges[1].cursor as string;
        const tag = second(made.parent.tagsConnection);
        cursors.root = {
          own: second(made.childrenConnection),
          byScore: second(made.byScore),
          otherField: second(made.parentsConnection),
          otherField2: tag,
        };
        // Query.childrenConnection lists the same rows in the same order: still another field.
        cursors.nested = {
          own: second(made.five.childrenConnection),
          byScore: second(made.five.byScore),
          otherField: second(made.childrenConnection),
          otherField2: tag,
        };
        snapshot = await tables();
      });

      const cases: Array<{ label: string; args: (c: Cursors) => string; message: RegExp }> = [
        { label: 'first and last together', args: () => 'first: 2, last: 2', message: /first and last cannot be given together/ },
        { label: 'a negative first', args: () => 'first: -1', message: /^first must be between 0 and 1000, but got -1\./ },
        { label: 'a negative last', args: () => 'last: -3', message: /^last must be between 0 and 1000, but got -3\./ },
        { label: 'first over 1000', args: () => 'first: 1001', message: /^first must be between 0 and 1000, but got 1001\./ },
        { label: 'last over 1000', args: () => 'last: 5000', message: /^last must be between 0 and 1000, but got 5000\./ },
        { label: 'a cursor that is not one', args: () => 'after: "hello"', message: /^after: is not a cursor\./ },
        { label: 'a cursor that is not base64', args: () => 'after: "%%%%.%%%%"', message: /^after: / },
        {
          label: "garbage in a cursor's form",
          args: () => `before: "${Buffer.from('{"id":2}').toString('base64url')}.AAAAAAAAAAAAAAAA"`,
          message: /^before: /,
        },
        { label: 'an empty cursor', args: () => 'after: ""', message: /^after: / },
        { label: 'a cursor cut short', args: (c) => `after: "${c.own.slice(0, -1)}"`, message: /^after: / },
        { label: 'a cursor without its tag', args: (c) => `after: "${c.own.slice(0, c.own.indexOf('.'))}"`, message: /^after: / },
        { label: 'a cursor of another field', args: (c) => `after: "${c.otherField}"`, message: /^after: .*another field or ordering/ },
        {
          label: 'a cursor of Parent.tagsConnection',
          args: (c) => `before: "${c.otherField2}"`,
          message: /^before: .*another field or ordering/,
        },
        { label: 'a cursor of another ordering', args: (c) => `after: "${c.byScore}"`, message: /^after: .*another field or ordering/ },
        {
          label: 'a cursor of the default order given with orderBy id DESC',
          args: (c) => `after: "${c.own}", orderBy: [{ id: DESC }]`,
          message: /^after: /,
        },
        {
          label: 'after and before from different orderings',
          args: (c) => `after: "${c.own}", before: "${c.byScore}"`,
          message: /^before: /,
        },
        {
          label: 'before and after from different orderings',
          args: (c) => `after: "${c.byScore}", before: "${c.own}", orderBy: [{ score: ASC }]`,
          message: /^before: /,
        },
        {
          label: 'a JSON order column',
          args: () => 'orderBy: [{ data: ASC }]',
          message: /^orderBy: .*cannot be ordered by data, a JSON column/,
        },
        {
          label: 'a JSON order column after another',
          args: () => 'first: 2, orderBy: [{ score: DESC }, { data: DESC }]',
          message: /^orderBy: .*cannot be ordered by data, a JSON column/,
        },
      ];

      for (const { label, args, message } of cases) {
        for (const scope of ['root', 'nested'] as const) {
          it(`${label} (${scope === 'root' ? 'Query' : 'Parent'}.childrenConnection)`, async () => {
            apis.log.clear();
            const { answer } = await apis.ask(field(scope, args(cursors[scope])));
            const error = onlyError(answer);
            expect(error.extensions?.code, error.message).toBe('BAD_USER_INPUT');
            expect(error.message).toMatch(message);
            if (scope === 'root') {
              expect(error.path).toEqual(['childrenConnection']);
              expect(answer.data ?? null).toBeNull();
              expect(apis.log.sql).toEqual([]);
            } else {
              expect(error.path).toEqual(['parent', 'childrenConnection']);
              // The parent is read (the field is non-null, so the parent is null); its children are not.
              expect(answer.data).toEqual({ parent: null });
              expect(apis.log.sql.length).toBeGreaterThan(0);
              expect(apis.log.sql.filter((sql) => /["`]child["`]/.test(sql))).toEqual([]);
            }
            expect(apis.log.statements.filter((event) => ['insert', 'update', 'delete'].includes(event.kind))).toEqual([]);
            expect(await tables()).toEqual(snapshot);
          });
        }
      }

      it('a bad argument under a list of parents: the same errors from both executors, and no SQL for the field', async () => {
        apis.log.clear();
        const { answer } = await apis.ask('{ parents(limit: 3) { id childrenConnection(first: -1) { totalCount } } }');
        expect(answer.errors?.length).toBeGreaterThan(0);
        expect(
          answer.errors!.every((error) => error.extensions?.code === 'BAD_USER_INPUT' && error.message.startsWith('first must be')),
        ).toBe(true);
        expect(apis.log.sql.filter((sql) => /["`]child["`]/.test(sql))).toEqual([]);
      });

      /** The cursor with one character of its value part (before the dot) changed, each way three. */
      const edits = (cursor: string): string[] => {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        return range(0, cursor.indexOf('.') - 1).flatMap((i) =>
          [1, 17, 40].map((shift) => {
            const replacement = alphabet[(alphabet.indexOf(cursor[i]!) + shift) % alphabet.length]!;
            return cursor.slice(0, i) + replacement + cursor.slice(i + 1);
          }),
        );
      };

      it('an edited cursor: every one-character change of the value part is refused', async () => {
        const accepted: string[] = [];
        for (const [orderBy, cursor] of [
          ['', cursors.root.own],
          [', orderBy: [{ score: ASC }]', cursors.root.byScore],
        ] as const) {
          expect(
            (await apis.ask(`{ childrenConnection(first: 1, after: "${cursor}"${orderBy}) { nodes { id } } }`)).answer.errors,
          ).toBeUndefined();
          for (const edited of edits(cursor)) {
            const { answer } = await apis.ask(`{ childrenConnection(first: 1, after: "${edited}"${orderBy}) { nodes { id } } }`);
            const error = answer.errors?.[0];
            if (error?.extensions?.code !== 'BAD_USER_INPUT' || !error.message.startsWith('after: '))
              accepted.push(`${edited} for ${cursor}: ${JSON.stringify(answer)}`);
          }
        }
        expect(accepted).toEqual([]);
      });

      it('a cursor with a character that is not base64url inserted in its value part is refused', async () => {
        const cursor = cursors.root.own;
        const dot = cursor.indexOf('.');
        const accepted: string[] = [];
        for (const inserted of ['!', '*', ' ', '=', '+', '/']) {
          const edited = `${cursor.slice(0, 1)}${inserted}${cursor.slice(1, dot)}${cursor.slice(dot)}`;
          const { answer } = await apis.ask(`{ childrenConnection(first: 1, after: ${JSON.stringify(edited)}) { nodes { id } } }`);
          if (answer.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
            accepted.push(`${JSON.stringify(edited)} → ${JSON.stringify(answer.data)}`);
        }
        expect(accepted).toEqual([]);
      });
    });
  });

  describe(`${dialect.name}: edges through an association object`, () => {
    describe('an association proxy (examples/seed/association-proxy.ts)', () => {
      let apis: Apis;
      beforeAll(async () => {
        apis = await openApis(dialect, AssociationProxyBase);
        await insertRows(
          apis.driver,
          'left',
          range(1, 4).map((id) => ({ id, name: `p${id}` })),
        );
        await insertRows(
          apis.driver,
          'right',
          range(1, 6).map((id) => ({ id, name: ['x', 'y', 'z'][id % 3] })),
        );
        // Child 2 under parents 1 and 2 with different data; a NULL; parent 4 has no child.
        await insertRows(apis.driver, 'association', [
          { left_id: 1, right_id: 2, extra_data: 'one-two' },
          { left_id: 1, right_id: 5, extra_data: null },
          { left_id: 1, right_id: 3, extra_data: 'one-three' },
          { left_id: 2, right_id: 2, extra_data: 'two-two' },
          { left_id: 3, right_id: 6, extra_data: 'three-six' },
        ]);
      });
      afterAll(() => apis?.drop());

      it("names the edge after the association and gives it the association's own columns, not its keys", () => {
        const edge = apis.handlers.plan.schema.getType('AssociationChildEdge') as unknown as {
          getFields(): Record<string, { type: unknown }>;
        };
        expect(Object.keys(edge.getFields()).sort()).toEqual(['cursor', 'extraData', 'node']);
        expect(String(edge.getFields()['extraData']!.type)).toBe('String');
      });

      it("carries each link row's extraData on its edge, per parent, in the connection's order", async () => {
        const links = await selectRows(apis.driver, 'SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id');
        const asked = await apis.ask<any>('{ parents { id childrenConnection { edges { extraData node { id } } totalCount } } }');
        expectStatementCount(asked, 3);
        for (const parent of asked.answer.data.parents) {
          const own = links.filter((link) => Number(link.left_id) === parent.id);
          expect(parent.childrenConnection.edges, `parent ${parent.id}`).toEqual(
            own.map((link) => ({ extraData: link.extra_data, node: { id: Number(link.right_id) } })),
          );
          expect(parent.childrenConnection.totalCount).toBe(own.length);
        }
      });

      it('pages the association rows themselves by their two-column primary key', async () => {
        const seen: Array<[number, number]> = [];
        for (const direction of ['forward', 'backward'] as const) {
          const pages: Array<Array<[number, number]>> = [];
          let cursor: string | null = null;
          for (let turn = 0; turn < 10; turn++) {
            const data: any = await apis.data(
              `query ($cursor: String) { associationsConnection(${direction === 'forward' ? 'first: 2, after: $cursor' : 'last: 2, before: $cursor'}) { nodes { leftId rightId extraData } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
              { cursor },
            );
            const page = data.associationsConnection;
            const ids = page.nodes.map((node: any) => [node.leftId, node.rightId] as [number, number]);
            if (direction === 'forward') pages.push(ids);
            else pages.unshift(ids);
            if (!(direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) break;
            cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
          }
          if (direction === 'forward') seen.push(...pages.flat());
          else expect(pages.flat()).toEqual(seen);
        }
        const links = await selectRows(apis.driver, 'SELECT left_id, right_id FROM association ORDER BY left_id, right_id');
        expect(seen).toEqual(links.map((link) => [Number(link.left_id), Number(link.right_id)]));
      });

      it('keeps the link columns with their rows when paging, ordering and filtering', async () => {
        const first = await apis.data<any>(
          '{ parent(id: 1) { childrenConnection(first: 2, orderBy: [{ id: DESC }]) { edges { cursor extraData node { id } } pageInfo { hasNextPage endCursor } } } }',
        );
        expect(first.parent.childrenConnection.edges.map((edge: any) => [edge.node.id, edge.extraData])).toEqual([
          [5, null],
          [3, 'one-three'],
        ]);
        expect(first.parent.childrenConnection.pageInfo.hasNextPage).toBe(true);
        const rest = await apis.data<any>(
          `{ parent(id: 1) { childrenConnection(first: 2, after: "${first.parent.childrenConnection.pageInfo.endCursor}", orderBy: [{ id: DESC }]) { edges { extraData node { id } } pageInfo { hasNextPage } } } }`,
        );
        expect(rest.parent.childrenConnection.edges).toEqual([{ extraData: 'one-two', node: { id: 2 } }]);
        const last = await apis.data<any>(
          '{ parents(where: { id: { lte: 2 } }) { childrenConnection(last: 1, where: { name: { ne: "z" } }) { edges { extraData node { id name } } } } }',
        );
        // Parent 1: children 2 (z), 3 (x), 5 (z); parent 2: child 2 (z) only.
        expect(last.parents.map((parent: any) => parent.childrenConnection.edges)).toEqual([
          [{ extraData: 'one-three', node: { id: 3, name: 'x' } }],
          [],
        ]);
      });
    });

    describe('a many-to-many whose secondary table is also a model (examples/seed/association-object-with-secondary.ts)', () => {
      let apis: Apis;
      beforeAll(async () => {
        apis = await openApis(dialect, SecondaryModelBase);
        await insertRows(
          apis.driver,
          'left',
          range(1, 3).map((id) => ({ id, name: `p${id}` })),
        );
        await insertRows(
          apis.driver,
          'right',
          range(1, 4).map((id) => ({ id, name: `c${id}` })),
        );
        await insertRows(apis.driver, 'association', [
          { left_id: 1, right_id: 1, extra_data: 'a' },
          { left_id: 1, right_id: 4, extra_data: 'b' },
          { left_id: 2, right_id: 1, extra_data: 'c' },
          { left_id: 2, right_id: 3, extra_data: null },
        ]);
      });
      afterAll(() => apis?.drop());

      it("carries the association row's extraData on each edge of Parent.childrenConnection", async () => {
        const links = await selectRows(apis.driver, 'SELECT left_id, right_id, extra_data FROM association ORDER BY left_id, right_id');
        const { parents } = await apis.data<any>(
          '{ parents { id childrenConnection { edges { extraData node { id } } } childrenAggregate { count } } }',
        );
        for (const parent of parents) {
          const own = links.filter((link) => Number(link.left_id) === parent.id);
          expect(parent.childrenConnection.edges).toEqual(
            own.map((link) => ({ extraData: link.extra_data, node: { id: Number(link.right_id) } })),
          );
          expect(parent.childrenAggregate.count).toBe(own.length);
        }
        expect(parents.map((parent: any) => parent.childrenConnection.edges.length)).toEqual([2, 2, 0]);
      });

      it('pages backward with the link columns kept', async () => {
        const page = await apis.data<any>(
          '{ parent(id: 1) { childrenConnection(last: 1) { edges { extraData node { id } } pageInfo { hasPreviousPage } } } }',
        );
        expect(page.parent.childrenConnection).toEqual({
          edges: [{ extraData: 'b', node: { id: 4 } }],
          pageInfo: { hasPreviousPage: true },
        });
      });
    });
  });

  describe(`${dialect.name}: connections under a policy`, () => {
    let apis: Apis;
    const as = (role: string) => ({ authorization: `Bearer ${role}` });
    /** Salaries only an admin may read: numbers that appear nowhere else. */
    const salaries = [91_234, 87_345, 78_456, 69_567, 55_678];

    beforeAll(async () => {
      apis = await openApis(dialect, Secured, {
        policy: securedPolicy,
        viewer: ({ request }) => ({ role: request.headers.get('authorization')?.replace(/^Bearer /, '') ?? 'anon' }),
      });
      await insertRows(apis.driver, 'team', [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ]);
      await insertRows(
        apis.driver,
        'member',
        salaries.map((salary, i) => ({ id: i + 1, team_id: i < 4 ? 1 : 2, name: `m${i + 1}`, salary, secret: i % 2 })),
      );
    });
    afterAll(() => apis?.drop());

    it('counts only the rows the viewer may see in totalCount, at the root and per parent', async () => {
      const query =
        '{ membersConnection { totalCount nodes { id } } teams { id membersConnection(first: 1) { totalCount pageInfo { hasNextPage } } } }';
      const reader = await apis.data<any>(query, undefined, as('reader'));
      // Visible: members 1, 3 (team 1) and 5 (team 2).
      expect(reader.membersConnection).toEqual({ totalCount: 3, nodes: [{ id: 1 }, { id: 3 }, { id: 5 }] });
      expect(reader.teams).toEqual([
        { id: 1, membersConnection: { totalCount: 2, pageInfo: { hasNextPage: true } } },
        { id: 2, membersConnection: { totalCount: 1, pageInfo: { hasNextPage: false } } },
      ]);
      const admin = await apis.data<any>(query, undefined, as('admin'));
      expect(admin.membersConnection.totalCount).toBe(5);
      expect(admin.teams.map((team: any) => team.membersConnection.totalCount)).toEqual([4, 1]);
    });

    it('refuses an orderBy on a hidden column as FORBIDDEN, before any SQL for the field', async () => {
      apis.log.clear();
      const { answer } = await apis.ask(
        '{ membersConnection(first: 2, orderBy: [{ salary: DESC }]) { edges { cursor } } }',
        undefined,
        as('reader'),
      );
      expect(onlyError(answer).extensions?.code).toBe('FORBIDDEN');
      expect(apis.log.sql).toEqual([]);
    });

    it("never shows a hidden column's values in a cursor, even when the relationship orders by it", async () => {
      const { answer } = await apis.ask<any>(
        '{ team(id: 1) { membersBySalaryConnection(first: 2) { edges { cursor node { id } } pageInfo { endCursor } } } }',
        undefined,
        as('reader'),
      );
      // Either the field is refused, or its cursors hold nothing the reader may not read.
      const shown = JSON.stringify(answer) + JSON.stringify(cursorsIn(answer).map(cursorValues));
      for (const salary of salaries) expect(shown, `salary ${salary} shown to a reader`).not.toContain(String(salary));
      // The rows themselves stay readable without cursors: the visible members of team 1.
      const rows = await apis.data<any>(
        '{ team(id: 1) { membersBySalaryConnection { nodes { id } totalCount } } }',
        undefined,
        as('reader'),
      );
      expect(rows.team.membersBySalaryConnection).toEqual({ nodes: [{ id: 1 }, { id: 3 }], totalCount: 2 });
      // An admin pages by salary as the relationship says: 91234, 87345, then 78456.
      const admin = await apis.data<any>(
        '{ team(id: 1) { membersBySalaryConnection(first: 2) { nodes { id } pageInfo { endCursor } } } }',
        undefined,
        as('admin'),
      );
      expect(admin.team.membersBySalaryConnection.nodes).toEqual([{ id: 1 }, { id: 2 }]);
      const rest = await apis.data<any>(
        `{ team(id: 1) { membersBySalaryConnection(first: 2, after: "${admin.team.membersBySalaryConnection.pageInfo.endCursor}") { nodes { id } pageInfo { hasNextPage } } } }`,
        undefined,
        as('admin'),
      );
      expect(rest.team.membersBySalaryConnection).toEqual({ nodes: [{ id: 3 }, { id: 4 }], pageInfo: { hasNextPage: false } });
    });
  });

  describe(`${dialect.name}: the row budget`, () => {
    let apis: Apis;
    beforeAll(async () => {
      apis = await openApis(dialect, Base, { limits: { rowBudget: 250 } });
      await insertRows(
        apis.driver,
        'parent',
        range(1, 300).map((id) => ({ id, name: `p${id}` })),
      );
    });
    afterAll(() => apis?.drop());

    it('refuses a root list that reads past it with QUERY_TOO_COMPLEX, whatever the executor', async () => {
      const { answer } = await apis.ask('{ parents { id } }');
      const error = onlyError(answer);
      expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toMatch(/^The operation reads more than 250 rows, the row budget\./);
      expect(answer.data ?? null).toBeNull();
      expect((await apis.data<any>('{ parents(limit: 240) { id } }')).parents).toHaveLength(240);
    });

    it('pages through the same rows with a connection, and refuses a page past the budget before any SQL', async () => {
      const seen: number[] = [];
      let after: string | null = null;
      for (let turn = 0; turn < 5; turn++) {
        const data: any = await apis.data(
          'query ($after: String) { parentsConnection(first: 200, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }',
          { after },
        );
        seen.push(...data.parentsConnection.nodes.map((node: { id: number }) => node.id));
        expect(data.parentsConnection.totalCount).toBe(300);
        if (!data.parentsConnection.pageInfo.hasNextPage) break;
        after = data.parentsConnection.pageInfo.endCursor;
      }
      expect(seen).toEqual(range(1, 300));
      apis.log.clear();
      const { answer } = await apis.ask('{ parentsConnection(first: 300) { nodes { id } } }');
      expect(onlyError(answer).extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(apis.log.sql).toEqual([]);
    });
  });
}
