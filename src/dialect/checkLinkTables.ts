/**
 * Checks, against the live database, that every `secondary` table can hold a link only once:
 * a primary key or unique index over its foreign-key columns. relgraph's own `createAll` gives
 * it one; a table created elsewhere (by SQLAlchemy, as the seed declares it) may have none, and
 * then "adding an existing link is a no-op" cannot hold: the INSERT that skips duplicates has
 * no key to meet, and two adds store the link twice.
 */
import type { Mapping } from '../mapper/index.js';
import type { Driver } from './Driver.js';

export class LinkTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkTableError';
  }
}

/**
 * @throws LinkTableError naming each table and the statement that fixes it, e.g.
 *   `Table "association" has no primary key or unique index over (left_id, right_id) ... ALTER TABLE association ADD PRIMARY KEY (left_id, right_id)`
 */
export async function checkLinkTables(mapping: Mapping, driver: Driver): Promise<void> {
  const problems: string[] = [];
  for (const table of mapping.tables) {
    if (!table.isSecondary) continue;
    const linkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns.map((c) => c.name)));
    const { rows } = await driver.execute(driver.dialect.renderUniqueKeys(table.name));
    const keys = new Map<string, Set<string>>();
    for (const row of rows) {
      const name = String(row['name']);
      keys.set(name, (keys.get(name) ?? new Set()).add(String(row['column'])));
    }
    // A key made only of link columns means each pair (or a narrower key) is stored once.
    const guarded = [...keys.values()].some((columns) => [...columns].every((column) => linkColumns.has(column)));
    if (!guarded) {
      const list = [...linkColumns].join(', ');
      problems.push(`Table "${table.name}" has no primary key or unique index over (${list}), so the same link could be stored twice. Add one: ALTER TABLE ${table.name} ADD PRIMARY KEY (${list}).`);
    }
  }
  if (problems.length > 0) throw new LinkTableError(problems.join('\n'));
}
