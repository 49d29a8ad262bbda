/**
 * Nested writes that contradict each other, on every dialect (the rules are listed in
 * `src/resolvers/checkWriteInput.ts`): each is refused as BAD_USER_INPUT naming the row and the
 * relationship, before any statement that touches a table, with every table as it was. Harmless
 * repetitions are applied once, and fields of one operation keep GraphQL's serial order.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../src/declare/index.js';
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
  name: Column(Str(50)),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
  passport: relationship('Passport', { uselist: false, backPopulates: 'holder' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
  toys: relationship('Toy', { backref: 'child' }),
});
Base.model('Toy', { tableName: 'toy', id: Column(Integer, { primaryKey: true }), child_id: Column(Integer, ForeignKey('child.id')) });
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }), label: Column(Str(50)) });
Base.model('Passport', {
  tableName: 'passport',
  id: Column(Integer, { primaryKey: true }),
  holder_id: Column(Integer, ForeignKey('parent.id')),
  holder: relationship('Parent', { backPopulates: 'passport' }),
});
Base.model('Order', {
  tableName: 'orders',
  id: Column(Integer, { primaryKey: true }),
  lines: relationship('Line', { backPopulates: 'order' }),
});
Base.model('Line', {
  tableName: 'line',
  id: Column(Integer, { primaryKey: true }),
  order_id: Column(Integer, ForeignKey('orders.id'), { nullable: false }),
  order: relationship('Order', { backPopulates: 'lines' }),
});

const TABLES = ['parent', 'child', 'toy', 'tag', 'parent_tag', 'passport', 'orders', 'line'];

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: contradictory nested writes`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    const quote = (table: string) => (driver.dialect.name === 'mysql' ? `\`${table}\`` : `"${table}"`);
    const sql = (text: string) => selectRows(driver, text);
    const ids = async (text: string) => (await sql(text)).map((row) => Object.values(row).map((v) => (v === null ? null : Number(v))));
    const snapshot = async () =>
      Promise.all(TABLES.map(async (table) => (await sql(`SELECT * FROM ${quote(table)}`)).map((row) => JSON.stringify(row)).sort()));

    /** The mutation is refused with `message`, touches no table, and leaves every table as it was. */
    const refused = async (query: string, message: string | RegExp) => {
      const before = await snapshot();
      log.clear();
      const result = await api.query(query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      if (typeof message === 'string') expect(result.errors?.[0]?.message).toBe(message);
      else expect(result.errors?.[0]?.message).toMatch(message);
      // Only the operation's own BEGIN and ROLLBACK (or nothing, when the executor refuses first).
      expect(log.statements.filter((event) => event.kind !== 'transaction' && event.kind !== 'session')).toEqual([]);
      expect(await snapshot()).toEqual(before);
    };

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver);
    });
    afterAll(() => driver?.drop());
    beforeEach(async () => {
      for (const table of ['line', 'orders', 'passport', 'parent_tag', 'toy', 'child', 'tag', 'parent']) {
        await driver.execute({ sql: `DELETE FROM ${quote(table)}`, params: [], kind: 'delete' });
      }
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1' },
        { id: 2, name: 'p2' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'c1', parent_id: 1 },
        { id: 2, name: 'c2', parent_id: null },
        { id: 3, name: 'c3', parent_id: null },
      ]);
      await insertRows(driver, 'toy', [{ id: 1, child_id: null }]);
      await insertRows(driver, 'tag', [
        { id: 1, label: 't1' },
        { id: 2, label: 't2' },
      ]);
      await insertRows(driver, 'parent_tag', [{ parent_id: 1, tag_id: 1 }]);
      await insertRows(driver, 'passport', [{ id: 1, holder_id: null }]);
      await insertRows(driver, 'orders', [{ id: 1 }]);
      await insertRows(driver, 'line', [{ id: 1, order_id: 1 }]);
    });

    describe('refused', () => {
      it('1. set with connect, disconnect or create', async () => {
        await refused(
          'mutation { updateParent(id: 1, input: { children: { set: [{ id: 2 }], connect: [{ id: 3 }] } }) { id } }',
          'updateParent(input.children): set replaces the whole list of Parent.children, so it cannot be combined with connect. Give the whole list in set, or use connect and disconnect.',
        );
        await refused(
          'mutation { updateParent(id: 1, input: { tags: { set: [], disconnect: [{ id: 1 }], create: [{ label: "x" }] } }) { id } }',
          /^updateParent\(input\.tags\): set replaces the whole list of Parent\.tags, so it cannot be combined with disconnect and create\./,
        );
      });

      it('2. one key in both connect and disconnect, for a one-to-many and a many-to-many', async () => {
        await refused(
          'mutation { updateParent(id: 2, input: { tags: { connect: [{ id: 2 }, { id: 1 }], disconnect: [{ id: 1 }] } }) { id } }',
          'updateParent(input.tags): Tag with id 1 is in both connect and disconnect of Parent.tags, so the result would depend on which runs first. Give it in only one of them.',
        );
        await refused(
          'mutation { createParent(input: { children: { disconnect: [{ id: 3 }], connect: [{ id: 3 }] } }) { id } }',
          /^createParent\(input\.children\): Child with id 3 is in both connect and disconnect of Parent\.children/,
        );
      });

      it('3. a single-valued relationship given connect with disconnect, connect with create, or nothing', async () => {
        await refused(
          'mutation { updateChild(id: 2, input: { parent: { connect: { id: 1 }, disconnect: true } }) { id } }',
          'updateChild(input.parent): Child.parent takes exactly one of connect, connectOrCreate, create or disconnect: true, but got connect and disconnect. Give one of them.',
        );
        await refused(
          'mutation { updateChild(id: 2, input: { parent: { connect: { id: 1 }, create: { name: "n" } } }) { id } }',
          /but got connect and create\./,
        );
        await refused('mutation { updateChild(id: 2, input: { parent: {} }) { id } }', /but got none\./);
        await refused(
          'mutation { updateLine(id: 1, input: { order: { disconnect: true } }) { id } }',
          'updateLine(input.order): Line.order cannot be unlinked: Line.orderId may not be null. Link another Order instead.',
        );
        await refused(
          'mutation { setLineOrder(id: 1, orderId: null) { id } }',
          'setLineOrder(orderId): Line.order cannot be unlinked: Line.orderId may not be null. Link another Order instead.',
        );
      });

      it('4. a foreign-key column with the relationship that writes it', async () => {
        await refused(
          'mutation { createChild(input: { id: 9, parentId: 1, parent: { connect: { id: 2 } } }) { id } }',
          'createChild(input): parentId and parent both write Child.parentId. Give only one of them.',
        );
        await refused(
          'mutation { updateChild(id: 2, input: { parentId: null, parent: { connect: { id: 2 } } }) { id } }',
          /^updateChild\(input\): parentId and parent both write/,
        );
      });

      it('5. a nested create that also gives its own link back to the row it is created under', async () => {
        await refused(
          'mutation { createParent(input: { id: 9, children: { create: [{ id: 9, parent: { connect: { id: 1 } } }] } }) { id } }',
          'createParent(input.children.create[0]): the new Child is linked to its Parent by Parent.children, so it cannot also give parent. Leave parent out.',
        );
        await refused(
          'mutation { updateParent(id: 2, input: { children: { create: [{ parentId: 1 }] } }) { id } }',
          /^updateParent\(input\.children\.create\[0\]\): the new Child is linked to its Parent by Parent\.children, so it cannot also give parentId\./,
        );
        await refused(
          'mutation { createPassport(input: { holder: { create: { passport: { connect: { id: 1 } } } } }) { id } }',
          /^createPassport\(input\.holder\.create\): the new Parent is linked to its Passport by Passport\.holder, so it cannot also give passport\./,
        );
      });

      it('6. one row linked under two different rows through a relationship that gives it one owner', async () => {
        await refused(
          'mutation { createTag(input: { parents: { create: [{ id: 8, children: { connect: [{ id: 3 }] } }, { id: 9, children: { connect: [{ id: 3 }] } }] } }) { id } }',
          'createTag(input.parents.create[1].children.connect): Child with id 3 is also linked at input.parents.create[0].children.connect, but Parent.children links each Child to one Parent. Link it once.',
        );
        await refused(
          'mutation { updateParent(id: 1, input: { children: { create: [{ toys: { connect: [{ id: 1 }] } }, { toys: { set: [{ id: 1 }] } }] } }) { id } }',
          /^updateParent\(input\.children\.create\[1\]\.toys\.set\): Toy with id 1 is also linked at input\.children\.create\[0\]\.toys\.connect/,
        );
        await refused(
          'mutation { createTag(input: { parents: { create: [{ passport: { connect: { id: 1 } } }, { passport: { connect: { id: 1 } } }] } }) { id } }',
          /^createTag\(input\.parents\.create\[1\]\.passport\.connect\): Passport with id 1 is also linked at input\.parents\.create\[0\]\.passport\.connect, but Parent\.passport links each Passport to one Parent\./,
        );
      });

      it('7. a row created with an explicit key and also named by that key, or created twice', async () => {
        await refused(
          'mutation { createParent(input: { children: { connect: [{ id: 7 }], create: [{ id: 7 }] } }) { id } }',
          'createParent(input.children.create[0]): Child with id 7 is also named by its key at input.children.connect, so it would have to exist already. Create it or name it, not both.',
        );
        await refused(
          'mutation { createParent(input: { id: 5, tags: { create: [{ parents: { disconnect: [{ id: 5 }] } }] } }) { id } }',
          'createParent(input.tags.create[0].parents.disconnect): Parent with id 5 is created by this mutation, so it cannot also be named by its key. Create it or name it, not both.',
        );
        await refused(
          'mutation { createTag(input: { parents: { create: [{ id: 5 }], connect: [{ id: 5 }] } }) { id } }',
          'createTag(input.parents.create[0]): Parent with id 5 is also named by its key at input.parents.connect, so it would have to exist already. Create it or name it, not both.',
        );
        await refused(
          'mutation { createParent(input: { children: { create: [{ id: 7 }, { id: 7 }] } }) { id } }',
          'createParent(input.children.create[1]): Child with id 7 is already created at input.children.create[0]. Create it once.',
        );
      });
    });

    describe('accepted', () => {
      it('applies a key repeated in connect, disconnect or set once, with one load and one write', async () => {
        log.clear();
        await api.data(
          'mutation { updateParent(id: 2, input: { tags: { connect: [{ id: 1 }, { id: 1 }, { id: 2 }] }, children: { connect: [{ id: 3 }, { id: 3 }] } }) { id } }',
        );
        expect(await ids('SELECT parent_id, tag_id FROM parent_tag ORDER BY parent_id, tag_id')).toEqual([
          [1, 1],
          [2, 1],
          [2, 2],
        ]);
        expect(await ids('SELECT id, parent_id FROM child ORDER BY id')).toEqual([
          [1, 1],
          [2, null],
          [3, 2],
        ]);
        const inserts = log.inserts.filter((event) => event.sql.includes('parent_tag'));
        expect(inserts).toHaveLength(1);
        expect(inserts[0]!.params).toEqual([2, 1, 2, 2]);
        await api.data('mutation { updateParent(id: 2, input: { tags: { disconnect: [{ id: 2 }, { id: 2 }] } }) { id } }');
        await api.data('mutation { updateParent(id: 1, input: { tags: { set: [{ id: 2 }, { id: 2 }] } }) { id } }');
        expect(await ids('SELECT parent_id, tag_id FROM parent_tag ORDER BY parent_id, tag_id')).toEqual([
          [1, 2],
          [2, 1],
        ]);
      });

      it('reads disconnect: false as not given, and lets a many-to-many row be created under a row and linked to another', async () => {
        await api.data('mutation { updateChild(id: 2, input: { parent: { connect: { id: 2 }, disconnect: false } }) { id } }');
        expect(await ids('SELECT parent_id FROM child WHERE id = 2')).toEqual([[2]]);
        const { createTag } = await api.data(
          'mutation { createTag(input: { parents: { create: [{ id: 9, tags: { connect: [{ id: 1 }] } }], connect: [{ id: 2 }] } }) { id } }',
        );
        expect(await ids(`SELECT parent_id FROM parent_tag WHERE tag_id = ${createTag.id} ORDER BY parent_id`)).toEqual([[2], [9]]);
      });

      it('runs the fields of one operation in order: a create in one field and a delete in the next', async () => {
        const data = await api.data(
          'mutation { a: createTag(input: { id: 9, label: "brief" }) { id } b: deleteTag(id: 9) { id label } c: addParentChild(id: 2, childId: 3) { id } d: removeParentChild(id: 2, childId: 3) { id } }',
        );
        expect(data.b).toEqual({ id: 9, label: 'brief' });
        expect(await sql('SELECT * FROM tag WHERE id = 9')).toEqual([]);
        expect(await ids('SELECT parent_id FROM child WHERE id = 3')).toEqual([[null]]);
      });
    });
  });
}
