import { describe, expect, it } from 'vitest';
import { createDriver, parseMysqlUrl, sqliteFilename } from '../../../src/dialect/createDriver.js';

describe('createDriver: URLs', () => {
  it('reads host, port, user, password and database from a MySQL URL, percent-decoded', () => {
    expect(parseMysqlUrl('mysql://app:p%40ss@db.local:3307/shop')).toEqual({ host: 'db.local', port: 3307, user: 'app', password: 'p@ss', database: 'shop' });
    expect(parseMysqlUrl('mariadb://root@127.0.0.1')).toEqual({ host: '127.0.0.1', port: 3306, user: 'root' });
  });

  it('takes the SQLite path after the scheme, and SQLAlchemy\'s slash forms', () => {
    expect(sqliteFilename('sqlite::memory:')).toBe(':memory:');
    expect(sqliteFilename('sqlite:data/app.db')).toBe('data/app.db');
    expect(sqliteFilename('sqlite:/var/app.db')).toBe('/var/app.db');
    expect(sqliteFilename('sqlite:///data/app.db')).toBe('data/app.db');
    expect(sqliteFilename('sqlite:////var/app.db')).toBe('/var/app.db');
    expect(sqliteFilename('sqlite://')).toBe(':memory:');
  });

  it('rejects an unknown scheme, naming the accepted forms and never echoing the URL', async () => {
    await expect(createDriver('postgres://app:secret@db/shop')).rejects.toThrow(new TypeError(
      'createDriver(url) expects a database URL such as "mysql://user:password@host:port/database", "mariadb://user:password@host:port/database", "sqlite:path/to/file.db" or "sqlite::memory:", but got a URL with the scheme "postgres:".',
    ));
  });

  it('rejects a query string instead of ignoring it', () => {
    expect(() => parseMysqlUrl('mysql://app@db/shop?connectionLimit=4')).toThrow('createDriver(url): the URL has a query string or fragment, which relgraph does not read. Pass settings such as connectionLimit in the options argument.');
  });

  it('rejects "sqlite:" without a path', async () => {
    await expect(createDriver('sqlite:')).rejects.toThrow('createDriver(url): "sqlite:" needs a file path or ":memory:", as in "sqlite:path/to/file.db" or "sqlite::memory:".');
  });

  it('validates numeric options', async () => {
    await expect(createDriver('sqlite::memory:', { acquireTimeoutMs: -1 })).rejects.toThrow('createDriver(url, options): options.acquireTimeoutMs expects a whole number of at least 1, but got: -1.');
  });
});
