/**
 * Round trip, on each dialect: the tables of every seed example and of the bookstore, created
 * with `createAll`, read back by `readCatalog`, inferred and written as a models module, loaded
 * and given a schema; then compared with the original, whose schema is the committed SDL beside
 * each seed example (`examples/seed/<name>.graphql`) and, for the bookstore, the one it
 * generates. What must survive is asserted outright: every table as a model or link table as
 * declared, the columns' kinds and nullability, the directions and `uselist` of the
 * relationships between each pair of models. Every other difference, of the mappings or of the
 * schemas (`compareRoundTrip`), is listed and must be explained by the allow-list below, each
 * entry with why the database cannot say what the declarations said. Then a schema written by
 * hand in plain SQL, with the awkward cases, is introspected and queried through every
 * relationship.
 *
 * `RELGRAPH_SHOW_DIFFERENCES=1 npx vitest run test/integration/introspect/roundTrip.test.ts`
 * prints each example's differences, grouped by the rule that allows them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  configure,
  createAll,
  createRelgraph,
  printSchemaSdl,
  type ColumnType,
  type DeclarativeBase,
  type Mapping,
  type TableColumn,
  type TableDecl,
} from '../../../src/index.js';
import { createTables } from '../../../src/sql/createTables.js';
import { inferModels, type ModelsDescription } from '../../../src/introspect/inferModels.js';
import { readCatalog } from '../../../src/introspect/readCatalog.js';
import { writeModelsModule } from '../../../src/introspect/writeModelsModule.js';
import { DIALECTS, insertRows, withDatabase, type TestDialect } from '../../support/index.js';
import { loadModule, removeModules, type LoadedModels } from '../../unit/introspect/loadModule.js';
import { awkwardRows, createAwkwardSchema } from './awkwardSchema.js';
import { compareRoundTrip, describeMappingDifference, type MappingDifference, type SchemaDifference } from './compareRoundTrip.js';

afterAll(removeModules);

const repo = process.cwd();
const seedDirectory = path.join(repo, 'examples/seed');
const seeds = readdirSync(seedDirectory)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

interface Example {
  readonly name: string;
  load(): Promise<{ base: DeclarativeBase; sdl: string }>;
}

const examples: Example[] = [
  ...seeds.map(
    (name): Example => ({
      name,
      async load() {
        const module = (await import(pathToFileURL(path.join(seedDirectory, `${name}.ts`)).href)) as { default: DeclarativeBase };
        return { base: module.default, sdl: readFileSync(path.join(seedDirectory, `${name}.graphql`), 'utf8') };
      },
    }),
  ),
  {
    name: 'bookstore',
    async load() {
      const module = (await import('../../../examples/bookstore/models.js')) as { default: DeclarativeBase };
      return { base: module.default, sdl: printSchemaSdl(buildSchema(configure(module.default))) };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The allow-list: differences the database cannot help, each with why.

type Dialect = TestDialect['name'];

interface Rule {
  readonly id: string;
  readonly reason: string;
  applies(difference: MappingDifference, dialect: Dialect): boolean;
}

const rules: readonly Rule[] = [
  {
    id: 'model-name',
    reason:
      'a model is named after its table (`left` → Left, `customer_order` → CustomerOrder); the class name the declarations chose is not in the database',
    applies: (d) => d.kind === 'model-name',
  },
  {
    id: 'relationship-name',
    reason:
      'relationship names are not in the database: introspection names the many-to-one after its column (`parent_id` → parent) and the other side after the table that refers (`children`, `associations`, `customer_orders`)',
    applies: (d) => d.kind === 'relationship-name',
  },
  {
    id: 'proxy-name',
    reason:
      "an association proxy's name is not in the database: introspection names it after the far end's relationship (`rights`, `authors`)",
    applies: (d) => d.kind === 'proxy-name',
  },
  {
    id: 'one-side-declared',
    reason:
      'the declarations gave this foreign key one side only (no backref or backPopulates); the database has the foreign key, not which sides were declared, so introspection declares both',
    applies: (d) => d.kind === 'relationship-extra' && d.reverseOf !== undefined && d.reverseOf.reverse === undefined,
  },
  {
    id: 'one-to-one-without-unique-key',
    reason:
      '`uselist: false` on the one-to-many side is a promise of the declarations only: no unique key holds the foreign key, so the database lets many rows refer to one, and introspection gives a list',
    applies: (d) =>
      d.kind === 'relationship-uselist' &&
      d.original.direction === 'one-to-many' &&
      !d.original.uselist &&
      d.introspected.uselist &&
      !isUniqueKey(
        d.original.target.table.decl,
        d.original.join.map((p) => p.remote),
      ),
  },
  {
    id: 'viewonly-secondary',
    reason:
      'a `viewonly` many-to-many over the table of an association object lists what the association proxy introspection writes lists (through the same rows); that the declarations read it as a plain secondary and never write it is not in the database',
    applies: (d) => d.kind === 'viewonly-as-proxy' && d.original.viewonly,
  },
  {
    id: 'association-proxy-added',
    reason:
      'introspection gives each end of an association object an association proxy for the flat list of the other end; whether the declarations had one is not in the database',
    applies: (d) => d.kind === 'proxy-extra' && d.introspected.relationship.target.table.foreignKeys.length === 2,
  },
  {
    id: 'enum-name',
    reason:
      "an Enum's GraphQL name (`Enum([...], { name: 'ContributorRole' })`) is not in the database; introspection names it after model and column (BookAuthorRole)",
    applies: (d) => d.kind === 'enum-name' && d.original.type.kind === 'enum' && d.original.type.enumName !== undefined,
  },
  {
    id: 'sqlite-text',
    reason:
      'SQLite stores Date, DateTime and JSON as TEXT, and its catalog has nothing to tell them from text: they read back as Text (a GraphQL String, filtered, ordered and aggregated as one)',
    applies: (d, dialect) =>
      dialect === 'sqlite' &&
      d.kind === 'column-type' &&
      ['date', 'dateTime', 'json'].includes(d.original.type.kind) &&
      d.introspected.type.kind === 'text',
  },
  {
    id: 'application-default',
    reason:
      'a default computed by a function (`default: () => new Date()`) is filled in by relgraph on insert and is not in the database, so the introspected column has none, and a NOT NULL one must be given on create',
    applies: (d) => d.kind === 'column-default' && typeof d.original.default === 'function',
  },
  {
    id: 'version-column',
    reason:
      'optimistic locking (`versionIdCol`) is a promise of the declarations: the database has the version column, not that every write checks and bumps it, so introspection declares a plain column, which the create and update inputs take and the update and delete mutations take no version for',
    applies: (d) => d.kind === 'version-column',
  },
  {
    id: 'order-by',
    reason:
      "a list's default order (`orderBy`) is not in the database; the introspected list is in primary-key order (the schema does not show it, the answers do)",
    applies: (d) => d.kind === 'relationship-order-by',
  },
];

/** Whether `columns` hold a unique key of `table`: the primary key, a unique column or a UniqueConstraint within them. */
function isUniqueKey(table: TableDecl, columns: readonly TableColumn[]): boolean {
  const names = new Set(columns.map((c) => c.name));
  const primaryKey = table.columns.filter((c) => c.primaryKey).map((c) => c.name);
  return (
    (primaryKey.length > 0 && primaryKey.every((c) => names.has(c))) ||
    columns.some((c) => c.unique) ||
    table.constraints.some((c) => c.kind === 'uniqueConstraint' && c.columns.every((name) => names.has(name)))
  );
}

interface Classified {
  readonly line: string;
  /** The rules that explain it; empty when nothing does. */
  readonly rules: readonly string[];
}

function classify(mapping: readonly MappingDifference[], schema: readonly SchemaDifference[], dialect: Dialect): Classified[] {
  const ruleOf = new Map(mapping.map((d) => [d, rules.find((rule) => rule.applies(d, dialect))]));
  return [
    ...mapping.map((d) => ({ line: describeMappingDifference(d), rules: ruleOf.get(d) ? [ruleOf.get(d)!.id] : [] })),
    ...schema.map((d) => {
      const explained = d.causes.length > 0 && d.causes.every((cause) => ruleOf.get(cause));
      return {
        line: `${d.kind} ${d.subject}: ${d.detail}${d.causes.length > 0 ? ` (follows from: ${d.causes.map(describeMappingDifference).join('; ')})` : ''}`,
        rules: explained ? [...new Set(d.causes.map((cause) => ruleOf.get(cause)!.id))] : [],
      };
    }),
  ];
}

function report(example: string, dialect: Dialect, classified: readonly Classified[]): string {
  const unexplained = classified.filter((c) => c.rules.length === 0);
  const lines = [`${dialect} ${example}: ${classified.length} differences, ${unexplained.length} not on the allow-list.`];
  if (unexplained.length > 0) lines.push('Not on the allow-list:', ...unexplained.map((c) => `  - ${c.line}`));
  const byRule = new Map<string, string[]>();
  for (const c of classified) for (const id of c.rules) byRule.set(id, [...(byRule.get(id) ?? []), c.line]);
  for (const [id, entries] of byRule) {
    lines.push(`[${id}] ${rules.find((r) => r.id === id)!.reason}:`, ...entries.map((line) => `  - ${line}`));
  }
  return lines.join('\n');
}

/**
 * Which rules each example needs, on every dialect (`sqlite-text` is added on SQLite where the
 * example has such columns): a rule that stops applying, or one that starts, fails the test.
 */
const expectedRules: Record<string, readonly string[]> = {
  'association-object': ['association-proxy-added', 'model-name', 'one-side-declared', 'relationship-name'],
  'association-object-back-populates': ['association-proxy-added', 'model-name', 'relationship-name'],
  'association-object-with-secondary': ['association-proxy-added', 'model-name', 'relationship-name', 'viewonly-secondary'],
  'association-proxy': ['association-proxy-added', 'model-name', 'one-side-declared', 'proxy-name', 'relationship-name'],
  'many-to-many': ['model-name', 'one-side-declared', 'relationship-name'],
  'many-to-many-back-populates': ['model-name', 'relationship-name'],
  'many-to-many-backref': ['model-name', 'relationship-name'],
  'many-to-many-secondary-name': ['model-name', 'relationship-name'],
  'many-to-many-secondary-thunk': ['model-name', 'relationship-name'],
  'many-to-one': ['one-side-declared'],
  'many-to-one-back-populates': [],
  'many-to-one-backref': [],
  'one-to-many': ['one-side-declared'],
  'one-to-many-back-populates': [],
  'one-to-many-backref': [],
  'one-to-one': ['one-to-one-without-unique-key', 'relationship-name'],
  'one-to-one-backref': ['one-to-one-without-unique-key', 'relationship-name'],
  'one-to-one-many-to-one-side': ['one-to-one-without-unique-key', 'relationship-name'],
  bookstore: [
    'application-default',
    'enum-name',
    'model-name',
    'one-side-declared',
    'order-by',
    'relationship-name',
    'version-column',
    'viewonly-secondary',
  ],
};

// ---------------------------------------------------------------------------------------------
// What must survive.

/** `{ model: [...], link: [...] }`: tables mapped as models, and plain tables used as a secondary. */
function tableRoles(mapping: Mapping) {
  return {
    models: mapping.tables
      .filter((t) => t.model)
      .map((t) => t.name)
      .sort(),
    links: mapping.tables
      .filter((t) => !t.model && t.isSecondary)
      .map((t) => t.name)
      .sort(),
    others: mapping.tables
      .filter((t) => !t.model && !t.isSecondary)
      .map((t) => t.name)
      .sort(),
  };
}

/**
 * A column as both databases keep it: SQLite has TEXT for dates, date-times and JSON; a `String`
 * without a length is VARCHAR(255), a `Numeric` without precision NUMERIC(10, 2).
 */
function columnShape(type: ColumnType, nullable: boolean, primaryKey: boolean, dialect: Dialect) {
  const textOnSqlite = dialect === 'sqlite' && (type.kind === 'date' || type.kind === 'dateTime' || type.kind === 'json');
  return {
    kind: textOnSqlite ? 'text' : type.kind,
    nullable,
    primaryKey,
    ...(type.kind === 'enum' ? { values: type.values } : {}),
    ...(type.kind === 'string' ? { length: type.length ?? 255 } : {}),
    ...(type.kind === 'numeric' ? { precision: type.precision ?? 10, scale: type.scale ?? 2 } : {}),
  };
}

/** The introspected module's columns, table by table. */
function declaredColumns(mapping: Mapping, dialect: Dialect) {
  return Object.fromEntries(
    mapping.tables.map((t) => [
      t.name,
      Object.fromEntries(t.columns.map((c) => [c.name, columnShape(c.type, c.nullable, c.primaryKey, dialect)])),
    ]),
  );
}

/**
 * The original's columns as `createAll` made them: as declared, except that a secondary declared
 * without a key gets one over its link columns (NOT NULL), which keeps each link once; that key
 * is in the database, so the introspected link table has it.
 */
function createdColumns(mapping: Mapping, dialect: Dialect) {
  return Object.fromEntries(
    createTables(mapping).map((t) => [
      t.name,
      Object.fromEntries(t.columns.map((c) => [c.name, columnShape(c.type, c.nullable, t.primaryKey.includes(c.name), dialect)])),
    ]),
  );
}

/**
 * Per pair of models (by table), the sides between them: `owner direction list|scalar`. The
 * original's relationships with the reverse side each foreign key implies (the database has
 * both sides of every foreign key); viewonly ones are no foreign key's side. A one-to-many the
 * declarations made scalar over a foreign key without a unique key is expected as a list
 * (allow-list: one-to-one-without-unique-key).
 */
function relationshipSides(mapping: Mapping, implyReverse: boolean): Record<string, string[]> {
  const sides = new Map<string, Set<string>>();
  const add = (owner: string, target: string, direction: string, list: boolean) => {
    const key = [owner, target].sort().join(' ↔ ');
    sides.set(key, (sides.get(key) ?? new Set()).add(`${owner} ${direction} ${list ? 'list' : 'scalar'}`));
  };
  for (const model of mapping.models) {
    for (const r of model.relationships) {
      if (r.viewonly) continue;
      const owner = r.owner.table.name;
      const target = r.target.table.name;
      if (!implyReverse) {
        add(owner, target, r.direction, r.uselist);
        continue;
      }
      const unique =
        r.direction === 'one-to-many'
          ? isUniqueKey(
              r.target.table.decl,
              r.join.map((p) => p.remote),
            )
          : r.direction === 'many-to-one'
            ? isUniqueKey(
                r.owner.table.decl,
                r.join.map((p) => p.local),
              )
            : false;
      if (r.direction === 'one-to-many') {
        add(owner, target, r.direction, r.uselist || !unique);
        add(target, owner, 'many-to-one', false);
      } else if (r.direction === 'many-to-one') {
        add(owner, target, r.direction, false);
        add(target, owner, 'one-to-many', !unique);
      } else {
        add(owner, target, r.direction, true);
        add(target, owner, r.direction, true);
      }
    }
  }
  return Object.fromEntries([...sides].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, set]) => [key, [...set].sort()]));
}

async function introspect(
  driver: Parameters<typeof readCatalog>[0],
): Promise<{ description: ModelsDescription; module: LoadedModels; mapping: Mapping; source: string }> {
  const description = inferModels(await readCatalog(driver));
  const source = writeModelsModule(description);
  const module = await loadModule(source, 'ts');
  return { description, module, mapping: configure(module.default), source };
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: introspect round trip`, () => {
    for (const example of examples) {
      it(`${example.name}: the same tables, columns and relationship sides; every other difference inherent`, async () => {
        const { base, sdl } = await example.load();
        const original = configure(base);
        await withDatabase(dialect, async (driver) => {
          await createAll(original, driver);
          const { module, mapping: introspected, source } = await introspect(driver);
          const context = `${dialect.name} ${example.name}; the module:\n${source}`;

          expect(tableRoles(introspected), context).toEqual(tableRoles(original));
          expect(declaredColumns(introspected, dialect.name), context).toEqual(createdColumns(original, dialect.name));
          expect(relationshipSides(introspected, false), context).toEqual(relationshipSides(original, true));

          const introspectedSdl = printSchemaSdl(buildSchema(introspected, module.inflection ? { inflection: module.inflection } : {}));
          const { mapping, schema } = compareRoundTrip({ original, introspected, originalSdl: sdl, introspectedSdl });
          const classified = classify(mapping, schema, dialect.name);
          const text = report(example.name, dialect.name, classified);
          if (process.env['RELGRAPH_SHOW_DIFFERENCES']) console.log(text);
          expect(
            classified.filter((c) => c.rules.length === 0).map((c) => c.line),
            text,
          ).toEqual([]);
          const used = [...new Set(classified.flatMap((c) => c.rules))].sort();
          const expected = [...expectedRules[example.name]!];
          if (
            dialect.name === 'sqlite' &&
            original.tables.some((t) => t.columns.some((c) => ['date', 'dateTime', 'json'].includes(c.type.kind)))
          )
            expected.push('sqlite-text');
          expect(used, text).toEqual(expected.sort());
        });
      });
    }
  });
}

describe('the comparison itself', () => {
  it('covers every seed example and the bookstore, each with the rules it needs', () => {
    expect(seeds).toHaveLength(18);
    expect(Object.keys(expectedRules).sort()).toEqual(examples.map((e) => e.name).sort());
  });

  it('finds nothing between a seed and itself, and names what it finds in a schema changed by hand', async () => {
    const { base, sdl } = await examples.find((e) => e.name === 'association-proxy')!.load();
    const mapping = configure(base);
    const same = compareRoundTrip({ original: mapping, introspected: mapping, originalSdl: sdl, introspectedSdl: sdl });
    expect([...same.mapping, ...same.schema]).toEqual([]);

    const changed = sdl
      .replace(/(type Association \{[^}]*extraData: )String/, '$1Int')
      .replace(/(type Child \{[^}]*\n {2}name: String)\n/, '$1!\n')
      .replace(/(input ParentWhere \{[^}]*)\n {2}name: StringFilter\n/, '$1\n');
    expect(changed).not.toBe(sdl);
    const found = compareRoundTrip({ original: mapping, introspected: mapping, originalSdl: sdl, introspectedSdl: changed });
    expect(found.mapping).toEqual([]);
    expect(found.schema.map((d) => `${d.kind} ${d.subject}: ${d.detail} (${d.causes.length} causes)`).sort()).toEqual([
      'field-missing ParentWhere.name: name: StringFilter (looked for ParentWhere.name) (0 causes)',
      'field-type Association.extraData: String → Int (0 causes)',
      'field-wrapping Child.name: String → String! (0 causes)',
    ]);
    expect(classify(found.mapping, found.schema, 'sqlite').every((c) => c.rules.length === 0)).toBe(true);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: introspect a schema written by hand`, () => {
    it('maps each awkward case, and answers one query through every relationship', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAwkwardSchema(driver);
        for (const [table, rows] of awkwardRows) await insertRows(driver, table, rows);
        const { description, module, mapping, source } = await introspect(driver);
        expect(
          description.models.map((m) => `${m.tableName}: ${m.name}${m.associationObject ? ' (association object)' : ''}`),
          source,
        ).toEqual([
          '2024-orders: Order2024',
          'address: Address',
          'category: Category',
          'customer: Customer',
          'order: Order',
          'product: Product',
          'product_detail: ProductDetail',
          'product_supplier: ProductSupplier (association object)',
          'staff: Staff',
          'supplier: Supplier',
        ]);
        expect(
          description.tables.map((t) => `${t.name}: ${t.relationships.join(' ↔ ')}`),
          source,
        ).toEqual(['product_category: Product.categories ↔ Category.products']);
        expect(
          description.skipped.map((t) => `${t.kind} ${t.name}`),
          source,
        ).toEqual(['table audit_log', 'view product_name']);
        expect(source).toMatch(/Left out:\n \* - table "audit_log": no primary key/);
        expect(source).toContain(' * - view "product_name": a view has no primary key');
        expect(mapping.table('product_category')?.isSecondary).toBe(true);

        const relgraph = createRelgraph(mapping, { driver, ...(module.inflection ? { inflection: module.inflection } : {}) });
        const result = await relgraph.execute({
          schema: relgraph.schema,
          document: parse(awkwardQuery),
          contextValue: relgraph.createContext(),
        });
        expect(result.errors, source).toBeUndefined();
        expect(result.data).toEqual(awkwardAnswer);
      });
    });
  });
}

const awkwardQuery = `{
  allStaff { name manager { name } managerStaff { name } orders { id } }
  categories { name parent { name } children { name } products { name } }
  addresses { street billingAddressCustomers { name } shippingAddressCustomers { name } }
  customers { name billingAddress { street } shippingAddress { street } orders { id } }
  orders { id customer { name } takenBy { name } order2024s { note } }
  order2024s { note order { id customer { name } } }
  products {
    name categories { name } productDetail { weightGrams }
    productSuppliers { price supplier { name } } suppliers { name }
  }
  suppliers { name products { name } productSuppliers { product { name } } }
  productDetails { weightGrams product { name } }
}`;

const awkwardAnswer = {
  // Adjacency list on a table whose name is its own plural: the list is allStaff.
  allStaff: [
    { name: 'Boss', manager: null, managerStaff: [{ name: 'Clerk' }], orders: [] },
    { name: 'Clerk', manager: { name: 'Boss' }, managerStaff: [], orders: [{ id: 1 }] },
  ],
  // Adjacency list by parent_id, and one end of a plain many-to-many.
  categories: [
    { name: 'Tools', parent: null, children: [{ name: 'Saws' }, { name: 'Drills' }], products: [{ name: 'Hacksaw' }] },
    { name: 'Saws', parent: { name: 'Tools' }, children: [], products: [{ name: 'Hacksaw' }] },
    { name: 'Drills', parent: { name: 'Tools' }, children: [], products: [{ name: 'Cordless drill' }] },
  ],
  // Two foreign keys between the same two tables, from both ends.
  addresses: [
    { street: '1 High St', billingAddressCustomers: [{ name: 'Ada' }], shippingAddressCustomers: [] },
    { street: '2 Low Rd', billingAddressCustomers: [{ name: 'Bob' }], shippingAddressCustomers: [{ name: 'Ada' }] },
  ],
  customers: [
    { name: 'Ada', billingAddress: { street: '1 High St' }, shippingAddress: { street: '2 Low Rd' }, orders: [{ id: 1 }, { id: 2 }] },
    { name: 'Bob', billingAddress: { street: '2 Low Rd' }, shippingAddress: null, orders: [] },
  ],
  // Table "order" (a reserved word) and table "2024-orders" (model Order2024).
  orders: [
    { id: 1, customer: { name: 'Ada' }, takenBy: { name: 'Clerk' }, order2024s: [{ note: 'rush' }] },
    { id: 2, customer: { name: 'Ada' }, takenBy: null, order2024s: [] },
  ],
  order2024s: [{ note: 'rush', order: { id: 1, customer: { name: 'Ada' } } }],
  // The other end of the many-to-many, the one-to-one, the association object and its proxies.
  products: [
    {
      name: 'Hacksaw',
      categories: [{ name: 'Tools' }, { name: 'Saws' }],
      productDetail: null,
      productSuppliers: [
        { price: '9.50', supplier: { name: 'Acme' } },
        { price: '8.75', supplier: { name: 'Bolt & Co' } },
      ],
      suppliers: [{ name: 'Acme' }, { name: 'Bolt & Co' }],
    },
    {
      name: 'Cordless drill',
      categories: [{ name: 'Drills' }],
      productDetail: { weightGrams: 1450 },
      productSuppliers: [{ price: '59.00', supplier: { name: 'Bolt & Co' } }],
      suppliers: [{ name: 'Bolt & Co' }],
    },
  ],
  suppliers: [
    { name: 'Acme', products: [{ name: 'Hacksaw' }], productSuppliers: [{ product: { name: 'Hacksaw' } }] },
    {
      name: 'Bolt & Co',
      products: [{ name: 'Hacksaw' }, { name: 'Cordless drill' }],
      productSuppliers: [{ product: { name: 'Hacksaw' } }, { product: { name: 'Cordless drill' } }],
    },
  ],
  productDetails: [{ weightGrams: 1450, product: { name: 'Cordless drill' } }],
};
