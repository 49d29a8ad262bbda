/**
 * What a test file needs beyond the dialect loop, found or explained: `mariadbFor` returns the
 * MariaDB dialect or prints why the file's MariaDB-only tests are skipped; `commandFor` returns
 * a command's path, prints why its tests are skipped on a developer machine, and fails the run
 * under `CI=true`, where `.ci/run` installs it.
 */
import { DIALECTS, type TestDialect } from './dialects.js';
import { findExecutable } from './mariadbServer.js';

/**
 * @example
 * const mariadb = mariadbFor('mariadb: reply timeout');
 * describe.skipIf(!mariadb)('mariadb: reply timeout', () => { ... });
 */
export function mariadbFor(subject: string): TestDialect | undefined {
  const mariadb = DIALECTS.find((dialect) => dialect.name === 'mariadb');
  // Without mariadbd the global setup has already failed a CI run; only a developer's run gets here.
  if (!mariadb)
    console.warn(
      `[relgraph tests] "${subject}" skipped: this run has no MariaDB (RELGRAPH_DIALECTS leaves it out, or mariadbd is not installed).`,
    );
  return mariadb;
}

/** The SQLite dialect, or a printed reason why the file's SQLite-only tests are skipped (only `RELGRAPH_DIALECTS` leaves it out). */
export function sqliteFor(subject: string): TestDialect | undefined {
  const sqlite = DIALECTS.find((dialect) => dialect.name === 'sqlite');
  if (!sqlite) console.warn(`[relgraph tests] "${subject}" skipped: RELGRAPH_DIALECTS leaves SQLite out of this run.`);
  return sqlite;
}

/**
 * @example
 * const openssl = commandFor('openssl', 'mariadb: TLS from the URL', 'apt-get install openssl');
 */
export function commandFor(name: string, subject: string, install: string): string | undefined {
  const found = findExecutable(name);
  if (found) return found;
  const reason = `"${subject}" needs the "${name}" command (${install})`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}; .ci/run installs it, so under CI=true a missing one fails the run.`);
  console.warn(`[relgraph tests] ${reason}, which was not found: skipped.`);
  return undefined;
}
