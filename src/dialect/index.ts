/** The dialect layer's public face: the interfaces, both dialects, `createDriver` and `createAll`. */
export type { Dialect, DialectCapabilities, DatabaseErrorKind, DatabaseErrorClass } from './Dialect.js';
export type { Driver, DriverOptions, Executor, QueryResult, StatementEvent } from './Driver.js';
export { renderStatement, bucketSize } from './renderStatement.js';
export type { SqlFlavor } from './renderStatement.js';
export { createDriver } from './createDriver.js';
export type { CreateDriverOptions } from './createDriver.js';
export { createAll } from './createAll.js';
export { checkLinkTables } from './checkLinkTables.js';
export type { KeylessLinkTable } from './checkLinkTables.js';
export type { CreateAllOptions } from './createAll.js';
export { TransactionAbortedError } from './runTransaction.js';
export { ConnectionUnavailableError } from './Semaphore.js';
export { createMysqlDialect, assumedMysqlServer } from './mysql/mysqlDialect.js';
export type { MysqlServerInfo } from './mysql/mysqlDialect.js';
export { sqliteDialect } from './sqlite/sqliteDialect.js';
export type { MysqlDriverOptions, MysqlTlsOptions } from './mysql/mysqlDriver.js';
export type { SqliteDriverOptions } from './sqlite/sqliteDriver.js';
