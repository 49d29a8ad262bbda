/** What both catalog readers need: a catalog query whose failure says what was being read, and grouping. */
import type { Executor } from '../dialect/Driver.js';
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError.js';
import { CatalogReadError } from './Catalog.js';

export type CatalogRow = Record<string, unknown>;

/**
 * Runs one catalog query. A database that is unavailable stays `DatabaseUnavailableError`; any
 * other failure becomes a `CatalogReadError` naming what was read ("the columns
 * (information_schema.COLUMNS)") and from which catalog.
 */
export async function catalogQuery(
  executor: Executor,
  catalog: 'MySQL' | 'SQLite',
  what: string,
  sql: string,
  params: readonly unknown[],
): Promise<readonly CatalogRow[]> {
  try {
    return (await executor.execute({ sql, params, kind: 'select' })).rows;
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CatalogReadError(`Could not read ${what} from the ${catalog} catalog: ${message}`, { cause: error });
  }
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
