/** `createAll()`: creates the tables of a mapping, skipping (by default) those that exist. */
import type { Mapping } from '../mapper/index.js';
import { createTables } from '../sql/createTables.js';
import type { Driver } from './Driver.js';

export interface CreateAllOptions {
  /** Create only the tables that do not exist yet (SQLAlchemy's `checkfirst`). Default true. */
  readonly checkFirst?: boolean;
}

/**
 * Creates every table of `mapping` in dependency order, then adds the foreign keys that had to
 * wait because tables reference each other. With `checkFirst`, tables that already exist are
 * left alone, and so are their foreign keys. Returns the names of the tables it created.
 *
 * The statements run one by one, not in a transaction: MySQL commits each DDL statement on its
 * own anyway.
 *
 * @example
 * await createAll(configure(Base), driver) // ['left', 'right', 'association']
 * await createAll(configure(Base), driver) // [] (they exist now)
 * // mysql:  CREATE TABLE `left` (... ) ENGINE=InnoDB ...; ALTER TABLE ... ADD CONSTRAINT ... (deferred keys only)
 * // sqlite: CREATE TABLE "left" (...); CREATE INDEX IF NOT EXISTS ...
 */
export async function createAll(mapping: Mapping, driver: Driver, options: CreateAllOptions = {}): Promise<string[]> {
  const checkFirst = options.checkFirst ?? true;
  if (typeof checkFirst !== 'boolean') {
    throw new TypeError(`createAll(mapping, driver, options): options.checkFirst expects a boolean, but got: ${String(checkFirst)}.`);
  }
  const { dialect } = driver;
  const existing = new Set<string>();
  if (checkFirst) {
    const { rows } = await driver.execute(dialect.renderTableNames());
    for (const row of rows) existing.add(String(row['name']));
  }
  const tables = createTables(mapping).filter((table) => !existing.has(table.name));
  for (const table of tables) {
    for (const query of dialect.renderCreateTable(table)) await driver.execute(query);
  }
  for (const table of tables) {
    for (const query of dialect.renderAddForeignKeys(table)) await driver.execute(query);
  }
  return tables.map((table) => table.name);
}
