/**
 * A legacy `secondary` table without a key over its link columns — the seed's own `association`,
 * as SQLAlchemy creates it — served with `keylessLinkTables` (what `checkLinkTables` reports):
 * adding an existing link is still a no-op, concurrent adds and removes from both sides (and
 * through nested connects) leave each link once and in the state the acknowledged operations
 * imply — as on the keyed table createAll makes, run through the same tests — and the lock and
 * the check cost two statements per add, only on such a table.
 */
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Base, { Child, Parent } from '../../examples/seed/many-to-many-back-populates.js';
import { checkLinkTables } from '../../src/dialect/checkLinkTables.js';
import { createAll } from '../../src/dialect/createAll.js';
import type { Driver } from '../../src/dialect/Driver.js';
import { configure } from '../../src/session/configure.js';
import { createHandler } from '../../src/server/createHandler.js';
import { Session } from '../../src/session/index.js';
import { assertFreshBuild, startServe, stopServe } from '../support/cliProcess.js';
import { dropLinkKey } from '../support/linkTables.js';
import {
  createTestApi,
  createTestDriver,
  deleteRows,
  DIALECTS,
  insertRows,
  recordStatements,
  selectRows,
  type TestApi,
  type TestDriver,
} from '../support/index.js';

const mapping = configure(Base);
const PARENTS = [1, 2, 3];
const CHILDREN = [1, 2, 3];

/** The seed's `association` as SQLAlchemy creates it: foreign keys (or, older still, none), no key. */
const dropAssociationKey = (driver: Driver, options: { foreignKeys?: boolean } = {}) =>
  dropLinkKey(
    driver,
    'association',
    [
      { name: 'left_id', references: 'left' },
      { name: 'right_id', references: 'right' },
    ],
    options,
  );

async function refill(driver: Driver): Promise<void> {
  await deleteRows(driver, ['association', 'right', 'left']);
  await insertRows(
    driver,
    'left',
    PARENTS.map((id) => ({ id, name: `p${id}` })),
  );
  await insertRows(
    driver,
    'right',
    CHILDREN.map((id) => ({ id, name: `c${id}` })),
  );
}

/** Every stored link as `left:right`, repeated as often as it is stored. */
async function storedLinks(driver: Driver): Promise<string[]> {
  return (await selectRows(driver, 'SELECT left_id, right_id FROM association'))
    .map((r) => `${Number(r.left_id)}:${Number(r.right_id)}`)
    .sort();
}

async function duplicates(driver: Driver): Promise<Array<Record<string, unknown>>> {
  return selectRows(driver, 'SELECT left_id, right_id, COUNT(*) AS n FROM association GROUP BY left_id, right_id HAVING COUNT(*) > 1');
}

/** The ways to add and to remove the link (p, c): from either side, and nested in an update of either end. */
const writes = {
  add: [
    (p: number, c: number) => `addParentChild(id: ${p}, childId: ${c}) { id }`,
    (p: number, c: number) => `addChildParent(id: ${c}, parentId: ${p}) { id }`,
    (p: number, c: number) => `updateParent(id: ${p}, input: { children: { connect: [{ id: ${c} }] } }) { id }`,
    (p: number, c: number) => `updateChild(id: ${c}, input: { parents: { connect: [{ id: ${p} }] } }) { id }`,
  ],
  remove: [
    (p: number, c: number) => `removeParentChild(id: ${p}, childId: ${c}) { id }`,
    (p: number, c: number) => `removeChildParent(id: ${c}, parentId: ${p}) { id }`,
    (p: number, c: number) => `updateParent(id: ${p}, input: { children: { disconnect: [{ id: ${c} }] } }) { id }`,
    (p: number, c: number) => `updateChild(id: ${c}, input: { parents: { disconnect: [{ id: ${p} }] } }) { id }`,
  ],
};

interface Write {
  readonly action: 'add' | 'remove';
  readonly via: number;
  readonly parent: number;
  readonly child: number;
}

/** ACK: answered without errors. Anything else is indeterminate: it may or may not have been applied. */
async function send(api: TestApi, write: Write): Promise<{ acked: boolean; code: string | undefined }> {
  const result = await api.query(`mutation { ${writes[write.action][write.via]!(write.parent, write.child)} }`);
  const acked = !result.errors?.length && result.data !== null && result.data !== undefined;
  return { acked, code: acked ? undefined : String(result.errors?.[0]?.extensions?.code) };
}

/** The keyed table createAll makes, as a baseline, and the two legacy forms. */
const variants = [
  { name: 'a secondary table with its key', key: true, foreignKeys: true },
  { name: 'a secondary table without a key', key: false, foreignKeys: true },
  { name: 'a secondary table without a key or foreign keys', key: false, foreignKeys: false },
];

for (const dialect of DIALECTS) {
  for (const variant of variants)
    describe(`${dialect.name}: ${variant.name}`, () => {
      const log = recordStatements();
      let driver: TestDriver;
      let api: TestApi;

      beforeAll(async () => {
        // Several connections on MariaDB, so that the mutations below really run side by side.
        driver = await createTestDriver(dialect, { onStatement: log.onStatement, connectionLimit: 8 });
        await createAll(mapping, driver);
        if (!variant.key) await dropAssociationKey(driver, variant);
        const keyless = await checkLinkTables(mapping, driver);
        expect(keyless.map((table) => table.table)).toEqual(variant.key ? [] : ['association']);
        api = await createTestApi(mapping, driver, { keylessLinkTables: keyless });
      });
      afterAll(() => driver?.drop());
      beforeEach(() => refill(driver));

      it('adds an existing link as a no-op, from either side and nested', async () => {
        await api.data('mutation { addParentChild(id: 1, childId: 2) { id } }');
        log.clear();
        await api.data('mutation { addParentChild(id: 1, childId: 2) { id } }');
        await api.data('mutation { addChildParent(id: 2, parentId: 1) { id } }');
        await api.data('mutation { updateParent(id: 1, input: { children: { connect: [{ id: 2 }, { id: 2 }] } }) { id } }');
        await api.data('mutation { updateChild(id: 2, input: { parents: { connect: [{ id: 1 }] } }) { id } }');
        await api.data('mutation { a: addParentChild(id: 1, childId: 2) { id } b: addChildParent(id: 2, parentId: 1) { id } }');
        // Without a key nothing is even sent; with it, the INSERT skips the row.
        if (!variant.key) expect(log.inserts).toEqual([]);
        expect(await storedLinks(driver)).toEqual(['1:2']);
        // A new parent linked to a child in the same operation, and that link added again.
        const { createParent } = await api.data<{ createParent: { id: number } }>(
          'mutation { createParent(input: { id: 9, name: "new", children: { connect: [{ id: 3 }] } }) { id } }',
        );
        await api.data(
          `mutation { a: addChildParent(id: 3, parentId: ${createParent.id}) { id } b: updateParent(id: 9, input: { children: { connect: [{ id: 3 }] } }) { id } }`,
        );
        expect(await storedLinks(driver)).toEqual(['1:2', '9:3']);
      });

      // Only a table without a key can hold a link twice: the keyed variant has no such case.
      if (!variant.key)
        it('removes every copy of a link the table already held twice', async () => {
          await insertRows(driver, 'association', [
            { left_id: 2, right_id: 2 },
            { left_id: 2, right_id: 2 },
            { left_id: 2, right_id: 3 },
          ]);
          await api.data('mutation { removeChildParent(id: 2, parentId: 2) { id } }');
          expect(await storedLinks(driver)).toEqual(['2:3']);
        });

      it('keeps each link once under concurrent adds of the same links from both sides', async () => {
        const adds: Write[] = [];
        for (let round = 0; round < 2; round++) {
          for (const parent of PARENTS)
            for (const child of CHILDREN) for (let via = 0; via < 4; via++) adds.push({ action: 'add', via, parent, child });
        }
        // Shuffled deterministically, so that adds of one link from different sides meet.
        const order = fc.sample(fc.shuffledSubarray(adds, { minLength: adds.length }), { numRuns: 1, seed: 7 })[0]!;
        const outcomes = await Promise.all(order.map((write) => send(api, write)));
        const acked = new Set(order.filter((_, i) => outcomes[i]!.acked).map((w) => `${w.parent}:${w.child}`));
        expect(await duplicates(driver)).toEqual([]);
        // Every link some add acknowledged is there, once; no other is.
        const stored = await storedLinks(driver);
        for (const link of acked) expect(stored).toContain(link);
        expect(stored.every((link) => order.some((w) => `${w.parent}:${w.child}` === link))).toBe(true);
        // Only a deadlock that outlived its retries may fail an add.
        expect(
          outcomes
            .filter((o) => !o.acked)
            .map((o) => o.code)
            .filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
        ).toEqual([]);
        expect(outcomes.filter((o) => o.acked).length).toBeGreaterThan(adds.length * 0.9);
        expect(acked.size).toBe(PARENTS.length * CHILDREN.length);
      }, 60_000);

      it('ends in the state the acknowledged adds and removes imply, under concurrency from both sides', async () => {
        // Links of parents 1 and 2 are owned: one client writes each, one write at a time, so its
        // final state is its last acknowledged write. Links of parent 3 are hot: every client
        // writes them, so their final state is the effect of some write that was not refused.
        const write = fc.record({
          action: fc.constantFrom<'add' | 'remove'>('add', 'remove'),
          via: fc.integer({ min: 0, max: 3 }),
          parent: fc.constantFrom(...PARENTS),
          child: fc.constantFrom(...CHILDREN),
        });
        const clients = 4;
        const ownerOf = (w: Write) => (w.parent === 3 ? undefined : ((w.parent - 1) * CHILDREN.length + w.child - 1) % clients);
        let runs = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.array(write, { minLength: 8, maxLength: 16 }), { minLength: clients, maxLength: clients }),
            async (plans) => {
              await refill(driver);
              const schedules = plans.map((plan, client) => plan.filter((w) => ownerOf(w) === undefined || ownerOf(w) === client));
              const histories = await Promise.all(
                schedules.map(async (schedule) => {
                  const history: Array<{ write: Write; acked: boolean; code: string | undefined }> = [];
                  for (const w of schedule) history.push({ write: w, ...(await send(api, w)) });
                  return history;
                }),
              );
              expect(await duplicates(driver)).toEqual([]);
              const stored = new Set(await storedLinks(driver));
              const all = histories.flat();
              expect(
                all
                  .filter((h) => !h.acked)
                  .map((h) => h.code)
                  .filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
              ).toEqual([]);
              for (const parent of PARENTS) {
                for (const child of CHILDREN) {
                  const link = `${parent}:${child}`;
                  const writesOf = all.filter((h) => h.write.parent === parent && h.write.child === child);
                  let allowed: boolean[];
                  if (parent === 3) {
                    allowed = [false, ...writesOf.map((h) => h.write.action === 'add')];
                  } else {
                    // In the owner's order: the last acknowledged write, or any unacknowledged one after it.
                    const lastAcked = writesOf.map((h) => h.acked).lastIndexOf(true);
                    allowed = [
                      lastAcked === -1 ? false : writesOf[lastAcked]!.write.action === 'add',
                      ...writesOf.slice(lastAcked + 1).map((h) => h.write.action === 'add'),
                    ];
                  }
                  expect(allowed, `link ${link} after ${JSON.stringify(writesOf)}`).toContain(stored.has(link));
                }
              }
              runs++;
            },
          ),
          { numRuns: dialect.name === 'mariadb' ? 6 : 10, seed: 20261126 },
        );
        expect(runs).toBeGreaterThan(0);
      }, 300_000);

      it('keeps links once through the Session API too, across flushes of one transaction', async () => {
        await driver.transaction(async (tx) => {
          const session = new Session({
            mapping,
            executor: tx,
            dialect: driver.dialect,
            keylessLinkTables: variant.key ? [] : ['association'],
          });
          const parent = (await session.get(Parent, 1))!;
          const child = (await session.get(Child, 1))!;
          await session.link(parent, 'children', child);
          await session.flush();
          // A second session of the same transaction, which has not loaded the list, adds it again.
          const again = new Session({
            mapping,
            executor: tx,
            dialect: driver.dialect,
            keylessLinkTables: variant.key ? [] : ['association'],
          });
          await again.link((await again.get(Child, 1))!, 'parents', (await again.get(Parent, 1))!);
          await again.flush();
        });
        expect(await storedLinks(driver)).toEqual(['1:1']);
      });

      it('refuses a name that is no secondary table of the mapping', () => {
        expect(() => createHandler(mapping, { driver, logging: false, keylessLinkTables: ['assocation'] })).toThrow(
          'keylessLinkTables names "assocation", which no relationship uses as its secondary. Did you mean "association"?',
        );
        expect(() => new Session({ mapping, executor: driver, dialect: driver.dialect, keylessLinkTables: [{ table: 'left' }] })).toThrow(
          'keylessLinkTables names "left", which no relationship uses as its secondary. The secondary tables are "association".',
        );
      });
    });

  describe(`${dialect.name}: what a link costs, with and without the key`, () => {
    const log = recordStatements();
    let keyed: TestDriver;
    let keyless: TestDriver;
    let keyedApi: TestApi;
    let keylessApi: TestApi;

    beforeAll(async () => {
      keyed = await createTestDriver(dialect, { onStatement: log.onStatement, connectionLimit: 1 });
      keyedApi = await createTestApi(mapping, keyed);
      expect(await checkLinkTables(mapping, keyed)).toEqual([]);
      keyless = await createTestDriver(dialect, { onStatement: log.onStatement, connectionLimit: 1 });
      await createAll(mapping, keyless);
      await dropAssociationKey(keyless);
      keylessApi = await createTestApi(mapping, keyless, { keylessLinkTables: await checkLinkTables(mapping, keyless) });
    });
    afterAll(async () => {
      await keyed?.drop();
      await keyless?.drop();
    });
    beforeEach(async () => {
      await refill(keyed);
      await refill(keyless);
    });

    /** The statements a mutation sent, transaction control and session setup aside, as kind and table. */
    const statementsOf = async (api: TestApi, mutation: string) => {
      log.clear();
      await api.data(`mutation { ${mutation} }`);
      return log.statements
        .filter((e) => e.kind !== 'transaction' && e.kind !== 'session')
        .map((e) => {
          const table = /(?:FROM|INTO|UPDATE) [`"]?(\w+)/.exec(e.sql)?.[1];
          return `${e.kind} ${table}${/FOR UPDATE$/.test(e.sql) ? ' for update' : /LOCK IN SHARE MODE$/.test(e.sql) ? ' shared' : ''}`;
        });
    };

    it('adds a link with two statements more: the lock of its end and the check', async () => {
      const lockedChild = dialect.name === 'mariadb' ? 'select right for update' : 'select right';
      // With a key the end only has to exist: shared, so that other links of it go on meanwhile.
      const sharedChild = dialect.name === 'mariadb' ? 'select right shared' : 'select right';
      const keyedAdd = await statementsOf(keyedApi, 'addParentChild(id: 1, childId: 2) { id }');
      const keylessAdd = await statementsOf(keylessApi, 'addParentChild(id: 1, childId: 2) { id }');
      // The link mutation's own reads (the locked end, Child(id=2), then the other), the write.
      expect(keyedAdd).toEqual([sharedChild, 'select left', 'insert association']);
      // Without a key the end is locked for update at once (the flush locks it so again, and a
      // shared lock upgraded by two requests would deadlock them), then the check; then the write.
      expect(keylessAdd).toEqual([lockedChild, 'select left', lockedChild, 'select association', 'insert association']);
      // From the other side: the same locks, the same statements.
      expect(await statementsOf(keylessApi, 'addChildParent(id: 3, parentId: 1) { id }')).toEqual([
        lockedChild,
        'select left',
        lockedChild,
        'select association',
        'insert association',
      ]);
      // An existing link: the key skips the row in the INSERT; without it, nothing is inserted.
      expect(await statementsOf(keyedApi, 'addChildParent(id: 2, parentId: 1) { id }')).toEqual([
        sharedChild,
        'select left',
        'insert association',
      ]);
      expect(await statementsOf(keylessApi, 'addChildParent(id: 2, parentId: 1) { id }')).toEqual([
        lockedChild,
        'select left',
        lockedChild,
        'select association',
      ]);
      expect(await storedLinks(keyless)).toEqual(await storedLinks(keyed).then(() => ['1:2', '1:3']));
    });

    it('connects many links in one batch: still two statements more, whatever their number', async () => {
      const connect = 'updateParent(id: 2, input: { children: { connect: [{ id: 1 }, { id: 2 }, { id: 3 }] } }) { id }';
      const keyedConnect = await statementsOf(keyedApi, connect);
      const keylessConnect = await statementsOf(keylessApi, connect);
      expect(keylessConnect.length).toBe(keyedConnect.length + 2);
      expect(keylessConnect.filter((s) => s.startsWith('insert'))).toEqual(['insert association']);
      expect(await storedLinks(keyless)).toEqual(['2:1', '2:2', '2:3']);
    });

    it('removes a link with the same statements and the same lock either way', async () => {
      for (const driver of [keyed, keyless]) await insertRows(driver, 'association', [{ left_id: 1, right_id: 1 }]);
      const remove = 'removeParentChild(id: 1, childId: 1) { id }';
      const keylessRemove = await statementsOf(keylessApi, remove);
      const keyedRemove = await statementsOf(keyedApi, remove);
      expect(keylessRemove).toEqual(keyedRemove);
      // For update with a key too: a removal keeps the link from being made again until COMMIT (linkLocks.test.ts).
      if (dialect.name === 'mariadb') expect(keyedRemove[0]).toBe('select right for update');
    });
  });
}

describe.runIf(DIALECTS.some((d) => d.name === 'sqlite'))('relgraph serve: a secondary table without a key', { timeout: 60_000 }, () => {
  const sqlite = DIALECTS.find((d) => d.name === 'sqlite')!;

  it('serves it, with one warning that names the table, the mode and the statement that keys it', async () => {
    await assertFreshBuild();
    const driver = await createTestDriver(sqlite, { file: true });
    try {
      await createAll(mapping, driver);
      await dropAssociationKey(driver);
      await refill(driver);
      const served = await startServe([
        path.join(process.cwd(), 'examples/seed/many-to-many-back-populates.ts'),
        '--db',
        driver.url,
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--log-format',
        'json',
      ]);
      try {
        const warnings = served.lines().flatMap((line) => {
          try {
            const entry = JSON.parse(line) as Record<string, unknown>;
            return entry['level'] === 40 || entry['level'] === 'warn' ? [entry] : [];
          } catch {
            return [];
          }
        });
        expect(warnings.map((w) => [w['msg'], w['table'], w['fix']])).toEqual([
          [
            'Link table "association" has no primary key or unique index over (left_id, right_id): links kept unique by locking and checking before insert, up to two statements more per add. A key makes that unnecessary: CREATE UNIQUE INDEX association_link_key ON association (left_id, right_id).',
            'association',
            'CREATE UNIQUE INDEX association_link_key ON association (left_id, right_id)',
          ],
        ]);
        for (const query of [
          'mutation { addParentChild(id: 1, childId: 2) { id } }',
          'mutation { addChildParent(id: 2, parentId: 1) { id } }',
        ]) {
          const response = await fetch(served.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
        }
      } finally {
        expect(await stopServe(served)).toBe(0);
      }
      expect(await storedLinks(driver)).toEqual(['1:2']);
    } finally {
      await driver.drop();
    }
  });
});
