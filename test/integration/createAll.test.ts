/** `createAll()` against real databases: the seed's tables, idempotence, deferred keys, and what the DDL enforces. */
import { describe, expect, it } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  String as VarChar,
  Table,
  declarativeBase,
  relationship,
  type DeclarativeBase,
} from '../../src/declare/index.js';
import { createAll, type Driver } from '../../src/dialect/index.js';
import { configure } from '../../src/session/configure.js';
import { col, eq, val } from '../../src/sql/build.js';
import type { Insert, Statement } from '../../src/sql/statements.js';
import { DIALECTS, recordStatements, withDatabase } from '../support/index.js';

/** The seed's many-to-many: `left`, `right` and an `association` declared without a primary key. */
function manyToMany(): DeclarativeBase {
  const Base = declarativeBase();
  const association = Table(
    'association',
    Base.metadata,
    Column('left_id', Integer, ForeignKey('left.id')),
    Column('right_id', Integer, ForeignKey('right.id')),
  );
  Base.model('Parent', {
    tableName: 'left',
    id: Column(Integer, { primaryKey: true }),
    name: Column(VarChar(50)),
    children: relationship('Child', { secondary: association }),
  });
  Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }), name: Column(VarChar(50)) });
  return Base;
}

/** Parent and Child, with ON DELETE CASCADE; `withExtra` adds a third table. */
function oneToMany(withExtra = false): DeclarativeBase {
  const Base = declarativeBase();
  Base.model('Parent', {
    tableName: 'parent',
    id: Column(Integer, { primaryKey: true }),
    children: relationship('Child', { cascade: 'all, delete-orphan', passiveDeletes: true }),
  });
  Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('parent.id', { onDelete: 'CASCADE' })),
  });
  if (withExtra) Base.model('Note', { tableName: 'note', id: Column(Integer, { primaryKey: true }), text: Column(VarChar(20)) });
  return Base;
}

/** Author and Book reference each other, so one foreign key is added after both tables exist. */
function cycle(): DeclarativeBase {
  const Base = declarativeBase();
  Base.model('Author', {
    tableName: 'author',
    id: Column(Integer, { primaryKey: true }),
    favourite_book_id: Column(Integer, ForeignKey('book.id')),
  });
  Base.model('Book', { tableName: 'book', id: Column(Integer, { primaryKey: true }), author_id: Column(Integer, ForeignKey('author.id')) });
  return Base;
}

function insert(table: string, columns: string[], rows: unknown[][], onConflict: Insert['onConflict'] = 'error'): Statement {
  return { kind: 'insert', table, columns, rows: rows.map((row) => row.map((value) => val(value, Integer))), onConflict, returning: [] };
}

async function tableNames(driver: Driver): Promise<string[]> {
  const { rows } = await driver.execute(driver.dialect.renderTableNames());
  return rows.map((row) => String(row['name'])).sort();
}

async function count(driver: Driver, table: string): Promise<number> {
  const { rows } = await driver.execute(
    driver.dialect.render({
      kind: 'select',
      columns: [{ expr: col('t0', table === 'association' ? 'left_id' : 'id'), alias: 'k' }],
      from: { table, alias: 't0' },
      joins: [],
      where: undefined,
      orderBy: [],
      limit: undefined,
      offset: undefined,
    }),
  );
  return rows.length;
}

async function failureKind(driver: Driver, statement: Statement): Promise<string> {
  const error = await driver.execute(driver.dialect.render(statement)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the statement to fail').toBeDefined();
  return driver.dialect.classifyError(error).kind;
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: createAll`, () => {
    it("creates the seed's tables, whose names are reserved words, in dependency order", async () => {
      const log = recordStatements();
      await withDatabase(
        dialect,
        async (driver) => {
          log.clear();
          expect(await createAll(configure(manyToMany()), driver)).toEqual(['left', 'right', 'association']);
          expect(await tableNames(driver)).toEqual(['association', 'left', 'right']);
          expect(log.statements.filter((e) => e.kind === 'ddl').map((e) => e.sql.split(' (')[0])).toEqual(
            dialect.name === 'sqlite'
              ? [
                  'CREATE TABLE "left"',
                  'CREATE TABLE "right"',
                  'CREATE TABLE "association"',
                  'CREATE INDEX IF NOT EXISTS "ix_association_right_id" ON "association"',
                ]
              : ['CREATE TABLE `left`', 'CREATE TABLE `right`', 'CREATE TABLE `association`'],
          );
        },
        { onStatement: log.onStatement },
      );
    });

    it('is idempotent: a second run creates nothing and sends no DDL', async () => {
      const log = recordStatements();
      await withDatabase(
        dialect,
        async (driver) => {
          const mapping = configure(manyToMany());
          await createAll(mapping, driver);
          log.clear();
          expect(await createAll(mapping, driver)).toEqual([]);
          expect(log.statements.map((e) => e.kind)).toEqual(['select']);
        },
        { onStatement: log.onStatement },
      );
    });

    it('fails on an existing table when checkFirst is false', async () => {
      await withDatabase(dialect, async (driver) => {
        const mapping = configure(oneToMany());
        await createAll(mapping, driver);
        await expect(createAll(mapping, driver, { checkFirst: false })).rejects.toThrow(/already exists/);
      });
    });

    it('creates only the tables that are missing', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(configure(oneToMany()), driver);
        expect(await createAll(configure(oneToMany(true)), driver)).toEqual(['note']);
        expect(await tableNames(driver)).toEqual(['child', 'note', 'parent']);
      });
    });

    it('gives the association a primary key over its foreign keys, so a link is stored once', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(configure(manyToMany()), driver);
        await driver.execute(driver.dialect.render(insert('left', ['id'], [[1]])));
        await driver.execute(driver.dialect.render(insert('right', ['id'], [[2]])));
        await driver.execute(driver.dialect.render(insert('association', ['left_id', 'right_id'], [[1, 2]])));
        expect(await failureKind(driver, insert('association', ['left_id', 'right_id'], [[1, 2]]))).toBe('unique-violation');
        await driver.execute(driver.dialect.render(insert('association', ['left_id', 'right_id'], [[1, 2]], 'ignore')));
        expect(await count(driver, 'association')).toBe(1);
        expect(await failureKind(driver, insert('association', ['left_id', 'right_id'], [[1, 99]]))).toBe('foreign-key-violation');
      });
    });

    it('adds the foreign keys of tables on a cycle, and they are enforced', async () => {
      await withDatabase(dialect, async (driver) => {
        expect(await createAll(configure(cycle()), driver)).toEqual(['author', 'book']);
        expect(await failureKind(driver, insert('author', ['id', 'favourite_book_id'], [[1, 99]]))).toBe('foreign-key-violation');
        expect(await failureKind(driver, insert('book', ['id', 'author_id'], [[1, 99]]))).toBe('foreign-key-violation');
        await driver.execute(driver.dialect.render(insert('author', ['id'], [[1]])));
        await driver.execute(driver.dialect.render(insert('book', ['id', 'author_id'], [[1, 1]])));
        await driver.execute(
          driver.dialect.render({
            kind: 'update',
            table: 'author',
            set: [{ column: 'favourite_book_id', value: val(1, Integer) }],
            where: eq(col('author', 'id'), val(1, Integer)),
          }),
        );
      });
    });

    it('deletes children with their parent through ON DELETE CASCADE', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(configure(oneToMany()), driver);
        await driver.execute(driver.dialect.render(insert('parent', ['id'], [[1], [2]])));
        await driver.execute(
          driver.dialect.render(
            insert(
              'child',
              ['id', 'parent_id'],
              [
                [1, 1],
                [2, 1],
                [3, 2],
              ],
            ),
          ),
        );
        await driver.execute(driver.dialect.render({ kind: 'delete', table: 'parent', where: eq(col('parent', 'id'), val(1, Integer)) }));
        expect(await count(driver, 'child')).toBe(1);
      });
    });
  });
}
