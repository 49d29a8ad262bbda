/**
 * vitest global setup: provides a MariaDB to the test files when `RELGRAPH_DIALECTS` selects it.
 * It uses `MYSQL_URL` when given, else starts a throwaway server and stops it at teardown. With
 * `CI=true` a MariaDB that cannot start fails the run; elsewhere one line says why, and only the
 * SQLite tests run.
 */
import type { TestProject } from 'vitest/node';
import { startMariadb } from './mariadbServer.js';
import type {} from './providedContext.js';
import { selectDialects } from './selectDialects.js';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!selectDialects(process.env['RELGRAPH_DIALECTS']).includes('mariadb')) {
    project.provide('relgraphMariadb', null);
    return undefined;
  }
  const given = process.env['MYSQL_URL'];
  if (given) {
    const url = new URL(given);
    url.pathname = '';
    project.provide('relgraphMariadb', { adminUrl: url.toString(), appUrl: url.toString(), origin: 'MYSQL_URL' });
    return undefined;
  }
  try {
    const server = await startMariadb();
    project.provide('relgraphMariadb', { adminUrl: server.adminUrl, appUrl: server.appUrl, origin: 'started' });
    return () => server.stop();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env['CI'] === 'true') {
      throw new Error(
        `MariaDB could not be started, and CI=true requires the MariaDB tests: ${reason}. Install mariadb-server, or set MYSQL_URL.`,
      );
    }
    console.warn(
      `[relgraph tests] MariaDB tests skipped: MariaDB could not be started (${reason}). Install mariadb-server, set MYSQL_URL, or set RELGRAPH_DIALECTS=sqlite to silence this.`,
    );
    project.provide('relgraphMariadb', null);
    return undefined;
  }
}
