/** How `relgraph introspect` infers models from a catalog, and that relgraph accepts what it writes. */
import type { GraphQLObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchema, configure, isMappedRelationship, type Mapping } from '../../../src/index.js';
import type { Catalog } from '../../../src/introspect/Catalog.js';
import { globMatches, inferModels, type ModelDescription, type ModelsDescription } from '../../../src/introspect/inferModels.js';
import { writeModelsModule } from '../../../src/introspect/writeModelsModule.js';
import {
  adjacencyList,
  allCatalogs,
  associationObject,
  awkwardNames,
  bookstore,
  catalog,
  column,
  columnTypes,
  fk,
  id,
  keyedLink,
  oneToOne,
  plainLink,
  selfLinks,
  table,
  twoForeignKeys,
  viewAndNoKey,
} from './catalogs.js';
import { loadModule, removeModules } from './loadModule.js';

afterAll(removeModules);

function model(description: ModelsDescription, name: string): ModelDescription {
  const found = description.models.find((m) => m.name === name);
  if (!found) throw new Error(`No model ${name} among ${description.models.map((m) => m.name).join(', ')}.`);
  return found;
}

/** `"name → Target (direction) { options }"` for each relationship of a model, in order. */
function relationshipsOf(description: ModelsDescription, name: string): string[] {
  return model(description, name).relationships.map((r) => `${r.name} → ${r.target} (${r.direction}) ${JSON.stringify(r.options)}`);
}

function columnOf(description: ModelsDescription, modelName: string, attribute: string) {
  const found = model(description, modelName).columns.find((c) => c.attribute === attribute);
  if (!found) throw new Error(`No column ${modelName}.${attribute}.`);
  return found;
}

describe('introspect: models and link tables', () => {
  it("maps the seed's association object as a model, reached from both ends, with a proxy on each", () => {
    const description = inferModels(associationObject);
    expect(description.models.map((m) => [m.name, m.tableName, m.associationObject])).toEqual([
      ['Association', 'association', true],
      ['Left', 'left', false],
      ['Right', 'right', false],
    ]);
    expect(description.tables).toEqual([]);
    expect(model(description, 'Association').columns.map((c) => [c.attribute, c.options, c.foreignKeys])).toEqual([
      ['left_id', { primaryKey: true }, [{ target: 'left.id' }]],
      ['right_id', { primaryKey: true }, [{ target: 'right.id' }]],
      ['extra_data', {}, []],
    ]);
    expect(relationshipsOf(description, 'Association')).toEqual([
      'left → Left (many-to-one) {"backPopulates":"associations"}',
      'right → Right (many-to-one) {"backPopulates":"associations"}',
    ]);
    expect(relationshipsOf(description, 'Left')).toEqual([
      'associations → Association (one-to-many) {"backPopulates":"left","cascade":"all, delete-orphan"}',
    ]);
    expect(model(description, 'Left').proxies).toEqual([
      { name: 'rights', relationship: 'associations', attribute: 'right', target: 'Right' },
    ]);
    expect(model(description, 'Right').proxies).toEqual([
      { name: 'lefts', relationship: 'associations', attribute: 'left', target: 'Left' },
    ]);
  });

  it('makes a table of only two foreign keys the secondary of a many-to-many pair', () => {
    const description = inferModels(keyedLink);
    expect(description.models.map((m) => m.name)).toEqual(['Book', 'Genre']);
    expect(description.tables).toEqual([
      {
        name: 'book_genre',
        columns: [
          {
            attribute: 'book_id',
            name: 'book_id',
            type: { kind: 'integer' },
            foreignKeys: [{ target: 'book.id', onDelete: 'CASCADE' }],
            options: { primaryKey: true },
          },
          {
            attribute: 'genre_id',
            name: 'genre_id',
            type: { kind: 'integer' },
            foreignKeys: [{ target: 'genre.id', onDelete: 'CASCADE' }],
            options: { primaryKey: true },
          },
        ],
        constraints: [],
        keyed: true,
        relationships: ['Book.genres', 'Genre.books'],
      },
    ]);
    // The database removes the links of a deleted row itself (R5.3).
    expect(relationshipsOf(description, 'Book')).toEqual([
      'genres → Genre (many-to-many) {"secondary":"book_genre","backPopulates":"books","passiveDeletes":true}',
    ]);
    expect(relationshipsOf(description, 'Genre')).toEqual([
      'books → Book (many-to-many) {"secondary":"book_genre","backPopulates":"genres","passiveDeletes":true}',
    ]);
  });

  it('keeps a link table without a key as the secondary, and says that serve asks for one', () => {
    const description = inferModels(plainLink);
    expect(description.tables.map((t) => [t.name, t.keyed, t.relationships])).toEqual([
      ['association', false, ['Left.rights', 'Right.lefts']],
    ]);
    expect(description.tables[0]!.columns.map((c) => c.options)).toEqual([{}, {}]);
    expect(description.notes).toEqual([
      'Link table "association" has no primary key or unique index over (left_id, right_id); relgraph serve keeps its links unique by locking and checking before insert (up to two statements more per add), which a key makes unnecessary: ALTER TABLE association ADD PRIMARY KEY (left_id, right_id).',
    ]);
  });

  it('maps a link table that another table refers to as a model', () => {
    const referenced = catalog([
      ...keyedLink.tables,
      table('note', [id(), column('book_id', 'integer'), column('genre_id', 'integer')], {
        foreignKeys: [fk(['book_id', 'genre_id'], 'book_genre.book_id,genre_id')],
      }),
    ]);
    const description = inferModels(referenced);
    expect(description.tables).toEqual([]);
    expect(model(description, 'BookGenre').associationObject).toBe(true);
    expect(model(description, 'Note').tableArgs).toEqual([
      { kind: 'foreignKey', columns: ['book_id', 'genre_id'], targets: ['book_genre.book_id', 'book_genre.genre_id'] },
    ]);
  });

  it('leaves out views and tables without a primary key, saying why, and the foreign keys to them', () => {
    const description = inferModels(viewAndNoKey);
    expect(description.models.map((m) => m.name)).toEqual(['Customer']);
    expect(description.skipped).toEqual([
      { name: 'active_customers', kind: 'view', reason: 'a view has no primary key to look its rows up by' },
      {
        name: 'audit_log',
        kind: 'table',
        reason: 'no primary key, so its rows cannot be looked up, linked or updated. Add one and introspect again',
      },
      {
        name: 'legacy_link',
        kind: 'table',
        reason:
          'no primary key. As a link table with columns of its own (note) it would be an association object, which needs one: ALTER TABLE legacy_link ADD PRIMARY KEY (customer_id, audit_id)',
      },
    ]);
    const withReference = inferModels(
      catalog([
        ...viewAndNoKey.tables,
        table('visit', [id(), column('log_id', 'integer')], {
          foreignKeys: [fk('log_id', 'audit_log.customer_id'), fk('log_id', 'nowhere.id')],
        }),
      ]),
    );
    expect(columnOf(withReference, 'Visit', 'log_id').foreignKeys).toEqual([]);
    expect(withReference.notes).toEqual([
      'Foreign key (log_id) of table "visit" to "audit_log" is not declared: "audit_log" has no primary key.',
      'Foreign key (log_id) of table "visit" to "nowhere" is not declared: "nowhere" is not a table of the catalog.',
    ]);
  });

  it('includes and excludes tables by glob pattern', () => {
    const description = inferModels(bookstore, { include: ['book*', 'author', 'genre'], exclude: ['*_genre'] });
    expect(description.models.map((m) => m.tableName)).toEqual(['author', 'book', 'book_author', 'book_detail', 'genre']);
    expect(description.skipped.map((s) => `${s.name}: ${s.reason}`)).toContain('book_genre: excluded by the pattern "*_genre"');
    expect(description.skipped.map((s) => `${s.name}: ${s.reason}`)).toContain(
      'customer: not matched by the include patterns ("book*", "author", "genre")',
    );
    expect(description.notes).toContain(
      'Foreign key (publisher_id) of table "book" to "publisher" is not declared: "publisher" is excluded by the patterns.',
    );
    expect(globMatches('audit_?', 'audit_1')).toBe(true);
    expect(globMatches('a.b', 'axb')).toBe(false);
  });
});

describe('introspect: relationships from foreign keys', () => {
  it('makes a unique foreign key a one-to-one, uselist false on the parent', () => {
    const description = inferModels(oneToOne);
    expect(relationshipsOf(description, 'Child')).toEqual(['parent → Parent (many-to-one) {"backPopulates":"child"}']);
    // ON DELETE CASCADE: the database deletes the child, relgraph must not clear its key first (R6.9).
    expect(relationshipsOf(description, 'Parent')).toEqual([
      'child → Child (one-to-many) {"backPopulates":"parent","uselist":false,"passiveDeletes":true}',
    ]);
    expect(columnOf(description, 'Child', 'parent_id').options).toEqual({ unique: true });
  });

  it('pairs parent and children in an adjacency list, the many-to-one with remoteSide', () => {
    expect(relationshipsOf(inferModels(adjacencyList), 'Node')).toEqual([
      'parent → Node (many-to-one) {"backPopulates":"children","remoteSide":["id"]}',
      'children → Node (one-to-many) {"backPopulates":"parent","passiveDeletes":true}',
    ]);
  });

  it('names each relationship after its foreign-key column when two link the same tables, with foreignKeys', () => {
    const description = inferModels(twoForeignKeys);
    expect(relationshipsOf(description, 'Customer')).toEqual([
      'billing_address → Address (many-to-one) {"backPopulates":"billing_address_customers","foreignKeys":["customer.billing_address_id"]}',
      'shipping_address → Address (many-to-one) {"backPopulates":"shipping_address_customers","foreignKeys":["customer.shipping_address_id"]}',
      'addresses → Address (one-to-many) {"backPopulates":"customer","foreignKeys":["address.customer_id"]}',
    ]);
    expect(relationshipsOf(description, 'Address')).toEqual([
      'customer → Customer (many-to-one) {"backPopulates":"addresses","foreignKeys":["address.customer_id"]}',
      'billing_address_customers → Customer (one-to-many) {"backPopulates":"billing_address","foreignKeys":["customer.billing_address_id"]}',
      'shipping_address_customers → Customer (one-to-many) {"backPopulates":"shipping_address","foreignKeys":["customer.shipping_address_id"]}',
    ]);
  });

  it('names the sides of a self-referential link table and association object after their columns', () => {
    const description = inferModels(selfLinks);
    expect(relationshipsOf(description, 'User')).toEqual([
      'friend_friendships → Friendship (one-to-many) {"backPopulates":"friend","foreignKeys":["friendship.friend_id"],"cascade":"all, delete-orphan"}',
      'user_friendships → Friendship (one-to-many) {"backPopulates":"user","foreignKeys":["friendship.user_id"],"cascade":"all, delete-orphan"}',
      'followeds → User (many-to-many) {"secondary":"follow","backPopulates":"followers","foreignKeys":["follow.follower_id"],"passiveDeletes":true}',
      'followers → User (many-to-many) {"secondary":"follow","backPopulates":"followeds","foreignKeys":["follow.followed_id"],"passiveDeletes":true}',
    ]);
    expect(model(description, 'User').proxies.map((p) => `${p.name} = ${p.relationship}.${p.attribute}`)).toEqual([
      'friends = user_friendships.friend',
      'users = friend_friendships.user',
    ]);
  });

  it('keeps relationship names apart from columns and from each other', () => {
    const description = inferModels(
      catalog([
        table('author', [id(), column('books', 'integer'), column('name', 'string')]),
        // No `_id` suffix: the many-to-one would be `author`, which is the column.
        table('book', [id(), column('author', 'integer')], { foreignKeys: [fk('author', 'author.id')] }),
      ]),
    );
    expect(relationshipsOf(description, 'Book')).toEqual(['author_author → Author (many-to-one) {"backPopulates":"author_books"}']);
    expect(relationshipsOf(description, 'Author')).toEqual(['author_books → Book (one-to-many) {"backPopulates":"author_author"}']);
  });

  it('spells relationship names as the columns are spelt', () => {
    const description = inferModels(
      catalog([
        table('Customers', [id(), column('fullName', 'string')]),
        table('Orders', [id(), column('billingCustomerId', 'integer'), column('placedAt', 'dateTime')], {
          foreignKeys: [fk('billingCustomerId', 'Customers.id')],
        }),
      ]),
    );
    expect(description.models.map((m) => m.name)).toEqual(['Customer', 'Order']);
    expect(relationshipsOf(description, 'Customer')).toEqual(['orders → Order (one-to-many) {"backPopulates":"billingCustomer"}']);
  });
});

describe('introspect: names and types', () => {
  it('names models PascalCase singular, renaming those that clash, and says why', () => {
    const description = inferModels(awkwardNames);
    expect(description.models.map((m) => `${m.tableName} → ${m.name} (${m.binding})`)).toEqual([
      '2024-orders → Order2024 (Order2024)',
      'api → Api (Api)',
      'api_key → ApiKey2 (ApiKey2)',
      'column → Column (ColumnModel)',
      'date → Date2 (Date2)',
      'order → Order (Order)',
      'staff → Staff (Staff)',
      'store → Store (Store)',
    ]);
    expect(description.notes).toEqual([
      'Table "2024-orders" is model Order2024: a GraphQL name cannot start with a digit.',
      'Table "api_key" would be model ApiKey, a type relgraph generates for model Api (table "api"), so it is ApiKey2.',
      'Table "date" would be model Date, a type every relgraph schema has, so it is Date2.',
    ]);
  });

  it('keeps column names as attributes where the inflection can use them, and names the others', () => {
    const description = inferModels(awkwardNames);
    expect(model(description, 'Order2024').columns.map((c) => [c.attribute, c.name])).toEqual([
      ['id', 'id'],
      ['order_id', 'order_id'],
      ['e-mail', 'e-mail'],
      ['line_2nd', '2nd_line'],
      ['tableName_column', 'tableName'],
    ]);
    expect(model(description, 'Staff').columns.map((c) => [c.attribute, c.name])).toEqual([
      ['staff_id', 'staff_id'],
      ['store_id', 'store_id'],
      ['first_name', 'first_name'],
      ['firstName_2', 'firstName'],
    ]);
  });

  it('declares types, defaults and keys as the columns have them', () => {
    const description = inferModels(columnTypes);
    const film = model(description, 'Film');
    expect(film.columns.map((c) => [c.attribute, c.type, c.options, c.comment])).toEqual([
      ['film_id', { kind: 'integer' }, { primaryKey: true }, undefined],
      ['title', { kind: 'string', length: 128 }, { nullable: false, index: true }, undefined],
      ['description', { kind: 'text' }, {}, undefined],
      ['release_year', { kind: 'integer' }, {}, 'year(4): YEAR read as Integer'],
      ['rental_rate', { kind: 'numeric', precision: 4, scale: 2 }, { nullable: false, default: '4.99' }, undefined],
      ['length', { kind: 'integer' }, { default: 90 }, undefined],
      // Enum() names PG-13 as PG_13 in GraphQL; the database keeps 'PG-13'.
      ['rating', { kind: 'enum', values: ['G', 'PG', 'PG-13', 'R', 'NC-17'] }, { default: 'G' }, undefined],
      ['kind', { kind: 'enum', values: ['feature', 'short'] }, { nullable: false, default: 'feature' }, undefined],
      ['special_features', { kind: 'string', length: 25 }, {}, "set('Trailers','Commentaries'): SET read as String"],
      ['in_stock', { kind: 'boolean' }, { nullable: false, default: true }, undefined],
      ['score', { kind: 'float' }, { default: 0.5 }, undefined],
      ['big', { kind: 'bigInteger' }, { default: '12' }, undefined],
      ['released_at', { kind: 'dateTime' }, { serverDefault: "'2000-01-01 00:00:00'" }, undefined],
      ['last_update', { kind: 'dateTime' }, { nullable: false, serverDefault: 'CURRENT_TIMESTAMP' }, undefined],
      ['data', { kind: 'json' }, {}, undefined],
      ['code', { kind: 'string', length: 8 }, { default: "it's" }, undefined],
    ]);
    expect(description.notes).toEqual([
      'Index "ix_film_title_release_year" of table "film" over (title, release_year) is not declared: a declaration has single-column indexes only.',
    ]);
    // An integer key the database does not number says so; a composite key never autoincrements.
    expect(columnOf(description, 'Language', 'id').options).toEqual({ primaryKey: true, autoincrement: false });
    expect(model(description, 'Enrolment').columns.map((c) => c.options)).toEqual([{ primaryKey: true }, { primaryKey: true }]);
    expect(model(description, 'Grade').tableArgs).toEqual([
      { kind: 'unique', columns: ['student_id', 'term'] },
      {
        kind: 'foreignKey',
        columns: ['student_id', 'term'],
        targets: ['enrolment.student_id', 'enrolment.term'],
        onDelete: 'CASCADE',
        onUpdate: 'CASCADE',
      },
    ]);
    expect(relationshipsOf(description, 'Enrolment')).toEqual([
      'grade → Grade (one-to-many) {"backPopulates":"enrolment","uselist":false,"passiveDeletes":true}',
    ]);
  });

  it('leaves out generated columns, and notes the rules of a foreign key that cannot be declared', () => {
    const description = inferModels(
      catalog([
        table('user', [id()]),
        table(
          'profile',
          [
            // SQLite's rowid alias: numbered by the database, but as a foreign key it takes the user's id.
            column('user_id', 'integer', { nullable: false, autoincrement: true }),
            column('first_name', 'string'),
            { ...column('full_name', 'string'), generated: true },
          ],
          {
            primaryKey: ['user_id'],
            indexes: [['full_name']],
            foreignKeys: [{ ...fk('user_id', 'user.id'), lossy: 'ON DELETE SET DEFAULT: relgraph cannot declare it; read as no action' }],
          },
        ),
      ]),
    );
    expect(model(description, 'Profile').columns.map((c) => [c.attribute, c.options])).toEqual([
      ['user_id', { primaryKey: true }],
      ['first_name', {}],
    ]);
    expect(relationshipsOf(description, 'User')).toEqual(['profile → Profile (one-to-many) {"backPopulates":"user","uselist":false}']);
    expect(description.notes).toEqual([
      'Foreign key (user_id) of table "profile" to "user": ON DELETE SET DEFAULT: relgraph cannot declare it; read as no action.',
      'Column "full_name" of table "profile" is not declared: the database computes it (a generated column), and relgraph would write a declared column on insert.',
    ]);
  });

  it("names an enum whose default name is a model's", () => {
    const description = inferModels(
      catalog([table('order', [id(), column('status', 'enum', { values: ['open', 'closed'] })]), table('order_status', [id()])]),
    );
    expect(columnOf(description, 'Order', 'status').type).toEqual({
      kind: 'enum',
      values: ['open', 'closed'],
      enumName: 'OrderStatusEnum',
    });
  });

  it('gives the same description and text whatever order the catalog lists things in', () => {
    const shuffled: Catalog = {
      views: [...viewAndNoKey.views].reverse(),
      tables: [...bookstore.tables, ...viewAndNoKey.tables.filter((t) => t.name !== 'customer')].reverse().map((t) => ({
        ...t,
        foreignKeys: [...t.foreignKeys].reverse(),
        uniques: [...t.uniques].reverse(),
        indexes: [...t.indexes].reverse(),
      })),
    };
    const ordered = catalog([...bookstore.tables, ...viewAndNoKey.tables.filter((t) => t.name !== 'customer')], viewAndNoKey.views);
    expect(inferModels(shuffled)).toEqual(inferModels(ordered));
    expect(writeModelsModule(inferModels(shuffled))).toBe(writeModelsModule(inferModels(ordered)));
  });
});

/** Every relationship and proxy of the description, as configure() mapped it. */
function expectMapped(mapping: Mapping, description: ModelsDescription): void {
  for (const described of description.models) {
    const mapped = mapping.model(described.name);
    expect(mapped?.table.name).toBe(described.tableName);
    for (const relationship of described.relationships) {
      const found = mapped!.relationships.find((r) => r.name === relationship.name);
      expect(found, `${described.name}.${relationship.name}`).toBeDefined();
      expect({
        relationship: `${described.name}.${relationship.name}`,
        direction: found!.direction,
        uselist: found!.uselist,
        reverse: found!.reverse?.name,
        target: found!.target.name,
        passiveDeletes: found!.passiveDeletes,
      }).toEqual({
        relationship: `${described.name}.${relationship.name}`,
        direction: relationship.direction,
        uselist: relationship.options.uselist ?? relationship.direction !== 'many-to-one',
        reverse: relationship.options.backPopulates,
        target: relationship.target,
        passiveDeletes: relationship.options.passiveDeletes ?? false,
      });
    }
    expect(mapped!.proxies.map((p) => [p.name, p.target.name])).toEqual(described.proxies.map((p) => [p.name, p.target]));
  }
  for (const link of description.tables) expect(mapping.table(link.name)?.isSecondary).toBe(true);
}

describe('introspect: the written module is accepted by relgraph', () => {
  for (const [name, source] of Object.entries(allCatalogs)) {
    for (const format of ['ts', 'mjs'] as const) {
      it(`loads, configures and builds the schema of ${name} (.${format})`, async () => {
        const description = inferModels(source);
        const module = await loadModule(writeModelsModule(description), format);
        const mapping = configure(module.default);
        expectMapped(mapping, description);
        expect(() => buildSchema(mapping, { inflection: module.inflection })).not.toThrow();
        for (const described of description.models) expect(module[described.binding]).toBe(mapping.model(described.name)?.class);
      });
    }
  }

  it("maps the seed's association object as the seed declares it", async () => {
    const mapping = configure((await loadModule(writeModelsModule(inferModels(associationObject)), 'ts')).default);
    const left = mapping.model('Left')!;
    const associations = left.relationships.find((r) => r.name === 'associations')!;
    expect([associations.direction, associations.cascade.deleteOrphan, associations.target.name]).toEqual([
      'one-to-many',
      true,
      'Association',
    ]);
    expect(left.proxies.map((p) => `${p.name}: ${p.relationship.name} → ${p.attribute.owner.name}.${p.attribute.name}`)).toEqual([
      'rights: associations → Association.right',
    ]);
  });

  it('joins the two relationships of one foreign key, and nothing else', async () => {
    const mapping = configure((await loadModule(writeModelsModule(inferModels(twoForeignKeys)), 'mjs')).default);
    const billing = mapping.model('Customer')!.relationships.find((r) => r.name === 'billing_address')!;
    expect(billing.join.map((p) => `${p.local.table.name}.${p.local.name} = ${p.remote.table.name}.${p.remote.name}`)).toEqual([
      'customer.billing_address_id = address.id',
    ]);
    expect(billing.nullable).toBe(true);
    const shipping = mapping.model('Customer')!.relationships.find((r) => r.name === 'shipping_address')!;
    expect(shipping.nullable).toBe(false);
  });

  it('builds the schema of a model that is its own plural: the default inflection lists it as allStaff', async () => {
    const module = await loadModule(writeModelsModule(inferModels(awkwardNames)), 'ts');
    const schema = buildSchema(configure(module.default));
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query).filter((f) => /staff/i.test(f))).toEqual(['staff', 'allStaff', 'allStaffConnection', 'allStaffAggregate']);
    expect(Object.keys(query)).toContain('order2024');
    const order2024 = schema.getType('Order2024') as GraphQLObjectType;
    expect(Object.keys(order2024.getFields())).toEqual(['id', 'orderId', 'eMail', 'line2nd', 'tableNameColumn', 'order']);
  });

  it("gives relationships the shapes of the bookstore's", async () => {
    const mapping = configure((await loadModule(writeModelsModule(inferModels(bookstore)), 'ts')).default);
    const shape = (path: string) => {
      const [owner = '', name = ''] = path.split('.');
      const found = mapping.model(owner)?.attribute(name);
      return isMappedRelationship(found)
        ? `${found.direction}${found.uselist ? ' list' : ''}${found.secondary ? ` via ${found.secondary.name}` : ''}`
        : found && 'kind' in found
          ? found.kind
          : 'column';
    };
    expect(
      Object.fromEntries(
        [
          'Book.publisher',
          'Publisher.books',
          'Book.book_detail',
          'BookDetail.book',
          'Book.genres',
          'Genre.books',
          'Customer.books',
          'Genre.parent',
          'Genre.children',
          'Book.book_authors',
          'Book.authors',
          'Author.books',
          'CustomerOrder.order_lines',
        ].map((p) => [p, shape(p)]),
      ),
    ).toEqual({
      'Book.publisher': 'many-to-one',
      'Publisher.books': 'one-to-many list',
      'Book.book_detail': 'one-to-many',
      'BookDetail.book': 'many-to-one',
      'Book.genres': 'many-to-many list via book_genre',
      'Genre.books': 'many-to-many list via book_genre',
      'Customer.books': 'many-to-many list via wishlist_item',
      'Genre.parent': 'many-to-one',
      'Genre.children': 'one-to-many list',
      'Book.book_authors': 'one-to-many list',
      'Book.authors': 'associationProxy',
      'Author.books': 'associationProxy',
      'CustomerOrder.order_lines': 'one-to-many list',
    });
  });
});
