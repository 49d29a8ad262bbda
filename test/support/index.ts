/** The test harness, in one import: `import { DIALECTS, createTestDriver, recordStatements } from './index.js'`. */
export { DIALECTS } from './dialects.js';
export type { TestDialect, TestDatabaseLocation, AdminAccess } from './dialects.js';
export { createTestDriver, withDatabase } from './testDatabase.js';
export type { TestDriver, TestDriverOptions } from './testDatabase.js';
export { recordStatements, expectStatements } from './recordStatements.js';
export type { StatementLog } from './recordStatements.js';
export { countServerSelects } from './serverCounters.js';
export { createTestApi } from './graphqlApi.js';
export type { TestApi, GraphQLResponse } from './graphqlApi.js';
export { deleteRows, insertRows, selectRows } from './insertRows.js';
