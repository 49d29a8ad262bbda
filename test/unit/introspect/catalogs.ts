/**
 * Hand-built catalogs for the introspection tests, as the readers would fill them: the seed's
 * tables (`left`, `right`, `association`), the bookstore, and the awkward cases of issue 15.
 */
import type { ColumnKind, ReferentialAction } from '../../../src/declare/index.js';
import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogTable, CatalogType } from '../../../src/introspect/Catalog.js';

type ColumnSpec = Partial<Omit<CatalogColumn, 'name' | 'type'>> & { type?: Partial<CatalogType> & { kind: ColumnKind } };

/** `column('name', 'string', { length: 50 })`; nullable unless said otherwise. */
export function column(name: string, kind: ColumnKind, spec: Omit<ColumnSpec, 'type'> & Partial<CatalogType> = {}): CatalogColumn {
  const { nullable = true, autoincrement = false, default: given, length, precision, scale, values, lossy, native } = spec;
  const type: CatalogType = {
    kind,
    native: native ?? nativeOf(kind, length, precision, scale),
    ...(length !== undefined ? { length } : {}),
    ...(precision !== undefined ? { precision } : {}),
    ...(scale !== undefined ? { scale } : {}),
    ...(values !== undefined ? { values } : {}),
    ...(lossy !== undefined ? { lossy } : {}),
  };
  return { name, type, nullable, autoincrement, ...(given !== undefined ? { default: given } : {}) };
}

function nativeOf(kind: ColumnKind, length?: number, precision?: number, scale?: number): string {
  if (kind === 'string') return `varchar(${length ?? 255})`;
  if (kind === 'numeric') return `decimal(${precision ?? 10},${scale ?? 2})`;
  const natives: Record<ColumnKind, string> = {
    integer: 'int(11)',
    bigInteger: 'bigint(20)',
    smallInteger: 'smallint(6)',
    tinyInteger: 'tinyint(4)',
    year: 'year(4)',
    text: 'text',
    boolean: 'tinyint(1)',
    float: 'double',
    dateTime: 'datetime(3)',
    date: 'date',
    time: 'time',
    json: 'longtext',
    enum: 'enum',
    set: 'set',
    largeBinary: 'longblob',
    string: '',
    numeric: '',
  };
  return natives[kind];
}

/** An autoincrementing integer `id` primary key. */
export function id(name = 'id'): CatalogColumn {
  return column(name, 'integer', { nullable: false, autoincrement: true });
}

export function fk(
  columns: string | string[],
  target: string,
  options: { onDelete?: ReferentialAction; onUpdate?: ReferentialAction; name?: string } = {},
): CatalogForeignKey {
  const list = typeof columns === 'string' ? [columns] : columns;
  const [targetTable = '', targetColumns = ''] = target.split('.');
  return {
    name: options.name ?? `fk_${list.join('_')}`,
    columns: list,
    targetTable,
    targetColumns: targetColumns.split(','),
    onDelete: options.onDelete,
    onUpdate: options.onUpdate,
  };
}

export function table(
  name: string,
  columns: CatalogColumn[],
  spec: {
    primaryKey?: string[];
    uniques?: string[][];
    indexes?: string[][];
    foreignKeys?: CatalogForeignKey[];
  } = {},
): CatalogTable {
  const primaryKey = spec.primaryKey ?? (columns.some((c) => c.name === 'id') ? ['id'] : []);
  const foreignKeys = (spec.foreignKeys ?? []).map((key) => ({
    ...key,
    name: key.name.startsWith('fk_') ? `fk_${name}_${key.columns.join('_')}` : key.name,
  }));
  return {
    name,
    columns,
    primaryKey,
    uniques: (spec.uniques ?? []).map((cols) => ({ name: `uq_${name}_${cols.join('_')}`, columns: cols })),
    indexes: (spec.indexes ?? []).map((cols) => ({ name: `ix_${name}_${cols.join('_')}`, columns: cols })),
    foreignKeys,
  };
}

export function catalog(tables: readonly CatalogTable[], views: readonly string[] = []): Catalog {
  return { tables: [...tables].sort((a, b) => (a.name < b.name ? -1 : 1)), views };
}

const leftRight = () => [
  table('left', [id(), column('name', 'string', { length: 50 })]),
  table('right', [id(), column('name', 'string', { length: 50 })]),
];

/** The seed's association object: a composite key of two foreign keys, and extra_data. */
export const associationObject = catalog([
  ...leftRight(),
  table(
    'association',
    [
      column('left_id', 'integer', { nullable: false }),
      column('right_id', 'integer', { nullable: false }),
      column('extra_data', 'string', { length: 50 }),
    ],
    { primaryKey: ['left_id', 'right_id'], indexes: [['right_id']], foreignKeys: [fk('left_id', 'left.id'), fk('right_id', 'right.id')] },
  ),
]);

/** The seed's plain link table, as SQLAlchemy creates it: no key at all. */
export const plainLink = catalog([
  ...leftRight(),
  table('association', [column('left_id', 'integer'), column('right_id', 'integer')], {
    indexes: [['left_id'], ['right_id']],
    foreignKeys: [fk('left_id', 'left.id'), fk('right_id', 'right.id')],
  }),
]);

/** A link table as relgraph creates it: the pair is the key, and links go with either end. */
export const keyedLink = catalog([
  table('book', [id(), column('title', 'string', { length: 200, nullable: false })]),
  table('genre', [id(), column('name', 'string', { length: 80, nullable: false })], { uniques: [['name']] }),
  table('book_genre', [column('book_id', 'integer', { nullable: false }), column('genre_id', 'integer', { nullable: false })], {
    primaryKey: ['book_id', 'genre_id'],
    indexes: [['genre_id']],
    foreignKeys: [fk('book_id', 'book.id', { onDelete: 'CASCADE' }), fk('genre_id', 'genre.id', { onDelete: 'CASCADE' })],
  }),
]);

/** One-to-one: a unique foreign key. */
export const oneToOne = catalog([
  table('parent', [id(), column('name', 'string', { length: 50 })]),
  table('child', [id(), column('name', 'string', { length: 50 }), column('parent_id', 'integer')], {
    uniques: [['parent_id']],
    foreignKeys: [fk('parent_id', 'parent.id', { onDelete: 'CASCADE' })],
  }),
]);

/** An adjacency list; and a chain, whose unique self-reference is a one-to-one. */
export const adjacencyList = catalog([
  table('node', [id(), column('parent_id', 'integer'), column('data', 'string', { length: 50 })], {
    indexes: [['parent_id']],
    foreignKeys: [fk('parent_id', 'node.id', { onDelete: 'CASCADE' })],
  }),
  table('version', [id(), column('previous_id', 'integer')], {
    uniques: [['previous_id']],
    foreignKeys: [fk('previous_id', 'version.id')],
  }),
]);

/** Two foreign keys to the same table, and a third one back the other way. */
export const twoForeignKeys = catalog([
  table('address', [id(), column('street', 'string', { length: 100 }), column('customer_id', 'integer')], {
    foreignKeys: [fk('customer_id', 'customer.id')],
  }),
  table(
    'customer',
    [
      id(),
      column('name', 'string', { length: 50, nullable: false }),
      column('billing_address_id', 'integer'),
      column('shipping_address_id', 'integer', { nullable: false }),
    ],
    { foreignKeys: [fk('billing_address_id', 'address.id'), fk('shipping_address_id', 'address.id')] },
  ),
]);

/** A view and a table without a primary key, beside a table that refers to it and one that it refers to. */
export const viewAndNoKey = catalog(
  [
    table('customer', [id(), column('email', 'string', { length: 254, nullable: false })], { uniques: [['email']] }),
    table('audit_log', [column('customer_id', 'integer'), column('action', 'string', { length: 20 }), column('at', 'dateTime')], {
      foreignKeys: [fk('customer_id', 'customer.id')],
    }),
    table('legacy_link', [column('customer_id', 'integer'), column('audit_id', 'integer'), column('note', 'text')], {
      foreignKeys: [fk('customer_id', 'customer.id'), fk('audit_id', 'customer.id')],
    }),
  ],
  ['active_customers'],
);

/** Names a GraphQL schema or a module cannot take as they are, and a model that is its own plural. */
export const awkwardNames = catalog([
  table('order', [id(), column('staff_id', 'integer', { nullable: false }), column('order_by', 'string', { length: 20 })], {
    foreignKeys: [fk('staff_id', 'staff.staff_id')],
  }),
  table(
    '2024-orders',
    [
      id(),
      column('order_id', 'integer'),
      column('e-mail', 'string', { length: 100 }),
      column('2nd_line', 'string', { length: 100 }),
      column('tableName', 'string', { length: 10 }),
    ],
    {
      foreignKeys: [fk('order_id', 'order.id')],
    },
  ),
  table(
    'staff',
    [
      id('staff_id'),
      column('store_id', 'integer', { nullable: false }),
      column('first_name', 'string', { length: 45, nullable: false }),
      column('firstName', 'string', { length: 45 }),
    ],
    {
      primaryKey: ['staff_id'],
      foreignKeys: [fk('store_id', 'store.store_id')],
    },
  ),
  table('store', [id('store_id'), column('manager_staff_id', 'integer', { nullable: false })], {
    primaryKey: ['store_id'],
    uniques: [['manager_staff_id']],
    foreignKeys: [fk('manager_staff_id', 'staff.staff_id')],
  }),
  table('date', [id(), column('day', 'date', { nullable: false })]),
  table('api', [id()]),
  table('api_key', [id(), column('api_id', 'integer', { nullable: false }), column('secret', 'string', { length: 64, nullable: false })], {
    foreignKeys: [fk('api_id', 'api.id', { onDelete: 'CASCADE' })],
  }),
  table('column', [id(), column('label', 'text')]),
]);

/** Sakila's film, with the types and defaults a real database has. */
export const columnTypes = catalog([
  table(
    'film',
    [
      column('film_id', 'integer', { nullable: false, autoincrement: true }),
      column('title', 'string', { length: 128, nullable: false }),
      column('description', 'text'),
      column('release_year', 'integer', { native: 'year(4)', lossy: 'YEAR read as Integer' }),
      column('rental_rate', 'numeric', { precision: 4, scale: 2, nullable: false, default: { value: '4.99' } }),
      column('length', 'integer', { default: { value: 90 } }),
      column('rating', 'enum', { values: ['G', 'PG', 'PG-13', 'R', 'NC-17'], default: { value: 'G' } }),
      column('kind', 'enum', { values: ['feature', 'short'], nullable: false, default: { value: 'feature' } }),
      column('special_features', 'string', { native: "set('Trailers','Commentaries')", length: 25, lossy: 'SET read as String' }),
      column('in_stock', 'boolean', { nullable: false, default: { value: 1 } }),
      column('score', 'float', { default: { value: '0.5' } }),
      column('big', 'bigInteger', { default: { value: 12 } }),
      column('released_at', 'dateTime', { default: { value: '2000-01-01 00:00:00' } }),
      column('last_update', 'dateTime', { nullable: false, default: { expression: 'CURRENT_TIMESTAMP' } }),
      column('data', 'json'),
      column('code', 'string', { length: 8, default: { value: "it's" } }),
    ],
    { primaryKey: ['film_id'], indexes: [['title'], ['title', 'release_year']] },
  ),
  // A primary key the database does not number, and a composite key with a composite foreign key.
  table('language', [column('code', 'string', { length: 2, nullable: false }), column('id', 'integer', { nullable: false })], {
    primaryKey: ['id'],
  }),
  table('enrolment', [column('student_id', 'integer', { nullable: false }), column('term', 'integer', { nullable: false })], {
    primaryKey: ['student_id', 'term'],
  }),
  table(
    'grade',
    [
      id(),
      column('student_id', 'integer', { nullable: false }),
      column('term', 'integer', { nullable: false }),
      column('grade', 'string', { length: 2 }),
    ],
    {
      uniques: [['student_id', 'term']],
      foreignKeys: [fk(['student_id', 'term'], 'enrolment.student_id,term', { onDelete: 'CASCADE', onUpdate: 'CASCADE' })],
    },
  ),
]);

/** Self-referential link table and association object. */
export const selfLinks = catalog([
  table('user', [id(), column('name', 'string', { length: 50 })]),
  table('follow', [column('follower_id', 'integer', { nullable: false }), column('followed_id', 'integer', { nullable: false })], {
    primaryKey: ['follower_id', 'followed_id'],
    foreignKeys: [fk('follower_id', 'user.id', { onDelete: 'CASCADE' }), fk('followed_id', 'user.id', { onDelete: 'CASCADE' })],
  }),
  table(
    'friendship',
    [column('user_id', 'integer', { nullable: false }), column('friend_id', 'integer', { nullable: false }), column('since', 'date')],
    {
      primaryKey: ['user_id', 'friend_id'],
      foreignKeys: [fk('user_id', 'user.id'), fk('friend_id', 'user.id')],
    },
  ),
]);

/** A link table between a composite-key table and another, and a model named like an import beside one named like its constant. */
export const compositeLink = catalog([
  table('enrolment', [column('student_id', 'integer', { nullable: false }), column('term', 'integer', { nullable: false })], {
    primaryKey: ['student_id', 'term'],
  }),
  table('course', [id(), column('title', 'string', { length: 100 })]),
  table(
    'enrolment_course',
    [
      column('student_id', 'integer', { nullable: false }),
      column('term', 'integer', { nullable: false }),
      column('course_id', 'integer', { nullable: false }),
    ],
    {
      primaryKey: ['student_id', 'term', 'course_id'],
      foreignKeys: [fk(['student_id', 'term'], 'enrolment.student_id,term', { onDelete: 'CASCADE' }), fk('course_id', 'course.id')],
    },
  ),
  table('table', [id()]),
  table('table_model', [id()]),
]);

/** examples/bookstore/models.ts as its tables would read back. */
export const bookstore = catalog([
  table(
    'publisher',
    [
      id(),
      column('name', 'string', { length: 120, nullable: false }),
      column('country', 'string', { length: 2, nullable: false }),
      column('founded_year', 'integer'),
      column('website', 'string', { length: 200 }),
    ],
    { uniques: [['name']] },
  ),
  table(
    'book',
    [
      id(),
      column('isbn', 'string', { length: 13, nullable: false }),
      column('title', 'string', { length: 200, nullable: false }),
      column('subtitle', 'string', { length: 200 }),
      column('description', 'text'),
      column('format', 'enum', {
        values: ['hardcover', 'paperback', 'ebook', 'audiobook'],
        nullable: false,
        default: { value: 'paperback' },
      }),
      column('price', 'numeric', { precision: 10, scale: 2, nullable: false }),
      column('pages', 'integer'),
      column('published_on', 'date'),
      column('in_print', 'boolean', { nullable: false, default: { value: true } }),
      column('publisher_id', 'integer', { nullable: false }),
    ],
    { uniques: [['isbn']], indexes: [['title'], ['published_on'], ['publisher_id']], foreignKeys: [fk('publisher_id', 'publisher.id')] },
  ),
  table(
    'book_detail',
    [
      id(),
      column('book_id', 'integer', { nullable: false }),
      column('language', 'string', { length: 8, nullable: false, default: { value: 'en' } }),
      column('edition', 'integer', { nullable: false, default: { value: 1 } }),
      column('weight_grams', 'float'),
      column('dimensions', 'json'),
      column('first_line', 'text'),
    ],
    { uniques: [['book_id']], foreignKeys: [fk('book_id', 'book.id', { onDelete: 'CASCADE' })] },
  ),
  table(
    'author',
    [
      id(),
      column('name', 'string', { length: 120, nullable: false }),
      column('born_on', 'date'),
      column('nationality', 'string', { length: 2 }),
      column('bio', 'text'),
    ],
    { indexes: [['name']] },
  ),
  table(
    'book_author',
    [
      column('book_id', 'integer', { nullable: false }),
      column('author_id', 'integer', { nullable: false }),
      column('role', 'enum', { values: ['author', 'editor', 'translator', 'illustrator'], nullable: false, default: { value: 'author' } }),
      column('position', 'integer', { nullable: false, default: { value: 1 } }),
    ],
    {
      primaryKey: ['book_id', 'author_id'],
      indexes: [['author_id']],
      foreignKeys: [fk('book_id', 'book.id', { onDelete: 'CASCADE' }), fk('author_id', 'author.id', { onDelete: 'CASCADE' })],
    },
  ),
  table(
    'genre',
    [
      id(),
      column('name', 'string', { length: 80, nullable: false }),
      column('slug', 'string', { length: 80, nullable: false }),
      column('parent_id', 'integer'),
    ],
    {
      uniques: [['name'], ['slug']],
      indexes: [['parent_id']],
      foreignKeys: [fk('parent_id', 'genre.id')],
    },
  ),
  table('book_genre', [column('book_id', 'integer', { nullable: false }), column('genre_id', 'integer', { nullable: false })], {
    primaryKey: ['book_id', 'genre_id'],
    indexes: [['genre_id']],
    foreignKeys: [fk('book_id', 'book.id', { onDelete: 'CASCADE' }), fk('genre_id', 'genre.id', { onDelete: 'CASCADE' })],
  }),
  table(
    'customer',
    [
      id(),
      column('email', 'string', { length: 254, nullable: false }),
      column('full_name', 'string', { length: 120, nullable: false }),
      column('newsletter', 'boolean', { nullable: false, default: { value: false } }),
      column('created_at', 'dateTime', { nullable: false }),
      column('preferences', 'json'),
    ],
    { uniques: [['email']] },
  ),
  table('wishlist_item', [column('customer_id', 'integer', { nullable: false }), column('book_id', 'integer', { nullable: false })], {
    primaryKey: ['customer_id', 'book_id'],
    indexes: [['book_id']],
    foreignKeys: [fk('customer_id', 'customer.id', { onDelete: 'CASCADE' }), fk('book_id', 'book.id', { onDelete: 'CASCADE' })],
  }),
  table(
    'customer_order',
    [
      id(),
      column('customer_id', 'integer', { nullable: false }),
      column('status', 'enum', {
        values: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'],
        nullable: false,
        default: { value: 'pending' },
      }),
      column('placed_at', 'dateTime', { nullable: false }),
      column('shipped_on', 'date'),
      column('total', 'numeric', { precision: 10, scale: 2, nullable: false }),
      column('payment_ref', 'bigInteger'),
      column('shipping_address', 'json'),
      column('gift_note', 'text'),
    ],
    { uniques: [['payment_ref']], indexes: [['status'], ['customer_id']], foreignKeys: [fk('customer_id', 'customer.id')] },
  ),
  table(
    'order_line',
    [
      id(),
      column('order_id', 'integer', { nullable: false }),
      column('position', 'integer', { nullable: false }),
      column('book_id', 'integer', { nullable: false }),
      column('quantity', 'integer', { nullable: false, default: { value: 1 } }),
      column('unit_price', 'numeric', { precision: 10, scale: 2, nullable: false }),
    ],
    {
      uniques: [['order_id', 'position']],
      indexes: [['book_id']],
      foreignKeys: [fk('order_id', 'customer_order.id', { onDelete: 'CASCADE' }), fk('book_id', 'book.id')],
    },
  ),
  table(
    'review',
    [
      id(),
      column('book_id', 'integer', { nullable: false }),
      column('customer_id', 'integer', { nullable: false }),
      column('rating', 'integer', { nullable: false }),
      column('headline', 'string', { length: 120 }),
      column('body', 'text'),
      column('verified_purchase', 'boolean', { nullable: false, default: { value: false } }),
      column('created_at', 'dateTime', { nullable: false }),
    ],
    {
      indexes: [['book_id'], ['customer_id']],
      foreignKeys: [fk('book_id', 'book.id', { onDelete: 'CASCADE' }), fk('customer_id', 'customer.id')],
    },
  ),
]);

export const allCatalogs: Record<string, Catalog> = {
  associationObject,
  plainLink,
  keyedLink,
  oneToOne,
  adjacencyList,
  twoForeignKeys,
  viewAndNoKey,
  awkwardNames,
  columnTypes,
  selfLinks,
  compositeLink,
  bookstore,
};
