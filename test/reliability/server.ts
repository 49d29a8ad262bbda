/**
 * The relgraph server under test, run as a child process by `run.ts`: the public API only
 * (`createDriver`, `createHandler`, `listen`), on loopback, in the mode `NODE_ENV` says.
 *
 * Environment: `RG_DB_URL`, `RG_CONNECTION_LIMIT` (default 10), `RG_QUEUE_LIMIT` (default the
 * driver's), `RG_PORT` (default 0: any free port), `RG_REQUEST_TIMEOUT_MS`. Prints one JSON line
 * `{"listening": url, "pid": n}` on stdout once it serves.
 *
 * Test build only (`RG_TEST_HOOKS=1`):
 * - `GET /__rg/metrics`: the statements that failed, by errno, and the process's RSS;
 * - `GET /__rg/probe`: takes every connection of the pool at once, as a read would, and reports
 *   `@@in_transaction` of each (reliability.md F7, "every pooled connection clean");
 * - a mutation field aliased `rgInjectedFault` runs, then throws an error whose message holds SQL
 *   (F7, "an injected resolver exception after the first write").
 */
import { GraphQLObjectType, type GraphQLFieldResolver } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { checkLinkTables, configure, createDriver, createHandler, createLogger, listen, type StatementEvent } from '../../src/index.js';
import Base from './models.js';

const env = process.env;
const url = env['RG_DB_URL'];
if (!url) throw new Error('RG_DB_URL is not set.');
const connectionLimit = Number(env['RG_CONNECTION_LIMIT'] ?? 10);
const hooks = env['RG_TEST_HOOKS'] === '1';

const statementErrors = new Map<string, number>();
/** Distinct statement texts sent (transaction control and session SETs aside): the statement shapes. */
const shapes = new Set<string>();
let statements = 0;
const onStatement = (event: StatementEvent) => {
  statements += 1;
  if (event.kind !== 'transaction' && event.kind !== 'session') shapes.add(event.sql);
  if (!event.error) return;
  const e = event.error as { errno?: unknown; code?: unknown };
  const key = typeof e.errno === 'number' ? String(e.errno) : typeof e.code === 'string' ? e.code : 'other';
  statementErrors.set(key, (statementErrors.get(key) ?? 0) + 1);
  // relgraph's log: the errno of every failed statement (S2 asks that no 1064 ever shows up).
  process.stderr.write(`statement error errno=${key}\n`);
};

const driver = await createDriver(url, {
  connectionLimit,
  ...(env['RG_QUEUE_LIMIT'] ? { queueLimit: Number(env['RG_QUEUE_LIMIT']) } : {}),
  onStatement,
});

// As `relgraph serve` does: a link table without a key is served, its links kept unique by
// locking and checking before insert, with a warning that names the key to add.
const keylessLinkTables = await checkLinkTables(configure(Base), driver);
for (const table of keylessLinkTables) process.stderr.write(`warning: ${table.message}\n`);

const testHooks: Plugin = {
  async onRequest({ url: requestUrl, endResponse, fetchAPI }) {
    const json = (value: unknown) =>
      endResponse(new fetchAPI.Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }));
    if (requestUrl.pathname === '/__rg/metrics') {
      json({
        pid: process.pid,
        rssBytes: process.memoryUsage().rss,
        statements,
        shapes: shapes.size,
        statementErrors: Object.fromEntries(statementErrors),
      });
    } else if (requestUrl.pathname === '/__rg/probe') {
      const probe = {
        sql: 'SELECT @@in_transaction AS inTransaction, CONNECTION_ID() AS connectionId, SLEEP(0.2) AS slept',
        params: [],
        kind: 'select' as const,
      };
      const rows = await Promise.all(
        Array.from({ length: connectionLimit }, () =>
          driver.execute(probe).then(
            (r) => r.rows[0],
            (error: unknown) => ({ error: String(error) }),
          ),
        ),
      );
      json({ connections: rows });
    }
  },
};

const handler = createHandler(Base, { driver, logging: false, keylessLinkTables, plugins: hooks ? [testHooks] : [] });

if (hooks) {
  const mutation = handler.schema.getMutationType();
  if (mutation instanceof GraphQLObjectType) {
    for (const field of Object.values(mutation.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown>;
      field.resolve = async (source, args, context, info) => {
        const result: unknown = await resolve(source, args, context, info);
        if (info.path.key === 'rgInjectedFault') {
          throw new Error('Injected fault after a write: UPDATE `child` SET parent_id = 1 failed (ER_INJECTED, errno 9999).');
        }
        return result;
      };
    }
  }
}

const running = await listen(handler, driver, {
  port: Number(env['RG_PORT'] ?? 0),
  host: '127.0.0.1',
  logger: createLogger('warn'),
  ...(env['RG_REQUEST_TIMEOUT_MS']
    ? { requestTimeoutMs: Number(env['RG_REQUEST_TIMEOUT_MS']), headersTimeoutMs: Number(env['RG_REQUEST_TIMEOUT_MS']) }
    : {}),
});
process.once('SIGTERM', () => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
process.stdout.write(`${JSON.stringify({ listening: running.url, pid: process.pid })}\n`);
