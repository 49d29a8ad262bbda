/**
 * The write path through GraphQL: nested writes, link mutations, the delete rules of
 * `docs/sqlalchemy-semantics.md` (R5, R6), all-or-nothing operations and bounded statement
 * counts — each checked with plain SQL against the tables afterwards, on every dialect.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
const postLabel = Table(
  'post_label',
  Base.metadata,
  Column('post_id', Integer, ForeignKey('post.id', { onDelete: 'CASCADE' })),
  Column('label_id', Integer, ForeignKey('label.id', { onDelete: 'CASCADE' })),
);
const bookGenre = Table(
  'book_genre',
  Base.metadata,
  Column('book_id', Integer, ForeignKey('book.id')),
  Column('genre_id', Integer, ForeignKey('genre.id')),
);
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  tags: relationship('Tag', { secondary: parentTag, backref: 'parents' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50), { nullable: false }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
Base.model('Tag', { tableName: 'tag', id: Column(Integer, { primaryKey: true }), label: Column(Str(50)) });
Base.model('Order', {
  tableName: 'orders',
  id: Column(Integer, { primaryKey: true }),
  lines: relationship('Line', { backPopulates: 'order', cascade: 'all, delete-orphan' }),
});
Base.model('Line', {
  tableName: 'line',
  id: Column(Integer, { primaryKey: true }),
  sku: Column(Str(20), { nullable: false }),
  order_id: Column(Integer, ForeignKey('orders.id'), { nullable: false }),
  order: relationship('Order', { backPopulates: 'lines' }),
});
Base.model('Team', {
  tableName: 'team',
  id: Column(Integer, { primaryKey: true }),
  members: relationship('Member', { backref: 'team' }),
});
Base.model('Member', {
  tableName: 'member',
  id: Column(Integer, { primaryKey: true }),
  team_id: Column(Integer, ForeignKey('team.id'), { nullable: false }),
});
Base.model('Post', {
  tableName: 'post',
  id: Column(Integer, { primaryKey: true }),
  labels: relationship('Label', { secondary: postLabel, passiveDeletes: true, backref: backrefPassive() }),
});
Base.model('Label', { tableName: 'label', id: Column(Integer, { primaryKey: true }) });
Base.model('Book', {
  tableName: 'book',
  id: Column(Integer, { primaryKey: true }),
  genres: relationship('Genre', { secondary: bookGenre }),
});
Base.model('Genre', { tableName: 'genre', id: Column(Integer, { primaryKey: true }) });
Base.model('Left', {
  tableName: 'left',
  id: Column(Integer, { primaryKey: true }),
  rightAssociations: relationship('Association', { backPopulates: 'left', cascade: 'all, delete-orphan' }),
  rights: associationProxy('rightAssociations', 'right'),
});
Base.model('Association', {
  tableName: 'association',
  left_id: Column(Integer, ForeignKey('left.id'), { primaryKey: true }),
  right_id: Column(Integer, ForeignKey('right.id'), { primaryKey: true }),
  extra_data: Column(Str(50)),
  left: relationship('Left', { backPopulates: 'rightAssociations' }),
  right: relationship('Right'),
});
Base.model('Right', { tableName: 'right', id: Column(Integer, { primaryKey: true }) });

function backrefPassive() {
  return { kind: 'backref', name: 'posts', options: { passiveDeletes: true } } as const;
}

type Rows = Array<Record<string, unknown>>;
const numbers = (rows: Rows, ...columns: string[]) => rows.map((row) => columns.map((c) => (row[c] === null ? null : Number(row[c]))));

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: mutations`, () => {
    const log = recordStatements();
    let driver: TestDriver;
    let api: TestApi;
    const sql = (text: string) => selectRows(driver, text);
    const errorOf = async (query: string) => {
      const result = await api.query(query);
      expect(result.data ?? null).toBeNull();
      return result.errors?.[0];
    };
    /** Every table's rows, to prove a failed operation left the database as it was. */
    const snapshot = async () =>
      Promise.all(
        ['parent', 'child', 'tag', 'parent_tag', 'orders', 'line', 'team', 'member', 'association'].map(async (table) =>
          (await sql(`SELECT * FROM ${driver.dialect.name === 'mysql' ? `\`${table}\`` : `"${table}"`}`))
            .map((row) => JSON.stringify(row))
            .sort(),
        ),
      );

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      api = await createTestApi(Base, driver);
    });
    afterAll(() => driver?.drop());
    beforeEach(async () => {
      for (const table of [
        'association',
        'left',
        'right',
        'book_genre',
        'book',
        'genre',
        'post_label',
        'post',
        'label',
        'member',
        'team',
        'line',
        'orders',
        'parent_tag',
        'child',
        'tag',
        'parent',
      ]) {
        await driver.execute({
          sql: `DELETE FROM ${driver.dialect.name === 'mysql' ? `\`${table}\`` : `"${table}"`}`,
          params: [],
          kind: 'delete',
        });
      }
      await insertRows(driver, 'parent', [
        { id: 1, name: 'p1' },
        { id: 2, name: 'p2' },
      ]);
      await insertRows(driver, 'child', [
        { id: 1, name: 'c1', parent_id: 1 },
        { id: 2, name: 'c2', parent_id: 1 },
        { id: 3, name: 'c3', parent_id: null },
      ]);
      await insertRows(driver, 'tag', [
        { id: 1, label: 't1' },
        { id: 2, label: 't2' },
        { id: 3, label: 't3' },
      ]);
      await insertRows(driver, 'parent_tag', [{ parent_id: 1, tag_id: 1 }]);
      log.clear();
    });

    describe('create and update', () => {
      it('creates a row with nested children, and reads it back', async () => {
        const { createParent } = await api.data(
          'mutation { createParent(input: { name: "new", children: { create: [{ name: "n1" }, { name: "n2" }] }, tags: { connect: [{ id: 2 }] } }) { id name children { name } tags { id } } }',
        );
        expect(createParent).toMatchObject({ name: 'new', children: [{ name: 'n1' }, { name: 'n2' }], tags: [{ id: 2 }] });
        expect(numbers(await sql(`SELECT parent_id FROM child WHERE name IN ('n1', 'n2') ORDER BY name`), 'parent_id')).toEqual([
          [createParent.id],
          [createParent.id],
        ]);
        expect(numbers(await sql(`SELECT tag_id FROM parent_tag WHERE parent_id = ${createParent.id}`), 'tag_id')).toEqual([[2]]);
      });

      it('creates a child under a parent through the many-to-one side', async () => {
        const { createChild } = await api.data(
          'mutation { createChild(input: { name: "x", parent: { create: { name: "px" } } }) { id parent { id name } } }',
        );
        expect(createChild.parent.name).toBe('px');
        expect(numbers(await sql(`SELECT parent_id FROM child WHERE id = ${createChild.id}`), 'parent_id')).toEqual([
          [createChild.parent.id],
        ]);
      });

      it('updates columns and replaces a list with set', async () => {
        await api.data(
          'mutation { updateParent(id: 1, input: { name: "renamed", children: { set: [{ id: 2 }, { id: 3 }] }, tags: { set: [{ id: 2 }, { id: 3 }] } }) { id } }',
        );
        expect(await sql('SELECT name FROM parent WHERE id = 1')).toEqual([{ name: 'renamed' }]);
        expect(numbers(await sql('SELECT id, parent_id FROM child ORDER BY id'), 'id', 'parent_id')).toEqual([
          [1, null],
          [2, 1],
          [3, 1],
        ]);
        expect(numbers(await sql('SELECT tag_id FROM parent_tag WHERE parent_id = 1 ORDER BY tag_id'), 'tag_id')).toEqual([[2], [3]]);
      });

      it('connects and disconnects in one update', async () => {
        await api.data('mutation { updateParent(id: 2, input: { children: { connect: [{ id: 1 }], disconnect: [{ id: 3 }] } }) { id } }');
        expect(numbers(await sql('SELECT id, parent_id FROM child ORDER BY id'), 'id', 'parent_id')).toEqual([
          [1, 2],
          [2, 1],
          [3, null],
        ]);
      });

      it('answers unknown keys with NOT_FOUND and writes nothing', async () => {
        const before = await snapshot();
        expect((await errorOf('mutation { updateParent(id: 9, input: { name: "x" }) { id } }'))?.extensions?.code).toBe('NOT_FOUND');
        const connect = await errorOf('mutation { createParent(input: { name: "x", children: { connect: [{ id: 77 }] } }) { id } }');
        expect(connect).toMatchObject({ message: 'Child with id 77 was not found.', extensions: { code: 'NOT_FOUND' } });
        expect(await snapshot()).toEqual(before);
      });

      it('refuses set combined with connect as BAD_USER_INPUT', async () => {
        expect(
          (await errorOf('mutation { updateParent(id: 1, input: { children: { set: [], connect: [{ id: 3 }] } }) { id } }'))?.extensions
            ?.code,
        ).toBe('BAD_USER_INPUT');
      });

      it('refuses a missing required link before any SQL, as BAD_USER_INPUT', async () => {
        const error = await errorOf('mutation { createLine(input: { sku: "a" }) { id } }');
        expect(error).toMatchObject({
          message: 'Line.orderId is required: give it or link order.',
          extensions: { code: 'BAD_USER_INPUT' },
        });
        expect(log.inserts).toHaveLength(0);
      });
    });

    describe('link mutations', () => {
      it('links and unlinks a one-to-many, idempotently', async () => {
        const added = await api.data(
          'mutation { addParentChild(id: 2, childId: 3) { children { id } } again: addParentChild(id: 2, childId: 3) { children { id } } }',
        );
        expect(added.again.children).toEqual([{ id: 3 }]);
        expect(numbers(await sql('SELECT parent_id FROM child WHERE id = 3'), 'parent_id')).toEqual([[2]]);
        await api.data('mutation { removeParentChild(id: 2, childId: 3) { id } missing: removeParentChild(id: 2, childId: 1) { id } }');
        expect(numbers(await sql('SELECT id, parent_id FROM child ORDER BY id'), 'id', 'parent_id')).toEqual([
          [1, 1],
          [2, 1],
          [3, null],
        ]);
      });

      it('writes a re-added link once and removes a missing one without error (many-to-many)', async () => {
        await api.data(
          'mutation { a: addParentTag(id: 1, tagId: 1) { id } b: addParentTag(id: 1, tagId: 2) { id } c: removeParentTag(id: 2, tagId: 3) { id } }',
        );
        expect(numbers(await sql('SELECT parent_id, tag_id FROM parent_tag ORDER BY tag_id'), 'parent_id', 'tag_id')).toEqual([
          [1, 1],
          [1, 2],
        ]);
        await api.data('mutation { removeParentTag(id: 1, tagId: 1) { id } }');
        expect(numbers(await sql('SELECT tag_id FROM parent_tag'), 'tag_id')).toEqual([[2]]);
      });

      it('links from the reverse side into the right column (R9.3)', async () => {
        await api.data('mutation { addTagParent(id: 3, parentId: 2) { id parents { id } } }');
        expect(numbers(await sql('SELECT parent_id, tag_id FROM parent_tag WHERE tag_id = 3'), 'parent_id', 'tag_id')).toEqual([[2, 3]]);
      });

      it('sets and clears a many-to-one', async () => {
        await api.data('mutation { setChildParent(id: 3, parentId: 2) { parent { id } } }');
        expect(numbers(await sql('SELECT parent_id FROM child WHERE id = 3'), 'parent_id')).toEqual([[2]]);
        await api.data('mutation { setChildParent(id: 3, parentId: null) { id } }');
        expect(numbers(await sql('SELECT parent_id FROM child WHERE id = 3'), 'parent_id')).toEqual([[null]]);
      });

      it('refuses to clear a NOT NULL many-to-one, as BAD_USER_INPUT', async () => {
        await insertRows(driver, 'orders', [{ id: 1 }]);
        await insertRows(driver, 'line', [{ id: 1, sku: 'a', order_id: 1 }]);
        expect((await errorOf('mutation { setLineOrder(id: 1, orderId: null) { id } }'))?.extensions?.code).toBe('BAD_USER_INPUT');
      });

      it("sees the previous field's writes in the next field of one operation", async () => {
        const data = await api.data(
          'mutation { a: addParentChild(id: 2, childId: 3) { children { id } } b: removeParentChild(id: 2, childId: 3) { children { id } } }',
        );
        expect(data.a.children).toEqual([{ id: 3 }]);
        expect(data.b.children).toEqual([]);
      });

      it('adds through an association proxy with the extra columns, and removes the association row', async () => {
        await insertRows(driver, 'left', [{ id: 1 }]);
        await insertRows(driver, 'right', [{ id: 10 }, { id: 11 }]);
        const data = await api.data(
          'mutation { addLeftRight(id: 1, rightId: 10, extraData: "x") { rights { id } } again: addLeftRight(id: 1, rightId: 10, extraData: "y") { rightAssociations { extraData } } }',
        );
        expect(data.again.rightAssociations).toEqual([{ extraData: 'x' }]);
        expect(await sql('SELECT left_id, right_id, extra_data FROM association')).toEqual([{ left_id: 1, right_id: 10, extra_data: 'x' }]);
        await api.data('mutation { removeLeftRight(id: 1, rightId: 10) { rights { id } } }');
        expect(await sql('SELECT * FROM association')).toEqual([]);
      });

      it('updates and deletes a row with a composite key', async () => {
        await insertRows(driver, 'left', [{ id: 1 }]);
        await insertRows(driver, 'right', [{ id: 10 }]);
        await insertRows(driver, 'association', [{ left_id: 1, right_id: 10, extra_data: 'a' }]);
        await api.data('mutation { updateAssociation(leftId: 1, rightId: 10, input: { extraData: "b" }) { extraData } }');
        expect(await sql('SELECT extra_data FROM association')).toEqual([{ extra_data: 'b' }]);
        const { deleteAssociation } = await api.data('mutation { deleteAssociation(leftId: 1, rightId: 10) { leftId rightId extraData } }');
        expect(deleteAssociation).toEqual({ leftId: 1, rightId: 10, extraData: 'b' });
        expect(await sql('SELECT * FROM association')).toEqual([]);
      });
    });

    describe('deletes', () => {
      it('deletes the secondary rows of a deleted end that has a relationship over them (R5.2)', async () => {
        const { deleteParent } = await api.data('mutation { deleteParent(id: 1) { id name } }');
        expect(deleteParent).toEqual({ id: 1, name: 'p1' });
        expect(await sql('SELECT * FROM parent_tag')).toEqual([]);
        // R6.4: without delete cascade, the children stay with their foreign key cleared.
        expect(numbers(await sql('SELECT id, parent_id FROM child ORDER BY id'), 'id', 'parent_id')).toEqual([
          [1, null],
          [2, null],
          [3, null],
        ]);
      });

      it('deletes the secondary rows through the reverse side too', async () => {
        await api.data('mutation { deleteTag(id: 1) { id } }');
        expect(await sql('SELECT * FROM parent_tag')).toEqual([]);
      });

      it('leaves secondary rows to ON DELETE CASCADE under passiveDeletes (R5.3)', async () => {
        await insertRows(driver, 'post', [{ id: 1 }]);
        await insertRows(driver, 'label', [{ id: 1 }]);
        await insertRows(driver, 'post_label', [{ post_id: 1, label_id: 1 }]);
        log.clear();
        await api.data('mutation { deletePost(id: 1) { id } }');
        expect(log.deletes.map((event) => event.sql).filter((text) => text.includes('post_label'))).toEqual([]);
        expect(await sql('SELECT * FROM post_label')).toEqual([]);
      });

      it('fails with CONSTRAINT_VIOLATION when nothing on the deleted side owns the secondary rows (R5.1)', async () => {
        await insertRows(driver, 'book', [{ id: 1 }]);
        await insertRows(driver, 'genre', [{ id: 1 }]);
        await insertRows(driver, 'book_genre', [{ book_id: 1, genre_id: 1 }]);
        expect((await errorOf('mutation { deleteGenre(id: 1) { id } }'))?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
        expect(await sql('SELECT * FROM genre')).toHaveLength(1);
        expect(await sql('SELECT * FROM book_genre')).toHaveLength(1);
      });

      it('fails with CONSTRAINT_VIOLATION when children hold a NOT NULL key, and loses nothing (R6.4)', async () => {
        await insertRows(driver, 'team', [{ id: 1 }]);
        await insertRows(driver, 'member', [{ id: 1, team_id: 1 }]);
        const error = await errorOf('mutation { deleteTeam(id: 1) { id } }');
        expect(error?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
        // The relationship and the declaration that would allow it, in the declarations' terms; no SQL names.
        expect(error?.message).toContain(
          "(Team.members) without a Team, which Member.teamId does not allow. Delete them with it (cascade: 'all, delete-orphan' on Team.members)",
        );
        expect(error?.message).not.toMatch(/\bmember\b|team_id|NULL/);
        expect(await sql('SELECT * FROM member')).toHaveLength(1);
        expect(await sql('SELECT * FROM team')).toHaveLength(1);
      });

      it('deletes owned children under "all, delete-orphan", and orphans removed from the list (R6.6, R6.7)', async () => {
        await insertRows(driver, 'orders', [{ id: 1 }, { id: 2 }]);
        await insertRows(driver, 'line', [
          { id: 1, sku: 'a', order_id: 1 },
          { id: 2, sku: 'b', order_id: 1 },
          { id: 3, sku: 'c', order_id: 2 },
        ]);
        await api.data('mutation { removeOrderLine(id: 1, lineId: 1) { lines { id } } }');
        expect(numbers(await sql('SELECT id FROM line ORDER BY id'), 'id')).toEqual([[2], [3]]);
        // A child moved to another parent is not an orphan.
        await api.data(
          'mutation { updateOrder(id: 1, input: { lines: { disconnect: [{ id: 2 }] } }) { id } setLineOrder(id: 3, orderId: 1) { id } }',
        );
        expect(numbers(await sql('SELECT id, order_id FROM line ORDER BY id'), 'id', 'order_id')).toEqual([[3, 1]]);
        await api.data('mutation { deleteOrder(id: 1) { id } }');
        expect(await sql('SELECT * FROM line')).toEqual([]);
      });
    });

    describe('all or nothing', () => {
      it('rolls back every field when the last one fails, and answers data: null', async () => {
        await insertRows(driver, 'team', [{ id: 1 }]);
        await insertRows(driver, 'member', [{ id: 1, team_id: 1 }]);
        const before = await snapshot();
        const result = await api.query(
          'mutation { a: createParent(input: { name: "kept?" }) { id } b: addParentTag(id: 2, tagId: 3) { id } c: deleteTeam(id: 1) { id } }',
        );
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
        expect(await snapshot()).toEqual(before);
      });

      it('rolls back a duplicate primary key as CONSTRAINT_VIOLATION', async () => {
        const before = await snapshot();
        const error = await errorOf(
          'mutation { a: createTag(input: { id: 9, label: "x" }) { id } b: createTag(input: { id: 9, label: "y" }) { id } }',
        );
        expect(error?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
        expect(await snapshot()).toEqual(before);
      });
    });

    describe('statements', () => {
      it('links 1,000 rows in one mutation with a bounded number of statements', async () => {
        const ids = Array.from({ length: 1000 }, (_, i) => i + 100);
        await insertRows(
          driver,
          'tag',
          ids.map((id) => ({ id, label: `t${id}` })),
        );
        await insertRows(
          driver,
          'child',
          ids.map((id) => ({ id, name: `c${id}`, parent_id: null })),
        );
        log.clear();
        const keys = ids.map((id) => ({ id }));
        await api.data(
          'mutation ($tags: [TagKey!], $children: [ChildKey!]) { updateParent(id: 2, input: { tags: { connect: $tags }, children: { connect: $children } }) { id } }',
          { tags: keys, children: keys },
        );
        // SELECT parent, SELECT tags, SELECT children, one INSERT, one UPDATE, read back.
        expect(log.inserts).toHaveLength(1);
        expect(log.updates).toHaveLength(1);
        expect(log.selects.length).toBeLessThanOrEqual(4);
        expect(Number((await sql('SELECT COUNT(*) AS n FROM parent_tag WHERE parent_id = 2'))[0]!.n)).toBe(1000);
        expect(Number((await sql('SELECT COUNT(*) AS n FROM child WHERE parent_id = 2'))[0]!.n)).toBe(1000);
      });
    });
  });
}
