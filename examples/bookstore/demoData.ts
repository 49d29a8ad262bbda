/**
 * Demo rows for every table of the bookstore (`models.ts`), made by a seeded generator: the
 * same seed always gives the same rows, and every relationship has links to show. Also writes
 * them to a database in one transaction, with the neutral `Insert` statement.
 */
import type { JsonValue } from '../../src/declare/index.js';
import type { Driver } from '../../src/dialect/Driver.js';
import type { Mapping } from '../../src/mapper/index.js';
import { val } from '../../src/sql/build.js';
import type { Insert } from '../../src/sql/statements.js';
import { chunk } from '../../src/util/chunk.js';
import * as words from './demoWords.js';
import {
  addDays,
  address,
  ascii,
  cents,
  dateBetween,
  isbn13,
  isoDate,
  maxDate,
  minDate,
  money,
  paymentRef,
  bookTitle,
  slug,
  timeBetween,
  unique,
  uniqueNames,
} from './demoValues.js';
import { createRandom, type Random } from './seededRandom.js';

/** A value as relgraph holds it: `DateTime` a `Date`, `Date` "YYYY-MM-DD", `Numeric` and `BigInteger` strings. */
export type DemoValue = JsonValue | Date;

/** One row, keyed by column name, with every column of its table present (null where empty). */
export type DemoRow = Readonly<Record<string, DemoValue>>;

export interface DemoTable {
  readonly table: string;
  readonly rows: readonly DemoRow[];
}

export interface DemoData {
  readonly seed: number;
  /** Every table, each after the tables its foreign keys point to; a genre after its parent. */
  readonly tables: readonly DemoTable[];
}

export const defaultDemoSeed = 1984;

/** The generator's "today": no row is dated later, so nothing depends on the clock. */
const lastDay = '2026-06-30';
const endOfLastDay = new Date(`${lastDay}T23:59:59Z`);

/**
 * @example
 * const data = generateDemoData();
 * data.tables.map((t) => `${t.table}: ${t.rows.length}`) // ['publisher: 24', 'author: 60', ...]
 * generateDemoData({ seed: 7 }) // other rows, the same shape
 */
export function generateDemoData(options: { readonly seed?: number } = {}): DemoData {
  const seed = options.seed ?? defaultDemoSeed;
  const random = createRandom(seed);
  const publishers = makePublishers(random);
  const authors = makeAuthors(random);
  const genres = makeGenres();
  const customers = makeCustomers(random, genres);
  const books = makeBooks(random, publishers.length);
  const bookGenres = makeBookGenres(random, books, genres);
  const details = makeDetails(random, books);
  const bookAuthors = makeBookAuthors(random, books, authors, bookGenres, genres);
  const wishlist = makeWishlist(random, customers, books);
  const { orders, lines } = makeOrders(random, customers, books);
  const reviews = makeReviews(random, { books, customers, orders, lines });
  return {
    seed,
    tables: [
      { table: 'publisher', rows: publishers },
      { table: 'author', rows: authors },
      { table: 'genre', rows: genres },
      { table: 'customer', rows: customers },
      { table: 'book', rows: books },
      { table: 'book_detail', rows: details },
      { table: 'book_author', rows: bookAuthors },
      { table: 'book_genre', rows: bookGenres },
      { table: 'wishlist_item', rows: wishlist },
      { table: 'customer_order', rows: orders },
      { table: 'order_line', rows: lines },
      { table: 'review', rows: reviews },
    ],
  };
}

/**
 * Writes the demo rows in one transaction, table by table, as multi-row INSERTs of at most
 * `maxBindParameters` values each. Rows carry their ids, so links hold without reading back.
 * Returns the number of rows written per table.
 *
 * @example
 * await createAll(mapping, driver);
 * await insertDemoData(mapping, driver) // { publisher: 24, author: 60, ... }
 * // sqlite: INSERT INTO "publisher" ("id", "name", ...) VALUES (?, ?, ...), (?, ?, ...), ...
 * // mysql:  INSERT INTO `publisher` (`id`, `name`, ...) VALUES (?, ?, ...), (?, ?, ...), ...
 */
export async function insertDemoData(
  mapping: Mapping,
  driver: Driver,
  data: DemoData = generateDemoData(),
): Promise<Record<string, number>> {
  const { dialect } = driver;
  const counts: Record<string, number> = {};
  await driver.transaction(async (tx) => {
    for (const { table: name, rows } of data.tables) {
      const table = mapping.table(name);
      if (!table) throw new TypeError(`insertDemoData(mapping, driver) expects the bookstore's mapping, but it has no table "${name}".`);
      const { columns } = table;
      const rowsPerInsert = Math.max(1, Math.floor(dialect.capabilities.maxBindParameters / columns.length));
      for (const piece of chunk(rows, rowsPerInsert)) {
        const insert: Insert = {
          kind: 'insert',
          table: name,
          columns: columns.map((column) => column.name),
          rows: piece.map((row) => columns.map((column) => val(row[column.name] ?? null, column.type))),
          onConflict: 'error',
          returning: [],
        };
        await tx.execute(dialect.render(insert));
      }
      counts[name] = rows.length;
    }
  });
  return counts;
}

// --- the tables, one maker each -------------------------------------------------------------

function makePublishers(random: Random): DemoRow[] {
  return words.publisherNames.map((name, i) => ({
    id: i + 1,
    name,
    country: random.pick(words.countries),
    founded_year: random.int(1843, 2016),
    website: random.chance(0.85) ? `https://www.${slug(name)}.example` : null,
  }));
}

function makeAuthors(random: Random): DemoRow[] {
  const jobs = [
    'a teacher',
    'a journalist',
    'a nurse',
    'a software engineer',
    'a bookseller',
    'a marine biologist',
    'a translator',
    'a lawyer',
  ];
  return uniqueNames(random, 60).map((name, i) => ({
    id: i + 1,
    name,
    born_on: isoDate(dateBetween(random, '1938-01-01', '1996-12-31')),
    nationality: random.pick(words.nationalities),
    bio: random.chance(0.85)
      ? `${name} grew up in ${random.pick(words.cities)[0]} and worked as ${random.pick(jobs)} before turning to writing.`
      : null,
  }));
}

/** The tree of `demoWords.ts`, each genre after its parent, ids in that order. */
function makeGenres(): DemoRow[] {
  const rows: DemoRow[] = [];
  const visit = (nodes: readonly words.GenreNode[], parentId: number | null) => {
    const ids = nodes.map((node) => {
      const id = rows.length + 1;
      rows.push({ id, name: node.name, slug: slug(node.name), parent_id: parentId });
      return id;
    });
    nodes.forEach((node, i) => visit(node.children ?? [], ids[i]!));
  };
  visit(words.genreTree, null);
  return rows;
}

function makeCustomers(random: Random, genres: readonly DemoRow[]): DemoRow[] {
  const formats = ['hardcover', 'paperback', 'ebook', 'audiobook'];
  const emails = new Set<string>();
  return uniqueNames(random, 60).map((name, i) => {
    let email = `${ascii(name).replace(/\s+/g, '.')}@example.com`;
    if (emails.has(email)) email = email.replace('@', `.${i + 1}@`);
    emails.add(email);
    const preferences: JsonValue = random.chance(0.6)
      ? {
          favouriteGenres: random.sample(genres, random.int(1, 3)).map((g) => g.slug as string),
          preferredFormat: random.pick(formats),
          emailFrequency: random.pick(['weekly', 'monthly']),
        }
      : null;
    return {
      id: i + 1,
      email,
      full_name: name,
      newsletter: random.chance(0.4),
      created_at: dateBetween(random, '2019-01-01', '2024-12-31'),
      preferences,
    };
  });
}

const priceRanges = { hardcover: [18, 32], paperback: [8, 16], ebook: [4, 12], audiobook: [14, 29] } as const;

function makeBooks(random: Random, publisherCount: number): DemoRow[] {
  const titles = new Set<string>();
  const isbns = new Set<string>();
  return Array.from({ length: 120 }, (_, i) => {
    const format = random.weighted([
      ['paperback', 45],
      ['hardcover', 25],
      ['ebook', 20],
      ['audiobook', 10],
    ] as const);
    const [low, high] = priceRanges[format];
    return {
      id: i + 1,
      isbn: unique(isbns, () => isbn13(random)),
      title: unique(titles, () => bookTitle(random)),
      subtitle: random.chance(0.3) ? random.pick(words.subtitles) : null,
      description: random.chance(0.85) ? `${random.pick(words.descriptionOpenings)} ${random.pick(words.descriptionSubjects)}.` : null,
      format,
      price: `${random.int(low, high)}.${random.pick(['99', '99', '49', '00'])}`,
      pages: format === 'audiobook' ? null : random.int(96, 720),
      published_on: isoDate(dateBetween(random, '2019-01-01', lastDay)),
      in_print: format === 'ebook' || random.chance(0.9),
      // Every publisher gets one of the first books; the rest go anywhere.
      publisher_id: i < publisherCount ? i + 1 : random.int(1, publisherCount),
    };
  });
}

function makeDetails(random: Random, books: readonly DemoRow[]): DemoRow[] {
  return books.map((book, i) => {
    const pages = book.pages as number | null;
    const printed = book.format === 'hardcover' || book.format === 'paperback';
    const hardcover = book.format === 'hardcover';
    return {
      id: i + 1,
      book_id: book.id as number,
      language: random.chance(0.88) ? 'en' : random.pick(['fr', 'de', 'es', 'it', 'ja', 'pt-BR']),
      edition: random.weighted([
        [1, 70],
        [2, 20],
        [3, 10],
      ] as const),
      weight_grams: printed && pages ? Math.round((pages * (hardcover ? 1.1 : 0.7) + 40) * 2) / 2 : null,
      dimensions:
        printed && pages
          ? { width: hardcover ? 156 : 129, height: hardcover ? 234 : 198, depth: Math.round(pages / 12) + (hardcover ? 8 : 3) }
          : null,
      first_line: random.chance(0.8) ? random.pick(words.firstLines) : null,
    };
  });
}

function makeBookAuthors(
  random: Random,
  books: readonly DemoRow[],
  authors: readonly DemoRow[],
  bookGenres: readonly DemoRow[],
  genres: readonly DemoRow[],
): DemoRow[] {
  // Every author leads at least one book: the lead authors go round a shuffled list.
  const leads = random.shuffle(authors.map((a) => a.id as number));
  const illustrated = new Set(['childrens', 'graphic-novels']);
  const topSlug = (genreId: number) => slug(rootOf(genres, genreId).name as string);
  const rows: DemoRow[] = [];
  for (const [i, book] of books.entries()) {
    const bookId = book.id as number;
    const roles: Array<'author' | 'editor' | 'translator' | 'illustrator'> = ['author'];
    if (random.chance(0.15)) roles.push('author');
    if (bookGenres.some((bg) => bg.book_id === bookId && illustrated.has(topSlug(bg.genre_id as number)))) roles.push('illustrator');
    if (random.chance(0.12)) roles.push('translator');
    if (random.chance(0.05)) roles.push('editor');
    const chosen = [leads[i % leads.length]!];
    while (chosen.length < roles.length) {
      const candidate = random.int(1, authors.length);
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    chosen.forEach((authorId, j) => rows.push({ book_id: bookId, author_id: authorId, role: roles[j]!, position: j + 1 }));
  }
  return rows;
}

function makeBookGenres(random: Random, books: readonly DemoRow[], genres: readonly DemoRow[]): DemoRow[] {
  const leaves = genres.filter((g) => !genres.some((child) => child.parent_id === g.id));
  const rows: DemoRow[] = [];
  for (const [i, book] of books.entries()) {
    // Every genre gets one of the first books; later books go to the most specific genres.
    const primary = i < genres.length ? genres[i]! : random.pick(leaves);
    const ids = [primary.id as number];
    if (primary.parent_id !== null && random.chance(0.4)) ids.push(primary.parent_id as number);
    if (random.chance(0.2)) ids.push(random.pick(leaves).id as number);
    for (const genreId of new Set(ids)) rows.push({ book_id: book.id as number, genre_id: genreId });
  }
  return rows;
}

function makeWishlist(random: Random, customers: readonly DemoRow[], books: readonly DemoRow[]): DemoRow[] {
  return customers
    .filter(() => random.chance(0.6))
    .flatMap((customer) =>
      random.sample(books, random.int(1, 6)).map((book) => ({ customer_id: customer.id as number, book_id: book.id as number })),
    );
}

/** `Order.version` (`versionIdCol`): the updates an order in this status has been through. */
const statusVersion: Readonly<Record<string, number>> = { pending: 1, paid: 2, cancelled: 2, shipped: 3, delivered: 4 };

function makeOrders(random: Random, customers: readonly DemoRow[], books: readonly DemoRow[]): { orders: DemoRow[]; lines: DemoRow[] } {
  const drafts = customers.flatMap((customer) =>
    Array.from(
      {
        length: random.weighted([
          [1, 25],
          [2, 30],
          [3, 25],
          [4, 12],
          [5, 8],
        ] as const),
      },
      () => {
        // Most orders fall anywhere in the customer's time with the shop; some in the last weeks.
        const since = random.chance(0.1) ? maxDate(customer.created_at as Date, addDays(endOfLastDay, -30)) : (customer.created_at as Date);
        const placedAt = timeBetween(random, since, endOfLastDay);
        const available = books.filter((b) => (b.published_on as string) <= isoDate(placedAt));
        const picked = random.sample(
          available.length > 0 ? available : books,
          random.weighted([
            [1, 45],
            [2, 30],
            [3, 15],
            [4, 10],
          ] as const),
        );
        return { customer, placedAt, picked };
      },
    ),
  );
  // Ids follow the order in which orders were placed, as an auto-increment key would.
  drafts.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  const orders: DemoRow[] = [];
  const lines: DemoRow[] = [];
  const refs = new Set<string>();
  for (const [i, { customer, placedAt, picked }] of drafts.entries()) {
    const orderId = i + 1;
    let totalCents = 0;
    for (const [j, book] of picked.entries()) {
      const listCents = cents(book.price as string);
      const unitCents = random.chance(0.1) ? Math.round(listCents * 0.8) : listCents;
      const quantity = random.weighted([
        [1, 80],
        [2, 15],
        [3, 5],
      ] as const);
      totalCents += unitCents * quantity;
      lines.push({
        id: lines.length + 1,
        order_id: orderId,
        position: j + 1,
        book_id: book.id as number,
        quantity,
        unit_price: money(unitCents),
      });
    }
    const status = orderStatus(random, placedAt);
    const shipped = status === 'shipped' || status === 'delivered';
    orders.push({
      id: orderId,
      customer_id: customer.id as number,
      status,
      placed_at: placedAt,
      shipped_on: shipped ? isoDate(minDate(addDays(placedAt, random.int(1, 3)), endOfLastDay)) : null,
      total: money(totalCents),
      payment_ref: status === 'pending' ? null : unique(refs, () => paymentRef(random)),
      shipping_address: address(random),
      gift_note: random.chance(0.1) ? random.pick(words.giftNotes) : null,
      // One update per step the order took: pending (1) → paid → shipped → delivered.
      version: statusVersion[status]!,
    });
  }
  return { orders, lines };
}

/** Older orders have arrived (or were cancelled); the last weeks' are still on their way. */
function orderStatus(random: Random, placedAt: Date): string {
  const ageDays = (endOfLastDay.getTime() - placedAt.getTime()) / 86_400_000;
  if (ageDays > 21)
    return random.weighted([
      ['delivered', 92],
      ['cancelled', 8],
    ] as const);
  if (ageDays > 5)
    return random.weighted([
      ['delivered', 55],
      ['shipped', 40],
      ['cancelled', 5],
    ] as const);
  return random.weighted([
    ['pending', 35],
    ['paid', 40],
    ['shipped', 25],
  ] as const);
}

interface ReviewSources {
  readonly books: readonly DemoRow[];
  readonly customers: readonly DemoRow[];
  readonly orders: readonly DemoRow[];
  readonly lines: readonly DemoRow[];
}

function makeReviews(random: Random, { books, customers, orders, lines }: ReviewSources): DemoRow[] {
  const drafts: Array<{ bookId: number; customerId: number; createdAt: Date; verified: boolean }> = [];
  const reviewed = new Set<string>();
  const add = (bookId: number, customerId: number, createdAt: Date, verified: boolean) => {
    if (reviewed.has(`${bookId}:${customerId}`) || createdAt > endOfLastDay) return;
    reviewed.add(`${bookId}:${customerId}`);
    drafts.push({ bookId, customerId, createdAt, verified });
  };
  // Verified: some buyers review what arrived, days or weeks later.
  for (const line of lines) {
    const order = orders[(line.order_id as number) - 1]!;
    if (order.status !== 'delivered' || !random.chance(0.35)) continue;
    const arrived = new Date(`${order.shipped_on as string}T00:00:00Z`);
    add(line.book_id as number, order.customer_id as number, timeBetween(random, addDays(arrived, 3), addDays(arrived, 60)), true);
  }
  // Unverified: readers who bought elsewhere.
  for (let n = 0; n < 60; n += 1) {
    const book = random.pick(books);
    const customer = random.pick(customers);
    const from = maxDate(new Date(`${book.published_on as string}T00:00:00Z`), customer.created_at as Date);
    if (from < endOfLastDay) add(book.id as number, customer.id as number, timeBetween(random, from, endOfLastDay), false);
  }
  drafts.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return drafts.map((draft, i) => {
    const rating = random.pick([5, 5, 5, 4, 4, 4, 3, 3, 2, 1] as const);
    return {
      id: i + 1,
      book_id: draft.bookId,
      customer_id: draft.customerId,
      rating,
      headline: random.chance(0.85) ? random.pick(words.reviewHeadlines[rating]) : null,
      body: random.chance(0.8) ? random.sample(words.reviewBodies, random.int(1, 2)).join(' ') : null,
      verified_purchase: draft.verified,
      created_at: draft.createdAt,
    };
  });
}

function rootOf(genres: readonly DemoRow[], id: number): DemoRow {
  const genre = genres[id - 1]!;
  return genre.parent_id === null ? genre : rootOf(genres, genre.parent_id as number);
}
