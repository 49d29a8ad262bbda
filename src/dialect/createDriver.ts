import { existsSync } from 'node:fs';
/** `createDriver(url)`: picks the dialect from a database URL and opens its driver. */
import { DatabaseUrlError, databaseUrlSetting } from '../errors/DatabaseUrlError.js';
import { didYouMean } from '../util/didYouMean.js';
import { inspect } from '../util/inspect.js';
import type { Driver } from './Driver.js';
import type { MysqlDriverOptions } from './mysql/mysqlDriver.js';
import { mysqlDriverOptions } from './mysql/mysqlUrl.js';
import type { SqliteDriverOptions } from './sqlite/sqliteDriver.js';
import { checkSqliteFile, sqliteFilename } from './sqlite/sqliteUrl.js';

export { parseMysqlUrl } from './mysql/mysqlUrl.js';
export { sqliteFilename } from './sqlite/sqliteUrl.js';

/** Driver options; each dialect reads the ones that apply to it. */
export type CreateDriverOptions = Omit<MysqlDriverOptions, 'host' | 'port' | 'user' | 'password' | 'database'> &
  Omit<SqliteDriverOptions, 'filename'>;

const forms = '"mysql://user:password@host:3306/database" (or "mariadb://"), "sqlite:path/to/file.db" or "sqlite::memory:"';

/**
 * Opens a driver for `url`. MySQL and MariaDB URLs open a pool (and read the server once);
 * SQLite URLs open one connection. Only the chosen driver's module is loaded.
 *
 * URL forms:
 * - `mysql://user:password@host:port/database?settings` (also `mariadb://`); user and password
 *   are percent-decoded, the port defaults to 3306. The settings are `ssl`, `sslCa`, `sslCert`,
 *   `sslKey`, `connectionLimit`, `queueLimit`, `connectTimeout`, `acquireTimeout`,
 *   `idleTimeout`, `charset` and `timezone` (`mysqlUrl.ts` says what each accepts); a setting
 *   also given in `options` with another value is an error.
 * - `sqlite:path/to/file.db` (relative to the working directory), `sqlite:/abs/path.db`,
 *   `sqlite::memory:`; SQLAlchemy's `sqlite:///relative.db`, `sqlite:////abs/path.db` and
 *   `sqlite://` (in memory) work too. No settings.
 *
 * Errors: `DatabaseUrlError` for a URL that cannot work as written (a usage error: unknown
 * scheme or setting, bad value, missing directory, refused password), `DatabaseUnavailableError`
 * for a database that cannot be reached now. Their messages never hold the password.
 *
 * @example
 * const driver = await createDriver('mariadb://app:s3cret@127.0.0.1:3306/shop?ssl=true&connectionLimit=20');
 * const memory = await createDriver('sqlite::memory:', { onStatement: (e) => console.log(e.sql) });
 */
export async function createDriver(url: string, options: CreateDriverOptions = {}): Promise<Driver> {
  if (typeof url !== 'string') {
    throw new TypeError(`createDriver(url) expects a database URL such as ${forms}, but got: ${inspect(url)}.`);
  }
  const scheme = schemeOf(url);
  if (scheme === 'sqlite') {
    const filename = sqliteFilename(url);
    checkSqliteFile(filename);
    if (options.readOnly && filename !== ':memory:' && !existsSync(filename)) {
      throw new DatabaseUrlError(
        `${databaseUrlSetting} points at ${filename}, which does not exist; give the path of an existing SQLite database.`,
      );
    }
    if (options.dialectProfile !== undefined && options.dialectProfile !== 'mysql')
      throw new TypeError(
        `dialectProfile "${options.dialectProfile}" is for MySQL-protocol servers, but ${databaseUrlSetting} is SQLite; drop it.`,
      );
    const { createSqliteDriver } = await import('./sqlite/sqliteDriver.js');
    return createSqliteDriver({ ...options, filename });
  }
  if (scheme === 'mysql' || scheme === 'mariadb') {
    // Reading only changes nothing on a server; the option is SQLite's.
    const { readOnly: _readOnly, ...serverOptions } = options;
    const mysqlOptions = await mysqlDriverOptions(url, serverOptions);
    const { createMysqlDriver } = await import('./mysql/mysqlDriver.js');
    return createMysqlDriver(mysqlOptions);
  }
  throw new DatabaseUrlError(unknownScheme(url, scheme));
}

/** The scheme, lower-cased, when it is followed by `:`: what picks the dialect. */
function schemeOf(url: string): string | undefined {
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
}

/** Names the scheme only: the rest of the URL may hold a password. */
function unknownScheme(url: string, scheme: string | undefined): string {
  if (url.trim() === '') return `${databaseUrlSetting} is empty; give one such as ${forms}.`;
  if (scheme === undefined) return `${databaseUrlSetting} has no scheme, so it is not a URL; give one such as ${forms}.`;
  const base = scheme.split('+')[0]!;
  const suggestion =
    base !== scheme && ['mysql', 'mariadb', 'sqlite'].includes(base)
      ? ` SQLAlchemy's driver suffix "${scheme.slice(base.length)}" is not needed: write "${base}:".`
      : didYouMean(scheme, ['mysql', 'mariadb', 'sqlite']);
  return `${databaseUrlSetting} has the scheme "${scheme}:", which relgraph does not serve (it serves MySQL, MariaDB and SQLite); use ${forms}.${suggestion}`;
}
