/**
 * `npm start`: the bookstore API with GraphiQL, on an embedded SQLite file that is created and
 * filled with demo data on first start. It is also the example of mounting relgraph in your own
 * program: `createDriver`, `createAll`, `createHandler`, then any Node HTTP server.
 *
 * Environment: `DATABASE_URL` (default `sqlite:.data/bookstore.db`), `PORT` (default 4000),
 * `HOST` (default 0.0.0.0), `LOG_LEVEL` (debug logs every SQL statement).
 */
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import {
  checkDatabase,
  checkLinkTables,
  closeOnSignals,
  configure,
  createAll,
  createDriver,
  createHandler,
  createLogger,
  isLogLevel,
  listen,
  redactUrl,
  type Logger,
  type RunningServer,
} from 'relgraph';
import Base from './models.js';
import { insertDemoData } from './demoData.js';

/**
 * The query GraphiQL opens with: it walks every kind of relationship of the bookstore, and shows
 * an aggregate and a connection with cursors, totalCount and pageInfo.
 */
export const readyQuery = `# Welcome to the relgraph bookstore. Press the run button (or Ctrl+Enter).
# Each list, connection and aggregate below costs one SQL statement for all
# its parents, and totalCount one more.
{
  publishers(limit: 3, orderBy: [{ name: ASC }]) {
    name
    country
    books(limit: 2) {
      title
      price
      format
      genres { name parent { name } }
      authors { name }
      bookAuthors { role position author { name } }
      detail { language }
      reviews(limit: 1) { rating customer { fullName } }
    }
    booksAggregate { count min { price } max { price publishedOn } }
  }
  # The newest books, five at a time. For the next five, copy endCursor
  # into the arguments: first: 5, after: "<endCursor>".
  booksConnection(first: 5, orderBy: [{ publishedOn: DESC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { title publishedOn publisher { name } } }
  }
}
`;

/** The demo database `npm start` creates and fills on first start. */
export const defaultDatabaseUrl = 'sqlite:.data/bookstore.db';

/** The database cannot serve the bookstore as it is; the message says what to do. */
export class BookstoreDatabaseError extends Error {
  override readonly name = 'BookstoreDatabaseError';
}

export interface BookstoreOptions {
  readonly databaseUrl: string;
  readonly port: number;
  readonly host?: string;
  readonly logger: Logger;
}

/** Opens the database (creating and filling it on first start) and serves the API. */
export async function startBookstore(options: BookstoreOptions): Promise<RunningServer> {
  const { logger, databaseUrl: url } = options;
  const mapping = configure(Base);
  const driver = await createDriver(url, {
    onStatement: (event) => logger.debug(`SQL ${event.durationMs.toFixed(1)}ms ${event.sql}`),
  });
  const created = await createAll(mapping, driver);
  if (created.length > 0) {
    const counts = await insertDemoData(mapping, driver);
    logger.info(`Created the bookstore tables and filled them with demo data (${Object.values(counts).reduce((a, b) => a + b, 0)} rows).`);
  }
  // A database made by an older version of this example lacks what the models now declare
  // (a column, say): say so and how to start afresh, instead of failing on every request.
  const drift = await checkDatabase(mapping, driver);
  if (drift.problems.length > 0) {
    await driver.close();
    throw new BookstoreDatabaseError(
      `${redactUrl(url)} does not match the bookstore's models: ${drift.problems.join(' ')} ${
        url === defaultDatabaseUrl ? 'It is the demo database: delete the .data directory and run npm start again to recreate it.' : ''
      }`.trim(),
    );
  }
  await checkLinkTables(mapping, driver);
  const handler = createHandler(mapping, { driver, graphiql: { defaultQuery: readyQuery }, logger });
  return listen(handler, driver, { port: options.port, ...(options.host ? { host: options.host } : {}), logger });
}

async function main(): Promise<void> {
  const level = process.env.LOG_LEVEL ?? 'info';
  const logger = createLogger(isLogLevel(level) ? level : 'info', { format: process.stderr.isTTY ? 'pretty' : 'json' });
  const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;
  if (databaseUrl === defaultDatabaseUrl) await mkdir('.data', { recursive: true });
  let running: RunningServer;
  try {
    running = await startBookstore({
      databaseUrl,
      port: Number(process.env.PORT ?? 4000),
      ...(process.env.HOST ? { host: process.env.HOST } : {}),
      logger,
    });
  } catch (error) {
    if (!(error instanceof BookstoreDatabaseError)) throw error;
    logger.error(error.message);
    process.exit(1);
  }
  closeOnSignals(running, logger);
  process.stdout.write(
    `\nrelgraph bookstore: GraphiQL is at ${running.url}\nOpen it in a browser; a ready query is loaded. Ctrl+C stops the server.\n\n`,
  );
}

// Run only as the entry point (`npm start`), not when a test imports startBookstore.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
