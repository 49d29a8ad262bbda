/** Fresh databases for tests: `createTestDriver` and `withDatabase`. */
import { createDriver, type CreateDriverOptions } from '../../src/dialect/createDriver.js';
import type { Driver } from '../../src/dialect/Driver.js';
import type { TestDialect } from './dialects.js';

/** A driver on a database of its own; `drop()` closes it and removes the database. */
export interface TestDriver extends Driver {
  /** The database's URL, to open more drivers on it (MariaDB, or SQLite with `file: true`). */
  readonly url: string;
  drop(): Promise<void>;
}

export interface TestDriverOptions extends CreateDriverOptions {
  /** SQLite: a temp file instead of memory, so that more drivers can open it. */
  readonly file?: boolean;
}

/**
 * @example
 * const driver = await createTestDriver(dialect, { onStatement: log.onStatement });
 * afterAll(() => driver.drop());
 */
export async function createTestDriver(dialect: TestDialect, options: TestDriverOptions = {}): Promise<TestDriver> {
  const { file, ...driverOptions } = options;
  const location = await dialect.createDatabase({ file: file ?? false });
  let driver: Driver;
  try {
    driver = await createDriver(location.url, driverOptions);
  } catch (error) {
    await location.drop();
    throw error;
  }
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= driver.close());
  return {
    get dialect() {
      return driver.dialect;
    },
    execute: (query) => driver.execute(query),
    transaction: (work) => driver.transaction(work),
    close,
    url: location.url,
    async drop() {
      await close();
      await location.drop();
    },
  };
}

/**
 * Runs `fn` with a driver on a fresh database, then drops it, whether `fn` succeeds or not.
 *
 * @example
 * await withDatabase(dialect, async (driver) => { await createAll(mapping, driver); ... });
 */
export async function withDatabase<T>(
  dialect: TestDialect,
  fn: (driver: TestDriver) => Promise<T>,
  options: TestDriverOptions = {},
): Promise<T> {
  const driver = await createTestDriver(dialect, options);
  try {
    return await fn(driver);
  } finally {
    await driver.drop();
  }
}
