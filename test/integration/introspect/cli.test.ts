/**
 * `relgraph introspect` as a user runs it: the built command in a child process, against a
 * SQLite file (and a MariaDB database when the run has one) holding the hand-written schema of
 * `awkwardSchema.ts`. The module goes to standard output or to `--out` (whole, never over an
 * existing file without `--force`), `--include`/`--exclude` choose the tables, a database that
 * cannot be read or has nothing to map fails with one line and writes nothing, and what it
 * writes is accepted by `relgraph generate` and served by `relgraph serve`.
 *
 * The modules import 'relgraph', as written: they are written in a temp project whose
 * `node_modules/relgraph` is a link to this repository, so that Node resolves it to the built
 * `dist/` the command itself runs (as an installed package would be).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../src/dialect/createDriver.js';
import { insertRows } from '../../support/insertRows.js';
import { assertFreshBuild, deadPort, runCli, startServe, type CliResult } from '../../support/cliProcess.js';
import { mariadbFor } from '../../support/requireDialect.js';
import { awkwardRows, createAwkwardSchema } from './awkwardSchema.js';

const repo = process.cwd();

const cli = (args: readonly string[], cwd: string, env: Record<string, string> = {}) => runCli(args, { cwd, env });
const serve = (args: readonly string[], cwd: string) => startServe(args, { cwd });

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
const exportsOf = (source: string) => [...source.matchAll(/^export const (\w+) = Base\.model\(/gm)].map((m) => m[1]);
/** Fails unless stderr is one line, without a stack trace. */
function expectOneLine(result: CliResult, context: string): void {
  expect(result.stderr.trim().split('\n'), `${context}: ${result.stderr}`).toHaveLength(1);
  expect(result.stderr, context).not.toMatch(/\n\s+at /);
}

let project: string;
let database: string;
let url: string;

beforeAll(async () => {
  await assertFreshBuild();
  project = await mkdtemp(path.join(tmpdir(), 'rg-introspect-'));
  await mkdir(path.join(project, 'node_modules'));
  await symlink(repo, path.join(project, 'node_modules', 'relgraph'), 'dir');
  database = path.join(project, 'shop.db');
  url = `sqlite:${database}`;
  const driver = await createDriver(url);
  try {
    await createAwkwardSchema(driver);
    for (const [table, rows] of awkwardRows) await insertRows(driver, table, rows);
  } finally {
    await driver.close();
  }
});
afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

const allModels = [
  'Order2024',
  'Address',
  'Category',
  'Customer',
  'Order',
  'Product',
  'ProductDetail',
  'ProductSupplier',
  'Staff',
  'Supplier',
];

describe('cli: relgraph introspect', { timeout: 60_000 }, () => {
  it('prints the module to standard output, and what it mapped to standard error', async () => {
    const result = await cli(['introspect', url], project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^\/\*\*\n \* Models of sqlite:.*shop\.db, as `relgraph introspect` read them\./);
    expect(result.stdout).toContain("} from 'relgraph';");
    expect(result.stdout.endsWith('export default Base;\n')).toBe(true);
    expect(exportsOf(result.stdout)).toEqual(allModels);
    expect(result.stdout).toContain(' * - table "audit_log": no primary key');
    expect(result.stdout).toContain(' * - view "product_name": a view has no primary key');
    expect(result.stderr).toMatch(
      /^relgraph: 10 models, 1 link tables?; left out: audit_log, product_name \(the file's first comment says why\)\.\n$/,
    );
  });

  it('writes --out whole, refuses to replace it without --force (exit 2, file unchanged), replaces it with --force', async () => {
    const out = path.join(project, 'written', 'models.ts');
    const printed = (await cli(['introspect', url], project)).stdout;
    const first = await cli(['introspect', url, '--out', out], project);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^relgraph: wrote .*models\.ts: 10 models, 1 link tables?; left out: audit_log, product_name/);
    expect(first.stderr).toContain(out);
    expect(await readFile(out, 'utf8')).toBe(printed);

    const edited = `${printed}// a person's edit\n`;
    await writeFile(out, edited);
    const before = await stat(out);
    const refused = await cli(['introspect', url, '--out', out], project);
    expect(refused.code).toBe(2);
    expectOneLine(refused, 'without --force');
    expect(refused.stderr).toContain(`${out} exists already; pass --force to replace it`);
    expect(await readFile(out, 'utf8')).toBe(edited);
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);

    const forced = await cli(['introspect', url, '--out', out, '--force'], project);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(printed);
    // The temporary file it wrote first is gone (renamed into place).
    expect(await readdir(path.dirname(out))).toEqual(['models.ts']);
  });

  it('maps only the tables --include matches and --exclude does not; a foreign key to a table left out is noted, not declared', async () => {
    const result = await cli(['introspect', url, '--include', 'product*', '--include', 'supplier', '--exclude', '*_detail'], project);
    expect(result.code, result.stderr).toBe(0);
    expect(exportsOf(result.stdout)).toEqual(['Product', 'ProductCategory', 'ProductSupplier', 'Supplier']);
    expect(result.stdout).toContain(' * - table "product_detail": excluded by the pattern "*_detail".');
    expect(result.stdout).toContain(' * - table "customer": not matched by the include patterns ("product*", "supplier").');
    // product_category is a link table no more, but a model: its other end, category, is left out.
    expect(result.stdout).toContain('Foreign key (category_id) of table "product_category" to "category" is not declared');
    expect(result.stdout).not.toContain("ForeignKey('category.id'");
    expect(result.stdout).toContain("suppliers: associationProxy('product_suppliers', 'supplier')");

    const excluded = await cli(['introspect', url, '--exclude', '*'], project);
    expect(excluded.code).toBe(1);
    expectOneLine(excluded, '--exclude *');
    expect(excluded.stderr).toContain('has no table relgraph can map: 2024-orders (excluded by the pattern "*")');
  });

  it('fails an unreachable MariaDB with one line and exit 1, writing nothing, not even over a file with --force', async () => {
    const out = path.join(project, 'unreachable.ts');
    const port = await deadPort();
    const started = Date.now();
    const result = await cli(['introspect', `mysql://app:s3cretpw@127.0.0.1:${port}/shop`, '--out', out], project);
    expect(result.code).toBe(1);
    expectOneLine(result, 'unreachable');
    expect(result.stderr).toContain('ECONNREFUSED');
    expect(result.stderr).not.toContain('s3cretpw');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await exists(out)).toBe(false);

    await writeFile(out, '// kept\n');
    const forced = await cli(['introspect', `mysql://app:s3cretpw@127.0.0.1:${port}/shop`, '--out', out, '--force'], project);
    expect(forced.code).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('// kept\n');
  });

  it("names the URL it was given, not serve's --db, when the database cannot be opened", async () => {
    const port = await deadPort();
    const unreachable = await cli(['introspect', `mysql://app:pw@127.0.0.1:${port}/shop`], project);
    const missing = await cli(['introspect', 'sqlite:/no/such/dir/x.db'], project);
    // "The database URL (--db or DATABASE_URL) ...": introspect has no --db.
    expect(unreachable.stderr).not.toContain('--db');
    expect(missing.stderr).not.toContain('--db');
  });

  it('refuses a SQLite file in a directory that does not exist with one line, as serve does (a usage error: exit 2), writing nothing', async () => {
    const out = path.join(project, 'nowhere.ts');
    const result = await cli(['introspect', 'sqlite:/no/such/dir/x.db', '--out', out], project);
    expect(result.code).toBe(2);
    expectOneLine(result, 'missing directory');
    expect(result.stderr).toContain('the directory "/no/such/dir" does not exist');
    expect(await exists(out)).toBe(false);
  });

  it('fails an empty database with one line and exit 1, writing nothing', async () => {
    const empty = path.join(project, 'empty.db');
    new Database(empty).close();
    const out = path.join(project, 'empty.ts');
    const result = await cli(['introspect', `sqlite:${empty}`, '--out', out], project);
    expect(result.code).toBe(1);
    expectOneLine(result, 'empty database');
    expect(result.stderr).toContain(
      `sqlite:${empty} has no table relgraph can map (the database is empty, or this user may see none of its tables); nothing written.`,
    );
    expect(await exists(out)).toBe(false);
  });

  it('creates no database file for a mistyped SQLite path', async () => {
    const mistyped = path.join(project, 'shpo.db');
    const result = await cli(['introspect', `sqlite:${mistyped}`], project);
    // A URL that cannot work is a usage error (2), as a missing directory is.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('which does not exist; give the path of an existing SQLite database');
    expectOneLine(result, 'mistyped path');
    expect(await exists(mistyped), 'introspect created an empty database file at the mistyped path').toBe(false);
  });

  it('leaves the journal mode of a SQLite file as it found it', async () => {
    const file = path.join(project, 'journal.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
    expect((await cli(['introspect', `sqlite:${file}`], project)).code).toBe(0);
    const reopened = new Database(file, { readonly: true });
    const mode = reopened.pragma('journal_mode', { simple: true });
    reopened.close();
    expect(mode, 'introspect switched the database to WAL').toBe('delete');
  });

  it('writes a module that relgraph generate accepts (.ts and .mjs) and relgraph serve serves over the same database', async () => {
    const out = path.join(project, 'models.ts');
    expect((await cli(['introspect', url, '--out', out], project)).code).toBe(0);
    const mjs = path.join(project, 'models.mjs');
    expect((await cli(['introspect', url, '--out', mjs], project)).code).toBe(0);
    const [generated, generatedMjs] = await Promise.all([cli(['generate', out], project), cli(['generate', mjs], project)]);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generatedMjs).toEqual(generated);
    expect(generated.stdout).toContain('type Order2024 {');
    expect(generated.stdout).toMatch(/\n {2}allStaff\(/);
    expect(generated.stdout).toContain('addProductSupplier(');

    const served = await serve([out, '--db', url, '--port', '0', '--host', '127.0.0.1'], project);
    try {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ allStaff { name manager { name } } order2024s { note order { customer { name billingAddress { street } } } } products { name suppliers { name } categories { name } } }',
        }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({
        allStaff: [
          { name: 'Boss', manager: null },
          { name: 'Clerk', manager: { name: 'Boss' } },
        ],
        order2024s: [{ note: 'rush', order: { customer: { name: 'Ada', billingAddress: { street: '1 High St' } } } }],
        products: [
          { name: 'Hacksaw', suppliers: [{ name: 'Acme' }, { name: 'Bolt & Co' }], categories: [{ name: 'Tools' }, { name: 'Saws' }] },
          { name: 'Cordless drill', suppliers: [{ name: 'Bolt & Co' }], categories: [{ name: 'Drills' }] },
        ],
      });
    } finally {
      served.child.kill('SIGTERM');
      expect(await served.exited).toBe(0);
    }
  });
});

const mariadb = mariadbFor('cli: relgraph introspect of MariaDB');

describe.runIf(mariadb)('cli: relgraph introspect of MariaDB', { timeout: 60_000 }, () => {
  it('writes the module of a MariaDB database, without its password, and relgraph generate accepts it', async () => {
    const location = await mariadb!.createDatabase();
    try {
      const driver = await createDriver(location.url);
      try {
        await createAwkwardSchema(driver);
      } finally {
        await driver.close();
      }
      const out = path.join(project, 'mariadb-models.ts');
      const result = await cli(['introspect', '--out', out], project, { DATABASE_URL: location.url });
      expect(result.code, result.stderr).toBe(0);
      const source = await readFile(out, 'utf8');
      expect(exportsOf(source)).toEqual(allModels);
      const { username, password } = new URL(location.url);
      expect(source).toContain(`Models of mysql://${username}:***@`);
      expect(source).not.toContain(`${username}:${password}@`);
      expect(result.stderr).not.toContain(`${username}:${password}@`);
      const generated = await cli(['generate', out], project);
      expect(generated.code, generated.stderr).toBe(0);
      expect(generated.stdout).toContain('type Order2024 {');
    } finally {
      await location.drop();
    }
  });
});
