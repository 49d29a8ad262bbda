import { describe, expect, it } from 'vitest';
import { BigInteger, Boolean, Date as DateType, DateTime, Integer, JSON, Numeric } from '../../../src/declare/index.js';
import { sqliteDialect as sqlite } from '../../../src/dialect/sqlite/sqliteDialect.js';
import * as fixture from './fixtures.js';

const ddl = (tables: ReturnType<typeof fixture.manyToManyTables>, name: string) => {
  const table = tables.find((t) => t.name === name)!;
  return [...sqlite.renderCreateTable(table), ...sqlite.renderAddForeignKeys(table)].map((q) => q.sql);
};

describe('sqlite: rendering statements', () => {
  it('renders a paged select with every value as a parameter', () => {
    expect(sqlite.render(fixture.pagedSelect)).toEqual({
      sql: 'SELECT "t0"."id" AS "id", "t0"."name" AS "name" FROM "child" AS "t0" WHERE "t0"."parent_id" = ? ORDER BY "t0"."id" ASC LIMIT ? OFFSET ?',
      params: [7, 10, 20],
      kind: 'select',
    });
  });

  it('writes LIMIT -1 when only an offset is given', () => {
    expect(sqlite.render(fixture.offsetOnlySelect).sql).toBe(
      'SELECT "t0"."id" AS "id", "t0"."name" AS "name" FROM "child" AS "t0" LIMIT -1 OFFSET ?',
    );
  });

  it('quotes the reserved table names of a join and pads an IN list to a power of two', () => {
    expect(sqlite.render(fixture.joinedSelect)).toEqual({
      sql: 'SELECT "t0"."id" AS "id", "t1"."left_id" AS "_rg_owner" FROM "right" AS "t0" INNER JOIN "association" AS "t1" ON "t1"."right_id" = "t0"."id" WHERE "t1"."left_id" IN (?, ?, ?, ?) ORDER BY "t0"."id" DESC',
      params: [1, 2, 3, 3],
      kind: 'select',
    });
  });

  it('renders an empty IN as false and an empty NOT IN as true, with no parameters', () => {
    expect(sqlite.render(fixture.emptyInSelect)).toEqual({
      sql: 'SELECT "t0"."id" AS "id", "t0"."name" AS "name" FROM "child" AS "t0" WHERE ((1 = 0) AND (1 = 1))',
      params: [],
      kind: 'select',
    });
  });

  it('renders a composite IN grouped by its leading columns, so that indexes serve it', () => {
    expect(sqlite.render(fixture.compositeInSelect).sql).toBe(
      'SELECT "t0"."left_id" AS "leftId" FROM "association" AS "t0" WHERE (("t0"."left_id" = ? AND "t0"."right_id" IN (?)) OR ("t0"."left_id" = ? AND "t0"."right_id" IN (?)))',
    );
    expect(sqlite.render(fixture.groupedInSelect)).toEqual({
      sql: 'SELECT "t0"."left_id" AS "leftId" FROM "association" AS "t0" WHERE (("t0"."left_id" = ? AND "t0"."right_id" IN (?, ?, ?, ?)) OR ("t0"."left_id" = ? AND "t0"."right_id" IN (?)))',
      params: [1, 2, 5, 7, 7, 3, 4],
      kind: 'select',
    });
  });

  it('binds the LIKE pattern and its escape character', () => {
    expect(sqlite.render(fixture.likeSelect)).toEqual({
      sql: 'SELECT "t0"."id" AS "id", "t0"."name" AS "name" FROM "child" AS "t0" WHERE "t0"."name" LIKE ? ESCAPE ?',
      params: ['50\\%%', '\\'],
      kind: 'select',
    });
  });

  it('renders a page per parent with ROW_NUMBER() and binds the row bounds', () => {
    expect(sqlite.render(fixture.windowedSelect)).toEqual({
      sql: 'SELECT * FROM (SELECT "t0"."id" AS "id", "t0"."parent_id" AS "parentId", ROW_NUMBER() OVER (PARTITION BY "t0"."parent_id" ORDER BY "t0"."name" ASC, "t0"."id" ASC) AS "_rg_rn" FROM "child" AS "t0" WHERE "t0"."parent_id" IN (?, ?)) AS "_rg_page" WHERE "_rg_rn" > ? AND "_rg_rn" <= ? ORDER BY "_rg_rn"',
      params: [1, 2, 1, 3],
      kind: 'select',
    });
  });

  it('ignores conflicting rows with ON CONFLICT DO NOTHING', () => {
    expect(sqlite.render(fixture.linkInsert)).toEqual({
      sql: 'INSERT INTO "association" ("left_id", "right_id") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING',
      params: [1, 2, 1, 3],
      kind: 'insert',
    });
  });

  it('adds RETURNING', () => {
    expect(sqlite.render(fixture.returningInsert).sql).toBe('INSERT INTO "left" ("name") VALUES (?), (?) RETURNING "id"');
  });

  it('encodes typed values in an update: ISO text, 1/0, JSON text, NULL for undefined', () => {
    expect(sqlite.render(fixture.typedUpdate)).toEqual({
      sql: 'UPDATE "child" SET "created_at" = ?, "visible" = ?, "extra" = ?, "price" = ? WHERE ("child"."id" = ? AND "child"."parent_id" = ?)',
      params: ['2026-11-25T09:30:00.123Z', 0, '{"tags":["a"]}', null, 7, 1],
      kind: 'update',
    });
  });

  it('renders a version bump and the versions checked per row (optimistic locking)', () => {
    expect(sqlite.render(fixture.versionedUpdate)).toEqual({
      sql: 'UPDATE "parent" SET "name" = ?, "version" = "version" + 1 WHERE (("parent"."version" = ? AND "parent"."id" IN (?, ?)) OR ("parent"."version" = ? AND "parent"."id" IN (?)))',
      params: ['x', 4, 1, 2, 7, 3],
      kind: 'update',
    });
  });

  it('renders a delete', () => {
    expect(sqlite.render(fixture.linkDelete)).toEqual({
      sql: 'DELETE FROM "association" WHERE ("association"."left_id" = ? AND "association"."right_id" = ?)',
      params: [1, 2],
      kind: 'delete',
    });
  });
});

describe('sqlite: DDL', () => {
  it('declares an auto-increment key as INTEGER PRIMARY KEY and checks string lengths', () => {
    expect(ddl(fixture.manyToManyTables(), 'left')).toEqual([
      `CREATE TABLE "left" (
  "id" INTEGER PRIMARY KEY,
  "name" VARCHAR(50) CONSTRAINT "ck_left_name_length" CHECK (length("name") <= 50)
)`,
    ]);
  });

  it('gives an association table declared without a primary key one over its foreign keys, and indexes the uncovered key', () => {
    expect(ddl(fixture.manyToManyTables(), 'association')).toEqual([
      `CREATE TABLE "association" (
  "left_id" INTEGER NOT NULL,
  "right_id" INTEGER NOT NULL,
  PRIMARY KEY ("left_id", "right_id"),
  CONSTRAINT "fk_association_left_id" FOREIGN KEY ("left_id") REFERENCES "left" ("id"),
  CONSTRAINT "fk_association_right_id" FOREIGN KEY ("right_id") REFERENCES "right" ("id")
)`,
      'CREATE INDEX IF NOT EXISTS "ix_association_right_id" ON "association" ("right_id")',
    ]);
  });

  it('renders column types, enum and length checks, defaults, indexes and ON DELETE CASCADE', () => {
    expect(ddl(fixture.oneToManyTables(), 'child')).toEqual([
      `CREATE TABLE "child" (
  "id" INTEGER PRIMARY KEY,
  "parent_id" INTEGER NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_child_status_enum" CHECK ("status" IN ('draft', 'published')),
  "title" VARCHAR(20) DEFAULT 'it''s' CONSTRAINT "ck_child_title_length" CHECK (length("title") <= 20),
  "body" TEXT,
  "price" NUMERIC(8, 2) DEFAULT '0',
  "visible" BOOLEAN DEFAULT 1,
  "created_at" TEXT DEFAULT CURRENT_TIMESTAMP,
  "extra" TEXT,
  "position" INTEGER,
  CONSTRAINT "fk_child_parent_id" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id") ON DELETE CASCADE
)`,
      'CREATE INDEX IF NOT EXISTS "ix_child_parent_id" ON "child" ("parent_id")',
      'CREATE INDEX IF NOT EXISTS "ix_child_position" ON "child" ("position")',
    ]);
  });

  it('writes a unique column as a named UNIQUE constraint', () => {
    expect(ddl(fixture.oneToManyTables(), 'parent')).toEqual([
      `CREATE TABLE "parent" (
  "id" INTEGER PRIMARY KEY,
  "name" VARCHAR(255) NOT NULL CONSTRAINT "ck_parent_name_length" CHECK (length("name") <= 255),
  CONSTRAINT "uq_parent_name" UNIQUE ("name")
)`,
    ]);
  });

  it('keeps a foreign key on a cycle inline, since SQLite does not check the referenced table at create time', () => {
    expect(ddl(fixture.cycleTables(), 'author')).toEqual([
      `CREATE TABLE "author" (
  "id" INTEGER PRIMARY KEY,
  "favourite_book_id" INTEGER,
  CONSTRAINT "fk_author_favourite_book_id" FOREIGN KEY ("favourite_book_id") REFERENCES "book" ("id")
)`,
      'CREATE INDEX IF NOT EXISTS "ix_author_favourite_book_id" ON "author" ("favourite_book_id")',
    ]);
  });

  it('lists tables with the type as a parameter', () => {
    expect(sqlite.renderTableNames()).toEqual({
      sql: 'SELECT "name" FROM "sqlite_master" WHERE "type" = ?',
      params: ['table'],
      kind: 'select',
    });
  });
});

describe('sqlite: capabilities', () => {
  it('declares the variable limit better-sqlite3 is compiled with, RETURNING and last-id inserts', () => {
    expect(sqlite.capabilities).toEqual({
      maxBindParameters: 32766,
      insertReturning: true,
      consecutiveInsertIds: true,
      insertIdIs: 'last',
      autoIncrementStep: 1,
      windowFunctions: true,
      sharedLocks: false,
    });
  });
});

describe('sqlite: values', () => {
  it('decodes what better-sqlite3 returns into relgraph values', () => {
    expect(sqlite.decode(Numeric(8, 2), 12.5)).toBe('12.50');
    expect(sqlite.decode(Numeric(8, 2), 3)).toBe('3.00');
    expect(sqlite.decode(BigInteger, 42)).toBe('42');
    expect(sqlite.decode(BigInteger, '9007199254740993')).toBe('9007199254740993');
    expect(sqlite.decode(Boolean, 0)).toBe(false);
    expect(sqlite.decode(DateTime, '2026-11-25T09:30:00.123Z')).toEqual(new Date('2026-11-25T09:30:00.123Z'));
    expect(sqlite.decode(DateType, '2024-02-29')).toBe('2024-02-29');
    expect(sqlite.decode(JSON, '[1,{"a":null}]')).toEqual([1, { a: null }]);
    expect(sqlite.decode(Integer, null)).toBeNull();
  });

  it('reads CURRENT_TIMESTAMP text, which has no zone, as UTC', () => {
    expect(sqlite.decode(DateTime, '2026-11-25 09:30:00')).toEqual(new Date('2026-11-25T09:30:00Z'));
  });

  it('encodes relgraph values for better-sqlite3', () => {
    expect(sqlite.encode(DateTime, new Date('2026-11-25T09:30:00Z'))).toBe('2026-11-25T09:30:00.000Z');
    expect(sqlite.encode(BigInteger, '9007199254740993')).toBe(9007199254740993n);
    expect(sqlite.encode(Boolean, false)).toBe(0);
    expect(sqlite.encode(JSON, { a: 1 })).toBe('{"a":1}');
    expect(sqlite.encode(undefined, new Date('2026-11-25T09:30:00Z'))).toBe('2026-11-25T09:30:00.000Z');
  });
});
