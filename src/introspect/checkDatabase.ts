/**
 * `checkDatabase(mapping, driver)`: the check `relgraph serve` runs before it listens, for
 * programs that mount relgraph themselves: the live catalog read, then compared with the
 * declarations (`checkDrift`).
 */
import type { Driver } from '../dialect/Driver.js';
import type { Mapping } from '../mapper/index.js';
import { checkDrift, type Drift } from './checkDrift.js';
import { readCatalog } from './readCatalog.js';

/**
 * @example
 * const drift = await checkDatabase(mapping, driver);
 * if (drift.problems.length > 0) throw new Error(drift.problems.join('\n')); // serving would fail on them
 * for (const warning of drift.warnings) logger.warn(warning);
 */
export async function checkDatabase(mapping: Mapping, driver: Driver): Promise<Drift> {
  return checkDrift(mapping, await readCatalog(driver), driver.dialect.name);
}
