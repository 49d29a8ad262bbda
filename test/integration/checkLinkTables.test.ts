/**
 * A `secondary` table must hold each link once. relgraph's createAll gives it a key; a table
 * created elsewhere without one is served all the same (its links kept unique by locking and
 * checking before insert, `keylessLinks.test.ts`), and `checkLinkTables` reports it with the
 * statement that would give it its key.
 */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-many.js';
import { checkLinkTables } from '../../src/dialect/checkLinkTables.js';
import { createAll } from '../../src/dialect/createAll.js';
import { configure } from '../../src/session/configure.js';
import { DIALECTS, withDatabase } from '../support/index.js';

const mapping = configure(Base);

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: checkLinkTables`, () => {
    const q = (name: string) => (dialect.name === 'mariadb' ? `\`${name}\`` : `"${name}"`);

    it('reports nothing for the tables createAll made', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        await expect(checkLinkTables(mapping, driver)).resolves.toEqual([]);
      });
    });

    it('accepts a secondary table without a key over its link columns, and reports it with the statement that gives it one', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        const ddl = (sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });
        await ddl(`DROP TABLE ${q('association')}`);
        await ddl(
          `CREATE TABLE ${q('association')} (${q('left_id')} INTEGER REFERENCES ${q('left')} (${q('id')}), ${q('right_id')} INTEGER REFERENCES ${q('right')} (${q('id')}))`,
        );
        // SQLite cannot add a primary key to a table: a unique index gives it its key there.
        const fix =
          dialect.name === 'sqlite'
            ? 'CREATE UNIQUE INDEX association_link_key ON association (left_id, right_id)'
            : 'ALTER TABLE association ADD PRIMARY KEY (left_id, right_id)';
        expect(await checkLinkTables(mapping, driver)).toEqual([
          {
            table: 'association',
            columns: ['left_id', 'right_id'],
            fix,
            message: `Link table "association" has no primary key or unique index over (left_id, right_id): links kept unique by locking and checking before insert, up to two statements more per add. A key makes that unnecessary: ${fix}.`,
          },
        ]);
        // The fix it names is one the database takes, and then the table has its key.
        await ddl(fix);
        await expect(checkLinkTables(mapping, driver)).resolves.toEqual([]);
      });
    });

    it('counts a unique index over the link columns as a key', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        const ddl = (sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });
        await ddl(`DROP TABLE ${q('association')}`);
        await ddl(
          `CREATE TABLE ${q('association')} (${q('left_id')} INTEGER REFERENCES ${q('left')} (${q('id')}), ${q('right_id')} INTEGER REFERENCES ${q('right')} (${q('id')}))`,
        );
        await ddl(`CREATE UNIQUE INDEX ${q('uq_link')} ON ${q('association')} (${q('left_id')}, ${q('right_id')})`);
        await expect(checkLinkTables(mapping, driver)).resolves.toEqual([]);
      });
    });
  });
}
