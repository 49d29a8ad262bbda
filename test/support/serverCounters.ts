/** Statement counts as the MariaDB server sees them, for checking round trips without trusting relgraph's own log. */
import type { Driver } from '../../src/dialect/Driver.js';

/**
 * How many SELECTs the server ran on `driver`'s connection while `fn` ran, read from the
 * session's `Com_select` (`docs/sqlalchemy-semantics.md` §8: every executed SELECT counts
 * once, prepared or not; the counter read itself counts too, which is subtracted). Session
 * counters, unlike global ones, are not disturbed by other test files running at the same time;
 * the price is that the driver must have one connection (`connectionLimit: 1`).
 *
 * @example
 * const driver = await createTestDriver(mariadb, { connectionLimit: 1 });
 * expect(await countServerSelects(driver, () => loadTree(driver))).toBe(3);
 */
export async function countServerSelects(driver: Driver, fn: () => Promise<unknown>): Promise<number> {
  const before = await readComSelect(driver);
  await fn();
  const after = await readComSelect(driver);
  return after - before - 1;
}

async function readComSelect(driver: Driver): Promise<number> {
  if (driver.dialect.name !== 'mysql')
    throw new TypeError('countServerSelects() needs a MariaDB or MySQL driver; SQLite keeps no statement counters.');
  const { rows } = await driver.execute({
    sql: 'SELECT `VARIABLE_VALUE` AS `n` FROM `information_schema`.`SESSION_STATUS` WHERE `VARIABLE_NAME` = ?',
    params: ['COM_SELECT'],
    kind: 'select',
  });
  return Number(rows[0]?.['n']);
}
