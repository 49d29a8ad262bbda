/**
 * The write side of `sql/`: each builder's statement as both dialects render it. These are the
 * examples in the builders' comments, so that a comment that drifts from the code fails here.
 */
import { describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, Table, declarativeBase, relationship } from '../../../src/declare/index.js';
import { createMysqlDialect } from '../../../src/dialect/mysql/mysqlDialect.js';
import { sqliteDialect as sqlite } from '../../../src/dialect/sqlite/sqliteDialect.js';
import { configure } from '../../../src/session/configure.js';
import { lockRows, selectExistingLinks, selectRowKeys, selectRowKeysIn } from '../../../src/sql/flushSelects.js';
import {
  assign,
  clearReferences,
  deleteByKeys,
  deleteLinks,
  deleteReferences,
  increment,
  insertLinks,
  insertRows,
  updateByKey,
} from '../../../src/sql/writeStatements.js';

const mariadb = createMysqlDialect({ version: '10.11.19-MariaDB-0+deb12u1', autoincLockMode: 1, autoIncrementIncrement: 1 });

const Base = declarativeBase();
const association = Table(
  'association',
  Base.metadata,
  Column('left_id', Integer, ForeignKey('parent.id'), { primaryKey: true }),
  Column('right_id', Integer, ForeignKey('child.id'), { primaryKey: true }),
);
Base.model('Parent', {
  tableName: 'parent',
  versionIdCol: 'version',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  version: Column(Integer, { nullable: false }),
  children: relationship('Child', { backPopulates: 'parent' }),
  linked: relationship('Child', { secondary: association }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(20)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
const mapping = configure(Base);
const parent = mapping.model('Parent')!;
const child = mapping.model('Child')!;
const column = (model: typeof parent, attribute: string) => model.columns.find((c) => c.attribute === attribute)!;
const [childId, childName, childParent] = [column(child, 'id'), column(child, 'name'), column(child, 'parent_id')];
const [parentId, parentName, parentVersion] = [column(parent, 'id'), column(parent, 'name'), column(parent, 'version')];
const links = mapping.table('association')!;
const linkColumns = ['left_id', 'right_id'].map((name) => links.columns.find((c) => c.name === name)!);

describe('sql/writeStatements.ts as the dialects render it', () => {
  it('inserts several rows in one statement, reading a generated key back where asked', () => {
    expect(
      mariadb.render(
        insertRows(
          child.table,
          [childId, childName],
          [
            [1, 'a'],
            [2, 'b'],
          ],
        ),
      ),
    ).toEqual({
      sql: 'INSERT INTO `child` (`id`, `name`) VALUES (?, ?), (?, ?)',
      params: [1, 'a', 2, 'b'],
      kind: 'insert',
    });
    expect(sqlite.render(insertRows(child.table, [childName], [['a']], [childId])).sql).toBe(
      'INSERT INTO "child" ("name") VALUES (?) RETURNING "id"',
    );
  });

  it('updates rows by key, only where the expected values still hold', () => {
    const statement = updateByKey(child.table, [assign(childParent, null)], [childId], [[3], [4]], [[childParent, 1]]);
    const rendered = sqlite.render(statement);
    expect(rendered.sql).toMatch(
      /^UPDATE "child" SET "parent_id" = \? WHERE \("child"\."id" IN \(\?, \?\) AND "child"\."parent_id" = \?\)$/,
    );
    expect(rendered.params).toEqual([null, 3, 4, 1]);
  });

  it('names versioned rows by (version, key), so that rows at one version share a term, and bumps the version in place', () => {
    const statement = updateByKey(
      parent.table,
      [assign(parentName, 'x'), increment(parentVersion, 1)],
      [parentVersion, parentId],
      [
        [4, 1],
        [4, 2],
        [7, 3],
      ],
    );
    const rendered = mariadb.render(statement);
    expect(rendered.sql).toContain('SET `name` = ?, `version` = `version` + 1 WHERE');
    expect(rendered.sql).toContain('`parent`.`version` = ? AND `parent`.`id` IN (?, ?)');
    expect(rendered.params.slice(0, 1)).toEqual(['x']);
    expect(rendered.params).toEqual(expect.arrayContaining([4, 1, 2, 7, 3]));
  });

  it('deletes rows by key, padding the list to a power of two', () => {
    expect(mariadb.render(deleteByKeys(child.table, [childId], [[3], [4], [5]]))).toEqual({
      sql: 'DELETE FROM `child` WHERE `child`.`id` IN (?, ?, ?, ?)',
      params: [3, 4, 5, 5],
      kind: 'delete',
    });
  });

  it('adds links with no error for one that exists, and removes them grouped by the shared column', () => {
    const pairs = [
      [1, 7],
      [1, 8],
    ];
    expect(mariadb.render(insertLinks(links, linkColumns, pairs)).sql).toBe(
      'INSERT INTO `association` (`left_id`, `right_id`) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `left_id` = `left_id`',
    );
    expect(sqlite.render(insertLinks(links, linkColumns, pairs)).sql).toBe(
      'INSERT INTO "association" ("left_id", "right_id") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING',
    );
    const removed = sqlite.render(deleteLinks(links, linkColumns, [...pairs, [2, 7]]));
    expect(removed.sql).toContain('"association"."left_id" = ? AND "association"."right_id" IN (?, ?)');
    expect(removed.params).toEqual(expect.arrayContaining([1, 7, 8, 2]));
  });

  it('clears or deletes the rows a foreign key names, less those kept, with the same WHERE its preview reads', () => {
    const match = { equal: [[childParent, 1]] as const, except: { columns: [childId], keys: [[4]] } };
    expect(mariadb.render(clearReferences(child.table, match))).toEqual({
      sql: 'UPDATE `child` SET `parent_id` = ? WHERE (`child`.`parent_id` = ? AND `child`.`id` NOT IN (?))',
      params: [null, 1, 4],
      kind: 'update',
    });
    expect(sqlite.render(deleteReferences(links, { equal: [[linkColumns[0]!, 1]] })).sql).toBe(
      'DELETE FROM "association" WHERE "association"."left_id" = ?',
    );
    const preview = sqlite.render(selectRowKeys(child.table, [childId], match));
    expect(preview.sql).toBe(
      'SELECT "child"."id" AS "k0" FROM "child" AS "child" WHERE ("child"."parent_id" = ? AND "child"."id" NOT IN (?)) ORDER BY "child"."id" ASC',
    );
    expect(preview.params).toEqual([1, 4]);
  });

  it('reads the rows a flush locks, the links that exist, and the rows that reference deleted ones', () => {
    expect(mariadb.render(lockRows(parent, [[1]])).sql).toMatch(/ FOR UPDATE$/);
    expect(sqlite.render(lockRows(parent, [[1]])).sql).not.toContain('FOR UPDATE');
    expect(sqlite.render(selectExistingLinks(links, linkColumns, [[1, 7]])).sql).toContain('AS "l0", "t0"."right_id" AS "l1"');
    expect(sqlite.render(selectRowKeysIn(child.table, [childId], [childParent], [[1], [2]])).sql).toBe(
      'SELECT "child"."id" AS "k0" FROM "child" AS "child" WHERE "child"."parent_id" IN (?, ?) ORDER BY "child"."id" ASC',
    );
  });
});
