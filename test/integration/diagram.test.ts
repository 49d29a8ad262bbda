/**
 * The bookstore's entity-relationship diagram: every relationship pair with its cardinality in
 * Mermaid and DOT, a box per model in SVG; `relgraph diagram` as users run it (the built
 * command: formats, --out, the same refusals as `generate`); and the page beside GraphiQL, off
 * in production unless asked for.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Base from '../../examples/bookstore/models.js';
import { configure, createDriver, createHandler, renderDiagram, type Driver } from '../../src/index.js';
import { assertFreshBuild, runCli } from '../support/cliProcess.js';

const repo = process.cwd();
const bookstore = path.join(repo, 'examples/bookstore/models.ts');
const mapping = configure(Base);

/** Each relationship pair of the bookstore once, as the Mermaid text draws it: ends, names, cardinality, notes. */
const bookstoreEdges = [
  '"Publisher" ||--o{ "Book" : "books / publisher: one-to-many"',
  '"Book" ||--o| "BookDetail" : "detail / book: one-to-one [detail: delete, delete-orphan]"',
  '"Book" ||--o{ "book_genre" : "genres / books: many-to-many"',
  '"book_genre" }o--|| "Genre" : ""',
  '"Book" ||--o{ "BookAuthor" : "bookAuthors / book: one-to-many [bookAuthors: delete, delete-orphan]"',
  '"Book" ||--o{ "Review" : "reviews / book: one-to-many [reviews: delete, delete-orphan, passiveDeletes]"',
  '"Customer" ||--o{ "wishlist_item" : "wishlistBooks / wishlistedBy: many-to-many"',
  '"wishlist_item" }o--|| "Book" : ""',
  '"Author" ||--o{ "BookAuthor" : "bookAuthors / author: one-to-many [bookAuthors: delete, delete-orphan]"',
  '"Author" ||..o{ "BookAuthor" : "books: many-to-many [books: viewonly]"',
  '"BookAuthor" }o..|| "Book" : ""',
  '"Genre" }o--o| "Genre" : "parent / subgenres: many-to-one"',
  '"Customer" ||--o{ "Order" : "orders / customer: one-to-many"',
  '"Order" ||--o{ "OrderLine" : "lines / order: one-to-many [lines: delete, delete-orphan, passiveDeletes]"',
  '"OrderLine" }o--|| "Book" : "book: many-to-one"',
  '"Review" }o--|| "Customer" : "customer: many-to-one"',
];

/** The same pairs in DOT: the edge's id, its two ends' arrows and its label lines. */
const bookstoreDotEdges = [
  ['Publisher', 'Book', 'Publisher.books', 'teetee', 'crowodot', 'books / publisher\\none-to-many'],
  ['Book', 'BookDetail', 'Book.detail', 'teetee', 'teeodot', 'detail / book\\none-to-one\\ndetail: delete, delete-orphan'],
  ['Book', 'book_genre', 'Book.genres', 'teetee', 'crowodot', 'genres / books\\nmany-to-many'],
  ['Book', 'BookAuthor', 'Book.bookAuthors', 'teetee', 'crowodot', 'bookAuthors / book\\none-to-many\\nbookAuthors: delete, delete-orphan'],
  ['Book', 'Review', 'Book.reviews', 'teetee', 'crowodot', 'reviews / book\\none-to-many\\nreviews: delete, delete-orphan, passiveDeletes'],
  ['Customer', 'wishlist_item', 'Customer.wishlistBooks', 'teetee', 'crowodot', 'wishlistBooks / wishlistedBy\\nmany-to-many'],
  [
    'Author',
    'BookAuthor',
    'Author.bookAuthors',
    'teetee',
    'crowodot',
    'bookAuthors / author\\none-to-many\\nbookAuthors: delete, delete-orphan',
  ],
  ['Author', 'BookAuthor', 'Author.books', 'teetee', 'crowodot', 'books\\nmany-to-many\\nbooks: viewonly'],
  ['Genre', 'Genre', 'Genre.parent', 'crowodot', 'teeodot', 'parent / subgenres\\nmany-to-one'],
  ['Customer', 'Order', 'Customer.orders', 'teetee', 'crowodot', 'orders / customer\\none-to-many'],
  ['Order', 'OrderLine', 'Order.lines', 'teetee', 'crowodot', 'lines / order\\none-to-many\\nlines: delete, delete-orphan, passiveDeletes'],
  ['OrderLine', 'Book', 'OrderLine.book', 'crowodot', 'teetee', 'book\\nmany-to-one'],
  ['Review', 'Customer', 'Review.customer', 'crowodot', 'teetee', 'customer\\nmany-to-one'],
] as const;

const models = mapping.models.map((model) => model.name);
const linkTables = ['book_genre', 'wishlist_item'];

/** Graphviz writes `-` in ids as `&#45;`. */
const decodeSvg = (svg: string) => svg.replaceAll('&#45;', '-');

describe('diagram: the bookstore', () => {
  it('draws every relationship pair once in Mermaid, with both names and the cardinality the mapper decided', async () => {
    const mermaid = await renderDiagram(mapping);
    expect(mermaid.startsWith('erDiagram\n')).toBe(true);
    const relationshipLines = mermaid.split('\n').filter((line) => / : "/.test(line));
    expect(relationshipLines.map((line) => line.trim())).toEqual(bookstoreEdges);
    for (const model of mapping.models) expect(mermaid).toContain(`    "${model.name}"["${model.name} (${model.table.name}`);
    expect(mermaid).toContain('"BookAuthor"["BookAuthor (book_author, association object)"] {');
    expect(mermaid).toContain('"book_genre"["book_genre (link table)"] {');
    expect(mermaid).toContain('        Integer publisher_id FK "publisher.id"\n');
    expect(mermaid).toContain('        Integer book_id PK, FK "book.id"\n');
    expect(mermaid).toContain('        Author[] authors "association proxy through bookAuthors.author"\n');
  });

  it('names every relationship of the mapping on an edge', async () => {
    const mermaid = await renderDiagram(mapping);
    const labels = mermaid.split('\n').flatMap((line) => /: "([^"]*)"$/.exec(line)?.[1] ?? []);
    for (const model of mapping.models) {
      for (const relationship of model.relationships) {
        const named = labels.some((label) => label.split(':')[0]!.split(' / ').includes(relationship.name));
        expect(named, `${model.name}.${relationship.name}`).toBe(true);
      }
    }
  });

  it('draws the same pairs in DOT, with crow-foot arrows and dashed viewonly edges', async () => {
    const dot = await renderDiagram(mapping, { format: 'dot' });
    const edgeLines = dot.split('\n').filter((line) => line.includes(' -> '));
    expect(edgeLines).toHaveLength(bookstoreDotEdges.length + 3);
    for (const [from, to, id, tail, head, label] of bookstoreDotEdges) {
      const line = edgeLines.find((candidate) => candidate.includes(`[id="edge-${id}"`));
      expect(line, id).toBeDefined();
      expect(line).toContain(`"${from}" -> "${to}" `);
      expect(line).toContain(`arrowtail="${tail}" arrowhead="${head}" label="${label}"`);
    }
    expect(edgeLines.find((line) => line.includes('id="edge-Author.books"'))).toContain('style="dashed"');
    expect(edgeLines.find((line) => line.includes('id="edge-Author.books-through"'))).toContain('"BookAuthor" -> "Book"');
    for (const model of models) expect(dot).toContain(`  "${model}" [id="model-${model}" class="relgraph-model`);
  });

  it('lays the SVG out with Graphviz: one box per model and link table', async () => {
    const svg = decodeSvg(await renderDiagram(mapping, { format: 'svg' }));
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg [\s\S]*<\/svg>\n$/);
    const boxes = [...svg.matchAll(/<g id="([^"]+)" class="node ([^"]+)">/g)].map((match) => [match[1], match[2]]);
    expect(boxes.filter(([, classes]) => classes!.includes('relgraph-model')).map(([id]) => id)).toEqual(
      expect.arrayContaining(models.map((model) => `model-${model}`)),
    );
    expect(boxes).toHaveLength(models.length + linkTables.length);
    for (const table of linkTables) expect(svg).toContain(`<g id="table-${table}" class="node relgraph-link-table">`);
    expect(svg).toContain('>one-to-one</text>');
  });

  it('is the diagram README.md shows under "See the model"', async () => {
    const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## See the model'));
    const block = /```mermaid\n([^`]*)```/.exec(section)?.[1];
    expect(block, 'README.md, "See the model": paste the output of `relgraph diagram examples/bookstore/models.ts`').toBe(
      await renderDiagram(mapping),
    );
  });

  it('refuses an unknown format with the ones it takes', async () => {
    await expect(renderDiagram(mapping, { format: 'png' as 'svg' })).rejects.toThrow(
      'renderDiagram() takes format "mermaid", "svg", "dot", but got: "png".',
    );
  });
});

describe('cli: relgraph diagram', { timeout: 120_000 }, () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'rg-diagram-'));
    await assertFreshBuild();
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('prints Mermaid by default, and writes SVG or DOT to --out', async () => {
    const printed = await runCli(['diagram', bookstore]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(await renderDiagram(mapping));
    const svgFile = path.join(directory, 'out', 'bookstore.svg');
    const svg = await runCli(['diagram', bookstore, '--format', 'svg', '--out', svgFile]);
    expect(svg).toMatchObject({ code: 0, stdout: '', stderr: `relgraph: wrote ${svgFile}\n` });
    const written = decodeSvg(await readFile(svgFile, 'utf8'));
    for (const model of models) expect(written).toContain(`<g id="model-${model}" class="node relgraph-model`);
    // Without --format, the extension of --out chooses.
    const dotFile = path.join(directory, 'bookstore.dot');
    expect((await runCli(['diagram', bookstore, `--out=${dotFile}`])).code).toBe(0);
    expect(await readFile(dotFile, 'utf8')).toBe(await renderDiagram(mapping, { format: 'dot' }));
  });

  it('answers --help, and refuses an unknown format or a missing module with one line and exit 2', async () => {
    const help = await runCli(['diagram', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: relgraph diagram <models module> [--format mermaid|svg|dot] [--out <file>]');
    expect((await runCli(['--help'])).stdout).toContain('relgraph diagram <models module>');
    const cases: Array<[string[], string]> = [
      [['diagram', bookstore, '--format', 'png'], 'relgraph: --format must be one of mermaid, svg, dot, but got "png".'],
      [['diagram', bookstore, '--format=mermiad'], '--format must be one of mermaid, svg, dot, but got "mermiad". Did you mean "mermaid"?'],
      [['diagram'], 'Give the models module: "relgraph diagram <models module>".'],
      [['diagram', bookstore, '--fromat', 'svg'], 'Unknown option "--fromat" for "relgraph diagram". Did you mean "--format"?'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('fails a models module exactly as generate does, with exit 1', async () => {
    const unloadable = path.join(directory, 'broken.mjs');
    await writeFile(unloadable, 'export default 42;\n');
    // Beside the seeds, so that its `import ... from 'relgraph'` resolves to this package.
    const misdeclared = path.join(repo, '.tmp', `diagram-mapping-error-${process.pid}.mjs`);
    await mkdir(path.dirname(misdeclared), { recursive: true });
    await writeFile(
      misdeclared,
      `import { Column, ForeignKey, Integer, declarativeBase, relationship } from 'relgraph';
const Base = declarativeBase();
Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }), children: relationship('Child', { backPopulates: 'parnet' }) });
Base.model('Child', { tableName: 'child', id: Column(Integer, { primaryKey: true }), parent_id: Column(Integer, ForeignKey('parent.id')), parent: relationship('Parent', { backPopulates: 'children' }) });
export default Base;
`,
    );
    try {
      for (const file of [unloadable, misdeclared]) {
        const generated = await runCli(['generate', file]);
        const drawn = await runCli(['diagram', file]);
        expect(generated.code, generated.stderr).toBe(1);
        expect(drawn).toEqual({ code: 1, stdout: '', stderr: generated.stderr });
      }
      const drawn = await runCli(['diagram', misdeclared]);
      expect(drawn.stderr).toContain('relgraph: the declarations have problems.\n');
      expect(drawn.stderr).toContain(
        'Parent.children: backPopulates is "parnet", but Child has no relationship by that name. Did you mean "parent"?',
      );
    } finally {
      await rm(misdeclared, { force: true });
    }
  });
});

describe('server: the diagram page', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await createDriver('sqlite::memory:');
  });
  afterAll(() => driver?.close());

  const page = (options: Parameters<typeof createHandler>[1], method = 'GET') =>
    createHandler(mapping, { ...options, logging: false }).fetch('http://localhost/graphql/diagram', { method });

  /** The details the page's script shows, keyed by SVG id. */
  function pageData(
    html: string,
  ): Record<string, { title: string; typeName?: string; sdl?: string; rootFields: string[]; relationships: string[] }> {
    const json = /<script type="application\/json" id="relgraph-diagram-data">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    return JSON.parse(json!);
  }

  it('serves the diagram with every box and, per model, its GraphQL type and root fields', async () => {
    const response = await page({ driver, production: false });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    for (const model of models) expect(decodeSvg(html)).toContain(`<g id="model-${model}" class="node relgraph-model`);
    // Nothing is loaded from elsewhere: no CDN, no script or stylesheet by URL.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    const data = pageData(html);
    expect(Object.keys(data).sort()).toEqual(
      [...models.map((model) => `model-${model}`), ...linkTables.map((table) => `table-${table}`)].sort(),
    );
    const book = data['model-Book']!;
    expect(book.title).toBe('Book (book)');
    expect(book.typeName).toBe('Book');
    expect(book.sdl).toMatch(/^type Book \{\n {2}id: Int!\n/);
    expect(book.sdl).toContain('  publisher: Publisher!\n');
    expect(book.rootFields).toEqual(
      expect.arrayContaining([
        'Query.book(id: Int!): Book',
        'Query.books(where: BookWhere, orderBy: [BookOrderBy!], limit: Int, offset: Int): [Book!]!',
        'Mutation.createBook(input: BookCreateInput!): Book!',
        'Mutation.addBookGenre(id: Int!, genreId: Int!): Book!',
      ]),
    );
    expect(book.rootFields.some((field) => field.startsWith('Query.publisher('))).toBe(false);
    expect(book.relationships).toContain('Publisher.books ↔ Book.publisher: one-to-many');
    expect(data['table-book_genre']).toMatchObject({ title: 'book_genre (link table)', rootFields: [] });
    expect(data['table-book_genre']!.typeName).toBeUndefined();
  });

  it('shows the type names the served schema has, inflection overrides included', async () => {
    const html = await (await page({ driver, production: false, inflection: { typeName: (model) => `${model.name}Row` } })).text();
    const book = pageData(html)['model-Book']!;
    expect(book.typeName).toBe('BookRow');
    expect(book.sdl).toMatch(/^type BookRow \{/);
    expect(book.rootFields).toContain('Query.book(id: Int!): BookRow');
  });

  it('is not served in production unless diagram: true, nor when diagram: false', async () => {
    const production = await page({ driver, production: true });
    expect(production.status).toBe(404);
    expect(await production.text()).not.toContain('<svg');
    expect((await page({ driver, production: false, diagram: false })).status).toBe(404);
    const enabled = await page({ driver, production: true, diagram: true });
    expect(enabled.status).toBe(200);
    const html = await enabled.text();
    expect(html).toContain('<svg');
    // GraphiQL is off in production, so the page does not link to it.
    expect(html).not.toContain('>GraphiQL</a>');
  });

  it('answers HEAD without a body and refuses other methods with 405', async () => {
    const head = await page({ driver, production: false }, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await page({ driver, production: false }, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await post.json()).toEqual({
      errors: [{ message: '/graphql/diagram is a page: read it with GET.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
