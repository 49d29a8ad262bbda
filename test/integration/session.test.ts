/**
 * The Session as a TypeScript API: identity map, flush order (R4), the row switch that
 * SQLAlchemy's order fails (R4.3), cycles and postUpdate (R4.6), and the association-object
 * trap (R7.2) refused before any SQL — asserted as statements in order, on every dialect.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  String as Str,
  Table,
  associationProxy,
  declarativeBase,
  relationship,
} from '../../src/declare/index.js';
import { createAll } from '../../src/dialect/createAll.js';
import { FlushError } from '../../src/errors/FlushError.js';
import { configure } from '../../src/session/configure.js';
import { Session } from '../../src/session/index.js';
import { createTestDriver, DIALECTS, insertRows, recordStatements, selectRows, type TestDriver } from '../support/index.js';

const Base = declarativeBase();
const association = Table(
  'association',
  Base.metadata,
  Column('left_id', Integer, ForeignKey('left.id')),
  Column('right_id', Integer, ForeignKey('right.id')),
);
const Parent = Base.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  children: relationship('Child', { secondary: association, backPopulates: 'parents' }),
  kids: relationship('Kid', { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
  single: relationship('Single', { backPopulates: 'parent', uselist: false, cascade: 'all, delete-orphan' }),
});
const Child = Base.model('Child', {
  tableName: 'right',
  id: Column(Integer, { primaryKey: true }),
  parents: relationship('Parent', { secondary: association, backPopulates: 'children' }),
});
const Kid = Base.model('Kid', {
  tableName: 'kid',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('left.id'), { nullable: false }),
  parent: relationship('Parent', { backPopulates: 'kids' }),
});
const Single = Base.model('Single', {
  tableName: 'single',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('left.id'), { unique: true, nullable: false }),
  parent: relationship('Parent', { backPopulates: 'single' }),
});
const Node = Base.model('Node', {
  tableName: 'node',
  id: Column(Integer, { primaryKey: true }),
  parent_id: Column(Integer, ForeignKey('node.id')),
  children: relationship('Node', { backPopulates: 'parent' }),
  parent: relationship('Node', { backPopulates: 'children', remoteSide: 'id' }),
});
const Widget = Base.model('Widget', {
  tableName: 'widget',
  id: Column(Integer, { primaryKey: true }),
  favorite_entry_id: Column(Integer, ForeignKey('entry.id', { name: 'fk_widget_favorite' })),
  entries: relationship('Entry', { backPopulates: 'widget', foreignKeys: 'entry.widget_id' }),
  favorite: relationship('Entry', { foreignKeys: 'widget.favorite_entry_id', postUpdate: true }),
});
const Entry = Base.model('Entry', {
  tableName: 'entry',
  id: Column(Integer, { primaryKey: true }),
  widget_id: Column(Integer, ForeignKey('widget.id')),
  widget: relationship('Widget', { backPopulates: 'entries', foreignKeys: 'entry.widget_id' }),
});
const mapping = configure(Base);

/** The association object mapped beside a writable secondary over the same table, acknowledged with overlaps. */
const TrapBase = declarativeBase();
const TrapParent = TrapBase.model('Parent', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  children: relationship('Child', { secondary: 'association', overlaps: ['childAssociations', 'parent'] }),
  childAssociations: relationship('Association', { backPopulates: 'parent', overlaps: 'children' }),
  proxied: associationProxy('childAssociations', 'child'),
});
TrapBase.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });
const TrapAssociation = TrapBase.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(Str(20)),
  parent: relationship('Parent', { backPopulates: 'childAssociations', overlaps: 'children' }),
  child: relationship('Child', { overlaps: 'children' }),
});
const trapMapping = configure(TrapBase);

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: session`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    const written = () =>
      log.statements
        .filter((e) => ['insert', 'update', 'delete'].includes(e.kind))
        .map((e) => `${e.kind} ${/(?:INTO|UPDATE|FROM) [`"]?(\w+)/.exec(e.sql)?.[1]}`);
    const inSession = <T>(work: (session: Session) => Promise<T>, map = mapping) =>
      driver.transaction(async (tx) => work(new Session({ mapping: map, executor: tx, dialect: driver.dialect })));

    beforeEach(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      await createAll(mapping, driver);
      log.clear();
    });
    afterEach(() => driver?.drop());

    it('returns one instance per row (identity map)', async () => {
      await insertRows(driver, 'left', [{ id: 1, name: 'p' }]);
      await inSession(async (session) => {
        const a = await session.get(Parent, 1);
        const b = await session.get(Parent, [1]);
        expect(a).toBe(b);
        expect(await session.get(Parent, 2)).toBeUndefined();
      });
      expect(log.selects).toHaveLength(2);
    });

    it('writes rows before the rows that reference them, and secondary rows last (R4.2)', async () => {
      await inSession(async (session) => {
        const parent = new Parent({ id: 1, name: 'p' });
        parent.children.push(new Child({ id: 10 }), new Child({ id: 11 }));
        parent.kids.push(new Kid({ id: 5 }));
        session.add(parent);
        await session.flush();
      });
      expect(written()).toEqual(['insert left', 'insert right', 'insert kid', 'insert association']);
      expect(await selectRows(driver, 'SELECT left_id, right_id FROM association ORDER BY right_id')).toEqual([
        { left_id: 1, right_id: 10 },
        { left_id: 1, right_id: 11 },
      ]);
    });

    it('deletes secondary rows before the row, and children of a cascade before their parent', async () => {
      await insertRows(driver, 'left', [{ id: 1, name: 'p' }]);
      await insertRows(driver, 'right', [{ id: 10 }]);
      await insertRows(driver, 'association', [{ left_id: 1, right_id: 10 }]);
      await insertRows(driver, 'kid', [{ id: 5, parent_id: 1 }]);
      log.clear();
      await inSession(async (session) => {
        session.delete((await session.get(Parent, 1))!);
        await session.flush();
      });
      expect(written()).toEqual(['delete association', 'delete kid', 'delete left']);
    });

    it('assigns generated keys and copies them into the rows that reference them', async () => {
      const ids = await inSession(async (session) => {
        const parents = [new Parent({ name: 'a' }), new Parent({ name: 'b' })];
        for (const parent of parents) {
          parent.kids.push(new Kid(), new Kid());
          session.add(parent);
        }
        await session.flush();
        return parents.map((parent) => [parent.id, ...parent.kids.map((kid: { parent_id: number }) => kid.parent_id)]);
      });
      expect(ids[0]![0]).not.toBe(ids[1]![0]);
      for (const [id, ...kids] of ids) expect(kids).toEqual([id, id]);
      expect(log.inserts.map((e) => e.sql.split(' ')[2])).toHaveLength(2);
    });

    it('deletes the old one-to-one child before inserting its replacement (stricter than R4.3)', async () => {
      await insertRows(driver, 'left', [{ id: 1, name: 'p' }]);
      await insertRows(driver, 'single', [{ id: 7, parent_id: 1 }]);
      log.clear();
      await inSession(async (session) => {
        const parent = (await session.get(Parent, 1))!;
        await session.setRelated(parent, 'single', new Single({ id: 8 }));
        await session.flush();
      });
      expect(written()).toEqual(['delete single', 'insert single']);
      expect(await selectRows(driver, 'SELECT id, parent_id FROM single')).toEqual([{ id: 8, parent_id: 1 }]);
    });

    it('inserts a self-referential tree level by level', async () => {
      await inSession(async (session) => {
        const root = new Node({ id: 1 });
        const child = new Node({ id: 2, parent: root });
        new Node({ id: 3, parent: child });
        new Node({ id: 4, parent: root });
        session.add(root);
        await session.flush();
      });
      expect(log.inserts).toHaveLength(3);
      expect(await selectRows(driver, 'SELECT id, parent_id FROM node ORDER BY id')).toEqual([
        { id: 1, parent_id: null },
        { id: 2, parent_id: 1 },
        { id: 3, parent_id: 2 },
        { id: 4, parent_id: 1 },
      ]);
    });

    it('breaks a cycle between two rows with postUpdate (R4.6)', async () => {
      await inSession(async (session) => {
        const widget = new Widget();
        const entry = new Entry();
        widget.entries.push(entry);
        widget.favorite = entry;
        session.add(widget);
        await session.flush();
      });
      expect(written()).toEqual(['insert widget', 'insert entry', 'update widget']);
      const [widget] = await selectRows(driver, 'SELECT id, favorite_entry_id FROM widget');
      expect(widget!.favorite_entry_id).toBe((await selectRows(driver, 'SELECT id FROM entry'))[0]!.id);
    });

    it('refuses, before any SQL, one link written through a secondary and as an association object (R7.2)', async () => {
      const trapDriver = await createTestDriver(dialect, { onStatement: log.onStatement });
      try {
        await createAll(trapMapping, trapDriver);
        await insertRows(trapDriver, 'left', [{ id: 1 }]);
        await insertRows(trapDriver, 'right', [{ id: 2 }]);
        log.clear();
        const attempt = trapDriver.transaction(async (tx) => {
          const session = new Session({ mapping: trapMapping, executor: tx, dialect: trapDriver.dialect });
          const parent = (await session.get(TrapParent, 1))!;
          const child = await session.get(trapMapping.model('Child')!, 2);
          parent.children.push(child);
          parent.childAssociations.push(new TrapAssociation({ child, extra_data: 'x' }));
          await session.flush();
        });
        await expect(attempt).rejects.toThrow(FlushError);
        await expect(attempt).rejects.toThrow(
          'Parent.children and Parent.childAssociations both write table "association" for Parent(id=1) → Child(id=2) in one flush. Mark one of them viewonly, or write through only one.',
        );
        expect(log.inserts).toEqual([]);
      } finally {
        await trapDriver.drop();
      }
    });

    it('commits every change of a session opened on the driver in one transaction', async () => {
      await insertRows(driver, 'left', [{ id: 1, name: 'p' }]);
      const session = new Session({ mapping, executor: driver, dialect: driver.dialect });
      const parent = (await session.get(Parent, 1))!;
      parent.name = 'renamed';
      parent.kids.push(new Kid({ id: 1 }));
      log.clear();
      await session.commit();
      expect(log.statements.map((e) => e.kind)).toEqual(['transaction', 'insert', 'update', 'transaction']);
      expect(
        await selectRows(driver, 'SELECT name FROM "left"'.replace('"left"', driver.dialect.name === 'mysql' ? '`left`' : '"left"')),
      ).toEqual([{ name: 'renamed' }]);
    });

    it('rolls back a failed commit entirely, and goes on after rollback()', async () => {
      await insertRows(driver, 'left', [{ id: 1, name: 'p' }]);
      const session = new Session({ mapping, executor: driver, dialect: driver.dialect });
      const parent = (await session.get(Parent, 1))!;
      parent.name = 'changed';
      session.add(new Kid({ id: 2, parent_id: 99 }));
      await expect(session.commit()).rejects.toThrow();
      const table = driver.dialect.name === 'mysql' ? '`left`' : '"left"';
      expect(await selectRows(driver, `SELECT name FROM ${table}`)).toEqual([{ name: 'p' }]);
      await expect(session.commit()).rejects.toThrow('call session.rollback()');
      session.rollback();
      expect(parent.name).toBe('p');
      parent.name = 'again';
      await session.commit();
      expect(await selectRows(driver, `SELECT name FROM ${table}`)).toEqual([{ name: 'again' }]);
    });

    it('leaves nothing behind when a flush fails inside its transaction (R4.7)', async () => {
      await insertRows(driver, 'left', [{ id: 1, name: 'p' }]);
      const attempt = inSession(async (session) => {
        session.add(new Parent({ id: 2, name: 'new' }));
        session.add(new Kid({ id: 1, parent_id: 99 }));
        await session.flush();
      });
      await expect(attempt).rejects.toThrow();
      expect(
        await selectRows(driver, 'SELECT id FROM left ORDER BY id'.replace('left', driver.dialect.name === 'mysql' ? '`left`' : '"left"')),
      ).toEqual([{ id: 1 }]);
    });
  });
}
