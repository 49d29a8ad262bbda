/**
 * A `secondary` table must hold each link once. relgraph's createAll gives it a key; a table
 * created elsewhere without one is refused at startup, since links would then be stored twice.
 */
import { describe, expect, it } from 'vitest';
import Base from '../../examples/seed/many-to-many.js';
import { checkLinkTables, LinkTableError } from '../../src/dialect/checkLinkTables.js';
import { createAll } from '../../src/dialect/createAll.js';
import { configure } from '../../src/mapper/index.js';
import { DIALECTS, withDatabase } from '../support/index.js';

const mapping = configure(Base);

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: checkLinkTables`, () => {
    const q = (name: string) => (dialect.name === 'mariadb' ? `\`${name}\`` : `"${name}"`);

    it('accepts the tables createAll made', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        await expect(checkLinkTables(mapping, driver)).resolves.toBeUndefined();
      });
    });

    it('refuses a secondary table without a key over its link columns, and says how to add one', async () => {
      await withDatabase(dialect, async (driver) => {
        await createAll(mapping, driver);
        const ddl = (sql: string) => driver.execute({ sql, params: [], kind: 'ddl' });
        await ddl(`DROP TABLE ${q('association')}`);
        await ddl(`CREATE TABLE ${q('association')} (${q('left_id')} INTEGER REFERENCES ${q('left')} (${q('id')}), ${q('right_id')} INTEGER REFERENCES ${q('right')} (${q('id')}))`);
        const check = checkLinkTables(mapping, driver);
        await expect(check).rejects.toThrow(LinkTableError);
        await expect(check).rejects.toThrow('Table "association" has no primary key or unique index over (left_id, right_id), so the same link could be stored twice. Add one: ALTER TABLE association ADD PRIMARY KEY (left_id, right_id).');
        await ddl(`CREATE UNIQUE INDEX ${q('uq_link')} ON ${q('association')} (${q('left_id')}, ${q('right_id')})`);
        await expect(checkLinkTables(mapping, driver)).resolves.toBeUndefined();
      });
    });
  });
}
