/**
 * SQLite URLs: `sqlite:path/to/file.db`, `sqlite::memory:` and SQLAlchemy's slash forms, read
 * into a file name, and the file's directory checked before anything is opened.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { DatabaseUrlError, databaseUrlSetting } from '../../errors/DatabaseUrlError.js';
import { inspect } from '../../util/inspect.js';

const forms = '"sqlite:path/to/file.db" or "sqlite::memory:"';

/**
 * The file name of a SQLite URL: the rest after `sqlite:` (relative to the working directory),
 * `:memory:`, or SQLAlchemy's `sqlite:///relative.db`, `sqlite:////abs/path.db` and `sqlite://`
 * (in memory). A query string is refused: relgraph reads no settings from a SQLite URL, and a
 * `?` left in would silently become part of the file name.
 *
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
    throw new DatabaseUrlError(`${databaseUrlSetting} is "sqlite:" without a file; give a path or ":memory:", as in ${forms}.`);
  }
  if (rest.includes('?')) {
    throw new DatabaseUrlError(
      `${databaseUrlSetting} has a query string ("?..."), but relgraph reads no settings from a SQLite URL; remove it, as in ${forms}.`,
    );
  }
  return rest;
}

/**
 * Checks, before SQLite opens (and perhaps creates) the file, that its directory exists and
 * that the path is not a directory itself: SQLite's own "unable to open database file" says
 * neither.
 *
 * @example
 * checkSqliteFile('/no/such/dir/app.db') // throws DatabaseUrlError: ... the directory "/no/such/dir" does not exist; ...
 */
export function checkSqliteFile(filename: string): void {
  if (filename === ':memory:' || filename.startsWith('file:')) return;
  const where = `${databaseUrlSetting} names the SQLite file ${inspect(filename)}`;
  const directory = path.dirname(path.resolve(filename));
  const file = stat(path.resolve(filename));
  if (file !== undefined && file !== 'unknown' && file.isDirectory()) {
    throw new DatabaseUrlError(`${where}, but that is a directory; name a file in it, as in "sqlite:${path.join(filename, 'app.db')}".`);
  }
  if (file !== undefined) return;
  const parent = stat(directory);
  if (parent === undefined) {
    throw new DatabaseUrlError(
      `${where}, but the directory ${inspect(directory)} does not exist; create it, or fix the path (relgraph creates the file, not its directory).`,
    );
  }
  if (parent !== 'unknown' && !parent.isDirectory()) {
    throw new DatabaseUrlError(`${where}, but ${inspect(directory)} is a file, not a directory; fix the path.`);
  }
}

/** `undefined` when nothing is there; `'unknown'` when it cannot be looked at (SQLite will say why). */
function stat(file: string): Stats | undefined | 'unknown' {
  try {
    return statSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : 'unknown';
  }
}
