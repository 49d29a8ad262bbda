/** `createDriver(url)`: picks the dialect from a database URL and opens its driver. */
import { inspect } from '../util/inspect.js';
import type { Driver } from './Driver.js';
import type { MysqlDriverOptions } from './mysql/mysqlDriver.js';
import type { SqliteDriverOptions } from './sqlite/sqliteDriver.js';

/** Driver options; each dialect reads the ones that apply to it. */
export type CreateDriverOptions = Omit<MysqlDriverOptions, 'host' | 'port' | 'user' | 'password' | 'database'>
  & Omit<SqliteDriverOptions, 'filename'>;

const accepted = '"mysql://user:password@host:port/database", "mariadb://user:password@host:port/database", "sqlite:path/to/file.db" or "sqlite::memory:"';

/**
 * Opens a driver for `url`. MySQL and MariaDB URLs open a pool (and read the server once);
 * SQLite URLs open one connection. Only the chosen driver's module is loaded.
 *
 * URL forms:
 * - `mysql://user:password@host:port/database` (also `mariadb://`); user and password are
 *   percent-decoded, the port defaults to 3306;
 * - `sqlite:path/to/file.db` (relative to the working directory), `sqlite:/abs/path.db`,
 *   `sqlite::memory:`; SQLAlchemy's `sqlite:///relative.db`, `sqlite:////abs/path.db` and
 *   `sqlite://` (in memory) work too.
 *
 * @example
 * const driver = await createDriver('mariadb://app:s3cret@127.0.0.1:3306/shop', { connectionLimit: 4 });
 * const memory = await createDriver('sqlite::memory:', { onStatement: (e) => console.log(e.sql) });
 */
export async function createDriver(url: string, options: CreateDriverOptions = {}): Promise<Driver> {
  if (typeof url !== 'string') {
    throw new TypeError(`createDriver(url) expects a database URL such as ${accepted}, but got: ${inspect(url)}.`);
  }
  if (url.startsWith('sqlite:')) {
    const { createSqliteDriver } = await import('./sqlite/sqliteDriver.js');
    return createSqliteDriver({ ...options, filename: sqliteFilename(url) });
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const { createMysqlDriver } = await import('./mysql/mysqlDriver.js');
    return createMysqlDriver({ ...options, ...parseMysqlUrl(url) });
  }
  throw new TypeError(`createDriver(url) expects a database URL such as ${accepted}, but got ${describeUrl(url)}.`);
}

/**
 * @example
 * sqliteFilename('sqlite::memory:')        // ':memory:'
 * sqliteFilename('sqlite:data/app.db')     // 'data/app.db'
 * sqliteFilename('sqlite:////var/app.db')  // '/var/app.db'
 */
export function sqliteFilename(url: string): string {
  let rest = url.slice('sqlite:'.length);
  if (rest.startsWith('//')) {
    rest = rest.slice(2);
    if (rest.startsWith('/')) rest = rest.slice(1);
    if (rest === '') return ':memory:';
  }
  if (rest === '') {
    throw new TypeError(`createDriver(url): "sqlite:" needs a file path or ":memory:", as in "sqlite:path/to/file.db" or "sqlite::memory:".`);
  }
  return rest;
}

/**
 * @example
 * parseMysqlUrl('mysql://app:p%40ss@db.local:3307/shop') // { host: 'db.local', port: 3307, user: 'app', password: 'p@ss', database: 'shop' }
 */
export function parseMysqlUrl(url: string): Pick<MysqlDriverOptions, 'host' | 'port' | 'user' | 'password' | 'database'> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`createDriver(url) could not parse the ${url.split(':')[0]} URL; expected ${accepted}.`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new TypeError('createDriver(url): the URL has a query string or fragment, which relgraph does not read. Pass settings such as connectionLimit in the options argument.');
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    ...(parsed.username ? { user: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(database ? { database } : {}),
  };
}

/** The scheme only: the rest of a URL may hold a password. */
function describeUrl(url: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
  return scheme ? `a URL with the scheme "${scheme}:"` : 'a string without a URL scheme';
}
