/**
 * `checkDrift()`, the check `relgraph check` and `relgraph serve` run: tables relgraph created
 * itself show no drift at all on either database (a false warning at every start would teach
 * people to ignore it), and each kind of drift is found — what the database lacks as a problem,
 * what merely differs as a warning — with the model, the column and the fix named.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import Bookstore from '../../../examples/bookstore/models.js';
import {
  Column,
  ForeignKey,
  Integer,
  String as Str,
  declarativeBase,
  relationship,
  type DeclarativeBase,
} from '../../../src/declare/index.js';
import { createAll } from '../../../src/dialect/createAll.js';
import { checkDrift } from '../../../src/introspect/checkDrift.js';
import { readCatalog } from '../../../src/introspect/readCatalog.js';
import { configure } from '../../../src/session/configure.js';
import { DIALECTS, withDatabase } from '../../support/index.js';

const seeds = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/seed');

async function seedBases(): Promise<Array<[string, DeclarativeBase]>> {
  const files = (await readdir(seeds)).filter((file) => file.endsWith('.ts')).sort();
  const bases = await Promise.all(
    files.map(
      async (file) =>
        [file, ((await import(pathToFileURL(path.join(seeds, file)).href)) as { default: DeclarativeBase }).default] as [
          string,
          DeclarativeBase,
        ],
    ),
  );
  return [['bookstore', Bookstore], ...bases];
}

/** Parent with children whose deletes the database cascades (passiveDeletes). */
function passiveModels(): DeclarativeBase {
  const Base = declarativeBase();
  Base.model('Parent', {
    tableName: 'parent',
    id: Column(Integer, { primaryKey: true }),
    name: Column(Str(50), { nullable: false }),
    children: relationship('Child', { backPopulates: 'parent', passiveDeletes: true, cascade: 'all, delete-orphan' }),
  });
  Base.model('Child', {
    tableName: 'child',
    id: Column(Integer, { primaryKey: true }),
    label: Column(Str(20)),
    parent_id: Column(Integer, ForeignKey('parent.id', { onDelete: 'CASCADE' }), { nullable: false }),
    parent: relationship('Parent', { backPopulates: 'children' }),
  });
  return Base;
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the drift check`, () => {
    it('finds nothing to say about the tables relgraph created, for every seed and the bookstore', async () => {
      for (const [name, base] of await seedBases()) {
        await withDatabase(dialect, async (driver) => {
          const mapping = configure(base);
          await createAll(mapping, driver);
          expect({ name, ...checkDrift(mapping, await readCatalog(driver), driver.dialect.name) }).toEqual({
            name,
            problems: [],
            warnings: [],
          });
        });
      }
    });

    it('names each missing table and column as a problem, and type, length and nullability differences as warnings', async () => {
      await withDatabase(dialect, async (driver) => {
        const mapping = configure(passiveModels());
        const sql = (text: string) => driver.execute({ sql: text, params: [], kind: 'ddl' });
        // parent lacks "name"; child.label is wider and NOT NULL; the foreign key is there.
        await sql('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
        await sql(
          `CREATE TABLE child (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL, parent_id INTEGER NOT NULL, FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)`,
        );
        const drift = checkDrift(mapping, await readCatalog(driver), driver.dialect.name);
        expect(drift.problems).toEqual([
          'Model Parent: table "parent" has no column "name" (Parent.name). Add it to the table, or remove Parent.name from the declarations.',
        ]);
        expect(drift.warnings).toEqual([
          'Child.label is declared String(20), but the column holds 40 characters: relgraph checks lengths against the declaration.',
          'Child.label is declared nullable, but the column is NOT NULL without a default: writes that leave it out will fail.',
        ]);
      });
    });

    it('makes a missing foreign key a problem when passiveDeletes leaves deletes to it, a warning otherwise', async () => {
      await withDatabase(dialect, async (driver) => {
        const mapping = configure(passiveModels());
        const sql = (text: string) => driver.execute({ sql: text, params: [], kind: 'ddl' });
        await sql('CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)');
        await sql('CREATE TABLE child (id INTEGER PRIMARY KEY, label VARCHAR(20), parent_id INTEGER NOT NULL)');
        const drift = checkDrift(mapping, await readCatalog(driver), driver.dialect.name);
        expect(drift.problems).toEqual([
          'Model Child: Parent.children leaves deletes to the database (passiveDeletes), but table "child" has no foreign key (parent_id) → parent(id). Add it: ALTER TABLE child ADD FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE.',
        ]);
        const plain = configure(declarativeBase());
        expect(checkDrift(plain, await readCatalog(driver), driver.dialect.name)).toEqual({ problems: [], warnings: [] });
      });
    });

    it('names a missing table with the command that creates it', async () => {
      await withDatabase(dialect, async (driver) => {
        const drift = checkDrift(configure(passiveModels()), await readCatalog(driver), driver.dialect.name);
        expect(drift.problems).toEqual([
          'Model Parent: the database has no table "parent". Create it with "relgraph create-tables <models> --db <url>" (or your migrations), or fix the model\'s tableName.',
          'Model Child: the database has no table "child". Create it with "relgraph create-tables <models> --db <url>" (or your migrations), or fix the model\'s tableName.',
        ]);
      });
    });
  });
}
