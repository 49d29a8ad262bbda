/**
 * `readCatalog(driver)`: what the connected database's catalog says, as a `Catalog`, whichever
 * database it is. The order is stable (by name, in code-unit order, whatever the database's
 * collation), so that two reads of one database compare equal and generated files diff cleanly.
 */
import type { Driver } from '../dialect/Driver.js';
import type { Catalog, CatalogTable } from './Catalog.js';
import { compareCodePoints as compare } from '../util/compareCodePoints.js';
import { readMysqlCatalog } from './readMysqlCatalog.js';
import { readSqliteCatalog } from './readSqliteCatalog.js';

/**
 * Tables and views in name order; each table's columns in its own order; its uniques, indexes
 * and foreign keys by name.
 *
 * @throws CatalogReadError naming what could not be read, with the database's error as `cause`
 *   (`DatabaseUnavailableError` as it is)
 * @example
 * const catalog = await readCatalog(driver);
 * catalog.tables.map((t) => t.name) // ['association', 'left', 'right']
 * catalog.views                     // []
 */
export async function readCatalog(driver: Driver): Promise<Catalog> {
  const dialect = driver.dialect.name;
  switch (dialect) {
    case 'mysql':
      return sortCatalog(await readMysqlCatalog(driver));
    case 'sqlite':
      return sortCatalog(await readSqliteCatalog(driver));
    default:
      throw new TypeError(`readCatalog(driver): no catalog reader for the dialect ${String(dialect satisfies never)}.`);
  }
}

function sortCatalog(catalog: Catalog): Catalog {
  return {
    tables: [...catalog.tables].sort(byName).map(
      (table): CatalogTable => ({
        ...table,
        uniques: [...table.uniques].sort(byName),
        indexes: [...table.indexes].sort(byName),
        // Two foreign keys of SQLite, which has no names, may be given the same one.
        foreignKeys: [...table.foreignKeys].sort((a, b) => byName(a, b) || compare(a.targetTable, b.targetTable)),
      }),
    ),
    views: [...catalog.views].sort(compare),
  };
}

function byName(a: { readonly name: string }, b: { readonly name: string }): number {
  return compare(a.name, b.name);
}
