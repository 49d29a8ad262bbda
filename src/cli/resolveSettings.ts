/**
 * Turns flags, environment variables and a config file into validated `ServeSettings`: a flag
 * wins over the environment, which wins over the config file, which wins over the default.
 * Every bad value, unknown key and conflict is a `UsageError` of one line naming the setting,
 * where it came from, and what is accepted.
 */
import { settings, type ServeSettings, type Setting } from '../server/settings.js';
import { defaultLimitValues } from '../server/limits.js';
import { subscriptionDefaults } from '../live/ChangeFeed.js';
import { defaultPlanCacheSize } from '../execute/createPlanExecutor.js';
import { didYouMean } from '../util/didYouMean.js';
import { inspect } from '../util/inspect.js';
import { redactUrl } from '../util/redactUrl.js';
import { UsageError } from './UsageError.js';

export interface SettingSources {
  readonly flags: ReadonlyMap<string, string | boolean | readonly string[]>;
  /** The models module given as the first argument, if any. */
  readonly positional?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config?: { readonly file: string; readonly values: Readonly<Record<string, unknown>> } | undefined;
  /** Whether stderr is a terminal (picks the default log format). */
  readonly terminal?: boolean;
}

type Value = string | number | boolean | readonly string[] | undefined;

/**
 * @example
 * resolveServeSettings({ flags: new Map([['port', '8080']]), positional: 'models.ts', env: { DATABASE_URL: 'sqlite:app.db' } })
 * // { models: 'models.ts', db: 'sqlite:app.db', port: 8080, host: '0.0.0.0', ... }
 */
export function resolveServeSettings(sources: SettingSources): ServeSettings {
  if (sources.config) checkConfigKeys(sources.config.file, sources.config.values);
  const resolved = new Map<string, { value: Value; from: string }>();
  for (const setting of settings) {
    const found = lookUp(setting, sources);
    if (found) resolved.set(setting.key, found);
  }
  const value = <T extends Value>(key: keyof ServeSettings, fallback: T): T =>
    resolved.has(key) ? (resolved.get(key)!.value as T) : fallback;
  const from = (key: keyof ServeSettings) => resolved.get(key)?.from;

  const models = value<string | undefined>('models', undefined);
  if (!models) throw new UsageError('Give the models module: "relgraph serve <models module>", or "models" in the config file.');
  const db = value<string | undefined>('db', undefined);
  if (!db)
    throw new UsageError(
      'Give the database URL with --db <url> or DATABASE_URL (e.g. "sqlite:app.db" or "mysql://user:password@host:3306/db").',
    );
  const production = value('production', false);
  const graphiql = value<boolean | undefined>('graphiql', undefined);
  if (production && graphiql === true) {
    throw new UsageError(
      `GraphiQL (${from('graphiql')}) cannot be on in production mode (${from('production')}): production turns off introspection, which GraphiQL needs. Drop one of them.`,
    );
  }
  const dialectProfile = value('dialectProfile', 'mysql') as ServeSettings['dialectProfile'];
  if (dialectProfile !== 'mysql' && !/^(mysql|mariadb):/i.test(db))
    throw new UsageError(
      `The dialect profile ${dialectProfile} (${from('dialectProfile')}) is for MySQL-protocol servers, but the database (${from('db')}) is not one; drop the profile.`,
    );
  const readDb = value<readonly string[]>('readDb', []);
  if (readDb.length > 0 && !/^(mysql|mariadb):/i.test(db))
    throw new UsageError(
      `Read replicas (${from('readDb')}) are for MySQL and MariaDB, but the database (${from('db')}) is not one; drop the replicas.`,
    );
  const pubsub = value<string | undefined>('pubsub', undefined);
  if (pubsub !== undefined && pubsub !== 'memory' && !/^rediss?:\/\//i.test(pubsub))
    throw new UsageError(
      `${from('pubsub')} must be "memory" or a Redis URL (redis://host:port or rediss://host:port), not "${redactUrl(pubsub)}".`,
    );
  const poolSize = value<number | undefined>('poolSize', undefined);
  if (poolSize !== undefined) checkPoolSize(poolSize, from('poolSize')!, db, from('db')!);
  return {
    models,
    db,
    readDb,
    dialectProfile,
    host: value('host', '0.0.0.0'),
    port: value('port', 4000),
    poolSize,
    maxDepth: value('maxDepth', defaultLimitValues.depth),
    maxAliases: value('maxAliases', defaultLimitValues.aliases),
    maxCost: value('maxCost', defaultLimitValues.cost),
    maxTokens: value('maxTokens', defaultLimitValues.tokens),
    maxRows: value('maxRows', defaultLimitValues.rowBudget),
    graphiql: graphiql ?? !production,
    corsOrigins: value<readonly string[]>('corsOrigins', []),
    logLevel: value('logLevel', 'info') as ServeSettings['logLevel'],
    logFormat: value('logFormat', sources.terminal && !production ? 'pretty' : 'json') as ServeSettings['logFormat'],
    accessLog: value('accessLog', false),
    logSqlParams: value('logSqlParams', false),
    slowRequestMs: value('slowRequestMs', 1000),
    production,
    requestTimeoutMs: value('requestTimeoutMs', 30_000),
    shutdownTimeoutMs: value('shutdownTimeoutMs', 10_000),
    createTables: value('createTables', false),
    check: value('check', true),
    waitForDatabaseMs: value('waitForDatabaseMs', 0),
    metrics: value('metrics', true),
    executor: value('executor', 'plan') as ServeSettings['executor'],
    planCacheSize: value('planCacheSize', defaultPlanCacheSize),
    explainSql: value('explainSql', false),
    federation: value('federation', false),
    pubsub: pubsub === 'memory' ? undefined : pubsub,
    maxSubscriptions: value('maxSubscriptions', subscriptionDefaults.maxSubscriptions),
    maxQueuedEvents: value('maxQueuedEvents', subscriptionDefaults.maxQueuedEvents),
    subscriptionReads: value('subscriptionReads', subscriptionDefaults.maxConcurrentReads),
  };
}

/** The flags `serve` accepts, for `parseArgs`. */
export function serveFlagSpecs(): Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> {
  const specs: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    help: { type: 'boolean' },
    config: { type: 'string' },
  };
  for (const setting of settings) {
    specs[setting.flag] =
      setting.kind === 'boolean'
        ? { type: 'boolean' }
        : setting.kind === 'origins' || setting.kind === 'urls'
          ? { type: 'string', multiple: true }
          : { type: 'string' };
  }
  return specs;
}

function lookUp(setting: Setting, sources: SettingSources): { value: Value; from: string } | undefined {
  const flag = sources.flags.get(setting.flag);
  if (flag !== undefined) return { value: fromFlag(setting, flag), from: `--${setting.flag}` };
  if (setting.key === 'models' && sources.positional !== undefined) return { value: sources.positional, from: 'the models argument' };
  const env = sources.env[setting.env];
  if (env !== undefined && env !== '') return { value: fromEnv(setting, env), from: setting.env };
  const config = sources.config;
  if (config && Object.hasOwn(config.values, setting.key)) {
    const where = `"${setting.key}" in ${config.file}`;
    return { value: fromConfig(setting, config.values[setting.key], where), from: where };
  }
  return undefined;
}

function fromFlag(setting: Setting, raw: string | boolean | readonly string[]): Value {
  const where = `--${setting.flag}`;
  if (typeof raw === 'boolean') return raw;
  if (Array.isArray(raw))
    return setting.kind === 'urls' ? raw.flatMap((url) => parseUrls(url, where)) : raw.flatMap((origin) => parseOrigins(origin, where));
  return parseText(setting, raw as string, where);
}

function fromEnv(setting: Setting, raw: string): Value {
  if (setting.key === 'production') return raw === 'production';
  if (setting.kind === 'boolean') return parseBoolean(raw, setting.env);
  if (setting.kind === 'origins') return parseOrigins(raw, setting.env);
  if (setting.kind === 'urls') return parseUrls(raw, setting.env);
  return parseText(setting, raw, setting.env);
}

function fromConfig(setting: Setting, raw: unknown, where: string): Value {
  switch (setting.kind) {
    case 'boolean':
      if (typeof raw !== 'boolean') throw new UsageError(`${where} must be true or false, but got ${inspect(raw)}.`);
      return raw;
    case 'integer':
      if (typeof raw === 'number') return checkInteger(setting, raw, where);
      break;
    case 'duration':
      if (typeof raw === 'number') return checkInteger({ ...setting, min: 0, max: 86_400_000 }, raw, where);
      if (typeof raw === 'string') return parseDuration(raw, where);
      throw new UsageError(`${where} must be milliseconds or a duration such as "30s", but got ${inspect(raw)}.`);
    case 'origins':
      if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string'))
        throw new UsageError(`${where} must be a list of origins such as ["https://app.example.com"], but got ${inspect(raw)}.`);
      return (raw as string[]).flatMap((origin) => parseOrigins(origin, where));
    case 'urls':
      if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string'))
        throw new UsageError(
          `${where} must be a list of database URLs such as ["mysql://app@replica1:3306/shop"], but got ${inspect(raw)}.`,
        );
      return (raw as string[]).flatMap((url) => parseUrls(url, where));
    default:
      if (typeof raw === 'string') return parseText(setting, raw, where);
  }
  throw new UsageError(`${where} must be ${describeKind(setting)}, but got ${inspect(raw)}.`);
}

function parseText(setting: Setting, raw: string, where: string): Value {
  switch (setting.kind) {
    case 'integer': {
      if (!/^\d+$/.test(raw.trim())) throw new UsageError(`${where} must be ${describeKind(setting)}, but got "${raw}".`);
      return checkInteger(setting, Number(raw), where);
    }
    case 'duration':
      return parseDuration(raw, where);
    case 'enum':
      if (!setting.values!.includes(raw))
        throw new UsageError(`${where} must be one of ${setting.values!.join(', ')}, but got "${raw}".${didYouMean(raw, setting.values!)}`);
      return raw;
    case 'boolean':
      return parseBoolean(raw, where);
    case 'origins':
      return parseOrigins(raw, where);
    case 'urls':
      return parseUrls(raw, where);
    default:
      if (raw.trim() === '') throw new UsageError(`${where} must not be empty.`);
      return raw;
  }
}

function checkInteger(setting: Pick<Setting, 'min' | 'max' | 'kind'>, value: number, where: string): number {
  const min = setting.min ?? 0;
  const max = setting.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(`${where} must be an integer from ${min} to ${max}, but got ${value}.`);
  return value;
}

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * @example
 * parseDuration('30s', '--request-timeout')  // 30000
 * parseDuration('250ms', '--slow-request')   // 250
 */
export function parseDuration(raw: string, where: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(raw);
  if (!match) throw new UsageError(`${where} must be a duration with a unit, such as "500ms", "30s" or "2m", but got "${raw}".`);
  const ms = Math.round(Number(match[1]) * units[match[2]!]!);
  if (ms > 86_400_000) throw new UsageError(`${where} must be at most 24h, but got "${raw}".`);
  return ms;
}

function parseBoolean(raw: string, where: string): boolean {
  const text = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  throw new UsageError(`${where} must be true or false (also 1/0, yes/no, on/off), but got "${raw}".`);
}

/**
 * Database URLs, several comma-separated (a URL's own query string has no commas in any option
 * relgraph reads). Each is checked when it is opened, with the setting named.
 */
function parseUrls(raw: string, where: string): string[] {
  const urls = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (urls.length === 0) throw new UsageError(`${where} must name at least one database URL, but is empty.`);
  return urls;
}

/** `https://app.example.com`, `http://localhost:3000`, or `*`; several comma-separated. */
function parseOrigins(raw: string, where: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((origin) => {
      if (origin === '*') return origin;
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      const bare = origin.replace(/\/$/, '');
      if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== bare) {
        throw new UsageError(
          `${where} takes web origins such as "https://app.example.com" or "http://localhost:3000" (scheme, host and port, no path), or "*", but got "${origin}".`,
        );
      }
      return parsed.origin;
    });
}

function describeKind(setting: Setting): string {
  switch (setting.kind) {
    case 'integer':
      return `an integer from ${setting.min ?? 0} to ${setting.max ?? Number.MAX_SAFE_INTEGER}`;
    case 'duration':
      return 'a duration such as "30s"';
    case 'enum':
      return `one of ${setting.values!.join(', ')}`;
    case 'boolean':
      return 'true or false';
    default:
      return 'a string';
  }
}

function checkConfigKeys(file: string, values: Readonly<Record<string, unknown>>): void {
  const known = settings.map((setting) => setting.key as string);
  for (const key of Object.keys(values)) {
    if (!known.includes(key))
      throw new UsageError(`${file} has an unknown setting "${key}".${didYouMean(key, known)} Settings: ${known.join(', ')}.`);
  }
}

/** SQLite has one connection; a pool size set twice must agree. */
function checkPoolSize(poolSize: number, from: string, db: string, dbFrom: string): void {
  if (db.startsWith('sqlite:'))
    throw new UsageError(
      `${from} applies to MySQL/MariaDB only, but the database (${dbFrom}) is SQLite, which has one connection. Drop ${from}.`,
    );
  const query = db.indexOf('?');
  const inUrl = query === -1 ? null : new URLSearchParams(db.slice(query + 1)).get('connectionLimit');
  if (inUrl !== null && Number(inUrl) !== poolSize) {
    throw new UsageError(
      `${from} is ${poolSize}, but connectionLimit in the database URL (${dbFrom}) is ${inUrl}. Give the pool size in one place.`,
    );
  }
}
