/**
 * MySQL and MariaDB URLs as users write them: `mysql://user:password@host:port/database?settings`.
 * Reads the connection and the query string's settings into driver options, validating every
 * value, and refuses what it does not read rather than ignoring it.
 */
import { readFile } from 'node:fs/promises';
import { DatabaseUrlError, databaseUrlSetting } from '../../errors/DatabaseUrlError.js';
import { didYouMean } from '../../util/didYouMean.js';
import { inspect } from '../../util/inspect.js';
import type { MysqlDriverOptions, MysqlTlsOptions } from './mysqlDriver.js';

/** Where to connect, as the URL says; `parameters` holds its query string, decoded. */
export interface MysqlUrl {
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  readonly parameters: ReadonlyMap<string, string>;
}

/**
 * The settings the query string may carry. Names are mysql2's where mysql2 has the setting (so
 * that a URL written for mysql2 keeps working), and each maps to one driver option.
 *
 * TLS is `ssl=true` plus files, not mysql2's `ssl={"rejectUnauthorized":false}` JSON. A URL
 * usually lives in an environment variable or a secret store, where JSON needs escaping twice
 * and can say anything mysql2 accepts, including turning verification off without it being
 * obvious. PostgreSQL (`sslmode=verify-full`, `sslrootcert=`), Prisma (`sslcert=`) and the MySQL
 * client (`--ssl-ca`) all take a CA as a file path and make verifying the server the thing you
 * ask for; so does this: `ssl=true` verifies the certificate chain and the host name (mysql2 does
 * not check the host name unless told to), `sslCa` names the CA to trust, `sslCert`/`sslKey` a
 * client certificate, and `ssl=no-verify` (pg's name for it) is the one explicit way to encrypt
 * without knowing who answers, for servers with throwaway certificates (MariaDB 11.4's own).
 */
const accepted = {
  ssl: "true (TLS, verifying the server's certificate and host name), false (no TLS) or no-verify (TLS without verifying)",
  sslCa: 'the path of a PEM file with the CA certificates to trust (implies TLS)',
  sslCert: 'the path of a PEM client certificate; needs sslKey',
  sslKey: 'the path of the PEM private key of sslCert',
  connectionLimit: 'connections in the pool, 1 to 1000',
  queueLimit: 'requests that may wait for a connection, 0 to 100000',
  connectTimeout: 'TCP connect and handshake timeout, in milliseconds',
  acquireTimeout: 'how long a request waits for a connection, in milliseconds',
  idleTimeout: 'how long an idle connection stays open, in milliseconds',
  charset: 'utf8mb4, or a utf8mb4 collation',
  timezone: 'Z (UTC, the only zone relgraph uses)',
} as const;

type ParameterName = keyof typeof accepted;

const parameterNames = Object.keys(accepted) as ParameterName[];

/** Whole numbers, with the driver option each sets. Milliseconds start at 100, which catches seconds. */
const counts: Partial<Record<ParameterName, { option: keyof MysqlDriverOptions; min: number; max: number; ms: boolean }>> = {
  connectionLimit: { option: 'connectionLimit', min: 1, max: 1000, ms: false },
  queueLimit: { option: 'queueLimit', min: 0, max: 100_000, ms: false },
  connectTimeout: { option: 'connectTimeoutMs', min: 100, max: 600_000, ms: true },
  acquireTimeout: { option: 'acquireTimeoutMs', min: 100, max: 600_000, ms: true },
  idleTimeout: { option: 'idleTimeoutMs', min: 1000, max: 86_400_000, ms: true },
};

/** Collations a client may ask for; all of them are utf8mb4, the character set relgraph reads and writes. */
const utf8mb4Collations = [
  'utf8mb4',
  'utf8mb4_general_ci',
  'utf8mb4_bin',
  'utf8mb4_unicode_ci',
  'utf8mb4_unicode_520_ci',
  'utf8mb4_0900_ai_ci',
];

const utcNames = ['Z', 'UTC', '+00:00'];

/** Parameters other tools read that relgraph does not, with what to write instead. */
const insteadOf: Record<string, string> = {
  user: 'put the user and password before the host, as in "mysql://user:password@host:3306/database"',
  password: 'put the user and password before the host, as in "mysql://user:password@host:3306/database"',
  sslmode: 'use ssl=true (verify the server), ssl=no-verify or sslCa=/path/to/ca.pem',
  sslMode: 'use ssl=true (verify the server), ssl=no-verify or sslCa=/path/to/ca.pem',
  'ssl-mode': 'use ssl=true (verify the server), ssl=no-verify or sslCa=/path/to/ca.pem',
  sslaccept: 'use ssl=true (verify the server), ssl=no-verify or sslCa=/path/to/ca.pem',
  sslcert: "for the CA certificate (Prisma's sslcert) use sslCa=/path/to/ca.pem; for a client certificate, sslCert and sslKey",
  sslrootcert: 'use sslCa=/path/to/ca.pem',
  socketPath: 'relgraph connects over TCP; give the host and port',
  supportBigNumbers: 'relgraph sets this mysql2 option itself, so that values round-trip exactly',
  bigNumberStrings: 'relgraph sets this mysql2 option itself, so that values round-trip exactly',
  decimalNumbers: 'relgraph sets this mysql2 option itself, so that values round-trip exactly',
  dateStrings: 'relgraph sets this mysql2 option itself, so that values round-trip exactly',
  jsonStrings: 'relgraph sets this mysql2 option itself, so that values round-trip exactly',
  typeCast: 'relgraph sets this mysql2 option itself, so that values round-trip exactly',
  multipleStatements: 'relgraph sends one statement at a time and never turns this on',
  namedPlaceholders: 'relgraph renders its own placeholders',
};

/**
 * Splits a MySQL URL into where to connect and its (percent-decoded) query parameters; their
 * values are read by `mysqlDriverOptions`. The user and password are percent-decoded and the
 * port defaults to 3306.
 *
 * @example
 * parseMysqlUrl('mysql://app:p%40ss@db.local:3307/shop?ssl=true')
 * // { host: 'db.local', port: 3307, user: 'app', password: 'p@ss', database: 'shop', parameters: Map { 'ssl' => 'true' } }
 */
export function parseMysqlUrl(url: string): MysqlUrl {
  const scheme = url.slice(0, url.indexOf(':'));
  const escapes = 'percent-encode "@", ":", "/", "?", "#" and "%" in the user and password (as %40, %3A, %2F, %3F, %23 and %25)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Never the parser's own error: it carries the whole URL, password included, as `input`.
    throw new DatabaseUrlError(
      `${databaseUrlSetting} is not a valid ${scheme}:// URL; write it as "${scheme}://user:password@host:3306/database" with a port from 1 to 65535, and ${escapes}.`,
    );
  }
  if (parsed.hash !== '') {
    throw new DatabaseUrlError(`${databaseUrlSetting} has a "#" that ends it early; ${escapes}.`);
  }
  if (parsed.port === '0') {
    throw new DatabaseUrlError(
      `${databaseUrlSetting} has the port 0; give the port the server listens on (3306 by default), or leave it out.`,
    );
  }
  const database = decode(parsed.pathname.replace(/^\//, ''), 'the database name');
  if (database.includes('/')) {
    throw new DatabaseUrlError(
      `${databaseUrlSetting} names the database ${inspect(database)}, but a database name has no "/"; give one database after the host, as in "${scheme}://user:password@host:3306/database".`,
    );
  }
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    ...(parsed.username ? { user: decode(parsed.username, 'the user name') } : {}),
    ...(parsed.password ? { password: decode(parsed.password, 'the password') } : {}),
    ...(database ? { database } : {}),
    parameters: readQuery(parsed.search),
  };
}

/**
 * The driver options for `url`: where to connect, and the settings of its query string
 * (CA and certificate files read), merged with `options`. A setting given in both places with
 * different values is an error naming both, not a silent choice.
 *
 * @example
 * await mysqlDriverOptions('mysql://app:pw@db/shop?connectionLimit=20&connectTimeout=5000', { onStatement })
 * // { host: 'db', port: 3306, user: 'app', password: 'pw', database: 'shop', connectionLimit: 20, connectTimeoutMs: 5000, onStatement }
 */
export async function mysqlDriverOptions(
  url: string,
  options: Omit<MysqlDriverOptions, 'host' | 'port' | 'user' | 'password' | 'database'>,
): Promise<MysqlDriverOptions> {
  const { parameters, ...connection } = parseMysqlUrl(url);
  const settings = await readParameters(parameters);
  for (const [option, { value, written }] of settings) {
    const given = (options as Record<string, unknown>)[option];
    if (given !== undefined && !sameSetting(given, value)) {
      // An object's values are not printed: options.ssl may hold a private key.
      const to = typeof given === 'object' && given !== null ? '' : ` to ${inspect(given)}`;
      throw new DatabaseUrlError(
        `${databaseUrlSetting} has "${written}", but createDriver's options also set ${option}${to}; set it in one place.`,
      );
    }
  }
  return { ...options, ...connection, ...Object.fromEntries([...settings].map(([option, { value }]) => [option, value])) };
}

interface Setting {
  readonly value: unknown;
  /** The parameters that gave it, as written, for messages: `connectionLimit=20`. */
  readonly written: string;
}

/** Validates each parameter and turns it into the driver option it sets. */
async function readParameters(parameters: ReadonlyMap<string, string>): Promise<Map<keyof MysqlDriverOptions, Setting>> {
  const settings = new Map<keyof MysqlDriverOptions, Setting>();
  for (const [name, value] of parameters) {
    if (!isParameterName(name)) throw unknownParameter(name);
    const count = counts[name];
    if (count) {
      settings.set(count.option, { value: readCount(name, value, count), written: `${name}=${value}` });
    } else if (name === 'charset') {
      if (!utf8mb4Collations.includes(value.toLowerCase())) {
        throw badValue(name, value, `relgraph reads and writes text as utf8mb4, so charset must be ${quotedList(utf8mb4Collations)}`);
      }
      settings.set('charset', { value: value.toLowerCase(), written: `${name}=${value}` });
    } else if (name === 'timezone') {
      // Every session runs with time_zone '+00:00' and DATETIME values are read and written as
      // UTC, so that a stored time means one instant whichever client wrote it. Another zone
      // here would shift every value relative to NOW() and TIMESTAMP columns; UTC is accepted
      // (it changes nothing) so that URLs written for mysql2 with timezone=Z keep working.
      if (!utcNames.includes(value.toUpperCase())) {
        throw badValue(
          name,
          value,
          'relgraph keeps every session and every DATETIME in UTC, so timezone may only be Z (or UTC, +00:00); remove it, and convert times to a local zone in the client',
        );
      }
    }
  }
  const tls = await readTls(parameters);
  if (tls) settings.set('ssl', tls);
  return settings;
}

/** `ssl`, `sslCa`, `sslCert` and `sslKey` together: one `ssl` option. */
async function readTls(parameters: ReadonlyMap<string, string>): Promise<Setting | undefined> {
  const mode = parameters.get('ssl');
  if (mode !== undefined && !['true', 'false', 'no-verify'].includes(mode)) throw badValue('ssl', mode, `ssl must be ${accepted.ssl}`);
  const files = (['sslCa', 'sslCert', 'sslKey'] as const).filter((name) => parameters.has(name));
  const written = [...(mode !== undefined ? [`ssl=${mode}`] : []), ...files.map((name) => `${name}=${parameters.get(name)!}`)].join('&');
  if (files.length === 0) {
    if (mode === undefined) return undefined;
    return { value: mode === 'no-verify' ? { rejectUnauthorized: false } : mode === 'true', written };
  }
  if (mode === 'false') throw urlError(`has "ssl=false" and "${files[0]!}", which needs TLS; remove one of them`);
  if (mode === 'no-verify' && parameters.has('sslCa'))
    throw urlError('has "ssl=no-verify" and "sslCa", but a CA is only used to verify the server; remove one of them');
  if (parameters.has('sslCert') !== parameters.has('sslKey'))
    throw urlError(
      `has "${parameters.has('sslCert') ? 'sslCert' : 'sslKey'}" without "${parameters.has('sslCert') ? 'sslKey' : 'sslCert'}"; give both a client certificate and its key, or neither`,
    );
  const tls: { -readonly [K in keyof MysqlTlsOptions]: MysqlTlsOptions[K] } = mode === 'no-verify' ? { rejectUnauthorized: false } : {};
  if (parameters.has('sslCa')) tls.ca = await readPem('sslCa', parameters.get('sslCa')!);
  if (parameters.has('sslCert')) tls.cert = await readPem('sslCert', parameters.get('sslCert')!);
  if (parameters.has('sslKey')) tls.key = await readPem('sslKey', parameters.get('sslKey')!);
  return { value: tls, written };
}

async function readPem(name: string, path: string): Promise<string> {
  if (path === '') throw badValue(name, path, `${name} must be ${accepted[name as ParameterName]}`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'that file does not exist'
        : code === 'EISDIR'
          ? 'that is a directory'
          : `that file cannot be read (${String(code ?? error)})`;
    throw urlError(`has "${name}=${path}", but ${why}; give the path of a PEM file (relative paths start at ${inspect(process.cwd())})`);
  }
  if (!text.includes('-----BEGIN '))
    throw urlError(`has "${name}=${path}", but that file holds no PEM block ("-----BEGIN ..."); give a PEM file`);
  return text;
}

function readCount(name: string, value: string, { min, max, ms }: { min: number; max: number; ms: boolean }): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw badValue(name, value, `${name} ${ms ? 'is in milliseconds and ' : ''}must be a whole number from ${min} to ${max}`);
  }
  return number;
}

/** Query parameters, each decoded once (`+` stays `+`: a path may hold one); repeats are refused. */
function readQuery(search: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals), 'a parameter name');
    const value = equals < 0 ? '' : decode(pair.slice(equals + 1), `the value of "${name}"`);
    if (parameters.has(name)) throw urlError(`has the parameter "${name}" twice; keep one`);
    parameters.set(name, value);
  }
  return parameters;
}

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw urlError(`has a "%" in ${what} that starts no valid escape; write "%" itself as %25`);
  }
}

function isParameterName(name: string): name is ParameterName {
  return Object.hasOwn(accepted, name);
}

function sameSetting(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase());
}

function unknownParameter(name: string): DatabaseUrlError {
  // The name only: the value of a parameter relgraph does not know may be a secret.
  const hint = Object.hasOwn(insteadOf, name)
    ? `; ${insteadOf[name]!}.`
    : `; it reads ${quotedList(parameterNames, 'and')}.${didYouMean(name, parameterNames)}`;
  return new DatabaseUrlError(`${databaseUrlSetting} has the parameter ${inspect(name)}, which relgraph does not read${hint}`);
}

function badValue(name: string, value: string, rule: string): DatabaseUrlError {
  return urlError(`has "${name}=${value}", but ${rule}`);
}

function urlError(problem: string): DatabaseUrlError {
  return new DatabaseUrlError(`${databaseUrlSetting} ${problem}.`);
}

function quotedList(names: readonly string[], conjunction: 'and' | 'or' = 'or'): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)!}`;
}
