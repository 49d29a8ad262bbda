/**
 * `relgraph serve`: settings from flags, environment and config file; the models; the database
 * (optionally waited for); then the HTTP server until SIGTERM. Every refusal happens before it
 * listens (or, while waiting for the database, before it is ready) and closes what it opened.
 */
import { createServer, type Server } from 'node:http';
import { checkDatabase } from '../introspect/checkDatabase.js';
import type { ChangeChannel } from '../live/ChangeFeed.js';
import { redisChangeChannel } from '../live/redisChangeChannel.js';
import { checkLinkTables, createAll, createDriver, type Driver, ReadReplicas, type ReplicaSource } from '../dialect/index.js';
import { DatabaseUrlError } from '../errors/DatabaseUrlError.js';
import { redactUrl } from '../util/redactUrl.js';
import type { Inflection } from '../inflect/inflection.js';
import type { Mapping } from '../mapper/index.js';
import { configure } from '../session/configure.js';
import { createHandler } from '../server/createHandler.js';
import { closeOnSignals, listen, type RunningServer } from '../server/listen.js';
import { createLogger, type Logger } from '../server/logger.js';
import { createMetrics } from '../server/metrics.js';
import type { ServeSettings } from '../server/settings.js';
import { loadConfig } from './loadConfig.js';
import { loadModelsModule } from './loadModels.js';
import { openDatabase } from './openDatabase.js';
import { parseArgs } from './parseArgs.js';
import { resolveServeSettings, serveFlagSpecs } from './resolveSettings.js';
import { commandUsage } from './usage.js';
import { StartupError, UsageError } from './UsageError.js';

export async function serve(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseArgs(args, 'serve', serveFlagSpecs());
  if (flags.get('help')) {
    process.stdout.write(`${commandUsage('serve')}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`"relgraph serve" takes one models module, but got ${positionals.length} arguments.`);
  const config = await loadConfig(flags.get('config') as string | undefined, process.env);
  const settings = resolveServeSettings({
    flags,
    positional: positionals[0],
    env: process.env,
    config,
    terminal: process.stderr.isTTY === true,
  });
  const logger = createLogger(settings.logLevel, { format: settings.logFormat });
  const { base, inflection } = await loadModelsModule(settings.models);
  const mapping = configure(base);
  const running = await start(
    mapping,
    inflection,
    settings,
    logger,
    flags.has('db') ? '--db' : config && !process.env['DATABASE_URL'] ? `"db" in ${config.file}` : 'DATABASE_URL',
  );
  closeOnSignals(running, logger);
  logger.info({ url: running.url, production: settings.production, graphiql: settings.graphiql }, `listening on ${running.url}`);
  if (settings.graphiql) logger.info(`GraphiQL at ${running.url}`);
  // Off in production, like GraphiQL (createHandler's `diagram`).
  if (!settings.production) logger.info(`the models' diagram at ${running.url}/diagram`);
  logger.info(
    `subscriptions over SSE at ${running.url} and WebSocket at ${running.url.replace(/^http/, 'ws')} (${settings.pubsub ? `through Redis ${redactUrl(settings.pubsub)}` : 'this server only; --pubsub redis://… for several'})`,
  );
  return new Promise<number>(() => {});
}

async function start(
  mapping: Mapping,
  inflection: Partial<Inflection> | undefined,
  settings: ServeSettings,
  logger: Logger,
  dbFrom: string,
): Promise<RunningServer> {
  const waiting = settings.waitForDatabaseMs > 0 ? await listenWhileWaiting(settings) : undefined;
  const metrics = settings.metrics ? createMetrics() : undefined;
  let driver: Driver | undefined;
  let replicas: ReadReplicas | undefined;
  let channel: ChangeChannel | undefined;
  try {
    // Before the database: a pub/sub that cannot work stops the start before anything else is done.
    channel = settings.pubsub ? await openChangeChannel(settings.pubsub, logger) : undefined;
    driver = await openDatabase(
      settings.db,
      dbFrom,
      {
        ...(settings.poolSize !== undefined ? { connectionLimit: settings.poolSize } : {}),
        ...(settings.dialectProfile !== 'mysql' ? { dialectProfile: settings.dialectProfile } : {}),
        ...(metrics ? { onConnectionWait: metrics.recordConnectionWait } : {}),
        onStatement: (event) => {
          if (!logger.isLevelEnabled('debug')) return;
          const fields = {
            durationMs: Math.round(event.durationMs * 10) / 10,
            rows: event.rowCount,
            ...(settings.logSqlParams ? { params: event.params.map(String) } : {}),
            ...(event.error ? { failed: true } : {}),
          };
          logger.debug(fields, `SQL ${event.sql}`);
        },
      },
      {
        waitMs: settings.waitForDatabaseMs,
        onRetry: (message, delayMs) => logger.warn({ retryInMs: delayMs }, `waiting for the database: ${message}`),
      },
    );
    if (settings.createTables) {
      const created = await createAll(mapping, driver);
      if (created.length > 0) logger.info({ tables: created }, `created tables ${created.join(', ')}`);
    }
    // Missing tables first: the link-table check would only say they have no key.
    if (settings.check) await refuseDrift(mapping, driver, logger);
    // Served all the same: the warning names each table without a key and the statement that gives it one.
    const keylessLinkTables = await checkLinkTables(mapping, driver);
    for (const table of keylessLinkTables) logger.warn({ table: table.table, columns: table.columns, fix: table.fix }, table.message);
    replicas = await openReplicas(settings, driver, logger);
    const handler = createHandler(mapping, {
      driver,
      ...(replicas ? { readReplicas: replicas } : {}),
      keylessLinkTables,
      ...(inflection ? { inflection } : {}),
      production: settings.production,
      development: !settings.production,
      graphiql: settings.graphiql,
      limits: {
        depth: settings.maxDepth,
        aliases: settings.maxAliases,
        cost: settings.maxCost,
        tokens: settings.maxTokens,
        rowBudget: settings.maxRows,
      },
      logger,
      accessLog: settings.accessLog,
      slowRequestMs: settings.slowRequestMs,
      corsOrigins: settings.corsOrigins,
      executor: settings.executor,
      planCacheSize: settings.planCacheSize,
      explain: settings.explainSql ? 'sql' : true,
      federation: settings.federation,
      subscriptions: {
        ...(channel ? { channel } : {}),
        maxSubscriptions: settings.maxSubscriptions,
        maxQueuedEvents: settings.maxQueuedEvents,
        maxConcurrentReads: settings.subscriptionReads,
      },
      ...(metrics ? { metrics } : {}),
    });
    const running = await listen(handler, driver, {
      port: settings.port,
      host: settings.host,
      logger,
      requestTimeoutMs: settings.requestTimeoutMs,
      shutdownTimeoutMs: settings.shutdownTimeoutMs,
      ...(metrics ? { metrics } : {}),
      ...(waiting ? { server: waiting } : {}),
    }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' || error.code === 'EACCES'
        ? new StartupError(
            `Cannot listen on ${settings.host}:${settings.port} (${error.code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'}). Choose another with --port or PORT.`,
          )
        : error;
    });
    const opened = replicas;
    return opened ? { ...running, close: () => running.close().finally(() => opened.close()) } : running;
  } catch (error) {
    await channel?.close().catch(() => {});
    await replicas?.close().catch(() => {});
    await driver?.close().catch(() => {});
    if (waiting) await new Promise((resolve) => waiting.close(resolve));
    throw error;
  }
}

/** The pub/sub Redis (`--pubsub`), connected and subscribed now: one that does not answer stops the start. */
async function openChangeChannel(url: string, logger: Logger): Promise<ChangeChannel> {
  try {
    return await redisChangeChannel(url, { warn: (message) => logger.warn(message) });
  } catch (error) {
    throw new StartupError(`The pub/sub Redis (--pubsub or RELGRAPH_PUBSUB) cannot work: ${firstLine(error)}`);
  }
}

/** The drift check (`relgraph check`): problems stop the start, differences are warnings. */
async function refuseDrift(mapping: Mapping, driver: Driver, logger: Logger): Promise<void> {
  const drift = await checkDatabase(mapping, driver);
  for (const warning of drift.warnings) logger.warn(warning);
  if (drift.problems.length > 0) {
    throw new StartupError(`the declarations need what the database lacks (--no-check skips this check):\n${drift.problems.join('\n')}`);
  }
}

/**
 * Listens at once while the database is awaited: `/health` says the process is up, `/ready`
 * and everything else say 503 with `Retry-After`, so a load balancer sends no traffic yet.
 */
async function listenWhileWaiting(settings: ServeSettings): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url?.split('?')[0] === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"alive"}');
      return;
    }
    response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '5' }).end('waiting for the database');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Cannot listen on ${settings.host}:${settings.port} (the port is in use). Choose another with --port or PORT.`)
          : error,
      ),
    );
    server.listen(settings.port, settings.host, () => resolve());
  });
  return server;
}

/**
 * The read replicas (`--read-db`), each opened now when it answers. One that does not is a
 * warning, not a failure: the server starts on the primary and a request probes the replica
 * later. A URL that can never work (a bad scheme, a bad option) is a usage error.
 */
async function openReplicas(settings: ServeSettings, primary: Driver, logger: Logger): Promise<ReadReplicas | undefined> {
  if (settings.readDb.length === 0) return undefined;
  const open = (url: string) =>
    createDriver(url, {
      ...(settings.poolSize !== undefined ? { connectionLimit: settings.poolSize } : {}),
      ...(settings.dialectProfile !== 'mysql' ? { dialectProfile: settings.dialectProfile } : {}),
    });
  const sources: ReplicaSource[] = [];
  for (const url of settings.readDb) {
    const label = redactUrl(url);
    try {
      sources.push({ label, driver: await open(url), open: () => open(url) });
    } catch (error) {
      if (error instanceof DatabaseUrlError || error instanceof TypeError)
        throw new UsageError(`The read replica ${label} (--read-db or READ_DATABASE_URL) cannot work: ${firstLine(error)}`);
      logger.warn({ replica: label }, `read replica ${label} does not answer; serving from the primary until it does: ${firstLine(error)}`);
      sources.push({ label, open: () => open(url) });
    }
  }
  logger.info({ replicas: sources.map((source) => source.label) }, `queries read from ${sources.length} replica(s)`);
  return new ReadReplicas(primary, sources, {
    onChange: (event) =>
      event.state === 'down'
        ? logger.warn({ replica: event.label }, `read replica ${event.label} is out for 5 s: ${firstLine(event.error)}`)
        : logger.info({ replica: event.label }, `read replica ${event.label} answers again`),
  });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
