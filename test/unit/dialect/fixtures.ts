/**
 * Declarations and statements the dialect rendering tests share, so that `mysqlDialect.test.ts`
 * and `sqliteDialect.test.ts` render the same things and read side by side.
 */
import {
  Boolean,
  Column,
  DateTime,
  Enum,
  ForeignKey,
  Integer,
  JSON,
  Numeric,
  String,
  Table,
  Text,
  declarativeBase,
  relationship,
} from '../../../src/declare/index.js';
import { configure } from '../../../src/session/configure.js';
import { col, eq, inList, select, val } from '../../../src/sql/build.js';
import { createTables, type CreateTable } from '../../../src/sql/createTables.js';
import type { Insert, Statement } from '../../../src/sql/statements.js';

/** The seed's many-to-many: tables `left`, `right` and `association` (no primary key declared). */
export function manyToManyTables(): CreateTable[] {
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
    name: Column(String(50)),
    children: relationship('Child', { secondary: association }),
  });
  Base.model('Child', { tableName: 'right', id: Column(Integer, { primaryKey: true }), name: Column(String(50)) });
  return createTables(configure(Base));
}

/** One-to-many with ON DELETE CASCADE, and a child with one column of most types and defaults. */
export function oneToManyTables(): CreateTable[] {
  const Base = declarativeBase();
  Base.model('Parent', {
    tableName: 'parent',
    id: Column(Integer, { primaryKey: true }),
    name: Column(String, { nullable: false, unique: true }),
    children: relationship('Child', { cascade: 'all, delete-orphan', passiveDeletes: true }),
  });
  Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    parent_id: Column(Integer, ForeignKey('parent.id', { onDelete: 'CASCADE' }), { nullable: false }),
    status: Column(Enum(['draft', 'published']), { nullable: false, default: 'draft' }),
    title: Column(String(20), { default: "it's" }),
    body: Column(Text),
    price: Column(Numeric(8, 2), { default: 0 }),
    visible: Column(Boolean, { default: true }),
    created_at: Column(DateTime, { serverDefault: 'CURRENT_TIMESTAMP' }),
    extra: Column(JSON),
    position: Column(Integer, { index: true }),
  });
  return createTables(configure(Base));
}

/** Two tables that reference each other: one of the two foreign keys has to wait. */
export function cycleTables(): CreateTable[] {
  const Base = declarativeBase();
  Base.model('Author', {
    tableName: 'author',
    id: Column(Integer, { primaryKey: true }),
    favourite_book_id: Column(Integer, ForeignKey('book.id')),
  });
  Base.model('Book', {
    tableName: 'book',
    id: Column(Integer, { primaryKey: true }),
    author_id: Column(Integer, ForeignKey('author.id')),
  });
  return createTables(configure(Base));
}

const childColumns = [
  { expr: col('t0', 'id'), alias: 'id' },
  { expr: col('t0', 'name'), alias: 'name' },
];

/** Children of parent 7, second page of 10. */
export const pagedSelect: Statement = select({ table: 'child', alias: 't0' }, childColumns, {
  where: eq(col('t0', 'parent_id'), val(7, Integer)),
  orderBy: [{ expr: col('t0', 'id'), descending: false }],
  limit: 10,
  offset: 20,
});

export const offsetOnlySelect: Statement = select({ table: 'child', alias: 't0' }, childColumns, { offset: 5 });

/** `right` rows linked to three `left` rows: three keys, padded to four placeholders. */
export const joinedSelect: Statement = select(
  { table: 'right', alias: 't0' },
  [
    { expr: col('t0', 'id'), alias: 'id' },
    { expr: col('t1', 'left_id'), alias: '_rg_owner' },
  ],
  {
    joins: [{ table: 'association', alias: 't1', on: eq(col('t1', 'right_id'), col('t0', 'id')) }],
    where: inList([col('t1', 'left_id')], [[val(1, Integer)], [val(2, Integer)], [val(3, Integer)]]),
    orderBy: [{ expr: col('t0', 'id'), descending: true }],
  },
);

export const emptyInSelect: Statement = select({ table: 'child', alias: 't0' }, childColumns, {
  where: { kind: 'and', items: [inList([col('t0', 'id')], []), inList([col('t0', 'parent_id')], [], true)] },
});

export const compositeInSelect: Statement = select(
  { table: 'association', alias: 't0' },
  [{ expr: col('t0', 'left_id'), alias: 'leftId' }],
  {
    where: inList(
      [col('t0', 'left_id'), col('t0', 'right_id')],
      [
        [val(1, Integer), val(2, Integer)],
        [val(3, Integer), val(4, Integer)],
      ],
    ),
  },
);

/** Three links of one parent and one of another: grouped by `left_id`. */
export const groupedInSelect: Statement = select({ table: 'association', alias: 't0' }, [{ expr: col('t0', 'left_id'), alias: 'leftId' }], {
  where: inList(
    [col('t0', 'left_id'), col('t0', 'right_id')],
    [
      [val(1, Integer), val(2, Integer)],
      [val(1, Integer), val(5, Integer)],
      [val(1, Integer), val(7, Integer)],
      [val(3, Integer), val(4, Integer)],
    ],
  ),
});

export const likeSelect: Statement = select({ table: 'child', alias: 't0' }, childColumns, {
  where: { kind: 'like', expr: col('t0', 'name'), pattern: val('50\\%%', String(50)) },
});

/** The first two children of each of parents 1 and 2, after skipping one. */
export const windowedSelect: Statement = {
  kind: 'windowedSelect',
  select: select(
    { table: 'child', alias: 't0' },
    [
      { expr: col('t0', 'id'), alias: 'id' },
      { expr: col('t0', 'parent_id'), alias: 'parentId' },
    ],
    {
      orderBy: [
        { expr: col('t0', 'name'), descending: false },
        { expr: col('t0', 'id'), descending: false },
      ],
    },
  ),
  partitionBy: [col('t0', 'parent_id')],
  keys: [[val(1, Integer)], [val(2, Integer)]],
  limit: 2,
  offset: 1,
};

export const linkInsert: Insert = {
  kind: 'insert',
  table: 'association',
  columns: ['left_id', 'right_id'],
  rows: [
    [val(1, Integer), val(2, Integer)],
    [val(1, Integer), val(3, Integer)],
  ],
  onConflict: 'ignore',
  returning: [],
};

export const returningInsert: Insert = {
  kind: 'insert',
  table: 'left',
  columns: ['name'],
  rows: [[val('a', String(50))], [val('b', String(50))]],
  onConflict: 'error',
  returning: ['id'],
};

export const typedUpdate: Statement = {
  kind: 'update',
  table: 'child',
  set: [
    { column: 'created_at', value: val(new Date('2026-11-25T09:30:00.123Z'), DateTime) },
    { column: 'visible', value: val(false, Boolean) },
    { column: 'extra', value: val({ tags: ['a'] }, JSON) },
    { column: 'price', value: val(undefined, Numeric(8, 2)) },
  ],
  where: { kind: 'and', items: [eq(col('child', 'id'), val(7, Integer)), eq(col('child', 'parent_id'), val(1, Integer))] },
};

/** Optimistic locking: a version bumped where it stands, each row checked at the version it was read at. */
export const versionedUpdate: Statement = {
  kind: 'update',
  table: 'parent',
  set: [
    { column: 'name', value: val('x', String(50)) },
    { column: 'version', increment: 1 },
  ],
  where: {
    kind: 'in',
    columns: [col('parent', 'version'), col('parent', 'id')],
    rows: [
      [val(4, Integer), val(1, Integer)],
      [val(4, Integer), val(2, Integer)],
      [val(7, Integer), val(3, Integer)],
    ],
    negated: false,
  },
};

export const linkDelete: Statement = {
  kind: 'delete',
  table: 'association',
  where: { kind: 'and', items: [eq(col('association', 'left_id'), val(1, Integer)), eq(col('association', 'right_id'), val(2, Integer))] },
};
