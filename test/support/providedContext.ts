/** What the global setup hands to test files through vitest's `provide` / `inject`. */

/** A MariaDB server the tests may use: `adminUrl` is root, `appUrl` a user limited to `rg_*` databases. */
export interface ProvidedMariadb {
  readonly adminUrl: string;
  readonly appUrl: string;
  /** `'started'` by the global setup, or `'MYSQL_URL'` from the environment. */
  readonly origin: 'started' | 'MYSQL_URL';
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `null` when MariaDB is not selected, or could not start outside CI. */
    relgraphMariadb: ProvidedMariadb | null;
  }
}
