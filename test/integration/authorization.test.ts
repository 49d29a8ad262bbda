/**
 * Authorization (`docs/reliability.md` S3): rules declared beside the models, evaluated with
 * the request's verified viewer. Row filters reach every statement (lists, lookups, batched
 * relationship loads, relationship filters); hidden fields leak through no path; denied writes
 * answer FORBIDDEN and send no DML; a policy denies whatever it does not allow.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Boolean as Bool,
  Column,
  ForeignKey,
  Integer,
  String as Str,
  Table,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { definePolicy } from '../../src/policy/index.js';
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
  owner: Column(Str(20), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  secret: Column(Bool, { nullable: false, default: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }), label: Column(Str(20)) });

interface Viewer {
  readonly role: 'reader' | 'linker' | 'writer' | 'admin' | 'anon';
  readonly user?: string;
}

/** The test's "authentication": bearer tokens known to the server. Any other header is ignored. */
const tokens: Record<string, Viewer> = {
  'tok-reader': { role: 'reader' },
  'tok-ann': { role: 'linker', user: 'ann' },
  'tok-writer': { role: 'writer' },
  'tok-admin': { role: 'admin' },
};

const policy = definePolicy<Viewer>({
  Parent: {
    read: (v) => (v.role === 'linker' ? { owner: { eq: v.user } } : v.role !== 'anon'),
    link: (v) => (v.role === 'linker' ? { owner: { eq: v.user } } : v.role === 'admin' || v.role === 'writer'),
    create: (v) => v.role === 'admin' || v.role === 'writer',
    update: (v) => v.role === 'admin',
    delete: (v) => v.role === 'admin',
    fields: { owner: (v) => v.role !== 'reader' },
  },
  Child: {
    read: (v) => (v.role === 'admin' ? true : v.role === 'anon' ? false : { secret: { eq: false } }),
    create: (v) => v.role === 'admin' || v.role === 'writer',
    link: (v) => v.role === 'admin',
  },
  Tag: { read: (v) => v.role !== 'anon' },
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: authorization`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    const as = async (token: string | undefined, query: string, headers: Record<string, string> = {}) => {
      const response = await api.yoga.fetch('http://relgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    };
    const dml = () => log.statements.filter((e) => ['insert', 'update', 'delete'].includes(e.kind));
    const ids = (rows: Array<{ id: number }>) => rows.map((row) => row.id);

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver, {
        policy,
        viewer: ({ request }) => tokens[request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''] ?? { role: 'anon' },
      });
    });
    afterAll(() => driver?.drop());
    beforeEach(async () => {
      for (const table of ['parent_tag', 'child', 'tag', 'parent'])
        await driver.execute({ sql: `DELETE FROM ${table}`, params: [], kind: 'delete' });
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1', owner: 'ann' },
        { id: 2, name: 'p2', owner: 'bob' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'open', secret: 0, parent_id: 1 },
        { id: 2, name: 'hidden', secret: 1, parent_id: 1 },
        { id: 3, name: 'loose', secret: 0, parent_id: null },
        { id: 4, name: 'hidden2', secret: 1, parent_id: null },
      ]);
      await insertRows(driver, 'tag', [{ id: 1, label: 't' }]);
      log.clear();
    });

    describe('reads', () => {
      it('filters rows by rule on root lists and lookups', async () => {
        expect(ids((await as('tok-reader', '{ children { id } }')).data.children)).toEqual([1, 3]);
        expect((await as('tok-reader', '{ child(id: 2) { id } }')).data.child).toBeNull();
        expect(ids((await as('tok-ann', '{ parents { id } }')).data.parents)).toEqual([1]);
        expect((await as('tok-ann', '{ parent(id: 2) { id } }')).data.parent).toBeNull();
      });

      it('applies the same rule on relationship edges as on nodes (no IDOR through edges)', async () => {
        const { data } = await as('tok-reader', '{ parent(id: 1) { children { id name } } }');
        expect(ids(data.parent.children)).toEqual([1]);
        const child = await as('tok-reader', '{ children { id parent { id } } }');
        expect(child.data.children).toEqual([
          { id: 1, parent: { id: 1 } },
          { id: 3, parent: null },
        ]);
      });

      it('gives null for a to-one relationship whose row the viewer may not see, also when joined', async () => {
        await insertRows(driver, 'child', [{ id: 5, name: 'bobs', secret: 0, parent_id: 2 }]);
        const { data } = await as('tok-ann', '{ children { id parent { id } } }');
        expect(data.children).toEqual([
          { id: 1, parent: { id: 1 } },
          { id: 3, parent: null },
          { id: 5, parent: null },
        ]);
      });

      it('does not let a filter on a relationship probe hidden rows', async () => {
        const probe = await as('tok-reader', '{ parents(where: { children: { some: { id: { eq: 2 } } } }) { id } }');
        expect(probe.data.parents).toEqual([]);
        const every = await as('tok-reader', '{ parents(where: { children: { every: { name: { eq: "open" } } } }) { id } }');
        expect(ids(every.data.parents)).toEqual([1, 2]);
      });

      it('answers FORBIDDEN for a hidden field, in the selection, a filter and an order', async () => {
        for (const query of [
          '{ parents { id owner } }',
          '{ parents(where: { owner: { eq: "ann" } }) { id } }',
          '{ parents(orderBy: [{ owner: ASC }]) { id } }',
          '{ children { parent { owner } } }',
        ]) {
          const result = await as('tok-reader', query);
          expect(result.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
          expect(JSON.stringify(result)).not.toContain('"ann"');
        }
        expect((await as('tok-ann', '{ parents { owner } }')).data.parents).toEqual([{ owner: 'ann' }]);
      });

      it('denies every model to a viewer the policy gives nothing, whatever headers say', async () => {
        for (const headers of [{}, { 'x-role': 'admin' }] as Array<Record<string, string>>) {
          const result = await as(undefined, '{ parents { id } }', headers);
          expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(result.data ?? null).toBeNull();
        }
        expect((await as(undefined, '{ tags { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      });

      it('adds no statement to a nested query', async () => {
        log.clear();
        await as('tok-reader', '{ parents { children { id } tags { id } } }');
        expect(log.selects).toHaveLength(3);
        // The row filter travels inside the batched statement of the children.
        expect(log.selects.some((event) => /\bsecret\b/.test(event.sql))).toBe(true);
      });
    });

    describe('writes', () => {
      it('lets a linker link only on the parents the rule allows', async () => {
        expect(
          (await as('tok-ann', 'mutation { addParentChild(id: 1, childId: 3) { id children { id } } }')).data.addParentChild.children,
        ).toEqual([{ id: 1 }, { id: 3 }]);
        log.clear();
        const denied = await as('tok-ann', 'mutation { addParentChild(id: 2, childId: 3) { id } }');
        expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(dml()).toEqual([]);
        expect(await selectRows(driver, 'SELECT parent_id FROM child WHERE id = 3')).toEqual([{ parent_id: 1 }]);
      });

      it('refuses to link a row the viewer may not read, and writes nothing', async () => {
        log.clear();
        const result = await as('tok-ann', 'mutation { addParentChild(id: 1, childId: 4) { id } }');
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(dml()).toEqual([]);
      });

      it('refuses a nested connect of a forbidden row, and does not create the parent either', async () => {
        log.clear();
        const forbidden = await as(
          'tok-writer',
          'mutation { createParent(input: { name: "x", owner: "w", children: { connect: [{ id: 2 }] } }) { id } }',
        );
        expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(dml()).toEqual([]);
        expect((await selectRows(driver, 'SELECT id FROM parent ORDER BY id')).map((row) => Number(row.id))).toEqual([1, 2]);
        const allowed = await as(
          'tok-writer',
          'mutation { createParent(input: { name: "x", owner: "w", children: { connect: [{ id: 3 }] } }) { id children { id } } }',
        );
        expect(allowed.data.createParent.children).toEqual([{ id: 3 }]);
      });

      it('rolls back a mutation whose payload the viewer may not read', async () => {
        const result = await as('tok-writer', 'mutation { createChild(input: { name: "s", secret: true }) { id } }');
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(await selectRows(driver, "SELECT * FROM child WHERE name = 's'")).toEqual([]);
        const allowed = await as('tok-writer', 'mutation { createChild(input: { name: "ok" }) { id name } }');
        expect(allowed.data.createChild.name).toBe('ok');
      });

      it('denies what the rules do not grant: a reader writes nothing', async () => {
        log.clear();
        for (const mutation of [
          'mutation { createParent(input: { name: "x", owner: "z" }) { id } }',
          'mutation { updateParent(id: 1, input: { name: "x" }) { id } }',
          'mutation { deleteParent(id: 1) { id } }',
          'mutation { addParentTag(id: 1, tagId: 1) { id } }',
          'mutation { updateParent(id: 1, input: { children: { connect: [{ id: 3 }] } }) { id } }',
        ]) {
          expect((await as('tok-reader', mutation)).errors?.[0]?.extensions?.code, mutation).toBe('FORBIDDEN');
        }
        expect(dml()).toEqual([]);
      });
    });
  });
}

describe('policies', () => {
  it('fail at startup when they name what does not exist', async () => {
    const driver = await createTestDriver(DIALECTS[0]!);
    try {
      await expect(
        createTestApi(Base, driver, {
          policy: definePolicy({ Parnt: { read: true }, Child: { fields: { secrt: false }, reed: true } as never }),
        }),
      ).rejects.toThrow(
        /Policy: "Parnt" is not a model\. Did you mean "Parent"\?[\s\S]*Policy for Child: "reed" is not a rule\. Did you mean "read"\?[\s\S]*Policy for Child: fields names "secrt", which Child does not have\. Did you mean "secret"\?/,
      );
    } finally {
      await driver.drop();
    }
  });
});
