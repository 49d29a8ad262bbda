/**
 * The example database of the README's fourth quick-start path (`examples/shop/`): an existing
 * database → `relgraph introspect` → `relgraph serve`. On each dialect the schema is created from
 * its `.sql` file (`schema.mysql.sql` on MariaDB, `schema.sqlite.sql` on SQLite) and filled from
 * the shared `data.sql`, statement by statement as the `mariadb` and `sqlite3` shells run them.
 * Then, in process: the catalog is read, the models inferred and the module written and loaded;
 * each relationship kind is there with its direction, `uselist`, foreign key and options; the
 * view and the table without a primary key are left out and say why; the drift check finds
 * nothing between the module and the database it came from; and queries walk every relationship
 * kind, a connection and aggregates, with answers that follow from `data.sql`. Last, the
 * README's commands as a user runs them: the built `relgraph introspect --out`, `relgraph check`
 * and `relgraph serve` (so `npm run build` first, as for `cli.test.ts`).
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  configure,
  createRelgraph,
  printSchemaSdl,
  type Driver,
  type Mapping,
  type MappedRelationship,
  type Relgraph,
} from '../../../src/index.js';
import { createDriver } from '../../../src/dialect/createDriver.js';
import { checkDrift } from '../../../src/introspect/checkDrift.js';
import { inferModels, type ModelsDescription } from '../../../src/introspect/inferModels.js';
import { readCatalog } from '../../../src/introspect/readCatalog.js';
import { writeModelsModule } from '../../../src/introspect/writeModelsModule.js';
import { assertFreshBuild, runCli, startServe } from '../../support/cliProcess.js';
import { DIALECTS, selectRows, type TestDatabaseLocation } from '../../support/index.js';
import { loadModule, removeModules, type LoadedModels } from '../../unit/introspect/loadModule.js';

afterAll(removeModules);

const repo = process.cwd();
const shop = path.join(repo, 'examples/shop');
const readShopFile = (name: string) => readFileSync(path.join(shop, name), 'utf8');

// ---------------------------------------------------------------------------------------------
// The .sql files, as the shells read them

/**
 * The statements of a `.sql` file: split at each `;` outside quotes ('…', "…", `…`, a doubled
 * quote inside being part of them), with `--` and block comments dropped. The files use no
 * backslash escapes, which MySQL and SQLite read differently (asserted below).
 */
function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  const finish = () => {
    if (current.trim() !== '') statements.push(current.trim());
    current = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error(`An unterminated comment at offset ${i}.`);
      current += ' ';
      i = end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      let j = i + 1;
      for (;;) {
        const close = text.indexOf(char, j);
        if (close === -1) throw new Error(`An unterminated ${char} at offset ${i}.`);
        if (text[close + 1] === char) {
          j = close + 2;
          continue;
        }
        j = close + 1;
        break;
      }
      current += text.slice(i, j);
      i = j;
    } else if (char === ';') {
      finish();
      i += 1;
    } else {
      current += char;
      i += 1;
    }
  }
  finish();
  return statements;
}

const schemaFile = (dialect: string) => (dialect === 'mariadb' ? 'schema.mysql.sql' : 'schema.sqlite.sql');

async function runSqlFile(driver: Driver, name: string): Promise<number> {
  const statements = splitStatements(readShopFile(name));
  for (const sql of statements) {
    await driver.execute({ sql, params: [], kind: /^insert\b/i.test(sql) ? 'insert' : 'ddl' });
  }
  return statements.length;
}

describe('examples/shop: the .sql files', () => {
  it('split into their statements, with no backslash escape anywhere', () => {
    for (const name of ['schema.mysql.sql', 'schema.sqlite.sql', 'data.sql']) expect(readShopFile(name), name).not.toContain('\\');
    const heads = (name: string) =>
      splitStatements(readShopFile(name)).map((sql) =>
        /^(CREATE (?:TABLE|VIEW|INDEX)|INSERT INTO) ([`"]?\w+[`"]?)/.exec(sql)?.slice(1).join(' '),
      );
    const tables = (order: string) => [
      'customer',
      'customer_profile',
      'address',
      'category',
      'product',
      'tag',
      'product_tag',
      order,
      'order_line',
      'review',
      'audit_log',
    ];
    expect(heads('schema.mysql.sql')).toEqual([...tables('`order`').map((t) => `CREATE TABLE ${t}`), 'CREATE VIEW order_total']);
    const sqlite = tables('"order"').map((t) => `CREATE TABLE ${t}`);
    expect(heads('schema.sqlite.sql')).toEqual([
      ...sqlite.slice(0, 5),
      'CREATE INDEX ix_product_name',
      ...sqlite.slice(5),
      'CREATE VIEW order_total',
    ]);
    // Backticks: SQLite reads `order` as MySQL does.
    expect(heads('data.sql')).toEqual(tables('`order`').map((t) => `INSERT INTO ${t}`));
    expect(splitStatements("SELECT 'a;''b' -- c;\n, \"x;\" /* ; */ ; SELECT `y;`")).toEqual(["SELECT 'a;''b' \n, \"x;\"", 'SELECT `y;`']);
  });

  it('are the files the quick start of README.md and examples/shop/README.md name', () => {
    for (const readme of ['README.md', 'examples/shop/README.md']) {
      const named = [...readFileSync(path.join(repo, readme), 'utf8').matchAll(/examples\/shop\/([\w.]+\.sql)\b/g)].map((m) => m[1]);
      expect(new Set(named), readme).toEqual(new Set(['schema.mysql.sql', 'schema.sqlite.sql', 'data.sql']));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// What introspection must find

/**
 * Every relationship of the mapping, one line each: owner and name, target, direction, list or
 * scalar, the foreign key it follows (or the secondary it goes through), and the options the
 * database implied.
 */
function relationshipLines(mapping: Mapping): string[] {
  const line = (r: MappedRelationship) => {
    const via =
      r.direction === 'many-to-many'
        ? `through ${r.secondary!.name}`
        : `by ${r.join
            .map((p) => (r.direction === 'one-to-many' ? p.remote : p.local))
            .map((c) => `${c.table.name}.${c.name}`)
            .join(', ')}`;
    const options = [r.passiveDeletes ? 'passiveDeletes' : '', r.cascade.deleteOrphan ? 'delete-orphan' : ''].filter(Boolean);
    return `${r.owner.name}.${r.name} → ${r.target.name}: ${r.direction} ${r.uselist ? 'list' : 'scalar'} ${via}${options.length > 0 ? ` (${options.join(', ')})` : ''}; back: ${r.reverse?.name}`;
  };
  return mapping.models.flatMap((m) => m.relationships.map(line)).sort();
}

const expectedRelationships = [
  // Two foreign keys to the same table (order.billing_address_id, order.shipping_address_id): one pair each.
  'Address.billing_address_orders → Order: one-to-many list by order.billing_address_id; back: billing_address',
  // Many-to-one, and its one-to-many back on Customer (ON DELETE CASCADE: passiveDeletes).
  'Address.customer → Customer: many-to-one scalar by address.customer_id; back: addresses',
  'Address.shipping_address_orders → Order: one-to-many list by order.shipping_address_id; back: shipping_address',
  // Adjacency list: category.parent_id.
  'Category.children → Category: one-to-many list by category.parent_id; back: parent',
  'Category.parent → Category: many-to-one scalar by category.parent_id; back: children',
  'Category.products → Product: one-to-many list by product.category_id; back: category',
  'Customer.addresses → Address: one-to-many list by address.customer_id (passiveDeletes); back: customer',
  // One-to-one: customer_profile.customer_id is unique, so the one-to-many side is a scalar.
  'Customer.customer_profile → CustomerProfile: one-to-many scalar by customer_profile.customer_id (passiveDeletes); back: customer',
  // One-to-many.
  'Customer.orders → Order: one-to-many list by order.customer_id; back: customer',
  'Customer.reviews → Review: one-to-many list by review.customer_id; back: customer',
  'CustomerProfile.customer → Customer: many-to-one scalar by customer_profile.customer_id; back: customer_profile',
  'Order.billing_address → Address: many-to-one scalar by order.billing_address_id; back: billing_address_orders',
  'Order.customer → Customer: many-to-one scalar by order.customer_id; back: orders',
  // Association object: order_line, keyed by (order_id, product_id), with quantity and unit_price.
  'Order.order_lines → OrderLine: one-to-many list by order_line.order_id (passiveDeletes, delete-orphan); back: order',
  'Order.shipping_address → Address: many-to-one scalar by order.shipping_address_id; back: shipping_address_orders',
  'OrderLine.order → Order: many-to-one scalar by order_line.order_id; back: order_lines',
  'OrderLine.product → Product: many-to-one scalar by order_line.product_id; back: order_lines',
  'Product.category → Category: many-to-one scalar by product.category_id; back: products',
  'Product.order_lines → OrderLine: one-to-many list by order_line.product_id (delete-orphan); back: product',
  'Product.reviews → Review: one-to-many list by review.product_id (passiveDeletes); back: product',
  // Many-to-many through the plain link table product_tag (ON DELETE CASCADE on both keys).
  'Product.tags → Tag: many-to-many list through product_tag (passiveDeletes); back: products',
  'Review.customer → Customer: many-to-one scalar by review.customer_id; back: reviews',
  'Review.product → Product: many-to-one scalar by review.product_id; back: reviews',
  'Tag.products → Product: many-to-many list through product_tag (passiveDeletes); back: tags',
];

/** The columns whose types and keys the shop is there to show, as the mapping declares them. */
function notableColumns(mapping: Mapping): Record<string, unknown> {
  const column = (table: string, name: string) => {
    const c = mapping.table(table)!.column(name)!;
    return {
      type: c.type,
      ...(c.nullable ? {} : { notNull: true }),
      ...(c.primaryKey ? { primaryKey: true } : {}),
      ...(c.unique ? { unique: true } : {}),
      ...(c.index ? { index: true } : {}),
      ...(c.default === undefined ? {} : { default: c.default }),
      ...(c.serverDefault === undefined ? {} : { serverDefault: c.serverDefault }),
    };
  };
  return Object.fromEntries(
    [
      ['order', 'status'],
      ['order', 'placed_at'],
      ['product', 'price'],
      ['product', 'name'],
      ['product', 'sku'],
      ['customer', 'email'],
      ['customer_profile', 'customer_id'],
      ['customer_profile', 'newsletter'],
      ['order_line', 'order_id'],
      ['order_line', 'unit_price'],
    ].map(([table, name]) => [`${table}.${name}`, column(table!, name!)]),
  );
}

const cli = (args: readonly string[], cwd: string) => runCli(args, { cwd });
const serve = (args: readonly string[], cwd: string) => startServe(args, { cwd });

// ---------------------------------------------------------------------------------------------

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the example shop database (examples/shop)`, { timeout: 60_000 }, () => {
    let location: TestDatabaseLocation;
    let driver: Driver;
    let description: ModelsDescription;
    let source: string;
    let module: LoadedModels;
    let mapping: Mapping;
    let relgraph: Relgraph;
    let created: { schema: number; data: number };

    beforeAll(async () => {
      // A file on SQLite, so that the CLI's processes open the same database.
      location = await dialect.createDatabase({ file: true });
      driver = await createDriver(location.url);
      created = { schema: await runSqlFile(driver, schemaFile(dialect.name)), data: await runSqlFile(driver, 'data.sql') };
      description = inferModels(await readCatalog(driver));
      source = writeModelsModule(description);
      module = await loadModule(source, 'ts');
      mapping = configure(module.default);
      relgraph = createRelgraph(mapping, { driver, ...(module.inflection ? { inflection: module.inflection } : {}) });
    });
    afterAll(async () => {
      await driver?.close();
      await location?.drop();
    });

    const ask = async (query: string) => {
      const result = await relgraph.execute({ schema: relgraph.schema, document: parse(query), contextValue: relgraph.createContext() });
      expect(result.errors, `${query}\n${source}`).toBeUndefined();
      return result.data as Record<string, unknown>;
    };

    it('creates 11 tables and a view from the .sql files, and fills them', async () => {
      expect(created).toEqual({ schema: dialect.name === 'mariadb' ? 12 : 13, data: 11 });
      const counts = await selectRows(
        driver,
        `SELECT
        (SELECT COUNT(*) FROM customer) AS customers, (SELECT COUNT(*) FROM customer_profile) AS profiles,
        (SELECT COUNT(*) FROM address) AS addresses, (SELECT COUNT(*) FROM category) AS categories,
        (SELECT COUNT(*) FROM product) AS products, (SELECT COUNT(*) FROM tag) AS tags,
        (SELECT COUNT(*) FROM product_tag) AS product_tags, (SELECT COUNT(*) FROM ${dialect.name === 'mariadb' ? '`order`' : '"order"'}) AS orders,
        (SELECT COUNT(*) FROM order_line) AS order_lines, (SELECT COUNT(*) FROM review) AS reviews,
        (SELECT COUNT(*) FROM audit_log) AS audit_logs, (SELECT COUNT(*) FROM order_total) AS order_totals`,
      );
      expect(Object.fromEntries(Object.entries(counts[0]!).map(([k, v]) => [k, Number(v)]))).toEqual({
        customers: 3,
        profiles: 2,
        addresses: 3,
        categories: 4,
        products: 4,
        tags: 3,
        product_tags: 5,
        orders: 3,
        order_lines: 5,
        reviews: 3,
        audit_logs: 3,
        order_totals: 3,
      });
    });

    it('maps 9 models and the link table, and leaves out the view and the table without a primary key, saying why', () => {
      expect(
        description.models.map((m) => `${m.tableName}: ${m.name}${m.associationObject ? ' (association object)' : ''}`),
        source,
      ).toEqual([
        'address: Address',
        'category: Category',
        'customer: Customer',
        'customer_profile: CustomerProfile',
        'order: Order',
        'order_line: OrderLine (association object)',
        'product: Product',
        'review: Review',
        'tag: Tag',
      ]);
      expect(
        description.tables.map((t) => `${t.name}: ${t.relationships.join(' ↔ ')}${t.keyed ? '' : ' (no key)'}`),
        source,
      ).toEqual(['product_tag: Product.tags ↔ Tag.products']);
      expect(description.skipped, source).toEqual([
        {
          name: 'audit_log',
          kind: 'table',
          reason: 'no primary key, so its rows cannot be looked up, linked or updated. Add one and introspect again',
        },
        { name: 'order_total', kind: 'view', reason: 'a view has no primary key to look its rows up by' },
      ]);
      expect(source).toMatch(/\n \* Left out:\n \* - table "audit_log": no primary key, /);
      expect(source).toContain('\n * - view "order_total": a view has no primary key to look its rows up by.\n');
      expect(description.notes, source).toEqual([]);
      expect(mapping.table('product_tag')?.isSecondary).toBe(true);
      expect(mapping.table('audit_log')).toBeUndefined();
      expect(mapping.table('order_total')).toBeUndefined();
    });

    it('infers every relationship kind, with its direction, uselist, foreign key and options', () => {
      expect(relationshipLines(mapping), source).toEqual(expectedRelationships);
      // The association object's ends each get the flat list of the other end.
      expect(
        mapping.models.flatMap((m) => m.proxies.map((p) => `${m.name}.${p.name} = ${p.relationship.name}.${p.attribute.name}`)).sort(),
        source,
      ).toEqual(['Order.products = order_lines.product', 'Product.orders = order_lines.order']);
    });

    it('reads the ENUM, DECIMAL and DATETIME columns, the unique keys and the plain index', () => {
      // SQLite: the enum from the CHECK (status IN (...)); DATETIME and DECIMAL(10, 2) as declared.
      expect(notableColumns(mapping), source).toEqual({
        'order.status': {
          type: { kind: 'enum', values: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'] },
          notNull: true,
          default: 'pending',
        },
        'order.placed_at': { type: { kind: 'dateTime' }, notNull: true },
        'product.price': { type: { kind: 'numeric', precision: 10, scale: 2 }, notNull: true },
        'product.name': { type: { kind: 'string', length: 120 }, notNull: true, index: true },
        'product.sku': { type: { kind: 'string', length: 32 }, notNull: true, unique: true },
        'customer.email': { type: { kind: 'string', length: 255 }, notNull: true, unique: true },
        'customer_profile.customer_id': { type: { kind: 'integer' }, notNull: true, unique: true },
        'customer_profile.newsletter': { type: { kind: 'boolean' }, notNull: true, default: false },
        'order_line.order_id': { type: { kind: 'integer' }, notNull: true, primaryKey: true },
        'order_line.unit_price': { type: { kind: 'numeric', precision: 10, scale: 2 }, notNull: true },
      });
      const created = mapping.table('product')!.column('created_at')!;
      expect(created.type.kind).toBe('dateTime');
      expect(created.serverDefault?.toLowerCase()).toMatch(/^current_timestamp(\(\))?$/);
      const sdl = printSchemaSdl(buildSchema(mapping, module.inflection ? { inflection: module.inflection } : {}));
      expect(sdl).toContain('enum OrderStatus {\n  pending\n  paid\n  shipped\n  delivered\n  cancelled\n}');
      expect(sdl).toMatch(/\n {2}price: Decimal!\n/);
      expect(sdl).toMatch(/\n {2}placedAt: DateTime!\n/);
    });

    it('finds no drift between the written module and the database it was read from', async () => {
      expect(checkDrift(mapping, await readCatalog(driver), driver.dialect.name)).toEqual({ problems: [], warnings: [] });
    });

    it('answers through one-to-many and many-to-one, the one-to-one, and the two keys to address', async () => {
      expect(
        await ask(`{
        customers {
          fullName createdAt
          customerProfile { phone newsletter loyaltyPoints customer { email } }
          addresses { city customer { fullName } }
          orders { id status placedAt billingAddress { line1 } shippingAddress { city } }
          reviews { rating product { name } }
        }
        addresses { line1 billingAddressOrders { id } shippingAddressOrders { id } }
      }`),
      ).toEqual({
        customers: [
          {
            fullName: 'Ada Lovelace',
            createdAt: '2024-01-05T09:00:00.000Z',
            customerProfile: { phone: '+44 20 7946 0018', newsletter: true, loyaltyPoints: 120, customer: { email: 'ada@example.com' } },
            addresses: [
              { city: 'London', customer: { fullName: 'Ada Lovelace' } },
              { city: 'Cobham', customer: { fullName: 'Ada Lovelace' } },
            ],
            orders: [
              {
                id: 1,
                status: 'delivered',
                placedAt: '2024-03-01T10:15:00.000Z',
                billingAddress: { line1: "12 St James's Square" },
                shippingAddress: { city: 'Cobham' },
              },
              {
                id: 2,
                status: 'paid',
                placedAt: '2024-04-02T16:20:00.000Z',
                billingAddress: { line1: "12 St James's Square" },
                shippingAddress: { city: 'London' },
              },
            ],
            reviews: [{ rating: 5, product: { name: 'Cordless drill' } }],
          },
          {
            fullName: 'Grace Hopper',
            createdAt: '2024-02-10T14:30:00.000Z',
            customerProfile: { phone: null, newsletter: false, loyaltyPoints: 0, customer: { email: 'grace@example.com' } },
            addresses: [{ city: 'Arlington', customer: { fullName: 'Grace Hopper' } }],
            orders: [
              {
                id: 3,
                status: 'pending',
                placedAt: '2024-04-03T11:00:00.000Z',
                billingAddress: { line1: '200 Navy Pier' },
                shippingAddress: null,
              },
            ],
            reviews: [
              { rating: 4, product: { name: 'Claw hammer' } },
              { rating: 3, product: { name: 'Cordless drill' } },
            ],
          },
          { fullName: 'Alan Turing', createdAt: '2024-03-15T08:45:00.000Z', customerProfile: null, addresses: [], orders: [], reviews: [] },
        ],
        addresses: [
          { line1: "12 St James's Square", billingAddressOrders: [{ id: 1 }, { id: 2 }], shippingAddressOrders: [{ id: 2 }] },
          { line1: '3 Ockham Lane', billingAddressOrders: [], shippingAddressOrders: [{ id: 1 }] },
          { line1: '200 Navy Pier', billingAddressOrders: [{ id: 3 }], shippingAddressOrders: [] },
        ],
      });
    });

    it('answers through the adjacency list and the many-to-many, from both ends', async () => {
      expect(
        await ask(`{
        categories { slug parent { slug } children { slug } products { sku } }
        products { sku tags { name } }
        tags { name products { sku } }
      }`),
      ).toEqual({
        categories: [
          { slug: 'tools', parent: null, children: [{ slug: 'power-tools' }, { slug: 'hand-tools' }], products: [] },
          { slug: 'power-tools', parent: { slug: 'tools' }, children: [], products: [{ sku: 'PT-DRL-18' }] },
          { slug: 'hand-tools', parent: { slug: 'tools' }, children: [], products: [{ sku: 'HT-HAM-16' }, { sku: 'HT-SAW-12' }] },
          { slug: 'garden', parent: null, children: [], products: [{ sku: 'GD-HOS-25' }] },
        ],
        products: [
          { sku: 'HT-HAM-16', tags: [{ name: 'bestseller' }, { name: 'gift' }] },
          { sku: 'HT-SAW-12', tags: [] },
          { sku: 'PT-DRL-18', tags: [{ name: 'bestseller' }, { name: 'new' }] },
          { sku: 'GD-HOS-25', tags: [{ name: 'gift' }] },
        ],
        tags: [
          { name: 'bestseller', products: [{ sku: 'HT-HAM-16' }, { sku: 'PT-DRL-18' }] },
          { name: 'new', products: [{ sku: 'PT-DRL-18' }] },
          { name: 'gift', products: [{ sku: 'HT-HAM-16' }, { sku: 'GD-HOS-25' }] },
        ],
      });
    });

    it('answers through the association object and its proxies, from both ends', async () => {
      expect(
        await ask(`{
        orders { id orderLines { quantity unitPrice product { sku price } } products { sku } }
        products(where: { sku: { eq: "HT-HAM-16" } }) { sku orderLines { quantity order { id status } } orders { id } }
        orderLine(orderId: 2, productId: 3) { quantity unitPrice order { customer { fullName } } product { name } }
      }`),
      ).toEqual({
        orders: [
          {
            id: 1,
            orderLines: [
              { quantity: 2, unitPrice: '14.90', product: { sku: 'HT-HAM-16', price: '14.90' } },
              { quantity: 1, unitPrice: '9.50', product: { sku: 'HT-SAW-12', price: '9.50' } },
            ],
            products: [{ sku: 'HT-HAM-16' }, { sku: 'HT-SAW-12' }],
          },
          {
            id: 2,
            orderLines: [
              { quantity: 1, unitPrice: '14.90', product: { sku: 'HT-HAM-16', price: '14.90' } },
              { quantity: 1, unitPrice: '85.00', product: { sku: 'PT-DRL-18', price: '89.00' } },
            ],
            products: [{ sku: 'HT-HAM-16' }, { sku: 'PT-DRL-18' }],
          },
          {
            id: 3,
            orderLines: [{ quantity: 2, unitPrice: '24.99', product: { sku: 'GD-HOS-25', price: '24.99' } }],
            products: [{ sku: 'GD-HOS-25' }],
          },
        ],
        products: [
          {
            sku: 'HT-HAM-16',
            orderLines: [
              { quantity: 2, order: { id: 1, status: 'delivered' } },
              { quantity: 1, order: { id: 2, status: 'paid' } },
            ],
            orders: [{ id: 1 }, { id: 2 }],
          },
        ],
        orderLine: {
          quantity: 1,
          unitPrice: '85.00',
          order: { customer: { fullName: 'Ada Lovelace' } },
          product: { name: 'Cordless drill' },
        },
      });
    });

    it('pages through a connection with a cursor, and aggregates at the root and under a relationship', async () => {
      const page = `productsConnection(first: 2, orderBy: [{ price: DESC }]) { totalCount edges { node { name price } } pageInfo { hasNextPage endCursor } }`;
      const first = (await ask(`{ ${page} }`)) as { productsConnection: { pageInfo: { endCursor: string } } };
      expect(first).toEqual({
        productsConnection: {
          totalCount: 4,
          edges: [{ node: { name: 'Cordless drill', price: '89.00' } }, { node: { name: 'Garden hose', price: '24.99' } }],
          pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
        },
      });
      const after = page.replace('first: 2,', `first: 2, after: ${JSON.stringify(first.productsConnection.pageInfo.endCursor)},`);
      expect(await ask(`{ ${after} }`)).toEqual({
        productsConnection: {
          totalCount: 4,
          edges: [{ node: { name: 'Claw hammer', price: '14.90' } }, { node: { name: 'Hacksaw', price: '9.50' } }],
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        },
      });

      expect(
        await ask(`{
        productsAggregate(where: { price: { lt: "50" } }) { count min { price } max { price } }
        order(id: 1) { orderLinesAggregate { count sum { quantity unitPrice } } }
        customer(id: 2) { reviewsAggregate { count avg { rating } } ordersConnection(where: { status: { eq: pending } }) { totalCount nodes { id } } }
        category(id: 1) { children { productsAggregate { count } } }
      }`),
      ).toEqual({
        productsAggregate: { count: 3, min: { price: '9.50' }, max: { price: '24.99' } },
        order: { orderLinesAggregate: { count: 2, sum: { quantity: '3', unitPrice: '24.40' } } },
        customer: { reviewsAggregate: { count: 2, avg: { rating: 3.5 } }, ordersConnection: { totalCount: 1, nodes: [{ id: 3 }] } },
        category: { children: [{ productsAggregate: { count: 1 } }, { productsAggregate: { count: 2 } }] },
      });
    });

    it('answers the query examples/shop/README.md suggests', async () => {
      const query = /```graphql\n([\s\S]*?)```/.exec(readShopFile('README.md'))![1]!;
      const data = (await ask(query)) as {
        customers: Array<{ fullName: string; orders: Array<{ status: string; orderLinesAggregate: unknown }> }>;
        productsConnection: { totalCount: number; nodes: unknown };
      };
      expect(data.customers.map((c) => [c.fullName, c.orders.map((o) => [o.status, o.orderLinesAggregate])])).toEqual([
        [
          'Ada Lovelace',
          [
            ['delivered', { sum: { quantity: '3' } }],
            ['paid', { sum: { quantity: '2' } }],
          ],
        ],
        ['Grace Hopper', [['pending', { sum: { quantity: '2' } }]]],
        ['Alan Turing', []],
      ]);
      expect(data.productsConnection).toMatchObject({
        totalCount: 4,
        nodes: [
          { name: 'Cordless drill', price: '89.00' },
          { name: 'Garden hose', price: '24.99' },
        ],
      });
    });

    it('follows the README: relgraph introspect --out, relgraph check and relgraph serve, built, over the same database', async () => {
      await assertFreshBuild();
      const project = await mkdtemp(path.join(tmpdir(), 'rg-shop-'));
      try {
        // The module imports 'relgraph': resolved, as an installed package would be, to this repository's dist/.
        await mkdir(path.join(project, 'node_modules'));
        await symlink(repo, path.join(project, 'node_modules', 'relgraph'), 'dir');
        const written = await cli(['introspect', location.url, '--out', 'models.ts'], project);
        expect(written.code, written.stderr).toBe(0);
        expect(written.stderr).toBe(
          "relgraph: wrote models.ts: 9 models, 1 link table; left out: audit_log, order_total (the file's first comment says why).\n",
        );
        const models = await readFile(path.join(project, 'models.ts'), 'utf8');
        // The same module as in process, but for its first comment, whose title names the database.
        const body = (text: string) => text.slice(text.indexOf('\n */\n'));
        expect(models).toMatch(/^\/\*\*\n \* Models of (sqlite|mysql):/);
        const { username, password } = new URL(location.url);
        if (password) expect(models).not.toContain(`${username}:${password}@`);
        expect(models).toContain(' * - table "audit_log": no primary key');
        expect(models).toContain(' * - view "order_total": a view has no primary key');
        expect(body(models)).toBe(body(source));

        const checked = await cli(['check', 'models.ts', '--db', location.url], project);
        expect(checked, 'relgraph check').toEqual({
          code: 0,
          stdout: '',
          stderr: 'relgraph: the database has everything the declarations need.\n',
        });

        const served = await serve(['models.ts', '--db', location.url, '--port', '0', '--host', '127.0.0.1'], project);
        try {
          const response = await fetch(served.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query:
                '{ order(id: 1) { status customer { fullName customerProfile { loyaltyPoints } } shippingAddress { city } orderLines { quantity product { name category { parent { name } } tags { name } } } } }',
            }),
          });
          const body = (await response.json()) as { data?: unknown; errors?: unknown };
          expect(body.errors).toBeUndefined();
          expect(body.data).toEqual({
            order: {
              status: 'delivered',
              customer: { fullName: 'Ada Lovelace', customerProfile: { loyaltyPoints: 120 } },
              shippingAddress: { city: 'Cobham' },
              orderLines: [
                {
                  quantity: 2,
                  product: {
                    name: 'Claw hammer',
                    category: { parent: { name: 'Tools' } },
                    tags: [{ name: 'bestseller' }, { name: 'gift' }],
                  },
                },
                { quantity: 1, product: { name: 'Hacksaw', category: { parent: { name: 'Tools' } }, tags: [] } },
              ],
            },
          });
          // The drift check at start found nothing to warn about.
          expect(served.lines().join('\n')).not.toMatch(/warn/i);
        } finally {
          served.child.kill('SIGTERM');
          expect(await served.exited).toBe(0);
        }
      } finally {
        await rm(project, { recursive: true, force: true });
      }
    });
  });
}
