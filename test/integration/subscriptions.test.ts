/**
 * Subscriptions (issue 18): what a committed mutation publishes and who hears it, through
 * graphql-js's own `subscribe` over `createRelgraph` (the transports are tested in
 * `subscriptionTransports.test.ts`). On every test dialect:
 * - rows created, updated (with the written fields), deleted; links added and removed through a
 *   secondary table and through a foreign key (a child moved between parents);
 * - nothing from a mutation operation that rolled back;
 * - `where` and the policy's row filter decide who hears what, deleted rows included;
 * - the limits: subscriptions per server, a subscriber that falls behind;
 * - on MariaDB, an operation rerun after a lock wait publishes once, what its committed attempt wrote.
 */
import { parse, subscribe, type ExecutionResult } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { definePolicy } from '../../src/policy/index.js';
import { configure } from '../../src/session/configure.js';
import { createRelgraph, type Relgraph, type RelgraphOptions } from '../../src/server/createRelgraph.js';
import { createConnection } from 'mysql2/promise';
import { createTestDriver, DIALECTS, recordStatements, type TestDriver } from '../support/index.js';
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
  name: Column(Str(20)),
  owner: Column(Str(20)),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  parentId: Column('parent_id', Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  label: Column(Str(20)),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});

type Viewer = { user: string };
const policy = definePolicy<Viewer>({
  Parent: { read: (viewer) => ({ owner: { eq: viewer.user } }), create: true, update: true, delete: true, link: true },
  Child: { read: true, create: true, update: true, delete: true, link: true },
  Tag: { read: true, create: true, update: true, delete: true, link: true },
});

/** A subscription's results as they come, with a way to wait for the next one. */
async function listen(relgraph: Relgraph, query: string, viewer?: unknown) {
  const result = await subscribe({ schema: relgraph.schema, document: parse(query), contextValue: relgraph.createContext(viewer) });
  if (!(Symbol.asyncIterator in result)) return { refused: result as ExecutionResult, next: async () => undefined, stop: async () => {} };
  const iterator = result as AsyncGenerator<ExecutionResult>;
  return {
    refused: undefined,
    /** The next result, or 'none' when nothing comes within `ms`. */
    next: async (ms = 2000): Promise<ExecutionResult | 'none'> => {
      const timeout = new Promise<'none'>((resolve) => setTimeout(() => resolve('none'), ms));
      const value = iterator.next().then((step) => (step.done ? ('none' as const) : step.value));
      return Promise.race([value, timeout]);
    },
    stop: async () => {
      await iterator.return?.(undefined);
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`subscriptions on ${dialect.name}`, () => {
    let driver: TestDriver;
    const open: Relgraph[] = [];
    const log = recordStatements();

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      await createAll(configure(Base), driver);
    });
    afterAll(async () => {
      await driver?.close();
    });
    afterEach(async () => {
      for (const relgraph of open.splice(0)) await relgraph.changes?.close();
    });

    const make = (options: Partial<RelgraphOptions> = {}) => {
      const relgraph = createRelgraph(Base, { driver, ...options });
      open.push(relgraph);
      return relgraph;
    };
    const run = async (relgraph: Relgraph, query: string, viewer?: unknown) => {
      const result = await relgraph.execute({
        schema: relgraph.schema,
        document: parse(query),
        contextValue: relgraph.createContext(viewer),
      });
      expect(result.errors).toBeUndefined();
      return result.data as Record<string, any>;
    };

    it('publishes rows created, updated and deleted after COMMIT, readable through their relationships', async () => {
      const relgraph = make();
      const sub = await listen(relgraph, 'subscription { parentChanged { operation id changedFields parent { name children { name } } } }');
      const { createParent } = await run(
        relgraph,
        'mutation { createParent(input: { id: 1, name: "a", children: { create: [{ id: 11, name: "c" }] } }) { id } }',
      );
      expect(createParent.id).toBe(1);
      expect(await sub.next()).toEqual({
        data: { parentChanged: { operation: 'CREATED', id: 1, changedFields: [], parent: { name: 'a', children: [{ name: 'c' }] } } },
      });
      await run(relgraph, 'mutation { updateParent(id: 1, input: { name: "b" }) { id } }');
      expect(await sub.next()).toEqual({
        data: { parentChanged: { operation: 'UPDATED', id: 1, changedFields: ['name'], parent: { name: 'b', children: [{ name: 'c' }] } } },
      });
      await run(relgraph, 'mutation { setChildParent(id: 11, parentId: null) { id } deleteParent(id: 1) { id } }');
      expect(await sub.next()).toEqual({ data: { parentChanged: { operation: 'DELETED', id: 1, changedFields: [], parent: null } } });
      expect(await sub.next(200)).toBe('none');
      await sub.stop();
      await run(relgraph, 'mutation { deleteChild(id: 11) { id } }');
    });

    it('publishes links added and removed, through a secondary table and through a foreign key', async () => {
      const relgraph = make();
      // Nobody listens on this server yet: its units of work record nothing (no extra SELECT for set-based deletes).
      expect(relgraph.changes?.wanted).toBe(false);
      await run(
        relgraph,
        'mutation { a: createParent(input: { id: 2, name: "p2" }) { id } b: createParent(input: { id: 3, name: "p3" }) { id } createTag(input: { id: 5, label: "t" }) { id } }',
      );
      const tags = await listen(relgraph, 'subscription { parentTagsChanged(id: 2) { operation parent { name } tag { label } } }');
      const tagParents = await listen(relgraph, 'subscription { tagParentsChanged(id: 5) { operation tag { label } parent { name } } }');
      const old = await listen(relgraph, 'subscription { parentChildrenChanged(id: 2) { operation child { name parent { id } } } }');
      expect(relgraph.changes?.wanted).toBe(true);
      const moved = await listen(relgraph, 'subscription { parentChildrenChanged(id: 3) { operation child { name } } }');
      await run(relgraph, 'mutation { addParentTag(id: 2, tagId: 5) { id } }');
      expect(await tags.next()).toEqual({
        data: { parentTagsChanged: { operation: 'ADDED', parent: { name: 'p2' }, tag: { label: 't' } } },
      });
      expect(await tagParents.next()).toEqual({
        data: { tagParentsChanged: { operation: 'ADDED', tag: { label: 't' }, parent: { name: 'p2' } } },
      });
      await run(relgraph, 'mutation { removeParentTag(id: 2, tagId: 5) { id } }');
      expect(await tags.next()).toEqual({
        data: { parentTagsChanged: { operation: 'REMOVED', parent: { name: 'p2' }, tag: { label: 't' } } },
      });
      await run(relgraph, 'mutation { createChild(input: { id: 21, name: "k", parent: { connect: { id: 2 } } }) { id } }');
      expect(await old.next()).toEqual({
        data: { parentChildrenChanged: { operation: 'ADDED', child: { name: 'k', parent: { id: 2 } } } },
      });
      await run(relgraph, 'mutation { setChildParent(id: 21, parentId: 3) { id } }');
      expect(await old.next()).toEqual({
        data: { parentChildrenChanged: { operation: 'REMOVED', child: { name: 'k', parent: { id: 3 } } } },
      });
      expect(await moved.next()).toEqual({ data: { parentChildrenChanged: { operation: 'ADDED', child: { name: 'k' } } } });
      // Deleting the tag deletes its link rows with a set-based DELETE: their parents hear it too.
      await run(relgraph, 'mutation { addParentTag(id: 3, tagId: 5) { id } }');
      const three = await listen(relgraph, 'subscription { parentTagsChanged(id: 3) { operation tag { label } } }');
      await run(relgraph, 'mutation { deleteTag(id: 5) { id } }');
      expect(await three.next()).toEqual({ data: { parentTagsChanged: { operation: 'REMOVED', tag: null } } });
      for (const sub of [tags, tagParents, old, moved, three]) await sub.stop();
    });

    it('publishes nothing for a mutation operation that rolled back', async () => {
      const relgraph = make();
      const sub = await listen(relgraph, 'subscription { childChanged { operation id } }');
      const failed = await relgraph.execute({
        schema: relgraph.schema,
        document: parse('mutation { createChild(input: { id: 31, name: "x" }) { id } updateChild(id: 9999, input: { name: "y" }) { id } }'),
        contextValue: relgraph.createContext(),
      });
      expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await run(relgraph, 'mutation { createChild(input: { id: 32, name: "z" }) { id } }');
      // The first event is the committed one: the rolled-back child 31 was never published.
      expect(await sub.next()).toEqual({ data: { childChanged: { operation: 'CREATED', id: 32 } } });
      expect(await sub.next(200)).toBe('none');
      await sub.stop();
    });

    it('lets `where` and the read policy choose the events, deleted rows included', async () => {
      const relgraph = make({ policy });
      const ann = await listen(
        relgraph,
        'subscription { parentChanged(where: { name: { eq: "keep" } }) { operation id parent { owner } } }',
        {
          user: 'ann',
        },
      );
      const bob = await listen(relgraph, 'subscription { parentChanged { operation id } }', { user: 'bob' });
      const viewer = { user: 'ann' };
      await run(relgraph, 'mutation { createParent(input: { id: 40, name: "drop", owner: "ann" }) { id } }', viewer);
      await run(relgraph, 'mutation { createParent(input: { id: 41, name: "keep", owner: "ann" }) { id } }', viewer);
      expect(await ann.next()).toEqual({ data: { parentChanged: { operation: 'CREATED', id: 41, parent: { owner: 'ann' } } } });
      await run(relgraph, 'mutation { deleteParent(id: 40) { id } }', viewer);
      await run(relgraph, 'mutation { deleteParent(id: 41) { id } }', viewer);
      // 40 did not match `where` when it was deleted; 41 did.
      expect(await ann.next()).toEqual({ data: { parentChanged: { operation: 'DELETED', id: 41, parent: null } } });
      // Bob may read no parent of Ann's: he heard nothing of the four changes.
      expect(await bob.next(300)).toBe('none');
      await ann.stop();
      await bob.stop();
    });

    it("shares one event's reads among the subscribers delivering it at once, each payload as a lone subscriber gets it", async () => {
      const relgraph = make({ policy });
      const query = 'subscription { parentChanged { operation id parent { name owner children { name } tags { label } } } }';
      const ann = { user: 'ann' };
      const bob = { user: 'bob' };
      const subscribe = (viewer: Viewer, n: number) => Promise.all(Array.from({ length: n }, () => listen(relgraph, query, viewer)));
      // Together: delivering at once; alone: one after the other, each reading for itself.
      const together = [...(await subscribe(ann, 4)), ...(await subscribe(bob, 2))];
      const alone = [...(await subscribe(ann, 4)), ...(await subscribe(bob, 2))];
      await run(
        relgraph,
        'mutation { createParent(input: { id: 70, name: "a", owner: "ann", children: { create: [{ id: 71, name: "c" }] } }) { id } }',
        ann,
      );
      await run(
        relgraph,
        'mutation { createParent(input: { id: 80, name: "b", owner: "bob", children: { create: [{ id: 81, name: "d" }] } }) { id } }',
        bob,
      );
      const selects = () => log.selects.length;

      // Ann's subscribers hear parent 70; Bob's may not read it and hear parent 80.
      let before = selects();
      const heardTogether = (await Promise.all(together.map((sub) => sub.next()))).map((result) => JSON.stringify(result));
      const sharedReads = selects() - before;
      const heardAlone: string[] = [];
      const ownReads: number[] = [];
      for (const sub of alone) {
        before = selects();
        heardAlone.push(JSON.stringify(await sub.next()));
        ownReads.push(selects() - before);
      }
      expect(heardAlone.slice(0, 4)).toEqual(Array(4).fill(heardAlone[0]));
      expect(JSON.parse(heardAlone[0]!)).toEqual({
        data: { parentChanged: { operation: 'CREATED', id: 70, parent: { name: 'a', owner: 'ann', children: [{ name: 'c' }], tags: [] } } },
      });
      expect(JSON.parse(heardAlone[4]!).data.parentChanged.id).toBe(80);
      // The same answers, byte for byte, together as alone.
      expect(heardTogether).toEqual(heardAlone);
      // Alone, each of Ann's read parent 70 and its two lists; each of Bob's read parent 70 (and
      // found nothing he may read), then parent 80 and its lists. Together, each viewer's reads
      // were sent once: the two viewers' row filters make different SQL, which is not shared.
      expect(ownReads).toEqual([3, 3, 3, 3, 4, 4]);
      expect(sharedReads).toBe(3 + 4);
      for (const sub of [...together, ...alone]) await sub.stop();
    });

    it('delivers an event to more subscribers than the pool can queue, their reads a few at a time', async () => {
      // Two connections (SQLite: one), three requests waiting at most: 30 reads at once overflow it.
      const small = await createTestDriver(dialect, dialect.name === 'mariadb' ? { connectionLimit: 2, queueLimit: 3 } : { queueLimit: 3 });
      try {
        await createAll(configure(Base), small);
        const heard = async (maxConcurrentReads: number, id: number) => {
          const relgraph = make({ driver: small, subscriptions: { maxConcurrentReads } });
          // Each `where` its own, so that no two subscribers share a read.
          const subs = await Promise.all(
            Array.from({ length: 30 }, (_, i) =>
              listen(relgraph, `subscription { parentChanged(where: { id: { lt: ${1000 + i} } }) { id parent { name } } }`),
            ),
          );
          await run(relgraph, `mutation { createParent(input: { id: ${id}, name: "n${id}" }) { id } }`);
          const answers = await Promise.all(subs.map((sub) => sub.next()));
          for (const sub of subs) await sub.stop();
          return answers;
        };
        const answers = await heard(2, 90);
        expect(answers).toEqual(Array(30).fill({ data: { parentChanged: { id: 90, parent: { name: 'n90' } } } }));
        // Unthrottled, the pool's wait queue overflows and deliveries fail (the reason for the
        // turns): such a subscriber hears DATABASE_UNAVAILABLE once, and its subscription ends.
        if (dialect.name === 'mariadb') {
          const failed = (await heard(1000, 91)).filter((answer) => (answer as ExecutionResult).errors);
          expect(failed.length).toBeGreaterThan(0);
          for (const answer of failed) expect((answer as ExecutionResult).errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
        }
      } finally {
        await small.drop();
      }
    });

    it('refuses a `where` a query would refuse, and a model the policy hides, before listening', async () => {
      const relgraph = make({ policy: definePolicy({ Child: { read: true } }) });
      const hidden = await listen(relgraph, 'subscription { parentChanged { id } }', {});
      expect(hidden.refused?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const wide = `subscription { childChanged(where: { OR: [${Array.from({ length: 600 }, (_, i) => `{ id: { eq: ${i} } }`).join(',')}] }) { id } }`;
      const refused = await listen(relgraph, wide, {});
      expect(refused.refused?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(relgraph.changes?.subscriptions).toBe(0);
    });

    it('refuses a limit that is not a positive integer, or a channel that is not one, naming the option', () => {
      expect(() => createRelgraph(Base, { driver, subscriptions: { maxSubscriptions: 0 } })).toThrow(
        'createRelgraph(): subscriptions.maxSubscriptions expects a whole number of at least 1, but got: 0.',
      );
      expect(() => createRelgraph(Base, { driver, subscriptions: { maxQueuedEvents: 2.5 } })).toThrow(
        'createRelgraph(): subscriptions.maxQueuedEvents expects a whole number of at least 1, but got: 2.5.',
      );
      expect(() => createRelgraph(Base, { driver, subscriptions: { maxConcurrentReads: 0 } })).toThrow(
        'createRelgraph(): subscriptions.maxConcurrentReads expects a whole number of at least 1, but got: 0.',
      );
      expect(() => createRelgraph(Base, { driver, subscriptions: { channel: {} as never } })).toThrow(
        'createRelgraph(): subscriptions.channel must be a change channel',
      );
    });

    it('holds its limits: subscriptions per server, and a subscriber that falls behind is dropped', async () => {
      const relgraph = make({ subscriptions: { maxSubscriptions: 1, maxQueuedEvents: 2 } });
      const first = await listen(relgraph, 'subscription { tagChanged { id } }');
      const second = await listen(relgraph, 'subscription { tagChanged { id } }');
      expect(second.refused?.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT');
      for (let id = 60; id < 65; id++) await run(relgraph, `mutation { createTag(input: { id: ${id}, label: "x" }) { id } }`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const behind = await first.next();
      expect(behind).not.toBe('none');
      expect((behind as ExecutionResult).errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT');
      expect(relgraph.changes?.subscriptions).toBe(0);
    });
  });
}

const mariadb = mariadbFor('mariadb: a rerun mutation publishes once');
describe.skipIf(!mariadb)('mariadb: a rerun mutation publishes once', () => {
  let driver: TestDriver;

  beforeAll(async () => {
    // A one-second lock wait: the first attempt gives up on the held row, the second gets it.
    driver = await createTestDriver(mariadb!, { lockWaitTimeoutSeconds: 1 });
    await createAll(configure(Base), driver);
  });
  afterAll(async () => {
    await driver?.drop();
  });

  it('publishes the committed attempt only: its rows once, nothing of the attempt rolled back', async () => {
    const relgraph = createRelgraph(Base, { driver });
    const run = (query: string) =>
      relgraph.execute({ schema: relgraph.schema, document: parse(query), contextValue: relgraph.createContext() });
    await run('mutation { createParent(input: { id: 1, name: "p" }) { id } }');
    const children = await listen(relgraph, 'subscription { childChanged { operation id } }');
    const parents = await listen(relgraph, 'subscription { parentChanged { operation id parent { name } } }');
    const holder = await createConnection(driver.url);
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM parent WHERE id = 1 FOR UPDATE');
    // Released after the first attempt's lock wait (1 s) has failed, before the second one's ends.
    const release = new Promise<void>((resolve) => setTimeout(resolve, 1300)).then(async () => {
      await holder.query('ROLLBACK');
      await holder.end();
    });
    // The first field's INSERT runs in both attempts; the second field waits for the held row.
    const result = await run(
      'mutation { createChild(input: { id: 7, name: "c" }) { id } updateParent(id: 1, input: { name: "after" }) { name } }',
    );
    await release;
    expect(result).toEqual({ data: { createChild: { id: 7 }, updateParent: { name: 'after' } } });
    expect(await children.next()).toEqual({ data: { childChanged: { operation: 'CREATED', id: 7 } } });
    expect(await parents.next()).toEqual({ data: { parentChanged: { operation: 'UPDATED', id: 1, parent: { name: 'after' } } } });
    expect(await children.next(300)).toBe('none');
    expect(await parents.next(300)).toBe('none');
    await children.stop();
    await parents.stop();
    await relgraph.changes?.close();
  }, 20_000);
});
