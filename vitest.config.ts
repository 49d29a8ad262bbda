/** vitest: every test under test/, with a MariaDB started once per run by the global setup. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports": Node (and so graphql-yoga) loads its CommonJS main, while Vite
    // would pick the ES module build for our sources. Two copies of graphql refuse each other's
    // schemas ("Cannot use GraphQLSchema from another module"), so everything uses the main.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
    // `import ... from 'relgraph'` (examples, bench models) means this repository's sources, as
    // under tsc (customConditions) and `npm start`, not the built dist/.
    conditions: ['relgraph-source'],
  },
  ssr: { resolve: { conditions: ['relgraph-source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // better-sqlite3 is a native addon; child processes isolate it more reliably than threads.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
