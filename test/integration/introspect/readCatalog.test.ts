/**
 * `readCatalog()` against real databases: the tables `createAll` makes for seed examples and the
 * bookstore read back as they were declared (up to what each database can keep), tables made
 * by hand with plain SQL (no primary key, a view, unique indexes, referential rules), the types
 * relgraph cannot declare, and failures that must reach the caller.
 */
import { describe, expect, it } from 'vitest';
import Bookstore from '../../../examples/bookstore/models.js';
import AssociationObject from '../../../examples/seed/association-object.js';
import ManyToMany from '../../../examples/seed/many-to-many.js';
import OneToOne from '../../../examples/seed/one-to-one.js';
import type { DeclarativeBase } from '../../../src/declare/index.js';
import { createAll } from '../../../src/dialect/createAll.js';
import { createDriver } from '../../../src/dialect/createDriver.js';
import type { Driver } from '../../../src/dialect/Driver.js';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError.js';
import { CatalogReadError, type Catalog, type CatalogColumn, type CatalogTable } from '../../../src/introspect/Catalog.js';
import { readCatalog } from '../../../src/introspect/readCatalog.js';
import { configure } from '../../../src/session/configure.js';
import { createTables, type CreateTable } from '../../../src/sql/createTables.js';
import { DIALECTS, withDatabase, type TestDialect } from '../../support/index.js';
import { mariadbFor, sqliteFor } from '../../support/requireDialect.js';

/** A column as the comparisons below look at it: no `native` spelling, no `lossy` note. */
function columnShape(column: CatalogColumn) {
  const { kind, length, precision, scale, values } = column.type;
  return {
    name: column.name,
    kind,
    nullable: column.nullable,
    autoincrement: column.autoincrement,
    ...(length === undefined ? {} : { length }),
    ...(precision === undefined ? {} : { precision, scale }),
    ...(values === undefined ? {} : { values }),
    ...(column.default === undefined ? {} : { default: column.default }),
  };
}

function tableShape(table: CatalogTable) {
  return { ...table, columns: table.columns.map(columnShape) };
}

const byName = <T extends { name: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * What the catalog should say about a table `createAll` made from `table`. SQLite's DDL stores
 * dates, datetimes and JSON as TEXT with nothing to tell them apart, so they read as `text` there.
 */
function expectedTable(table: CreateTable, dialect: TestDialect['name']) {
  return {
    name: table.name,
    columns: table.columns.map((column) => {
      const { type } = column;
      const textOnSqlite = dialect === 'sqlite' && (type.kind === 'date' || type.kind === 'dateTime' || type.kind === 'json');
      const kind = textOnSqlite ? 'text' : type.kind;
      return {
        name: column.name,
        kind,
        nullable: column.nullable,
        autoincrement: column.autoincrement,
        ...(kind === 'string' ? { length: type.length ?? 255 } : {}),
        ...(kind === 'numeric' ? { precision: type.precision ?? 10, scale: type.scale ?? 2 } : {}),
        ...(kind === 'enum' ? { values: type.values } : {}),
        ...(column.literalDefault !== undefined ? { default: { value: column.literalDefault } } : {}),
        ...(column.serverDefault !== undefined ? { default: { expression: column.serverDefault } } : {}),
      };
    }),
    primaryKey: table.primaryKey,
    uniques: byName(table.uniques),
    indexes: byName(table.indexes),
    foreignKeys: byName(table.foreignKeys.map(({ deferred: _deferred, ...fk }) => fk)),
  };
}

async function createAndRead(Base: DeclarativeBase, driver: Driver): Promise<{ catalog: Catalog; created: CreateTable[] }> {
  const mapping = configure(Base);
  await createAll(mapping, driver);
  return { catalog: await readCatalog(driver), created: createTables(mapping) };
}

function table(catalog: Catalog, name: string): CatalogTable {
  const found = catalog.tables.find((t) => t.name === name);
  if (!found) throw new Error(`No table "${name}" in the catalog: ${catalog.tables.map((t) => t.name).join(', ')}`);
  return found;
}

function column(catalog: Catalog, tableName: string, name: string): CatalogColumn {
  const found = table(catalog, tableName).columns.find((c) => c.name === name);
  if (!found) throw new Error(`No column "${name}" in "${tableName}"`);
  return found;
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: readCatalog`, () => {
    const q = (name: string) => (dialect.name === 'mariadb' ? `\`${name}\`` : `"${name}"`);
    const ddl = (driver: Driver, sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });

    it('reads an empty database as no tables and no views', async () => {
      await withDatabase(dialect, async (driver) => {
        expect(await readCatalog(driver)).toEqual({ tables: [], views: [] });
      });
    });

    it('reads back what createAll made of the bookstore, table by table', async () => {
      await withDatabase(dialect, async (driver) => {
        const { catalog, created } = await createAndRead(Bookstore, driver);
        expect(catalog.views).toEqual([]);
        expect(catalog.tables.map((t) => t.name)).toEqual([
          'author',
          'book',
          'book_author',
          'book_detail',
          'book_genre',
          'customer',
          'customer_order',
          'genre',
          'order_line',
          'publisher',
          'review',
          'wishlist_item',
        ]);
        for (const createdTable of created) {
          expect(tableShape(table(catalog, createdTable.name)), createdTable.name).toEqual(expectedTable(createdTable, dialect.name));
        }
      });
    });

    it('says what the bookstore declares, in the words of each database', async () => {
      await withDatabase(dialect, async (driver) => {
        const { catalog } = await createAndRead(Bookstore, driver);
        const sqlite = dialect.name === 'sqlite';
        expect(column(catalog, 'book', 'id')).toEqual({
          name: 'id',
          type: { kind: 'integer', native: sqlite ? 'INTEGER' : 'int(11)' },
          nullable: false,
          autoincrement: true,
        });
        expect(column(catalog, 'book', 'isbn')).toEqual({
          name: 'isbn',
          type: { kind: 'string', native: sqlite ? 'VARCHAR(13)' : 'varchar(13)', length: 13 },
          nullable: false,
          autoincrement: false,
        });
        expect(column(catalog, 'book', 'format')).toMatchObject({
          type: { kind: 'enum', values: ['hardcover', 'paperback', 'ebook', 'audiobook'] },
          nullable: false,
          default: { value: 'paperback' },
        });
        expect(column(catalog, 'book', 'price').type).toEqual({
          kind: 'numeric',
          native: sqlite ? 'NUMERIC(10, 2)' : 'decimal(10,2)',
          precision: 10,
          scale: 2,
        });
        expect(column(catalog, 'book', 'in_print')).toMatchObject({
          type: { kind: 'boolean', native: sqlite ? 'BOOLEAN' : 'tinyint(1)' },
          default: { value: true },
        });
        expect(column(catalog, 'customer', 'newsletter').default).toEqual({ value: false });
        expect(column(catalog, 'book_detail', 'edition').default).toEqual({ value: 1 });
        expect(column(catalog, 'book_detail', 'weight_grams').type.kind).toBe('float');
        expect(column(catalog, 'customer_order', 'payment_ref')).toMatchObject({ type: { kind: 'bigInteger' }, nullable: true });
        expect(column(catalog, 'book', 'description').type.kind).toBe('text');
        // SQLite keeps these as TEXT; MariaDB's JSON is a LONGTEXT with a json_valid CHECK.
        expect(column(catalog, 'book', 'published_on').type).toEqual(
          sqlite ? { kind: 'text', native: 'TEXT' } : { kind: 'date', native: 'date' },
        );
        expect(column(catalog, 'customer', 'created_at').type).toEqual(
          sqlite ? { kind: 'text', native: 'TEXT' } : { kind: 'dateTime', native: 'datetime(3)' },
        );
        expect(column(catalog, 'book_detail', 'dimensions').type).toEqual(
          sqlite ? { kind: 'text', native: 'TEXT' } : { kind: 'json', native: 'longtext' },
        );
        // Python-side defaults (`default: () => new Date()`) are not in the database.
        expect(column(catalog, 'customer', 'created_at').default).toBeUndefined();

        expect(table(catalog, 'book_author').primaryKey).toEqual(['book_id', 'author_id']);
        expect(table(catalog, 'book_genre').primaryKey).toEqual(['book_id', 'genre_id']);
        expect(table(catalog, 'order_line').uniques).toEqual([
          { name: 'uq_order_line_order_id_position', columns: ['order_id', 'position'] },
        ]);
        expect(table(catalog, 'genre').uniques).toEqual([
          { name: 'uq_genre_name', columns: ['name'] },
          { name: 'uq_genre_slug', columns: ['slug'] },
        ]);
        expect(table(catalog, 'book').indexes.map((i) => i.name)).toEqual([
          'ix_book_published_on',
          'ix_book_publisher_id',
          'ix_book_title',
        ]);
        // Self-referential: genre.parent_id → genre.id.
        expect(table(catalog, 'genre').foreignKeys).toEqual([
          {
            name: 'fk_genre_parent_id',
            columns: ['parent_id'],
            targetTable: 'genre',
            targetColumns: ['id'],
            onDelete: undefined,
            onUpdate: undefined,
          },
        ]);
        expect(table(catalog, 'book_detail').foreignKeys).toEqual([
          {
            name: 'fk_book_detail_book_id',
            columns: ['book_id'],
            targetTable: 'book',
            targetColumns: ['id'],
            onDelete: 'CASCADE',
            onUpdate: undefined,
          },
        ]);
        expect(table(catalog, 'book_detail').uniques).toEqual([{ name: 'uq_book_detail_book_id', columns: ['book_id'] }]);
      });
    });

    for (const [example, Base] of [
      ['association-object', AssociationObject],
      ['many-to-many', ManyToMany],
      ['one-to-one', OneToOne],
    ] as const) {
      it(`reads back the seed's ${example}`, async () => {
        await withDatabase(dialect, async (driver) => {
          const { catalog, created } = await createAndRead(Base, driver);
          expect(catalog.tables.map((t) => t.name)).toEqual(created.map((t) => t.name).sort());
          expect(catalog.tables.map(tableShape)).toEqual(byName(created).map((t) => expectedTable(t, dialect.name)));
        });
      });
    }

    it('gives the association tables their composite keys and foreign keys', async () => {
      await withDatabase(dialect, async (driver) => {
        const { catalog } = await createAndRead(AssociationObject, driver);
        const association = table(catalog, 'association');
        expect(association.primaryKey).toEqual(['left_id', 'right_id']);
        expect(association.columns.map((c) => [c.name, c.type.kind, c.nullable, c.autoincrement])).toEqual([
          ['left_id', 'integer', false, false],
          ['right_id', 'integer', false, false],
          ['extra_data', 'string', true, false],
        ]);
        expect(association.foreignKeys).toEqual([
          {
            name: 'fk_association_left_id',
            columns: ['left_id'],
            targetTable: 'left',
            targetColumns: ['id'],
            onDelete: undefined,
            onUpdate: undefined,
          },
          {
            name: 'fk_association_right_id',
            columns: ['right_id'],
            targetTable: 'right',
            targetColumns: ['id'],
            onDelete: undefined,
            onUpdate: undefined,
          },
        ]);
        // left_id leads the primary key, which serves as its index; right_id needs one of its own.
        expect(association.indexes).toEqual([{ name: 'ix_association_right_id', columns: ['right_id'] }]);
      });
    });

    it('lists views, and gives a table without a primary key an empty one', async () => {
      await withDatabase(dialect, async (driver) => {
        const sqlite = dialect.name === 'sqlite';
        await ddl(
          driver,
          `CREATE TABLE ${q('owner')} (${q('id')} ${sqlite ? 'INTEGER PRIMARY KEY' : 'INT NOT NULL AUTO_INCREMENT PRIMARY KEY'}, ${q('name')} VARCHAR(40) NOT NULL)`,
        );
        await ddl(
          driver,
          `CREATE TABLE ${q('event_log')} (
          ${q('owner_id')} INTEGER,
          ${q('happened_at')} TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
          ${q('message')} TEXT,
          CONSTRAINT ${q('fk_event_log_owner')} FOREIGN KEY (${q('owner_id')}) REFERENCES ${q('owner')} (${q('id')}) ON DELETE SET NULL ON UPDATE RESTRICT
        )`,
        );
        await ddl(
          driver,
          `CREATE UNIQUE INDEX ${q('ux_event_log_owner_time')} ON ${q('event_log')} (${q('owner_id')}, ${q('happened_at')})`,
        );
        await ddl(driver, `CREATE INDEX ${q('ix_event_log_time')} ON ${q('event_log')} (${q('happened_at')})`);
        await ddl(driver, `CREATE VIEW ${q('owner_names')} AS SELECT ${q('name')} FROM ${q('owner')}`);
        await ddl(driver, `CREATE VIEW ${q('a_view')} AS SELECT 1 AS ${q('one')}`);

        const catalog = await readCatalog(driver);
        expect(catalog.views).toEqual(['a_view', 'owner_names']);
        expect(catalog.tables.map((t) => t.name)).toEqual(['event_log', 'owner']);
        const log = table(catalog, 'event_log');
        expect(log.primaryKey).toEqual([]);
        expect(log.columns.map((c) => [c.name, c.type.kind, c.nullable, c.autoincrement])).toEqual([
          ['owner_id', 'integer', true, false],
          ['happened_at', 'dateTime', true, false],
          ['message', 'text', true, false],
        ]);
        expect(log.columns[1]!.default).toEqual({ expression: sqlite ? 'CURRENT_TIMESTAMP' : 'current_timestamp()' });
        expect(log.uniques).toEqual([{ name: 'ux_event_log_owner_time', columns: ['owner_id', 'happened_at'] }]);
        expect(log.indexes).toEqual([{ name: 'ix_event_log_time', columns: ['happened_at'] }]);
        // RESTRICT is InnoDB's default (the same as NO ACTION), so MariaDB cannot tell it was written.
        expect(log.foreignKeys).toEqual([
          {
            name: 'fk_event_log_owner',
            columns: ['owner_id'],
            targetTable: 'owner',
            targetColumns: ['id'],
            onDelete: 'SET NULL',
            onUpdate: sqlite ? 'RESTRICT' : undefined,
          },
        ]);
        expect(table(catalog, 'owner')).toMatchObject({
          primaryKey: ['id'],
          columns: [
            { name: 'id', autoincrement: true, nullable: false },
            { name: 'name', nullable: false },
          ],
        });
      });
    });

    it('reads a composite foreign key in column order', async () => {
      await withDatabase(dialect, async (driver) => {
        await ddl(
          driver,
          `CREATE TABLE ${q('edition')} (${q('book')} INTEGER NOT NULL, ${q('number')} INTEGER NOT NULL, PRIMARY KEY (${q('number')}, ${q('book')}))`,
        );
        await ddl(
          driver,
          `CREATE TABLE ${q('printing')} (${q('id')} INTEGER NOT NULL PRIMARY KEY, ${q('ed_book')} INTEGER NOT NULL, ${q('ed_number')} INTEGER NOT NULL,
          CONSTRAINT ${q('fk_printing_edition')} FOREIGN KEY (${q('ed_number')}, ${q('ed_book')}) REFERENCES ${q('edition')} (${q('number')}, ${q('book')}) ON DELETE CASCADE ON UPDATE CASCADE)`,
        );
        const catalog = await readCatalog(driver);
        expect(table(catalog, 'edition').primaryKey).toEqual(['number', 'book']);
        expect(table(catalog, 'printing').foreignKeys).toEqual([
          {
            name: 'fk_printing_edition',
            columns: ['ed_number', 'ed_book'],
            targetTable: 'edition',
            targetColumns: ['number', 'book'],
            onDelete: 'CASCADE',
            onUpdate: 'CASCADE',
          },
        ]);
      });
    });

    it('passes on a failing catalog query as a CatalogReadError naming what it was reading', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(configure(OneToOne), driver);
        const denied = Object.assign(new Error("SELECT command denied to user 'app'@'127.0.0.1' for table `COLUMNS`"), {
          code: 'ER_TABLEACCESS_DENIED_ERROR',
        });
        const failing: Driver = {
          dialect: driver.dialect,
          execute: (query) => (/table_xinfo|`COLUMNS`/.test(query.sql) ? Promise.reject(denied) : driver.execute(query)),
          transaction: (work) => driver.transaction(work),
          close: () => driver.close(),
        };
        const error = await readCatalog(failing).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(CatalogReadError);
        expect((error as Error).message).toBe(
          dialect.name === 'sqlite'
            ? "Could not read the columns (pragma table_xinfo) from the SQLite catalog: SELECT command denied to user 'app'@'127.0.0.1' for table `COLUMNS`"
            : "Could not read the columns (information_schema.COLUMNS) from the MySQL catalog: SELECT command denied to user 'app'@'127.0.0.1' for table `COLUMNS`",
        );
        expect((error as Error).cause).toBe(denied);
      });
    });

    it('rejects when the driver is closed, rather than reading nothing, and passes DatabaseUnavailableError on as it is', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(configure(OneToOne), driver);
        await driver.close();
        const error = await readCatalog(driver).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(DatabaseUnavailableError);
        expect((error as Error).message).toMatch(/the driver is closed/);
      });
    });
  });
}

const sqlite = sqliteFor('sqlite: readCatalog of tables relgraph did not make');

describe.skipIf(!sqlite)('sqlite: readCatalog of tables relgraph did not make', () => {
  it('reads kinds from type names and affinity, constraint names and enum CHECKs from the CREATE TABLE text', async () => {
    await withDatabase(sqlite!, async (driver) => {
      const ddl = (sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });
      await ddl(`CREATE TABLE "Legacy" (
        "id" INTEGER PRIMARY KEY AUTOINCREMENT,
        "born" DATE,
        "seen" DATETIME,
        "doc" JSON,
        "doc2" TEXT CHECK (json_valid("doc2")),
        "price" DECIMAL(8, 3) DEFAULT 1.5,
        "flag" BOOL DEFAULT TRUE,
        "size" UNSIGNED BIG INT,
        "bytes" BLOB,
        "anything",
        "spot" FLOATING POINT,
        "money" MONEY,
        "at" TIME,
        "nick" NVARCHAR(30) COLLATE NOCASE DEFAULT 'it''s', -- a comment, (with a parenthesis
        "mood" TEXT NOT NULL DEFAULT 'happy',
        "parent" INTEGER REFERENCES "legacy" ON DELETE SET DEFAULT,
        "twice" INTEGER GENERATED ALWAYS AS ("id" * 2) VIRTUAL,
        CHECK ("mood" IN ('happy', 'sad', 'it''s complicated')),
        /* a comment, with a comma */ CONSTRAINT "uq legacy nick" UNIQUE ("nick"),
        UNIQUE ("born", "seen")
      )`);
      await ddl('CREATE INDEX "ix_expression" ON "Legacy" ("price" * 2)');
      await ddl('CREATE UNIQUE INDEX "ux_partial" ON "Legacy" ("seen") WHERE "seen" IS NOT NULL');
      await ddl('CREATE TABLE "pair" ("a" INTEGER, "b" INTEGER, PRIMARY KEY ("a"))');
      await ddl('CREATE TABLE "keyed" ("id" INTEGER PRIMARY KEY, "k" TEXT) WITHOUT ROWID');
      await ddl('CREATE TABLE "descending" ("id" INTEGER PRIMARY KEY DESC, "k" TEXT)');
      await ddl('CREATE TABLE "copy" AS SELECT "id", "nick" FROM "Legacy"');

      const catalog = await readCatalog(driver);
      // Code-unit order: upper case before lower case.
      expect(catalog.tables.map((t) => t.name)).toEqual(['Legacy', 'copy', 'descending', 'keyed', 'pair']);
      const legacy = table(catalog, 'Legacy');
      expect(
        legacy.columns.map((c) => ({
          name: c.name,
          ...c.type,
          nullable: c.nullable,
          autoincrement: c.autoincrement,
          default: c.default,
          generated: c.generated,
        })),
      ).toEqual([
        { name: 'id', kind: 'integer', native: 'INTEGER', nullable: false, autoincrement: true },
        { name: 'born', kind: 'date', native: 'DATE', nullable: true, autoincrement: false },
        { name: 'seen', kind: 'dateTime', native: 'DATETIME', nullable: true, autoincrement: false },
        { name: 'doc', kind: 'json', native: 'JSON', nullable: true, autoincrement: false },
        { name: 'doc2', kind: 'json', native: 'TEXT', nullable: true, autoincrement: false },
        {
          name: 'price',
          kind: 'numeric',
          native: 'DECIMAL(8, 3)',
          precision: 8,
          scale: 3,
          nullable: true,
          autoincrement: false,
          default: { value: '1.5' },
        },
        { name: 'flag', kind: 'boolean', native: 'BOOL', nullable: true, autoincrement: false, default: { value: true } },
        { name: 'size', kind: 'bigInteger', native: 'UNSIGNED BIG INT', nullable: true, autoincrement: false },
        { name: 'bytes', kind: 'largeBinary', native: 'BLOB', nullable: true, autoincrement: false },
        {
          name: 'anything',
          kind: 'string',
          native: '',
          lossy: 'no declared type: may hold any value; read as String',
          nullable: true,
          autoincrement: false,
        },
        // SQLite's own example: "POINT" holds "INT", so FLOATING POINT has INTEGER affinity.
        { name: 'spot', kind: 'integer', native: 'FLOATING POINT', nullable: true, autoincrement: false },
        {
          name: 'money',
          kind: 'numeric',
          native: 'MONEY',
          lossy: 'NUMERIC affinity: holds integers, reals or text; read as Numeric',
          nullable: true,
          autoincrement: false,
        },
        { name: 'at', kind: 'time', native: 'TIME', nullable: true, autoincrement: false },
        {
          name: 'nick',
          kind: 'string',
          native: 'NVARCHAR(30)',
          length: 30,
          nullable: true,
          autoincrement: false,
          default: { value: "it's" },
        },
        {
          name: 'mood',
          kind: 'enum',
          native: 'TEXT',
          values: ['happy', 'sad', "it's complicated"],
          nullable: false,
          autoincrement: false,
          default: { value: 'happy' },
        },
        { name: 'parent', kind: 'integer', native: 'INTEGER', nullable: true, autoincrement: false },
        { name: 'twice', kind: 'integer', native: 'INTEGER', nullable: true, autoincrement: false, generated: true },
      ]);
      expect(legacy.primaryKey).toEqual(['id']);
      // The unnamed UNIQUE gets the name relgraph would give it; the partial unique index is no key.
      expect(legacy.uniques).toEqual([
        { name: 'uq legacy nick', columns: ['nick'] },
        { name: 'uq_Legacy_born_seen', columns: ['born', 'seen'] },
      ]);
      expect(legacy.indexes).toEqual([{ name: 'ux_partial', columns: ['seen'] }]);
      // REFERENCES "legacy" without columns: the target's primary key, in the target's own spelling.
      expect(legacy.foreignKeys).toEqual([
        {
          name: 'fk_Legacy_parent',
          columns: ['parent'],
          targetTable: 'Legacy',
          targetColumns: ['id'],
          onDelete: undefined,
          onUpdate: undefined,
          lossy: 'ON DELETE SET DEFAULT: relgraph cannot declare it; read as no action',
        },
      ]);
      // A table-level PRIMARY KEY on one INTEGER column is the rowid too: SQLite numbers it.
      expect(table(catalog, 'pair').columns[0]).toMatchObject({ name: 'a', autoincrement: true, nullable: false });
      expect(table(catalog, 'keyed').columns[0]).toMatchObject({ name: 'id', autoincrement: false, nullable: false });
      // `INTEGER PRIMARY KEY DESC` is not the rowid, and (SQLite's quirk) may hold NULL.
      expect(table(catalog, 'descending').columns[0]).toMatchObject({ name: 'id', autoincrement: false, nullable: true });
      expect(table(catalog, 'copy')).toMatchObject({
        primaryKey: [],
        columns: [
          { name: 'id', type: { kind: 'integer', native: 'INT' } },
          { name: 'nick', type: { kind: 'text', native: 'TEXT' } },
        ],
      });
    });
  });
});

const mariadb = mariadbFor('mariadb: readCatalog of tables relgraph did not make');

describe.skipIf(!mariadb)('mariadb: readCatalog of tables relgraph did not make', () => {
  it("maps each type to its kind, the ones relgraph cannot declare to the closest and says why; unquotes MariaDB's defaults", async () => {
    await withDatabase(mariadb!, async (driver) => {
      await driver.execute({
        sql: `CREATE TABLE \`odd\` (
        \`a\` INT UNSIGNED,
        \`b\` TINYINT,
        \`c\` ENUM('it''s', 'a\\\\b', 'x,y') DEFAULT 'it''s',
        \`d\` VARCHAR(20) DEFAULT 'o''k\\\\n',
        \`e\` YEAR,
        \`f\` SET('p', 'q'),
        \`g\` BLOB,
        \`h\` TIME,
        \`i\` TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
        \`j\` VARBINARY(16),
        \`k\` INT GENERATED ALWAYS AS (\`a\` + 1) VIRTUAL,
        \`l\` JSON,
        \`m\` BIGINT UNSIGNED DEFAULT 5,
        \`n\` DECIMAL(6, 2) DEFAULT 1.5,
        \`o\` VARCHAR(10) DEFAULT 'NULL',
        \`p\` DATETIME DEFAULT '2020-01-01 00:00:00',
        \`q\` FLOAT,
        \`r\` CHAR(3) NOT NULL DEFAULT '',
        \`s\` INT DEFAULT (1 + 2),
        \`t\` MEDIUMTEXT,
        \`u\` SMALLINT UNSIGNED NOT NULL DEFAULT 0
      )`,
        params: [],
        kind: 'ddl',
      });
      const catalog = await readCatalog(driver);
      const columns = table(catalog, 'odd').columns.map((c) => ({
        name: c.name,
        ...c.type,
        nullable: c.nullable,
        default: c.default,
        generated: c.generated,
      }));
      expect(columns).toEqual([
        {
          name: 'a',
          kind: 'integer',
          native: 'int(10) unsigned',
          lossy: 'UNSIGNED: values above 2147483647 do not fit Integer (GraphQL Int)',
          nullable: true,
        },
        { name: 'b', kind: 'tinyInteger', native: 'tinyint(4)', nullable: true },
        {
          name: 'c',
          kind: 'enum',
          native: "enum('it''s','a\\\\b','x,y')",
          values: ["it's", 'a\\b', 'x,y'],
          nullable: true,
          default: { value: "it's" },
        },
        { name: 'd', kind: 'string', native: 'varchar(20)', length: 20, nullable: true, default: { value: "o'k\\n" } },
        { name: 'e', kind: 'year', native: 'year(4)', nullable: true },
        { name: 'f', kind: 'set', native: "set('p','q')", values: ['p', 'q'], nullable: true },
        { name: 'g', kind: 'largeBinary', native: 'blob', length: 65535, nullable: true },
        { name: 'h', kind: 'time', native: 'time', nullable: true },
        { name: 'i', kind: 'dateTime', native: 'timestamp(3)', nullable: true, default: { expression: 'current_timestamp(3)' } },
        {
          name: 'j',
          kind: 'largeBinary',
          native: 'varbinary(16)',
          length: 16,
          lossy: 'create-tables would make it a BLOB',
          nullable: true,
        },
        { name: 'k', kind: 'integer', native: 'int(11)', nullable: true, generated: true },
        { name: 'l', kind: 'json', native: 'longtext', nullable: true },
        {
          name: 'm',
          kind: 'bigInteger',
          native: 'bigint(20) unsigned',
          lossy: 'UNSIGNED: values above 9223372036854775807 do not fit BigInteger (a signed BIGINT)',
          nullable: true,
          default: { value: '5' },
        },
        { name: 'n', kind: 'numeric', native: 'decimal(6,2)', precision: 6, scale: 2, nullable: true, default: { value: '1.50' } },
        // A string default "NULL" is quoted; no default at all is the bare word NULL.
        { name: 'o', kind: 'string', native: 'varchar(10)', length: 10, nullable: true, default: { value: 'NULL' } },
        { name: 'p', kind: 'dateTime', native: 'datetime', nullable: true, default: { value: '2020-01-01 00:00:00' } },
        { name: 'q', kind: 'float', native: 'float', nullable: true },
        { name: 'r', kind: 'string', native: 'char(3)', length: 3, nullable: false, default: { value: '' } },
        { name: 's', kind: 'integer', native: 'int(11)', nullable: true, default: { expression: '(1 + 2)' } },
        { name: 't', kind: 'text', native: 'mediumtext', nullable: true },
        { name: 'u', kind: 'smallInteger', native: 'smallint(5) unsigned', unsigned: true, nullable: false, default: { value: 0 } },
      ]);
    });
  });

  it('reads NO ACTION and RESTRICT as the default they are, and keeps SET NULL and CASCADE', async () => {
    await withDatabase(mariadb!, async (driver) => {
      const ddl = (sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });
      await ddl(
        'CREATE TABLE `node` (`id` INT PRIMARY KEY, `a` INT, `b` INT, `c` INT, ' +
          'CONSTRAINT `fk_a` FOREIGN KEY (`a`) REFERENCES `node` (`id`) ON DELETE NO ACTION ON UPDATE RESTRICT, ' +
          'CONSTRAINT `fk_b` FOREIGN KEY (`b`) REFERENCES `node` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, ' +
          'FOREIGN KEY (`c`) REFERENCES `node` (`id`))',
      );
      const node = table(await readCatalog(driver), 'node');
      expect(node.foreignKeys).toEqual([
        { name: 'fk_a', columns: ['a'], targetTable: 'node', targetColumns: ['id'], onDelete: undefined, onUpdate: undefined },
        { name: 'fk_b', columns: ['b'], targetTable: 'node', targetColumns: ['id'], onDelete: 'SET NULL', onUpdate: 'CASCADE' },
        { name: 'node_ibfk_1', columns: ['c'], targetTable: 'node', targetColumns: ['id'], onDelete: undefined, onUpdate: undefined },
      ]);
      // InnoDB indexes each foreign key's columns itself when nothing else does, under the
      // constraint's name, or the column's when the constraint has none.
      expect(node.indexes).toEqual([
        { name: 'c', columns: ['c'] },
        { name: 'fk_a', columns: ['a'] },
        { name: 'fk_b', columns: ['b'] },
      ]);
    });
  });

  it('says plainly that a connection without a current database has no catalog', async () => {
    await withDatabase(mariadb!, async (driver) => {
      const url = new URL(driver.url);
      url.pathname = '';
      const bare = await createDriver(url.toString());
      try {
        await expect(readCatalog(bare)).rejects.toThrow(
          new CatalogReadError(
            'The connection has no current database, so there is no catalog to read: name the database in the URL (mysql://user:password@host:3306/database).',
          ),
        );
      } finally {
        await bare.close();
      }
    });
  });

  it('sees only the tables the user has privileges on: information_schema hides the rest without an error', async () => {
    await withDatabase(mariadb!, async (driver) => {
      await createAll(configure(AssociationObject), driver);
      const url = new URL(driver.url);
      const database = url.pathname.slice(1);
      const user = `rg_ro_${Math.random().toString(36).slice(2, 8)}`;
      const admin = mariadb!.admin!;
      await admin.query(`CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY 'pw'`);
      try {
        await admin.query(`GRANT SELECT ON \`${database}\`.\`right\` TO '${user}'@'127.0.0.1'`);
        url.username = user;
        url.password = 'pw';
        const limited = await createDriver(url.toString());
        try {
          const catalog = await readCatalog(limited);
          expect(catalog.tables.map((t) => t.name)).toEqual(['right']);
        } finally {
          await limited.close();
        }
      } finally {
        await admin.query(`DROP USER '${user}'@'127.0.0.1'`);
      }
    });
  });
});
