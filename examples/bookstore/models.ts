/**
 * The bookstore: one small domain that uses every relationship pattern relgraph supports, side
 * by side, so that the generated schema (`schema/schema.graphql`) shows how each one surfaces.
 *
 * Pattern by pattern (SQLAlchemy's "Basic Relationship Patterns", plus the extensions):
 *
 * - One-to-many with backPopulates: `Publisher.books` ↔ `Book.publisher`. The foreign key
 *   `book.publisher_id` is NOT NULL, so `Book.publisher` is non-null in GraphQL.
 * - One-to-many with backref: `Customer.orders` creates `Order.customer`; `Book.reviews`
 *   creates `Review.book`.
 * - Many-to-one, unidirectional: `OrderLine.book` and `Review.customer` (no reverse side).
 * - One-to-one: `Book.detail` ↔ `BookDetail.book`, `uselist: false` on the one-to-many side and
 *   a UNIQUE foreign key `book_detail.book_id`.
 * - Many-to-many through a plain `Table` secondary, with backPopulates: `Book.genres` ↔
 *   `Genre.books` over `book_genre`.
 * - Many-to-many with backref: `Customer.wishlistBooks` creates `Book.wishlistedBy`, over
 *   `wishlist_item`.
 * - Self-referential adjacency list: `Genre.parent` (many-to-one, `remoteSide: 'id'`) ↔
 *   `Genre.subgenres` (one-to-many).
 * - Association object with extra columns: `BookAuthor` (composite primary key `(book_id,
 *   author_id)`, plus `role` and `position`), reached by `Book.bookAuthors` and
 *   `Author.bookAuthors`.
 * - Association proxy: `Book.authors` reads `Book.bookAuthors → BookAuthor.author` as one list,
 *   with a `creator` that files a new link under the `author` role.
 * - An association object beside a `viewonly` secondary over the same table:
 *   `Author.books` reads `book_author` as a plain many-to-many, and never writes it (writes go
 *   through `BookAuthor`; see `docs/sqlalchemy-semantics.md` R7.2–R7.4).
 * - Cascades: `Order.lines`, `Book.bookAuthors`, `Author.bookAuthors` and `Book.detail` own
 *   their rows (`all, delete-orphan`); `Order.lines` and `Book.reviews` also trust the
 *   database's `ON DELETE CASCADE` (`passiveDeletes`).
 * - Default order of lists: `Publisher.books` by title, `Genre.subgenres` by name,
 *   `Book.bookAuthors` and `Order.lines` by position, `Customer.orders` newest first,
 *   `Book.reviews` newest first.
 * - Optimistic locking: `Order.version` (`versionIdCol`) starts at 1 and goes up with every
 *   update; `updateOrder(id:, version:, input:)` fails with STALE_DATA when the order has
 *   changed since the client read that version.
 *
 * Columns cover every type (Integer, BigInteger, String(n), Text, Boolean, Float,
 * Numeric(10, 2), DateTime, Date, JSON, named Enum) and the options `nullable: false`,
 * `unique`, `index` and `default`.
 */
import {
  BigInteger,
  Boolean,
  Column,
  Date,
  DateTime,
  Enum,
  Float,
  ForeignKey,
  Integer,
  JSON,
  Numeric,
  String,
  Table,
  Text,
  UniqueConstraint,
  associationProxy,
  declarativeBase,
  relationship,
} from 'relgraph';

const Base = declarativeBase();

/** Plain association table of `Book.genres` ↔ `Genre.books`. */
Table(
  'book_genre',
  Base.metadata,
  Column('book_id', Integer, ForeignKey('book.id', { onDelete: 'CASCADE' }), { primaryKey: true }),
  Column('genre_id', Integer, ForeignKey('genre.id', { onDelete: 'CASCADE' }), { primaryKey: true }),
);

/** Plain association table of `Customer.wishlistBooks` and its backref `Book.wishlistedBy`. */
Table(
  'wishlist_item',
  Base.metadata,
  Column('customer_id', Integer, ForeignKey('customer.id', { onDelete: 'CASCADE' }), { primaryKey: true }),
  Column('book_id', Integer, ForeignKey('book.id', { onDelete: 'CASCADE' }), { primaryKey: true }),
);

export const Publisher = Base.model('Publisher', {
  tableName: 'publisher',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(120), { nullable: false, unique: true }),
  country: Column(String(2), { nullable: false, doc: 'ISO 3166-1 alpha-2 code, e.g. "GB".' }),
  founded_year: Column(Integer),
  website: Column(String(200)),
  books: relationship('Book', { backPopulates: 'publisher', orderBy: 'title' }),
});

export const Book = Base.model('Book', {
  tableName: 'book',
  id: Column(Integer, { primaryKey: true }),
  isbn: Column(String(13), { nullable: false, unique: true, doc: 'ISBN-13, digits only.' }),
  title: Column(String(200), { nullable: false, index: true }),
  subtitle: Column(String(200)),
  description: Column(Text),
  format: Column(Enum(['hardcover', 'paperback', 'ebook', 'audiobook'], { name: 'BookFormat' }), { nullable: false, default: 'paperback' }),
  price: Column(Numeric(10, 2), { nullable: false }),
  pages: Column(Integer),
  published_on: Column(Date, { index: true }),
  in_print: Column(Boolean, { nullable: false, default: true }),
  publisher_id: Column(Integer, ForeignKey('publisher.id'), { nullable: false }),
  publisher: relationship('Publisher', { backPopulates: 'books' }),
  detail: relationship('BookDetail', { backPopulates: 'book', uselist: false, cascade: 'all, delete-orphan' }),
  genres: relationship('Genre', { secondary: 'book_genre', backPopulates: 'books', orderBy: 'name' }),
  bookAuthors: relationship('BookAuthor', { backPopulates: 'book', cascade: 'all, delete-orphan', orderBy: 'position' }),
  authors: associationProxy('bookAuthors', 'author', {
    creator: (author) => new BookAuthor({ author, role: 'author' }),
  }),
  reviews: relationship('Review', { backref: 'book', cascade: 'all, delete-orphan', passiveDeletes: true, orderBy: 'created_at desc' }),
});

export const BookDetail = Base.model('BookDetail', {
  tableName: 'book_detail',
  id: Column(Integer, { primaryKey: true }),
  book_id: Column(Integer, ForeignKey('book.id', { onDelete: 'CASCADE' }), { nullable: false, unique: true }),
  language: Column(String(8), { nullable: false, default: 'en', doc: 'BCP 47 language tag.' }),
  edition: Column(Integer, { nullable: false, default: 1 }),
  weight_grams: Column(Float),
  dimensions: Column(JSON, { doc: 'Millimetres: { "width": 135, "height": 216, "depth": 24 }.' }),
  first_line: Column(Text),
  book: relationship('Book', { backPopulates: 'detail' }),
});

export const Author = Base.model('Author', {
  tableName: 'author',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(120), { nullable: false, index: true }),
  born_on: Column(Date),
  nationality: Column(String(2)),
  bio: Column(Text),
  bookAuthors: relationship('BookAuthor', { backPopulates: 'author', cascade: 'all, delete-orphan' }),
  books: relationship('Book', { secondary: 'book_author', viewonly: true, orderBy: 'published_on' }),
});

export const BookAuthor = Base.model('BookAuthor', {
  tableName: 'book_author',
  book_id: Column(Integer, ForeignKey('book.id', { onDelete: 'CASCADE' }), { primaryKey: true }),
  author_id: Column(Integer, ForeignKey('author.id', { onDelete: 'CASCADE' }), { primaryKey: true }),
  role: Column(Enum(['author', 'editor', 'translator', 'illustrator'], { name: 'ContributorRole' }), {
    nullable: false,
    default: 'author',
  }),
  position: Column(Integer, { nullable: false, default: 1, doc: 'Order of the name on the cover, from 1.' }),
  book: relationship('Book', { backPopulates: 'bookAuthors' }),
  author: relationship('Author', { backPopulates: 'bookAuthors' }),
});

export const Genre = Base.model('Genre', {
  tableName: 'genre',
  id: Column(Integer, { primaryKey: true }),
  name: Column(String(80), { nullable: false, unique: true }),
  slug: Column(String(80), { nullable: false, unique: true }),
  parent_id: Column(Integer, ForeignKey('genre.id')),
  parent: relationship('Genre', { remoteSide: 'id', backPopulates: 'subgenres' }),
  subgenres: relationship('Genre', { backPopulates: 'parent', orderBy: 'name' }),
  books: relationship('Book', { secondary: 'book_genre', backPopulates: 'genres', orderBy: 'title' }),
});

export const Customer = Base.model('Customer', {
  tableName: 'customer',
  id: Column(Integer, { primaryKey: true }),
  email: Column(String(254), { nullable: false, unique: true }),
  full_name: Column(String(120), { nullable: false }),
  newsletter: Column(Boolean, { nullable: false, default: false }),
  created_at: Column(DateTime, { nullable: false, default: () => new globalThis.Date() }),
  preferences: Column(JSON),
  orders: relationship('Order', { backref: 'customer', orderBy: 'placed_at desc' }),
  wishlistBooks: relationship('Book', { secondary: 'wishlist_item', backref: 'wishlistedBy', orderBy: 'title' }),
});

export const Order = Base.model('Order', {
  tableName: 'customer_order',
  // Staff and customers change orders at once (paid, shipped, cancelled): a write that has not
  // seen the latest change fails with STALE_DATA instead of undoing it.
  versionIdCol: 'version',
  id: Column(Integer, { primaryKey: true }),
  customer_id: Column(Integer, ForeignKey('customer.id'), { nullable: false }),
  status: Column(Enum(['pending', 'paid', 'shipped', 'delivered', 'cancelled'], { name: 'OrderStatus' }), {
    nullable: false,
    default: 'pending',
    index: true,
  }),
  placed_at: Column(DateTime, { nullable: false, default: () => new globalThis.Date() }),
  shipped_on: Column(Date),
  total: Column(Numeric(10, 2), { nullable: false }),
  payment_ref: Column(BigInteger, { unique: true, doc: "The payment processor's 64-bit transaction number." }),
  shipping_address: Column(JSON),
  gift_note: Column(Text),
  version: Column(Integer, { nullable: false }),
  lines: relationship('OrderLine', { backPopulates: 'order', cascade: 'all, delete-orphan', passiveDeletes: true, orderBy: 'position' }),
});

export const OrderLine = Base.model('OrderLine', {
  tableName: 'order_line',
  tableArgs: [UniqueConstraint(['order_id', 'position'])],
  id: Column(Integer, { primaryKey: true }),
  order_id: Column(Integer, ForeignKey('customer_order.id', { onDelete: 'CASCADE' }), { nullable: false }),
  position: Column(Integer, { nullable: false }),
  book_id: Column(Integer, ForeignKey('book.id'), { nullable: false }),
  quantity: Column(Integer, { nullable: false, default: 1 }),
  unit_price: Column(Numeric(10, 2), { nullable: false }),
  order: relationship('Order', { backPopulates: 'lines' }),
  book: relationship('Book'),
});

export const Review = Base.model('Review', {
  tableName: 'review',
  id: Column(Integer, { primaryKey: true }),
  book_id: Column(Integer, ForeignKey('book.id', { onDelete: 'CASCADE' }), { nullable: false }),
  customer_id: Column(Integer, ForeignKey('customer.id'), { nullable: false }),
  rating: Column(Integer, { nullable: false, doc: 'From 1 to 5 stars.' }),
  headline: Column(String(120)),
  body: Column(Text),
  verified_purchase: Column(Boolean, { nullable: false, default: false }),
  created_at: Column(DateTime, { nullable: false, default: () => new globalThis.Date() }),
  customer: relationship('Customer'),
});

export default Base;
