/**
 * `Session.linkByKeys` as a TypeScript API, on every dialect: links of one owner to rows named
 * only by their keys, written as one multi-row INSERT or one DELETE with no object made for the
 * rows; when the session may use it (`canLinkByKeys`), and how it stays right when the rows or
 * lists it did not load come into the session before the flush.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { ChangeLog } from '../../src/session/ChangeLog.js';
import { configure } from '../../src/session/configure.js';
import { Session } from '../../src/session/index.js';
import { createTestDriver, DIALECTS, insertRows, recordStatements, selectRows, type TestDriver } from '../support/index.js';

const Base = declarativeBase();
const parentTag = Table(
  'parent_tag',
  Base.metadata,
  Column('parent_id', Integer, ForeignKey('parent.id'), { nullable: false }),
  Column('tag_id', Integer, ForeignKey('tag.id'), { nullable: false }),
);
const Parent = Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  tags: relationship('Tag', { secondary: parentTag, backPopulates: 'parents' }),
  kids: relationship('Kid', { backPopulates: 'parent' }),
});
const Tag = Base.model('Tag', {
  tableName: 'tag',
  id: Column(Integer, { primaryKey: true }),
  parents: relationship('Parent', { secondary: parentTag, backPopulates: 'tags' }),
});
Base.model('Kid', {
  tableName: 'kid',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'kids' }),
});
const mapping = configure(Base);

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: links by key`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    const inSession = <T>(work: (session: Session) => Promise<T>, options: { changes?: ChangeLog; keyless?: string[] } = {}) =>
      driver.transaction(async (tx) =>
        work(
          new Session({
            mapping,
            executor: tx,
            dialect: driver.dialect,
            ...(options.changes ? { changes: options.changes } : {}),
            keylessLinkTables: options.keyless ?? [],
          }),
        ),
      );
    const links = async () =>
      (await selectRows(driver, 'SELECT parent_id, tag_id FROM parent_tag'))
        .map((r) => `${Number(r.parent_id)}:${Number(r.tag_id)}`)
        .sort();
    const keys = (...ids: number[]) => ids.map((id) => [id]);

    beforeEach(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      await createAll(mapping, driver);
      await insertRows(driver, 'parent', [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ]);
      await insertRows(
        driver,
        'tag',
        [1, 2, 3, 4].map((id) => ({ id })),
      );
      await insertRows(driver, 'parent_tag', [{ parent_id: 1, tag_id: 1 }]);
      log.clear();
    });
    afterEach(() => driver?.drop());

    it('links and unlinks by key in one statement each, making no object for the rows', async () => {
      await inSession(async (session) => {
        const parent = await session.get(Parent, 1);
        expect(await session.existing(Tag, keys(1, 2, 3, 99), { lock: 'share' })).toEqual(keys(1, 2, 3));
        expect(session.canLinkByKeys(parent, 'tags', keys(1, 2, 3))).toBe(true);
        session.linkByKeys(parent, 'tags', keys(1, 2, 3), 'add');
        // The preview describes the same writes, one link row each.
        const preview = await session.previewFlush();
        expect(preview.writes.map((write) => `${write.kind} ${write.row.table.name} ${write.row.key.join(',')}`)).toEqual([
          'linkInsert parent_tag 1,1',
          'linkInsert parent_tag 1,2',
          'linkInsert parent_tag 1,3',
        ]);
        log.clear();
        await session.flush();
        expect(log.inserts).toHaveLength(1);
        expect(log.selects).toEqual([]);
        session.linkByKeys(parent, 'tags', keys(1, 3), 'remove');
        await session.flush();
        expect(log.deletes).toHaveLength(1);
      });
      expect(await links()).toEqual(['1:2']);
    });

    it('is not used where an object or list in memory would have to learn of the links', async () => {
      await inSession(async (session) => {
        const parent = await session.get(Parent, 1);
        const other = await session.get(Parent, 2);
        // A target that is an object of the session.
        await session.get(Tag, 2);
        expect(session.canLinkByKeys(parent, 'tags', keys(1, 2))).toBe(false);
        expect(session.canLinkByKeys(parent, 'tags', keys(1, 3))).toBe(true);
        // A list already loaded; a one-to-many list; a new owner; a keyless table.
        await session.load(other, 'tags');
        expect(session.canLinkByKeys(other, 'tags', keys(3))).toBe(false);
        expect(session.canLinkByKeys(parent, 'kids', keys(3))).toBe(false);
        const fresh = new Parent({ id: 3, name: 'c' });
        session.add(fresh);
        expect(session.canLinkByKeys(fresh, 'tags', keys(3))).toBe(false);
        expect(() => session.linkByKeys(other, 'tags', keys(3), 'add')).toThrow(/canLinkByKeys/);
      });
      await inSession(
        async (session) => {
          const parent = await session.get(Parent, 1);
          expect(session.canLinkByKeys(parent, 'tags', keys(3))).toBe(false);
        },
        { keyless: ['parent_tag'] },
      );
    });

    it('a list loaded after, before the flush, holds the links made by key; each is written once', async () => {
      await inSession(async (session) => {
        const parent = await session.get(Parent, 1);
        session.linkByKeys(parent, 'tags', keys(2, 3), 'add');
        session.linkByKeys(parent, 'tags', keys(1), 'remove');
        await session.load(parent, 'tags');
        expect((parent.tags as Array<{ id: number }>).map((tag) => tag.id).sort()).toEqual([2, 3]);
        // The reverse side of a loaded target knows too.
        const tag3 = await session.get(Tag, 3);
        await session.load(tag3, 'parents');
        expect((tag3.parents as Array<{ id: number }>).map((p) => p.id)).toEqual([1]);
        log.clear();
        await session.flush();
        expect(log.inserts).toHaveLength(1);
        expect(log.deletes).toHaveLength(1);
      });
      expect(await links()).toEqual(['1:2', '1:3']);
    });

    it('the later change of one link wins, by key or as objects', async () => {
      await inSession(async (session) => {
        const parent = await session.get(Parent, 1);
        session.linkByKeys(parent, 'tags', keys(2, 3), 'add');
        session.linkByKeys(parent, 'tags', keys(3), 'remove');
        // Tag 2 comes into the session afterwards and is unlinked as an object.
        const tag2 = await session.get(Tag, 2);
        await session.unlink(parent, 'tags', tag2);
        await session.flush();
      });
      expect(await links()).toEqual(['1:1']);
    });

    it('writes nothing for an owner deleted in the same flush, and links a target loaded since as an object', async () => {
      await inSession(async (session) => {
        const parent = await session.get(Parent, 2);
        session.linkByKeys(parent, 'tags', keys(2, 3), 'add');
        session.delete(parent);
        await session.flush();
        const first = await session.get(Parent, 1);
        session.linkByKeys(first, 'tags', keys(4), 'add');
        await session.get(Tag, 4);
        await session.flush();
      });
      expect(await links()).toEqual(['1:1', '1:4']);
      expect(await selectRows(driver, 'SELECT id FROM parent')).toEqual([{ id: 1 }]);
    });

    it('tells subscribers of each link, from both sides', async () => {
      const changes = new ChangeLog(mapping);
      await inSession(
        async (session) => {
          const parent = await session.get(Parent, 1);
          session.linkByKeys(parent, 'tags', keys(2), 'add');
          session.linkByKeys(parent, 'tags', keys(1), 'remove');
          await session.flush();
        },
        { changes },
      );
      const events = changes.events.map((event) =>
        event.kind === 'link' ? `${event.operation} ${event.model}.${event.relationship} ${event.owner} ${event.related}` : event.kind,
      );
      expect(events.sort()).toEqual([
        'ADDED Parent.tags 1 2',
        'ADDED Tag.parents 2 1',
        'REMOVED Parent.tags 1 1',
        'REMOVED Tag.parents 1 1',
      ]);
    });
  });
}
