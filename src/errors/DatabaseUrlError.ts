/** The database URL can never work as written: a usage error, fixed by changing the URL. */

/**
 * How every message about the database URL names the setting, so that a user of `relgraph
 * serve` knows where to look.
 *
 * @example
 * `${databaseUrlSetting} has the parameter "conectionLimit", ...` // 'The database URL (--db or DATABASE_URL) has the parameter ...'
 */
export const databaseUrlSetting = 'The database URL (--db or DATABASE_URL)';

/**
 * Raised by `createDriver(url)` for a URL that no retry can fix: an unknown scheme, a
 * parameter relgraph does not read, a value out of range, a SQLite directory that does not
 * exist, a password the server refuses. The message is one sentence (where, what is wrong, the
 * fix) and never holds the password. The CLI exits with 2 on it, as on any usage error.
 *
 * @example
 * try { await createDriver('postgres://app:pw@db/shop') } catch (e) { if (e instanceof DatabaseUrlError) console.error(e.message) }
 * // The database URL (--db or DATABASE_URL) has the scheme "postgres:", which relgraph does not serve; use ...
 */
export class DatabaseUrlError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUrlError';
  }
}
