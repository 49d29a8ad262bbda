/**
 * Every setting of `relgraph serve`, in one list: its config-file key, command-line flag,
 * environment variable, kind, default and meaning. The CLI parses and validates from it, its
 * `--help` and `docs/deployment/` are generated from it, so the three never disagree.
 */
import { dialectProfiles } from '../dialect/mysql/profiles.js';
import { executors } from './createRelgraph.js';
import { defaultLimitValues } from './limits.js';
import { subscriptionDefaults } from '../live/ChangeFeed.js';
import { defaultPlanCacheSize } from '../execute/createPlanExecutor.js';
import { logFormats, logLevels } from './logger.js';

export type SettingKind = 'string' | 'url' | 'urls' | 'integer' | 'boolean' | 'duration' | 'enum' | 'origins' | 'path';

export interface Setting {
  /** The key in a config file and in `ServeSettings`. */
  readonly key: keyof ServeSettings;
  /** The flag, without `--`. Booleans also take `--no-<flag>`. */
  readonly flag: string;
  readonly env: string;
  readonly kind: SettingKind;
  /** Enum values, or an integer's bounds. */
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** What the default is, in words, when it is not one fixed value. */
  readonly defaultText?: string;
  /** One line for `--help`. */
  readonly summary: string;
  /** The rest of the story, for the setting's page in docs/deployment/. */
  readonly details: string;
  /** A value for the docs' example. */
  readonly example: string;
}

/** The settings of `relgraph serve`, resolved (flags over environment over config file over defaults). */
export interface ServeSettings {
  readonly models: string;
  readonly db: string;
  readonly readDb: readonly string[];
  readonly dialectProfile: (typeof dialectProfiles)[number];
  readonly host: string;
  readonly port: number;
  readonly poolSize: number | undefined;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxCost: number;
  readonly maxTokens: number;
  readonly maxRows: number;
  readonly graphiql: boolean;
  readonly corsOrigins: readonly string[];
  readonly logLevel: (typeof logLevels)[number];
  readonly logFormat: (typeof logFormats)[number];
  readonly accessLog: boolean;
  readonly logSqlParams: boolean;
  readonly slowRequestMs: number;
  readonly production: boolean;
  readonly requestTimeoutMs: number;
  readonly shutdownTimeoutMs: number;
  readonly createTables: boolean;
  readonly check: boolean;
  readonly waitForDatabaseMs: number;
  readonly metrics: boolean;
  readonly executor: (typeof executors)[number];
  readonly planCacheSize: number;
  readonly explainSql: boolean;
  readonly federation: boolean;
  readonly pubsub: string | undefined;
  readonly maxSubscriptions: number;
  readonly maxQueuedEvents: number;
  readonly subscriptionReads: number;
}

/** A config file's contents (`relgraph.config.{ts,mjs,json}`): any subset of the settings. */
export type RelgraphConfig = Partial<
  Omit<ServeSettings, 'slowRequestMs' | 'requestTimeoutMs' | 'shutdownTimeoutMs' | 'waitForDatabaseMs' | 'corsOrigins' | 'readDb'>
> & {
  /** Durations are milliseconds, or strings such as `"30s"`, `"500ms"`, `"2m"`. */
  readonly slowRequestMs?: number | string;
  readonly requestTimeoutMs?: number | string;
  readonly shutdownTimeoutMs?: number | string;
  readonly waitForDatabaseMs?: number | string;
  readonly corsOrigins?: readonly string[];
  readonly readDb?: readonly string[];
};

/**
 * Types a config file.
 *
 * @example
 * // relgraph.config.ts
 * import { defineConfig } from 'relgraph';
 * export default defineConfig({ models: './models.ts', port: 8080, corsOrigins: ['https://app.example.com'] });
 */
export function defineConfig(config: RelgraphConfig): RelgraphConfig {
  return config;
}

const limit = (
  key: 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxTokens' | 'maxRows',
  flag: string,
  figure: keyof typeof defaultLimitValues,
  summary: string,
  details: string,
): Setting => ({
  key,
  flag,
  env: `RELGRAPH_${flag.toUpperCase().replace(/-/g, '_')}`,
  kind: 'integer',
  min: 1,
  max: 1_000_000_000,
  defaultText: String(defaultLimitValues[figure]),
  summary,
  example: String(defaultLimitValues[figure] * 2),
  details: `${details} A request over the limit is refused before any SQL runs, with \`QUERY_TOO_COMPLEX\`. Raise it only for trusted clients; the default is what \`createHandler\` uses (\`limits.${figure}\`).`,
});

export const settings: readonly Setting[] = [
  {
    key: 'models',
    flag: 'models',
    env: 'RELGRAPH_MODELS',
    kind: 'path',
    example: './models.ts',
    defaultText: 'none (required)',
    summary: 'The models module (also the first argument): .ts, .mts, .js or .mjs, default-exporting the declarative base.',
    details:
      'The module that declares the tables and relationships and default-exports the declarative base (or its MetaData). TypeScript modules load through tsx, in ES-module and CommonJS projects alike; JavaScript modules load with Node alone. Usually given as the first argument: `relgraph serve models.ts`.',
  },
  {
    key: 'db',
    flag: 'db',
    env: 'DATABASE_URL',
    kind: 'url',
    example: 'mysql://app:secret@db.internal:3306/shop?ssl=true',
    defaultText: 'none (required)',
    summary: 'The database URL: mysql://user:password@host:3306/db[?options], mariadb://…, sqlite:path/to/file.db or sqlite::memory:.',
    details:
      'Which database to serve. MySQL and MariaDB URLs take connection options in the query string (see `docs/database-urls.md`); the password is never printed, in logs or errors. `sqlite:` URLs name a file relative to the working directory (its directory must exist) or `:memory:`. Prefer the environment variable in production, so the password stays out of the process list.',
  },
  {
    key: 'readDb',
    flag: 'read-db',
    env: 'READ_DATABASE_URL',
    kind: 'urls',
    example: 'mysql://app:secret@replica1.internal:3306/shop',
    defaultText: 'none (every statement goes to --db)',
    summary: 'A read replica of --db that queries read from; repeat the flag, or comma-separate in READ_DATABASE_URL.',
    details:
      'Queries read from the replicas, round robin, one replica per request; mutations, and everything inside their transactions (the payload they answer included), go to `--db`. A replica that cannot be reached is skipped for 5 s and then probed again by a request, so a replica that dies costs no failed requests; one that cannot be reached at startup is a warning, not a failure. Replicas answer with what they have applied: a query right after a mutation may not see it yet (see `docs/deploy.md`). MySQL and MariaDB only.',
  },
  {
    key: 'dialectProfile',
    flag: 'dialect-profile',
    env: 'RELGRAPH_DIALECT_PROFILE',
    kind: 'enum',
    values: dialectProfiles,
    example: 'vitess',
    defaultText: 'mysql',
    summary: 'The SQL the database accepts: mysql (MySQL and MariaDB), tidb or vitess.',
    details:
      "TiDB and Vitess speak the MySQL protocol but reject some of its SQL. `tidb` and `vitess` keep every statement to what those engines document: one INSERT per row whose key the database generates (their generated keys are not consecutive within a statement), no `RETURNING`, and under `vitess` no window functions (a page of related rows per parent becomes a `UNION ALL` of one ordered, limited SELECT per parent). Neither engine runs in relgraph's own tests: the profiles are checked against their documentation, and every statement the profile test renders is checked against them (see `docs/deploy.md`).",
  },
  {
    key: 'host',
    flag: 'host',
    env: 'HOST',
    kind: 'string',
    example: '127.0.0.1',
    defaultText: '0.0.0.0',
    summary: 'The address to listen on.',
    details:
      'The interface the HTTP server binds. The default, `0.0.0.0`, accepts connections on every interface, as a server behind a load balancer or in a container needs; use `127.0.0.1` to accept only local clients.',
  },
  {
    key: 'port',
    flag: 'port',
    env: 'PORT',
    kind: 'integer',
    min: 0,
    max: 65535,
    example: '8080',
    defaultText: '4000',
    summary: 'The TCP port to listen on (0 picks a free one).',
    details: 'The HTTP port. `PORT` is what most platforms set. `0` lets the system pick a free port; the `listening` log line says which.',
  },
  {
    key: 'poolSize',
    flag: 'pool-size',
    env: 'RELGRAPH_POOL_SIZE',
    kind: 'integer',
    min: 1,
    max: 1000,
    example: '20',
    defaultText: '10 (MySQL/MariaDB)',
    summary: 'Database connections in the pool (MySQL/MariaDB only).',
    details:
      "How many connections relgraph keeps to a MySQL or MariaDB server; each runs one statement or one transaction at a time. Requests beyond it wait (up to 5 s, at most 100 waiting, then `DATABASE_UNAVAILABLE`). Size it so that all relgraph processes together stay under the server's `max_connections`. The same as `connectionLimit` in the database URL: give one or the other. SQLite has one connection, so the setting is refused with a `sqlite:` URL.",
  },
  limit(
    'maxDepth',
    'max-depth',
    'depth',
    'The deepest selection a query may have (root field 1).',
    'How deeply fields may nest in one operation, counted as graphql-armor counts it (the root field is 1, leaves count).',
  ),
  limit(
    'maxAliases',
    'max-aliases',
    'aliases',
    'Aliases one operation may use.',
    'How many aliases one operation may use (`__typename` is exempt); aliases multiply the work of one request.',
  ),
  limit(
    'maxCost',
    'max-cost',
    'cost',
    'The static cost one operation may have.',
    'The largest static cost of one operation (graphql-armor: an object costs 2, a scalar 1, times 1.5 per level of depth).',
  ),
  limit(
    'maxTokens',
    'max-tokens',
    'tokens',
    'Tokens one document may hold.',
    "How many lexical tokens one GraphQL document may hold; it bounds the parser's work.",
  ),
  limit(
    'maxRows',
    'max-rows',
    'rowBudget',
    'Rows one operation may read, all lists together.',
    'How many rows one operation may read, all its lists together. It is estimated before any SQL runs and enforced again inside the database (every SELECT asks for at most the rows left plus one).',
  ),
  {
    key: 'graphiql',
    flag: 'graphiql',
    env: 'RELGRAPH_GRAPHIQL',
    kind: 'boolean',
    example: 'false',
    defaultText: 'on, off in production',
    summary: 'Serve GraphiQL at the endpoint (`--no-graphiql` turns it off).',
    details:
      'GraphiQL, bundled (no CDN), at the GraphQL endpoint for browsers. Production mode turns it off, and turning it on there is refused: production mode also turns off introspection, which GraphiQL needs.',
  },
  {
    key: 'corsOrigins',
    flag: 'cors-origin',
    env: 'CORS_ORIGINS',
    kind: 'origins',
    example: 'https://app.example.com',
    defaultText: 'none (no cross-origin access)',
    summary: 'A web origin allowed to call the API from a browser; repeat the flag, or comma-separate in CORS_ORIGINS.',
    details:
      "By default relgraph sends no CORS headers, so browsers refuse cross-origin calls: only pages served from the API's own origin (or non-browser clients) can call it. List the origins of your front ends, each as `scheme://host[:port]`; those get `access-control-allow-origin` with credentials (cookies) allowed. `*` allows any origin without credentials. relgraph never reflects an arbitrary origin.",
  },
  {
    key: 'logLevel',
    flag: 'log-level',
    env: 'LOG_LEVEL',
    kind: 'enum',
    values: logLevels,
    example: 'debug',
    defaultText: 'info',
    summary: 'debug, info, warn, error or silent.',
    details:
      '`error`: unexpected errors (with the operation name and request id). `warn`: slow requests and refused connections too. `info`: startup, shutdown and the access log when it is on. `debug`: a line per request and per SQL statement (statement text only, unless `--log-sql-params`).',
  },
  {
    key: 'logFormat',
    flag: 'log-format',
    env: 'LOG_FORMAT',
    kind: 'enum',
    values: logFormats,
    example: 'json',
    defaultText: 'pretty on a terminal outside production, json otherwise',
    summary: 'json (one object per line) or pretty (readable lines).',
    details:
      '`json` writes one JSON object per line to stderr (pino: `level`, `time`, `msg` and fields such as `requestId`, `operation`, `durationMs`, `statements`), for log shippers. `pretty` writes the same as `time level message key=value`, for a person.',
  },
  {
    key: 'accessLog',
    flag: 'access-log',
    env: 'RELGRAPH_ACCESS_LOG',
    kind: 'boolean',
    example: 'true',
    defaultText: 'off',
    summary: 'Log every request at info (method, path, status, operation, duration, statements).',
    details:
      'An access log: one `info` line per request. Without it, the same line is logged at `debug` only, so a busy server does not log a line per request by default. Slow requests are logged at `warn` either way.',
  },
  {
    key: 'logSqlParams',
    flag: 'log-sql-params',
    env: 'RELGRAPH_LOG_SQL_PARAMS',
    kind: 'boolean',
    example: 'true',
    defaultText: 'off',
    summary: 'Include SQL parameter values in the debug SQL log (they may hold personal data).',
    details:
      "At `debug`, every SQL statement is logged with its text, duration and row count. Parameter values are left out unless this is on: they are your users' data (names, emails, anything a mutation writes).",
  },
  {
    key: 'slowRequestMs',
    flag: 'slow-request',
    env: 'RELGRAPH_SLOW_REQUEST',
    kind: 'duration',
    example: '500ms',
    defaultText: '1s',
    summary: 'Requests slower than this are logged at warn.',
    details:
      'A request that takes longer than this is logged at `warn` with its operation name, duration and statement count, whatever the log level below `warn`.',
  },
  {
    key: 'production',
    flag: 'production',
    env: 'NODE_ENV',
    kind: 'boolean',
    example: 'production',
    defaultText: 'on when NODE_ENV=production',
    summary: 'Production mode: no introspection, GraphiQL, suggestions or error details.',
    details:
      'Turns off introspection (`__schema` is refused, `__type` answers null), GraphiQL and "Did you mean" suggestions, and masks unexpected errors as `Unexpected error.` with only a request id (the cause is in the server log). On with `--production` or `NODE_ENV=production`.',
  },
  {
    key: 'requestTimeoutMs',
    flag: 'request-timeout',
    env: 'RELGRAPH_REQUEST_TIMEOUT',
    kind: 'duration',
    example: '10s',
    defaultText: '30s',
    summary: 'How long a client may take to send a whole request.',
    details:
      'A client that has not sent its whole request (headers and body) by then gets 408 and its connection is closed, so slow clients cannot hold connections open. Headers alone must arrive within the smaller of this and 10 s. Statement time in MariaDB is bounded separately (5 s per statement).',
  },
  {
    key: 'shutdownTimeoutMs',
    flag: 'shutdown-timeout',
    env: 'RELGRAPH_SHUTDOWN_TIMEOUT',
    kind: 'duration',
    example: '25s',
    defaultText: '10s',
    summary: 'On SIGTERM, how long requests in flight may take to finish.',
    details:
      "On SIGTERM or SIGINT, relgraph stops accepting connections, answers `/ready` with 503, lets requests and transactions in flight finish for up to this long, then closes the remaining connections and the database pool and exits 0. Set it below your orchestrator's kill grace period (Kubernetes: 30 s).",
  },
  {
    key: 'createTables',
    flag: 'create-tables',
    env: 'RELGRAPH_CREATE_TABLES',
    kind: 'boolean',
    example: 'true',
    defaultText: 'off',
    summary: 'Create the tables that do not exist yet before serving.',
    details:
      'Runs `CREATE TABLE` for every declared table that is missing (keys, foreign keys, indexes), then serves. Existing tables are never altered. Handy for development and the embedded SQLite; production schemas usually come from migrations.',
  },
  {
    key: 'check',
    flag: 'check',
    env: 'RELGRAPH_CHECK',
    kind: 'boolean',
    example: 'false',
    defaultText: 'on',
    summary: 'Compare the declarations with the database before serving (`--no-check` skips it).',
    details:
      "Reads the database's catalog and compares it with the declarations, as `relgraph check` does. What the declarations need and the database lacks (a table, a column, the foreign key a `passiveDeletes` relationship leaves deletes to) stops the server with one line each, naming the model, the column and the fix; what merely differs (a type, a length, nullability, a foreign key's rule) is logged as a warning. Runs after `--create-tables`.",
  },
  {
    key: 'waitForDatabaseMs',
    flag: 'wait-for-database',
    env: 'RELGRAPH_WAIT_FOR_DATABASE',
    kind: 'duration',
    example: '60s',
    defaultText: '0 (fail at once)',
    summary: 'Retry a database that is down at startup for this long (with backoff), /ready false meanwhile.',
    details:
      'By default a database that cannot be reached at startup is an error: one line, exit 1. With a duration, relgraph starts listening at once (`/health` 200, `/ready` and `/graphql` 503) and retries the connection with exponential backoff (0.5 s doubling to 5 s) until it answers or the time is up (then exit 1).',
  },
  {
    key: 'metrics',
    flag: 'metrics',
    env: 'RELGRAPH_METRICS',
    kind: 'boolean',
    example: 'false',
    defaultText: 'on',
    summary: 'Serve Prometheus metrics at /metrics (`--no-metrics` turns it off).',
    details:
      'Prometheus text at `/metrics`: `relgraph_requests_total{operation,outcome}`, `relgraph_request_duration_seconds`, `relgraph_statements_total`, `relgraph_connection_wait_seconds`, `relgraph_transaction_retries_total`, and the Node process metrics. Keep `/metrics` off the public route of your load balancer.',
  },
  {
    key: 'executor',
    flag: 'executor',
    env: 'RELGRAPH_EXECUTOR',
    kind: 'enum',
    values: executors,
    example: 'graphql-js',
    defaultText: 'plan',
    summary: 'Who answers operations: the plan executor, or graphql-js field by field.',
    details:
      "`plan` (the default) plans each operation once, loads it level by level and writes the JSON straight from the rows (a mutation's writes run in their resolvers, in one transaction; the planner answers the payloads); what it does not plan (introspection, a resolver added to the schema) runs on graphql-js. `graphql-js` runs every operation on graphql-js's own `execute`, for comparison or if you rely on per-field resolver calls. Both give the same answers; see docs/execution.md.",
  },
  {
    key: 'planCacheSize',
    flag: 'plan-cache-size',
    env: 'RELGRAPH_PLAN_CACHE_SIZE',
    kind: 'integer',
    min: 1,
    max: 1_000_000,
    example: '5000',
    defaultText: String(defaultPlanCacheSize),
    summary: 'Documents whose plans the plan executor keeps (least recently used out first).',
    details:
      'The plan executor plans each distinct document once and keeps the plan for the next request that sends it. A server that sees more distinct documents than this (many clients with their own queries, documents built with values inlined instead of variables) plans them again and again: `extensions.relgraph.planCacheEvictions` (outside production) keeps growing. Raise it, or send variables. See docs/execution.md.',
  },
  {
    key: 'explainSql',
    flag: 'explain-sql',
    env: 'RELGRAPH_EXPLAIN_SQL',
    kind: 'boolean',
    example: 'true',
    defaultText: 'off',
    summary: "Outside production, put each statement's SQL in the response's extensions.",
    details:
      'Outside production every response carries `extensions.relgraph`: which executor answered (and why graphql-js, when the planner handed an operation over), whether the plan came from the cache, and the statements sent with their time. With this on it also lists their SQL text (parameters are never included). Ignored in production, where `extensions.relgraph` is not sent.',
  },
  {
    key: 'federation',
    flag: 'federation',
    env: 'RELGRAPH_FEDERATION',
    kind: 'boolean',
    example: 'true',
    defaultText: 'off',
    summary: 'Serve an Apollo Federation 2 subgraph: @key on every model, _service and _entities.',
    details:
      'Makes the API a subgraph that an Apollo Gateway or Router composes into a supergraph: each model type gets `@key` on its primary key (`@key(fields: "leftId rightId")` for a composite key), `_service { sdl }` answers the subgraph SDL (also in production, where introspection is off: keep the subgraph behind the gateway), and `_entities` loads the rows the gateway asks for by key, one statement per type, under the same authorization as the by-key fields. See docs/federation.md.',
  },
  {
    key: 'pubsub',
    flag: 'pubsub',
    env: 'RELGRAPH_PUBSUB',
    kind: 'string',
    example: 'redis://redis.internal:6379?channel=shop-changes',
    defaultText: 'in-process (subscribers hear this server only)',
    summary: 'Where subscription events travel between servers: redis://host:port[?channel=name], or "memory" for this server only.',
    details:
      "Subscriptions hear the mutations committed through relgraph. In-process (the default, or `memory`), a subscriber on one server hears only that server's mutations. With `redis://…` (or `rediss://…` for TLS) every server publishes what it commits to one Redis pub/sub channel and every server delivers it, so behind a load balancer a mutation on one replica reaches subscribers on all of them. The channel is `relgraph:changes` unless `?channel=` names another (pub/sub ignores the database number, so two APIs on one Redis need two channels). Redis must answer at startup; if it goes away later, subscriptions end with `PUBSUB_UNAVAILABLE` and clients reconnect, while queries and mutations go on. See docs/subscriptions.md.",
  },
  {
    key: 'maxSubscriptions',
    flag: 'max-subscriptions',
    env: 'RELGRAPH_MAX_SUBSCRIPTIONS',
    kind: 'integer',
    min: 1,
    max: 1_000_000,
    example: '50000',
    defaultText: String(subscriptionDefaults.maxSubscriptions),
    summary: 'Subscriptions open at once on this server.',
    details:
      'A subscription beyond it, over SSE or WebSocket, is refused with `SUBSCRIPTION_LIMIT` before it listens. Each open subscription holds its queue of events and, over WebSocket, its share of a connection; raise it with the memory the server has. See docs/subscriptions.md.',
  },
  {
    key: 'maxQueuedEvents',
    flag: 'max-queued-events',
    env: 'RELGRAPH_MAX_QUEUED_EVENTS',
    kind: 'integer',
    min: 1,
    max: 1_000_000,
    example: '5000',
    defaultText: String(subscriptionDefaults.maxQueuedEvents),
    summary: 'Events one subscriber may leave undelivered before it is dropped.',
    details:
      'A subscriber that falls this many events behind (a slow client, a slow network) gets one last result carrying `SUBSCRIPTION_LIMIT` and its subscription ends, instead of the server buffering without bound; the client subscribes again and queries what it missed.',
  },
  {
    key: 'subscriptionReads',
    flag: 'subscription-reads',
    env: 'RELGRAPH_SUBSCRIPTION_READS',
    kind: 'integer',
    min: 1,
    max: 1000,
    example: '8',
    defaultText: String(subscriptionDefaults.maxConcurrentReads),
    summary: 'Statements that deliveries to subscribers send at once; the others wait their turn.',
    details:
      "An event reaches all its subscribers at once, and each reads its rows (subscribers whose reads are the same share them). Those reads go a few at a time through turns of their own, so that many subscribers neither overflow the pool's wait queue nor keep requests from the pool: keep it below the pool size (`--pool-size`, 10 by default). A delivery that waits more than 60 s for its turn ends its subscription with `DATABASE_UNAVAILABLE`. See docs/subscriptions.md.",
  },
];

export function settingByKey(key: string): Setting | undefined {
  return settings.find((setting) => setting.key === key);
}
