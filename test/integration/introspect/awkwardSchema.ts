/**
 * A schema written by hand with plain SQL, as an existing database has it, with the cases
 * introspection finds awkward: an adjacency list (`category.parent_id`, and `staff.manager_id`
 * to a table whose name is its own plural), two foreign keys between the same two tables
 * (`customer` → `address`, billing and shipping), a link table of only two foreign keys
 * (`product_category`), a link table with a column of its own (`product_supplier`, an
 * association object), a unique foreign key (`product_detail.product_id`, one-to-one), a view, a
 * table without a primary key, and tables named `order` (a reserved word) and `2024-orders` (not
 * a GraphQL name). The same tables on each dialect; `rows` fills them.
 */
import type { Driver } from '../../../src/dialect/Driver.js';

/** The statements that create the schema, in dependency order. */
export function awkwardDdl(dialect: 'sqlite' | 'mariadb'): string[] {
  const q = (name: string) => (dialect === 'mariadb' ? `\`${name}\`` : `"${name}"`);
  const fk = (column: string, table: string, rule = '') => `FOREIGN KEY (${q(column)}) REFERENCES ${q(table)} (${q('id')})${rule}`;
  return [
    `CREATE TABLE address (id INTEGER NOT NULL PRIMARY KEY, street VARCHAR(100) NOT NULL)`,
    `CREATE TABLE customer (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL,
      billing_address_id INTEGER NOT NULL, shipping_address_id INTEGER,
      ${fk('billing_address_id', 'address')}, ${fk('shipping_address_id', 'address')})`,
    `CREATE TABLE category (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, parent_id INTEGER,
      ${fk('parent_id', 'category')})`,
    `CREATE TABLE product (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL)`,
    `CREATE TABLE product_category (product_id INTEGER NOT NULL, category_id INTEGER NOT NULL,
      PRIMARY KEY (product_id, category_id), ${fk('product_id', 'product', ' ON DELETE CASCADE')}, ${fk('category_id', 'category', ' ON DELETE CASCADE')})`,
    `CREATE TABLE supplier (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL)`,
    `CREATE TABLE product_supplier (product_id INTEGER NOT NULL, supplier_id INTEGER NOT NULL, price NUMERIC(10, 2) NOT NULL,
      PRIMARY KEY (product_id, supplier_id), ${fk('product_id', 'product')}, ${fk('supplier_id', 'supplier')})`,
    `CREATE TABLE product_detail (id INTEGER NOT NULL PRIMARY KEY, product_id INTEGER NOT NULL, weight_grams INTEGER,
      CONSTRAINT uq_product_detail_product_id UNIQUE (product_id), ${fk('product_id', 'product')})`,
    `CREATE TABLE staff (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, manager_id INTEGER,
      ${fk('manager_id', 'staff')})`,
    `CREATE TABLE ${q('order')} (id INTEGER NOT NULL PRIMARY KEY, customer_id INTEGER NOT NULL, taken_by_id INTEGER,
      ${fk('customer_id', 'customer')}, ${fk('taken_by_id', 'staff')})`,
    `CREATE TABLE ${q('2024-orders')} (id INTEGER NOT NULL PRIMARY KEY, order_id INTEGER NOT NULL, note VARCHAR(50),
      ${fk('order_id', 'order')})`,
    `CREATE TABLE audit_log (happened_at VARCHAR(30) NOT NULL, message VARCHAR(200) NOT NULL)`,
    `CREATE VIEW product_name AS SELECT id, name FROM product`,
  ];
}

/** Rows for every table, parents first. */
export const awkwardRows: ReadonlyArray<readonly [string, ReadonlyArray<Record<string, unknown>>]> = [
  [
    'address',
    [
      { id: 1, street: '1 High St' },
      { id: 2, street: '2 Low Rd' },
    ],
  ],
  [
    'customer',
    [
      { id: 1, name: 'Ada', billing_address_id: 1, shipping_address_id: 2 },
      { id: 2, name: 'Bob', billing_address_id: 2, shipping_address_id: null },
    ],
  ],
  [
    'category',
    [
      { id: 1, name: 'Tools', parent_id: null },
      { id: 2, name: 'Saws', parent_id: 1 },
      { id: 3, name: 'Drills', parent_id: 1 },
    ],
  ],
  [
    'product',
    [
      { id: 1, name: 'Hacksaw' },
      { id: 2, name: 'Cordless drill' },
    ],
  ],
  [
    'product_category',
    [
      { product_id: 1, category_id: 1 },
      { product_id: 1, category_id: 2 },
      { product_id: 2, category_id: 3 },
    ],
  ],
  [
    'supplier',
    [
      { id: 1, name: 'Acme' },
      { id: 2, name: 'Bolt & Co' },
    ],
  ],
  [
    'product_supplier',
    [
      { product_id: 1, supplier_id: 1, price: '9.50' },
      { product_id: 1, supplier_id: 2, price: '8.75' },
      { product_id: 2, supplier_id: 2, price: '59.00' },
    ],
  ],
  ['product_detail', [{ id: 1, product_id: 2, weight_grams: 1450 }]],
  [
    'staff',
    [
      { id: 1, name: 'Boss', manager_id: null },
      { id: 2, name: 'Clerk', manager_id: 1 },
    ],
  ],
  [
    'order',
    [
      { id: 1, customer_id: 1, taken_by_id: 2 },
      { id: 2, customer_id: 1, taken_by_id: null },
    ],
  ],
  ['2024-orders', [{ id: 1, order_id: 1, note: 'rush' }]],
  ['audit_log', [{ happened_at: '2024-01-01 10:00', message: 'created' }]],
];

export async function createAwkwardSchema(driver: Driver): Promise<void> {
  for (const sql of awkwardDdl(driver.dialect.name === 'mysql' ? 'mariadb' : 'sqlite')) {
    await driver.execute({ sql, params: [], kind: 'ddl' });
  }
}
