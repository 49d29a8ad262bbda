/**
 * A property test (fast-check): random sequences of create / link / unlink / delete sent as
 * GraphQL mutations leave the tables equal to an in-memory model of the same operations, after
 * every step — unknown ids included, which must fail with NOT_FOUND and change nothing. It runs
 * over the keyed `parent_tag` createAll makes and over a legacy one without a key (served with
 * `keylessLinkTables`); `keylessLinks.test.ts` sends such writes concurrently.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import { checkLinkTables } from '../../src/dialect/checkLinkTables.js';
import { createAll } from '../../src/dialect/createAll.js';
import { configure } from '../../src/session/configure.js';
import { createTestApi, createTestDriver, DIALECTS, selectRows, type TestApi, type TestDriver } from '../support/index.js';

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
  name: Column(Str(20), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }) });

/** What the tables should hold. */
interface Model {
  parents: Set<number>;
  children: Map<number, number | null>;
  tags: Set<number>;
  links: Set<string>;
}

type Step =
  | { op: 'createParent' }
  | { op: 'createChild' }
  | { op: 'createTag' }
  | { op: 'addParentChild' | 'removeParentChild' | 'addParentTag' | 'removeParentTag'; owner: number; target: number }
  | { op: 'deleteParent' | 'deleteChild' | 'deleteTag'; id: number };

/** Ids 1..5: small enough that links collide and repeat, large enough that some are unknown. */
const id = fc.integer({ min: 1, max: 5 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom<Step>({ op: 'createParent' }, { op: 'createChild' }, { op: 'createTag' }),
  fc.record({
    op: fc.constantFrom('addParentChild', 'removeParentChild', 'addParentTag', 'removeParentTag' as const),
    owner: id,
    target: id,
  }) as fc.Arbitrary<Step>,
  fc.record({ op: fc.constantFrom('deleteParent', 'deleteChild', 'deleteTag' as const), id }) as fc.Arbitrary<Step>,
);

/** Applies a step to the model; returns the error code the API must answer with, if any. */
function apply(model: Model, s: Step, created: number | undefined): string | undefined {
  switch (s.op) {
    case 'createParent':
      model.parents.add(created!);
      return undefined;
    case 'createChild':
      model.children.set(created!, null);
      return undefined;
    case 'createTag':
      model.tags.add(created!);
      return undefined;
    case 'addParentChild':
    case 'removeParentChild':
      if (!model.parents.has(s.owner) || !model.children.has(s.target)) return 'NOT_FOUND';
      if (s.op === 'addParentChild') model.children.set(s.target, s.owner);
      else if (model.children.get(s.target) === s.owner) model.children.set(s.target, null);
      return undefined;
    case 'addParentTag':
    case 'removeParentTag':
      if (!model.parents.has(s.owner) || !model.tags.has(s.target)) return 'NOT_FOUND';
      if (s.op === 'addParentTag') model.links.add(`${s.owner}:${s.target}`);
      else model.links.delete(`${s.owner}:${s.target}`);
      return undefined;
    case 'deleteParent':
      if (!model.parents.has(s.id)) return 'NOT_FOUND';
      model.parents.delete(s.id);
      for (const [child, parent] of model.children) if (parent === s.id) model.children.set(child, null);
      for (const link of [...model.links]) if (link.startsWith(`${s.id}:`)) model.links.delete(link);
      return undefined;
    case 'deleteChild':
      if (!model.children.has(s.id)) return 'NOT_FOUND';
      model.children.delete(s.id);
      return undefined;
    case 'deleteTag':
      if (!model.tags.has(s.id)) return 'NOT_FOUND';
      model.tags.delete(s.id);
      for (const link of [...model.links]) if (link.endsWith(`:${s.id}`)) model.links.delete(link);
      return undefined;
  }
}

function mutation(s: Step): string {
  switch (s.op) {
    case 'createParent':
      return 'mutation { createParent(input: { name: "p" }) { id } }';
    case 'createChild':
      return 'mutation { createChild(input: {}) { id } }';
    case 'createTag':
      return 'mutation { createTag(input: {}) { id } }';
    case 'addParentChild':
      return `mutation { addParentChild(id: ${s.owner}, childId: ${s.target}) { id } }`;
    case 'removeParentChild':
      return `mutation { removeParentChild(id: ${s.owner}, childId: ${s.target}) { id } }`;
    case 'addParentTag':
      return `mutation { addParentTag(id: ${s.owner}, tagId: ${s.target}) { id } }`;
    case 'removeParentTag':
      return `mutation { removeParentTag(id: ${s.owner}, tagId: ${s.target}) { id } }`;
    case 'deleteParent':
      return `mutation { deleteParent(id: ${s.id}) { id } }`;
    case 'deleteChild':
      return `mutation { deleteChild(id: ${s.id}) { id } }`;
    case 'deleteTag':
      return `mutation { deleteTag(id: ${s.id}) { id } }`;
  }
}

const mapping = configure(Base);

/** The stored links; one stored twice shows as `twice 1:2`, which the model never holds. */
function linkSet(links: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const link of links) set.add(set.has(link) ? `twice ${link}` : link);
  return set;
}

for (const dialect of DIALECTS) {
  for (const keyed of [true, false])
    describe(`${dialect.name}: links against an in-memory model${keyed ? '' : ', parent_tag without a key'}`, () => {
      let driver: TestDriver;
      let api: TestApi;

      const tables = async (): Promise<Model> => ({
        parents: new Set((await selectRows(driver, 'SELECT id FROM parent')).map((r) => Number(r.id))),
        children: new Map(
          (await selectRows(driver, 'SELECT id, parent_id FROM child')).map((r) => [
            Number(r.id),
            r.parent_id === null ? null : Number(r.parent_id),
          ]),
        ),
        tags: new Set((await selectRows(driver, 'SELECT id FROM tag')).map((r) => Number(r.id))),
        links: linkSet(
          (await selectRows(driver, 'SELECT parent_id, tag_id FROM parent_tag')).map((r) => `${Number(r.parent_id)}:${Number(r.tag_id)}`),
        ),
      });

      beforeAll(async () => {
        driver = await createTestDriver(dialect);
        await createAll(mapping, driver);
        if (!keyed) {
          await driver.execute({ sql: 'DROP TABLE parent_tag', params: [], kind: 'ddl' });
          await driver.execute({
            sql: 'CREATE TABLE parent_tag (parent_id INTEGER REFERENCES parent (id), tag_id INTEGER REFERENCES tag (id))',
            params: [],
            kind: 'ddl',
          });
        }
        const keylessLinkTables = await checkLinkTables(mapping, driver);
        expect(keylessLinkTables.map((table) => table.table)).toEqual(keyed ? [] : ['parent_tag']);
        api = await createTestApi(mapping, driver, { keylessLinkTables });
      });
      afterAll(() => driver?.drop());

      it('keeps the tables equal to the model after every step', async () => {
        const applied = { links: 0, notFound: 0 };
        await fc.assert(
          fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 30 }), async (steps) => {
            for (const table of ['parent_tag', 'child', 'tag', 'parent']) {
              await driver.execute({ sql: `DELETE FROM ${table}`, params: [], kind: 'delete' });
              // Ids start at 1 again in every run, so that the steps' ids 1..6 meet real rows.
              if (dialect.name === 'mariadb' && table !== 'parent_tag')
                await driver.execute({ sql: `ALTER TABLE ${table} AUTO_INCREMENT = 1`, params: [], kind: 'ddl' });
            }
            const model: Model = { parents: new Set(), children: new Map(), tags: new Set(), links: new Set() };
            // Three rows of each kind first, so that most random ids meet a row (and some do not).
            const setup: Step[] = (['createParent', 'createChild', 'createTag'] as const).flatMap((op) => [{ op }, { op }, { op }]);
            for (const s of [...setup, ...steps]) {
              const result = await api.query(mutation(s));
              const created = result.data ? Object.values(result.data as Record<string, { id: number }>)[0]?.id : undefined;
              const expected = apply(model, s, created);
              if (expected === 'NOT_FOUND') applied.notFound++;
              else if (s.op.startsWith('add') || s.op.startsWith('remove')) applied.links++;
              expect(result.errors?.[0]?.extensions?.code, `${mutation(s)} → ${JSON.stringify(result.errors)}`).toBe(expected);
              expect(await tables()).toEqual(model);
            }
          }),
          { numRuns: 25, seed: 20261125 },
        );
        // The runs exercised real links, not only unknown ids.
        expect(applied.links).toBeGreaterThan(50);
        expect(applied.notFound).toBeGreaterThan(10);
      }, 300_000);
    });
}
