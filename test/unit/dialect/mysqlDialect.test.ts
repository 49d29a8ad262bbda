import { describe, expect, it } from 'vitest';
import { BigInteger, Boolean, Date as DateType, DateTime, Enum, Integer, JSON, Numeric, String } from '../../../src/declare/index.js';
import { createMysqlDialect } from '../../../src/dialect/mysql/mysqlDialect.js';
import { col, select, val } from '../../../src/sql/build.js';
import * as fixture from './fixtures.js';

const mariadb = createMysqlDialect({ version: '10.11.19-MariaDB-0+deb12u1', autoincLockMode: 1, autoIncrementIncrement: 1 });
const mysql8 = createMysqlDialect({ version: '8.0.36', autoincLockMode: 2, autoIncrementIncrement: 2 });
const mariadb101 = createMysqlDialect({ version: '10.1.48-MariaDB', autoincLockMode: 1, autoIncrementIncrement: 1 });

const ddl = (tables: ReturnType<typeof fixture.manyToManyTables>, name: string) => {
  const table = tables.find((t) => t.name === name)!;
  return [...mariadb.renderCreateTable(table), ...mariadb.renderAddForeignKeys(table)].map((q) => q.sql);
};

describe('mysql: rendering statements', () => {
  it('renders a paged select with every value as a parameter', () => {
    expect(mariadb.render(fixture.pagedSelect)).toEqual({
      sql: 'SELECT `t0`.`id` AS `id`, `t0`.`name` AS `name` FROM `child` AS `t0` WHERE `t0`.`parent_id` = ? ORDER BY `t0`.`id` ASC LIMIT ? OFFSET ?',
      params: [7, 10, 20],
      kind: 'select',
    });
  });

  it('writes the largest BIGINT UNSIGNED as the limit when only an offset is given', () => {
    expect(mariadb.render(fixture.offsetOnlySelect).sql).toBe(
      'SELECT `t0`.`id` AS `id`, `t0`.`name` AS `name` FROM `child` AS `t0` LIMIT 18446744073709551615 OFFSET ?',
    );
  });

  it('quotes the reserved table names of a join and pads an IN list to a power of two', () => {
    expect(mariadb.render(fixture.joinedSelect)).toEqual({
      sql: 'SELECT `t0`.`id` AS `id`, `t1`.`left_id` AS `_rg_owner` FROM `right` AS `t0` INNER JOIN `association` AS `t1` ON `t1`.`right_id` = `t0`.`id` WHERE `t1`.`left_id` IN (?, ?, ?, ?) ORDER BY `t0`.`id` DESC',
      params: [1, 2, 3, 3],
      kind: 'select',
    });
  });

  it('renders an empty IN as false and an empty NOT IN as true, with no parameters', () => {
    expect(mariadb.render(fixture.emptyInSelect)).toEqual({
      sql: 'SELECT `t0`.`id` AS `id`, `t0`.`name` AS `name` FROM `child` AS `t0` WHERE ((1 = 0) AND (1 = 1))',
      params: [],
      kind: 'select',
    });
  });

  it('renders a composite IN grouped by its leading columns, so that indexes serve it', () => {
    expect(mariadb.render(fixture.compositeInSelect).sql).toBe(
      'SELECT `t0`.`left_id` AS `leftId` FROM `association` AS `t0` WHERE ((`t0`.`left_id` = ? AND `t0`.`right_id` IN (?)) OR (`t0`.`left_id` = ? AND `t0`.`right_id` IN (?)))',
    );
    expect(mariadb.render(fixture.groupedInSelect)).toEqual({
      sql: 'SELECT `t0`.`left_id` AS `leftId` FROM `association` AS `t0` WHERE ((`t0`.`left_id` = ? AND `t0`.`right_id` IN (?, ?, ?, ?)) OR (`t0`.`left_id` = ? AND `t0`.`right_id` IN (?)))',
      params: [1, 2, 5, 7, 7, 3, 4],
      kind: 'select',
    });
  });

  it('binds the LIKE pattern and its escape character', () => {
    expect(mariadb.render(fixture.likeSelect)).toEqual({
      sql: 'SELECT `t0`.`id` AS `id`, `t0`.`name` AS `name` FROM `child` AS `t0` WHERE `t0`.`name` LIKE ? ESCAPE ?',
      params: ['50\\%%', '\\'],
      kind: 'select',
    });
  });

  it('renders a page per parent with ROW_NUMBER() and binds the row bounds', () => {
    expect(mariadb.render(fixture.windowedSelect)).toEqual({
      sql: 'SELECT * FROM (SELECT `t0`.`id` AS `id`, `t0`.`parent_id` AS `parentId`, ROW_NUMBER() OVER (PARTITION BY `t0`.`parent_id` ORDER BY `t0`.`name` ASC, `t0`.`id` ASC) AS `_rg_rn` FROM `child` AS `t0` WHERE `t0`.`parent_id` IN (?, ?)) AS `_rg_page` WHERE `_rg_rn` > ? AND `_rg_rn` <= ? ORDER BY `_rg_rn`',
      params: [1, 2, 1, 3],
      kind: 'select',
    });
  });

  it('renders a page per parent as a UNION ALL of one SELECT per key where there are no window functions', () => {
    expect([mariadb.capabilities.windowFunctions, mysql8.capabilities.windowFunctions, mariadb101.capabilities.windowFunctions]).toEqual([
      true,
      true,
      false,
    ]);
    const part = (n: number) =>
      `SELECT * FROM (SELECT \`t0\`.\`id\` AS \`id\`, \`t0\`.\`parent_id\` AS \`parentId\`, ? AS \`_rg_part\`, \`t0\`.\`name\` AS \`_rg_o0\`, \`t0\`.\`id\` AS \`_rg_o1\` FROM \`child\` AS \`t0\` WHERE \`t0\`.\`parent_id\` = ? ORDER BY \`t0\`.\`name\` ASC, \`t0\`.\`id\` ASC LIMIT ? OFFSET ?) AS \`_rg_p${n}\``;
    expect(mariadb101.render(fixture.windowedSelect)).toEqual({
      sql: `SELECT * FROM (${part(0)} UNION ALL ${part(1)}) AS \`_rg_page\` ORDER BY \`_rg_part\`, \`_rg_o0\` ASC, \`_rg_o1\` ASC`,
      params: [0, 1, 2, 1, 1, 2, 2, 1],
      kind: 'select',
    });
  });

  it('compares an ENUM by its position, as ORDER BY sorts it, and averages integers as doubles', () => {
    const mood = Enum(['zeta', 'alpha', 'mid']);
    const statement = select(
      { table: 'child', alias: 't0' },
      [{ expr: { kind: 'aggregate', fn: 'avg', arg: col('t0', 'id'), asDouble: true }, alias: 'a' }],
      {
        where: { kind: 'compare', op: '>', left: col('t0', 'mood'), right: val('alpha', mood) },
      },
    );
    expect(mariadb.render(statement)).toEqual({
      sql: 'SELECT AVG(`t0`.`id` * 1e0) AS `a` FROM `child` AS `t0` WHERE (`t0`.`mood` + 0) > FIELD(?, ?, ?, ?)',
      params: ['alpha', 'zeta', 'alpha', 'mid'],
      kind: 'select',
    });
  });

  it('ignores duplicate keys with a no-op ON DUPLICATE KEY UPDATE, never INSERT IGNORE', () => {
    expect(mariadb.render(fixture.linkInsert)).toEqual({
      sql: 'INSERT INTO `association` (`left_id`, `right_id`) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `left_id` = `left_id`',
      params: [1, 2, 1, 3],
      kind: 'insert',
    });
  });

  it('adds RETURNING on MariaDB 10.5+ and leaves it out on MySQL', () => {
    expect(mariadb.render(fixture.returningInsert).sql).toBe('INSERT INTO `left` (`name`) VALUES (?), (?) RETURNING `id`');
    expect(mysql8.render(fixture.returningInsert).sql).toBe('INSERT INTO `left` (`name`) VALUES (?), (?)');
  });

  it('encodes typed values in an update: UTC text, 1/0, JSON text, NULL for undefined', () => {
    expect(mariadb.render(fixture.typedUpdate)).toEqual({
      sql: 'UPDATE `child` SET `created_at` = ?, `visible` = ?, `extra` = ?, `price` = ? WHERE (`child`.`id` = ? AND `child`.`parent_id` = ?)',
      params: ['2026-11-25 09:30:00.123', 0, '{"tags":["a"]}', null, 7, 1],
      kind: 'update',
    });
  });

  it('renders a version bump and the versions checked per row (optimistic locking)', () => {
    expect(mariadb.render(fixture.versionedUpdate)).toEqual({
      sql: 'UPDATE `parent` SET `name` = ?, `version` = `version` + 1 WHERE ((`parent`.`version` = ? AND `parent`.`id` IN (?, ?)) OR (`parent`.`version` = ? AND `parent`.`id` IN (?)))',
      params: ['x', 4, 1, 2, 7, 3],
      kind: 'update',
    });
  });

  it('renders a delete', () => {
    expect(mariadb.render(fixture.linkDelete)).toEqual({
      sql: 'DELETE FROM `association` WHERE (`association`.`left_id` = ? AND `association`.`right_id` = ?)',
      params: [1, 2],
      kind: 'delete',
    });
  });
});

describe('mysql: DDL', () => {
  it('creates the seed tables left and right with quoted names, AUTO_INCREMENT and InnoDB utf8mb4', () => {
    expect(ddl(fixture.manyToManyTables(), 'left')).toEqual([
      `CREATE TABLE \`left\` (
  \`id\` INT NOT NULL AUTO_INCREMENT,
  \`name\` VARCHAR(50),
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    ]);
  });

  it('gives an association table declared without a primary key one over its foreign keys, and indexes the uncovered key', () => {
    expect(ddl(fixture.manyToManyTables(), 'association')).toEqual([
      `CREATE TABLE \`association\` (
  \`left_id\` INT NOT NULL,
  \`right_id\` INT NOT NULL,
  PRIMARY KEY (\`left_id\`, \`right_id\`),
  KEY \`ix_association_right_id\` (\`right_id\`),
  CONSTRAINT \`fk_association_left_id\` FOREIGN KEY (\`left_id\`) REFERENCES \`left\` (\`id\`),
  CONSTRAINT \`fk_association_right_id\` FOREIGN KEY (\`right_id\`) REFERENCES \`right\` (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    ]);
  });

  it('writes VARCHAR without a length as VARCHAR(255) and a unique column as a UNIQUE KEY', () => {
    expect(ddl(fixture.oneToManyTables(), 'parent')).toEqual([
      `CREATE TABLE \`parent\` (
  \`id\` INT NOT NULL AUTO_INCREMENT,
  \`name\` VARCHAR(255) NOT NULL,
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`uq_parent_name\` (\`name\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    ]);
  });

  it('renders column types, enum, defaults, indexes and ON DELETE CASCADE', () => {
    expect(ddl(fixture.oneToManyTables(), 'child')).toEqual([
      `CREATE TABLE \`child\` (
  \`id\` INT NOT NULL AUTO_INCREMENT,
  \`parent_id\` INT NOT NULL,
  \`status\` ENUM('draft', 'published') NOT NULL DEFAULT 'draft',
  \`title\` VARCHAR(20) DEFAULT 'it''s',
  \`body\` TEXT,
  \`price\` DECIMAL(8, 2) DEFAULT '0',
  \`visible\` BOOLEAN DEFAULT 1,
  \`created_at\` DATETIME(3) DEFAULT CURRENT_TIMESTAMP,
  \`extra\` JSON,
  \`position\` INT,
  PRIMARY KEY (\`id\`),
  KEY \`ix_child_parent_id\` (\`parent_id\`),
  KEY \`ix_child_position\` (\`position\`),
  CONSTRAINT \`fk_child_parent_id\` FOREIGN KEY (\`parent_id\`) REFERENCES \`parent\` (\`id\`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    ]);
  });

  it('adds a foreign key on a cycle with ALTER TABLE after both tables exist', () => {
    const tables = fixture.cycleTables();
    expect(ddl(tables, 'author')).toEqual([
      `CREATE TABLE \`author\` (
  \`id\` INT NOT NULL AUTO_INCREMENT,
  \`favourite_book_id\` INT,
  PRIMARY KEY (\`id\`),
  KEY \`ix_author_favourite_book_id\` (\`favourite_book_id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
      'ALTER TABLE `author` ADD CONSTRAINT `fk_author_favourite_book_id` FOREIGN KEY (`favourite_book_id`) REFERENCES `book` (`id`)',
    ]);
    expect(ddl(tables, 'book')[0]).toContain('CONSTRAINT `fk_book_author_id` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`)');
  });

  it('lists the tables of the current database', () => {
    expect(mariadb.renderTableNames()).toEqual({
      sql: 'SELECT `TABLE_NAME` AS `name` FROM `information_schema`.`TABLES` WHERE `TABLE_SCHEMA` = DATABASE()',
      params: [],
      kind: 'select',
    });
  });
});

describe('mysql: capabilities', () => {
  it('derives RETURNING and consecutive ids from what the server reported', () => {
    expect(mariadb.capabilities).toEqual({
      maxBindParameters: 65535,
      insertReturning: true,
      consecutiveInsertIds: true,
      insertIdIs: 'first',
      autoIncrementStep: 1,
      windowFunctions: true,
      sharedLocks: true,
    });
    expect(mysql8.capabilities).toEqual({
      maxBindParameters: 65535,
      insertReturning: false,
      consecutiveInsertIds: false,
      insertIdIs: 'first',
      autoIncrementStep: 2,
      windowFunctions: true,
      sharedLocks: true,
    });
  });

  it('has no RETURNING before MariaDB 10.5', () => {
    expect(
      createMysqlDialect({ version: '10.4.32-MariaDB', autoincLockMode: 1, autoIncrementIncrement: 1 }).capabilities.insertReturning,
    ).toBe(false);
  });
});

describe('mysql: locking reads', () => {
  const tag = select({ table: 'tag', alias: 't0' }, [{ expr: col('t0', 'id'), alias: 'id' }]);
  it('writes a shared lock as LOCK IN SHARE MODE, and as FOR UPDATE under the TiDB profile, which refuses it', () => {
    expect(mariadb.render({ ...tag, lock: 'share' }).sql).toMatch(/ LOCK IN SHARE MODE$/);
    expect(mariadb.render({ ...tag, lock: 'update' }).sql).toMatch(/ FOR UPDATE$/);
    const tidb = createMysqlDialect({ version: '8.0.11-TiDB-v7.5.0', autoincLockMode: 1, autoIncrementIncrement: 1 }, 'tidb');
    expect(tidb.capabilities.sharedLocks).toBe(false);
    expect(tidb.render({ ...tag, lock: 'share' }).sql).toMatch(/ FOR UPDATE$/);
  });
});

describe('mysql: values', () => {
  it('decodes what mysql2 returns into relgraph values', () => {
    expect(mariadb.decode(Integer, 7)).toBe(7);
    expect(mariadb.decode(BigInteger, '9007199254740993')).toBe('9007199254740993');
    expect(mariadb.decode(Numeric(8, 2), '12.50')).toBe('12.50');
    expect(mariadb.decode(Boolean, 1)).toBe(true);
    expect(mariadb.decode(Boolean, 0)).toBe(false);
    expect(mariadb.decode(DateTime, new Date('2026-11-25T09:30:00.123Z'))).toEqual(new Date('2026-11-25T09:30:00.123Z'));
    expect(mariadb.decode(DateType, '2024-02-29')).toBe('2024-02-29');
    expect(mariadb.decode(JSON, '{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(mariadb.decode(JSON, '"text"')).toBe('text');
    expect(mariadb.decode(Enum(['draft', 'published']), 'draft')).toBe('draft');
    expect(mariadb.decode(String(5), null)).toBeNull();
  });

  it('encodes relgraph values for mysql2', () => {
    expect(mariadb.encode(DateTime, new Date('2026-11-25T09:30:00Z'))).toBe('2026-11-25 09:30:00.000');
    expect(mariadb.encode(DateType, '2024-02-29')).toBe('2024-02-29');
    expect(mariadb.encode(JSON, 'text')).toBe('"text"');
    expect(mariadb.encode(Boolean, true)).toBe(1);
    expect(mariadb.encode(BigInteger, 9007199254740993n)).toBe('9007199254740993');
    expect(mariadb.encode(undefined, undefined)).toBeNull();
  });

  it('rejects a value that is not a date for a DateTime column', () => {
    expect(() => mariadb.encode(DateTime, 'yesterday')).toThrow(
      'Expected a date and time (a Date or an ISO-8601 string), but got: "yesterday".',
    );
  });
});
