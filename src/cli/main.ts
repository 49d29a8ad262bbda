/**
 * `relgraph generate | create-tables | serve`: argument parsing, loading the models module,
 * exit codes (0 success, 1 failure, 2 bad usage). Nothing imports this folder.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkLinkTables, createAll, createDriver, LinkTableError } from '../dialect/index.js';
import { MappingError } from '../errors/MappingError.js';
import { configure } from '../mapper/index.js';
import { buildSchema, printSchemaSdl } from '../schema/index.js';
import { createHandler } from '../server/createHandler.js';
import { closeOnSignals, listen } from '../server/listen.js';
import { createLogger, isLogLevel, type LogLevel } from '../server/logger.js';
import { CliError, loadModels } from './loadModels.js';

const usage = `Usage:
  relgraph generate <models module> [--out <file.graphql>]
      Prints the GraphQL schema (SDL) of the models; writes it to --out when given.
  relgraph create-tables <models module> --db <url>
      Creates the tables that do not exist yet (keys, foreign keys, indexes).
  relgraph serve <models module> --db <url> [--port 4000] [--host 0.0.0.0] [--create-tables] [--log-level info]
      Serves the GraphQL API with GraphiQL at /graphql, /health and /ready.

Database URLs: mysql://user:password@host:3306/db, mariadb://..., sqlite:path/to/file.db, sqlite::memory:
(--db defaults to the DATABASE_URL environment variable).`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'generate':
        return await generate(rest);
      case 'create-tables':
        return await createTables(rest);
      case 'serve':
        return await serve(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${usage}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`relgraph: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof LinkTableError) {
      process.stderr.write(`relgraph: the database cannot keep links unique.\n${error.message}\n`);
      return 1;
    }
    if (error instanceof MappingError) {
      process.stderr.write(`relgraph: the declarations have problems.\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new CliError(`Expected one models module, but got ${positionals.length}.`);
    return { values: values as Record<string, string | boolean | undefined>, models: positionals[0]! };
  } catch (error) {
    throw error instanceof CliError ? error : new CliError((error as Error).message);
  }
}

async function generate(args: readonly string[]): Promise<number> {
  const { values, models } = parse(args, { out: { type: 'string' } });
  const sdl = printSchemaSdl(buildSchema(configure(await loadModels(models))));
  if (typeof values.out === 'string') {
    await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    await writeFile(values.out, sdl);
    process.stderr.write(`relgraph: wrote ${values.out}\n`);
  } else {
    process.stdout.write(sdl);
  }
  return 0;
}

function databaseUrl(values: Record<string, unknown>): string {
  const url = typeof values.db === 'string' ? values.db : process.env.DATABASE_URL;
  if (!url) throw new CliError('Give the database with --db <url> or DATABASE_URL.');
  return url;
}

async function createTables(args: readonly string[]): Promise<number> {
  const { values, models } = parse(args, { db: { type: 'string' } });
  const mapping = configure(await loadModels(models));
  const driver = await createDriver(databaseUrl(values));
  try {
    const created = await createAll(mapping, driver);
    process.stderr.write(`relgraph: ${created.length === 0 ? 'every table exists already' : `created ${created.join(', ')}`}.\n`);
  } finally {
    await driver.close();
  }
  return 0;
}

async function serve(args: readonly string[]): Promise<number> {
  const { values, models } = parse(args, {
    db: { type: 'string' },
    port: { type: 'string', default: '4000' },
    host: { type: 'string' },
    'create-tables': { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'info' },
  });
  const level = String(values['log-level']);
  if (!isLogLevel(level)) throw new CliError(`--log-level must be one of debug, info, warn, error, silent, but got "${level}".`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number, but got "${String(values.port)}".`);
  const logger = createLogger(level as LogLevel);
  const mapping = configure(await loadModels(models));
  const driver = await createDriver(databaseUrl(values), {
    onStatement: (event) => logger.debug(`SQL ${event.durationMs.toFixed(1)}ms ${event.sql}${event.error ? ' (failed)' : ''}`),
  });
  if (values['create-tables']) {
    const created = await createAll(mapping, driver);
    if (created.length > 0) logger.info(`Created tables ${created.join(', ')}.`);
  }
  await checkLinkTables(mapping, driver);
  const handler = createHandler(mapping, { driver, logging: logger.level === 'debug' });
  const running = await listen(handler, driver, { port, ...(typeof values.host === 'string' ? { host: values.host } : {}), logger });
  closeOnSignals(running, logger);
  logger.info(`GraphiQL at ${running.url}`);
  return new Promise<number>(() => {});
}
