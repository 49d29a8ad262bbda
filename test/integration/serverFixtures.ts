/** The public API plus the bookstore's demo data, for the server tests. */
export { configure, createAll, createDriver, createHandler, createLogger, listen } from '../../src/index.js';
export { insertDemoData as insertDemoDataFor } from '../../examples/bookstore/demoData.js';
