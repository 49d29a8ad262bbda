/**
 * Finds, against the live database, the `secondary` tables that have no primary key or unique
 * index over their foreign-key columns. relgraph's own `createAll` gives every secondary one; a
 * table created elsewhere (by SQLAlchemy, as the seed declares it) may have none. Such a table is
 * still served: the session keeps its links unique by locking and checking before it inserts
 * (`keylessLinkTables`, `session/keylessLinks.ts`), which costs two statements more per batch of
 * links added than the `INSERT` that skips the duplicate a key rejects.
 */
import type { Mapping } from '../mapper/index.js';
import type { Driver } from './Driver.js';

/** A `secondary` table without a key over its link columns, as `checkLinkTables` reports it. */
export interface KeylessLinkTable {
  /** `association` */
  readonly table: string;
  /** The foreign-key columns a link is stored in: `['left_id', 'right_id']`. */
  readonly columns: readonly string[];
  /**
   * The statement that gives the table its key, for the dialect:
   * `ALTER TABLE association ADD PRIMARY KEY (left_id, right_id)` (MySQL, MariaDB), or
   * `CREATE UNIQUE INDEX association_link_key ON association (left_id, right_id)` (SQLite, which
   * cannot add a primary key to a table).
   */
  readonly fix: string;
  /** The warning `relgraph serve` logs for it: the table, the mode it runs in, and the fix. */
  readonly message: string;
}

/**
 * One statement per secondary table (its keys, from the catalog). Returns the tables without a
 * key over their link columns, empty when every one has it. Pass the result on as
 * `keylessLinkTables` (`createHandler`, `createRelgraph`, `Session`), so that their links are
 * kept unique without the key.
 *
 * @example
 * const keyless = await checkLinkTables(mapping, driver);
 * // [{ table: 'association', columns: ['left_id', 'right_id'],
 * //    fix: 'ALTER TABLE association ADD PRIMARY KEY (left_id, right_id)',
 * //    message: 'Link table "association" has no primary key or unique index over (left_id, right_id): links kept unique by locking and checking before insert, ...' }]
 * const yoga = createHandler(mapping, { driver, keylessLinkTables: keyless });
 */
export async function checkLinkTables(mapping: Mapping, driver: Driver): Promise<KeylessLinkTable[]> {
  const keyless: KeylessLinkTable[] = [];
  for (const table of mapping.tables) {
    if (!table.isSecondary) continue;
    const linkColumns = [...new Set(table.foreignKeys.flatMap((fk) => fk.columns.map((c) => c.name)))];
    const { rows } = await driver.execute(driver.dialect.renderUniqueKeys(table.name));
    const keys = new Map<string, Set<string>>();
    for (const row of rows) {
      const name = String(row['name']);
      keys.set(name, (keys.get(name) ?? new Set()).add(String(row['column'])));
    }
    // A key made only of link columns means each pair (or a narrower key) is stored once.
    const guarded = [...keys.values()].some((columns) => [...columns].every((column) => linkColumns.includes(column)));
    if (guarded) continue;
    const list = linkColumns.join(', ');
    const fix =
      driver.dialect.name === 'sqlite'
        ? `CREATE UNIQUE INDEX ${table.name}_link_key ON ${table.name} (${list})`
        : `ALTER TABLE ${table.name} ADD PRIMARY KEY (${list})`;
    keyless.push({
      table: table.name,
      columns: linkColumns,
      fix,
      message: `Link table "${table.name}" has no primary key or unique index over (${list}): links kept unique by locking and checking before insert, up to two statements more per add. A key makes that unnecessary: ${fix}.`,
    });
  }
  return keyless;
}
