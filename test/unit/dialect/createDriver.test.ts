import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, parseMysqlUrl, sqliteFilename } from '../../../src/dialect/createDriver.js';
import { mysqlDriverOptions } from '../../../src/dialect/mysql/mysqlUrl.js';
import { DatabaseUrlError } from '../../../src/errors/DatabaseUrlError.js';

const setting = 'The database URL (--db or DATABASE_URL)';
const forms = '"mysql://user:password@host:3306/database" (or "mariadb://"), "sqlite:path/to/file.db" or "sqlite::memory:"';
const parameters =
  '"ssl", "sslCa", "sslCert", "sslKey", "connectionLimit", "queueLimit", "connectTimeout", "acquireTimeout", "idleTimeout", "charset" and "timezone"';

/** The error `createDriver(url)` rejects with; these URLs never reach a server. */
async function failure(url: string, options: Parameters<typeof createDriver>[1] = {}): Promise<Error> {
  const error = await createDriver(url, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected createDriver(${JSON.stringify(url)}) to fail`).toBeInstanceOf(Error);
  return error as Error;
}

/** Expects a `DatabaseUrlError` with exactly `message`. */
async function expectUrlError(url: string, message: string, options: Parameters<typeof createDriver>[1] = {}) {
  const error = await failure(url, options);
  expect(error).toBeInstanceOf(DatabaseUrlError);
  expect(error.message).toBe(message);
}

describe('createDriver: URLs', () => {
  it('reads host, port, user, password, database and parameters from a MySQL URL, percent-decoded', () => {
    expect(parseMysqlUrl('mysql://app:p%40ss@db.local:3307/shop?sslCa=%2Fetc%2Fca+1.pem')).toEqual({
      host: 'db.local',
      port: 3307,
      user: 'app',
      password: 'p@ss',
      database: 'shop',
      parameters: new Map([['sslCa', '/etc/ca+1.pem']]),
    });
    expect(parseMysqlUrl('mariadb://root@127.0.0.1')).toEqual({ host: '127.0.0.1', port: 3306, user: 'root', parameters: new Map() });
    expect(parseMysqlUrl('mysql://[::1]:3306/shop').host).toBe('::1');
  });

  it("takes the SQLite path after the scheme, and SQLAlchemy's slash forms", () => {
    expect(sqliteFilename('sqlite::memory:')).toBe(':memory:');
    expect(sqliteFilename('sqlite:data/app.db')).toBe('data/app.db');
    expect(sqliteFilename('sqlite:/var/app.db')).toBe('/var/app.db');
    expect(sqliteFilename('sqlite:///data/app.db')).toBe('data/app.db');
    expect(sqliteFilename('sqlite:////var/app.db')).toBe('/var/app.db');
    expect(sqliteFilename('sqlite://')).toBe(':memory:');
  });

  it('refuses an unknown scheme, naming the accepted forms and never echoing the rest of the URL', async () => {
    const error = await failure('postgres://app:secret@db/shop');
    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect(error.message).toBe(
      `${setting} has the scheme "postgres:", which relgraph does not serve (it serves MySQL, MariaDB and SQLite); use ${forms}.`,
    );
    expect(error.message).not.toContain('secret');
  });

  it('suggests the scheme meant for a misspelt one or a SQLAlchemy driver suffix', async () => {
    await expectUrlError(
      'mysq://app@db/shop',
      `${setting} has the scheme "mysq:", which relgraph does not serve (it serves MySQL, MariaDB and SQLite); use ${forms}. Did you mean "mysql"?`,
    );
    await expectUrlError(
      'mysql+pymysql://app:pw@db/shop',
      `${setting} has the scheme "mysql+pymysql:", which relgraph does not serve (it serves MySQL, MariaDB and SQLite); use ${forms}. SQLAlchemy's driver suffix "+pymysql" is not needed: write "mysql:".`,
    );
  });

  it('refuses a string without a scheme, and an empty one', async () => {
    await expectUrlError('notaurl', `${setting} has no scheme, so it is not a URL; give one such as ${forms}.`);
    await expectUrlError('', `${setting} is empty; give one such as ${forms}.`);
  });

  it('keeps the TypeError for a URL that is not a string: a misuse of the API, not a bad setting', async () => {
    const error = await failure(42 as unknown as string);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`createDriver(url) expects a database URL such as ${forms}, but got: 42.`);
  });

  it('refuses "sqlite:" without a path, and a SQLite URL with a query string', async () => {
    await expectUrlError(
      'sqlite:',
      `${setting} is "sqlite:" without a file; give a path or ":memory:", as in "sqlite:path/to/file.db" or "sqlite::memory:".`,
    );
    await expectUrlError(
      'sqlite:app.db?mode=ro',
      `${setting} has a query string ("?..."), but relgraph reads no settings from a SQLite URL; remove it, as in "sqlite:path/to/file.db" or "sqlite::memory:".`,
    );
  });

  it('validates numeric options', async () => {
    const error = await failure('sqlite::memory:', { acquireTimeoutMs: -1 });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('createDriver(url, options): options.acquireTimeoutMs expects a whole number of at least 1, but got: -1.');
  });
});

describe('createDriver: SQLite files', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'rg-url-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('says the directory is missing before SQLite tries to open the file', async () => {
    const file = path.join(directory, 'no', 'such', 'x.db');
    await expectUrlError(
      `sqlite:${file}`,
      `${setting} names the SQLite file "${file}", but the directory "${path.dirname(file)}" does not exist; create it, or fix the path (relgraph creates the file, not its directory).`,
    );
  });

  it('refuses a directory, and a path through a file', async () => {
    await expectUrlError(
      `sqlite:${directory}`,
      `${setting} names the SQLite file "${directory}", but that is a directory; name a file in it, as in "sqlite:${directory}/app.db".`,
    );
    const plain = path.join(directory, 'plain.txt');
    await writeFile(plain, 'not a directory');
    await expectUrlError(
      `sqlite:${plain}/x.db`,
      `${setting} names the SQLite file "${plain}/x.db", but "${plain}" is a file, not a directory; fix the path.`,
    );
  });

  it('refuses a file that is not a SQLite database as a usage error', async () => {
    const text = path.join(directory, 'notes.db');
    await writeFile(text, 'These are notes, not a database. '.repeat(100));
    await expectUrlError(
      `sqlite:${text}`,
      `${setting} names the SQLite file "${text}", but it is not a SQLite database (SQLITE_NOTADB); name a SQLite database file, or a new file for relgraph to create.`,
    );
  });

  it('creates the file when its directory exists', async () => {
    const driver = await createDriver(`sqlite:${path.join(directory, 'new.db')}`);
    try {
      expect((await driver.execute({ sql: 'SELECT 1 AS "one"', params: [], kind: 'select' })).rows).toEqual([{ one: 1 }]);
    } finally {
      await driver.close();
    }
  });
});

describe('createDriver: MySQL URL parameters', () => {
  let directory: string;
  let pem: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'rg-url-'));
    pem = path.join(directory, 'ca.pem');
    await writeFile(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const base = 'mysql://app:s3cret@db:3307/shop';

  it('reads the settings of the query string into driver options', async () => {
    const url = `${base}?ssl=true&connectionLimit=20&timezone=Z&charset=utf8mb4&connectTimeout=5000&queueLimit=0&acquireTimeout=1500&idleTimeout=30000`;
    expect(await mysqlDriverOptions(url, {})).toEqual({
      host: 'db',
      port: 3307,
      user: 'app',
      password: 's3cret',
      database: 'shop',
      ssl: true,
      connectionLimit: 20,
      charset: 'utf8mb4',
      connectTimeoutMs: 5000,
      queueLimit: 0,
      acquireTimeoutMs: 1500,
      idleTimeoutMs: 30000,
    });
  });

  it('turns the TLS parameters into one ssl option, reading the PEM files', async () => {
    const text = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect((await mysqlDriverOptions(`${base}?ssl=false`, {})).ssl).toBe(false);
    expect((await mysqlDriverOptions(`${base}?ssl=no-verify`, {})).ssl).toEqual({ rejectUnauthorized: false });
    expect((await mysqlDriverOptions(`${base}?sslCa=${encodeURIComponent(pem)}`, {})).ssl).toEqual({ ca: text });
    expect((await mysqlDriverOptions(`${base}?ssl=true&sslCa=${pem}&sslCert=${pem}&sslKey=${pem}`, {})).ssl).toEqual({
      ca: text,
      cert: text,
      key: text,
    });
  });

  it('accepts UTC spellings of timezone and utf8mb4 collations of charset', async () => {
    const plain = await mysqlDriverOptions(base, {});
    for (const zone of ['Z', 'utc', '%2B00:00']) expect(await mysqlDriverOptions(`${base}?timezone=${zone}`, {})).toEqual(plain);
    expect((await mysqlDriverOptions(`${base}?charset=UTF8MB4_UNICODE_CI`, {})).charset).toBe('utf8mb4_unicode_ci');
  });

  it('refuses an unknown parameter, listing those it reads, with a did-you-mean', async () => {
    await expectUrlError(
      `${base}?conectionLimit=4`,
      `${setting} has the parameter "conectionLimit", which relgraph does not read; it reads ${parameters}. Did you mean "connectionLimit"?`,
    );
  });

  it('never prints the value of a parameter it does not know, which may be a secret', async () => {
    const error = await failure(`${base}?pass=hunter2`);
    expect(error.message).toBe(`${setting} has the parameter "pass", which relgraph does not read; it reads ${parameters}.`);
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('s3cret');
  });

  it('says what to write instead of parameters other tools read', async () => {
    await expectUrlError(
      `${base}?password=x`,
      `${setting} has the parameter "password", which relgraph does not read; put the user and password before the host, as in "mysql://user:password@host:3306/database".`,
    );
    await expectUrlError(
      `${base}?sslmode=verify-full`,
      `${setting} has the parameter "sslmode", which relgraph does not read; use ssl=true (verify the server), ssl=no-verify or sslCa=/path/to/ca.pem.`,
    );
    await expectUrlError(
      `${base}?multipleStatements=true`,
      `${setting} has the parameter "multipleStatements", which relgraph does not read; relgraph sends one statement at a time and never turns this on.`,
    );
  });

  it('validates each value: type, range and accepted words', async () => {
    const cases: Array<[string, string]> = [
      ['connectionLimit=0', '"connectionLimit=0", but connectionLimit must be a whole number from 1 to 1000'],
      ['connectionLimit=ten', '"connectionLimit=ten", but connectionLimit must be a whole number from 1 to 1000'],
      ['connectionLimit=', '"connectionLimit=", but connectionLimit must be a whole number from 1 to 1000'],
      ['queueLimit=-1', '"queueLimit=-1", but queueLimit must be a whole number from 0 to 100000'],
      ['connectTimeout=5', '"connectTimeout=5", but connectTimeout is in milliseconds and must be a whole number from 100 to 600000'],
      ['acquireTimeout=2.5', '"acquireTimeout=2.5", but acquireTimeout is in milliseconds and must be a whole number from 100 to 600000'],
      [
        'idleTimeout=999999999',
        '"idleTimeout=999999999", but idleTimeout is in milliseconds and must be a whole number from 1000 to 86400000',
      ],
      [
        'ssl=yes',
        '"ssl=yes", but ssl must be true (TLS, verifying the server\'s certificate and host name), false (no TLS) or no-verify (TLS without verifying)',
      ],
      [
        'charset=latin1',
        '"charset=latin1", but relgraph reads and writes text as utf8mb4, so charset must be "utf8mb4", "utf8mb4_general_ci", "utf8mb4_bin", "utf8mb4_unicode_ci", "utf8mb4_unicode_520_ci" or "utf8mb4_0900_ai_ci"',
      ],
      [
        'timezone=%2B02:00',
        '"timezone=+02:00", but relgraph keeps every session and every DATETIME in UTC, so timezone may only be Z (or UTC, +00:00); remove it, and convert times to a local zone in the client',
      ],
    ];
    for (const [query, problem] of cases) await expectUrlError(`${base}?${query}`, `${setting} has ${problem}.`);
  });

  it('refuses a parameter given twice, and contradictory TLS parameters', async () => {
    await expectUrlError(`${base}?ssl=true&ssl=false`, `${setting} has the parameter "ssl" twice; keep one.`);
    await expectUrlError(`${base}?ssl=false&sslCa=${pem}`, `${setting} has "ssl=false" and "sslCa", which needs TLS; remove one of them.`);
    await expectUrlError(
      `${base}?ssl=no-verify&sslCa=${pem}`,
      `${setting} has "ssl=no-verify" and "sslCa", but a CA is only used to verify the server; remove one of them.`,
    );
    await expectUrlError(
      `${base}?sslCert=${pem}`,
      `${setting} has "sslCert" without "sslKey"; give both a client certificate and its key, or neither.`,
    );
  });

  it('names a CA file that is missing or not PEM', async () => {
    const missing = path.join(directory, 'missing.pem');
    await expectUrlError(
      `${base}?sslCa=${missing}`,
      `${setting} has "sslCa=${missing}", but that file does not exist; give the path of a PEM file (relative paths start at "${process.cwd()}").`,
    );
    const text = path.join(directory, 'ca.txt');
    await writeFile(text, 'not a certificate');
    await expectUrlError(
      `${base}?sslCa=${text}`,
      `${setting} has "sslCa=${text}", but that file holds no PEM block ("-----BEGIN ..."); give a PEM file.`,
    );
  });

  it('refuses a setting given in the URL and in the options with different values, naming both', async () => {
    await expectUrlError(
      `${base}?connectionLimit=20`,
      `${setting} has "connectionLimit=20", but createDriver's options also set connectionLimit to 4; set it in one place.`,
      { connectionLimit: 4 },
    );
    await expectUrlError(
      `${base}?connectTimeout=5000`,
      `${setting} has "connectTimeout=5000", but createDriver's options also set connectTimeoutMs to 2000; set it in one place.`,
      { connectTimeoutMs: 2000 },
    );
    const key = '-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\n';
    await expectUrlError(`${base}?ssl=true`, `${setting} has "ssl=true", but createDriver's options also set ssl; set it in one place.`, {
      ssl: { key, rejectUnauthorized: false },
    });
    expect((await mysqlDriverOptions(`${base}?connectionLimit=20`, { connectionLimit: 20 })).connectionLimit).toBe(20);
  });

  it('refuses malformed URLs without echoing them', async () => {
    const escapes = 'percent-encode "@", ":", "/", "?", "#" and "%" in the user and password (as %40, %3A, %2F, %3F, %23 and %25)';
    for (const url of ['mysql://app:pa ss word@db:99999/shop', 'mysql://app:s3cret#1@db/shop']) {
      const error = await failure(url);
      expect(error).toBeInstanceOf(DatabaseUrlError);
      expect(error.message).toBe(
        `${setting} is not a valid mysql:// URL; write it as "mysql://user:password@host:3306/database" with a port from 1 to 65535, and ${escapes}.`,
      );
      expect(error.message).not.toMatch(/pa ss|s3cret/);
      expect(error.cause).toBeUndefined();
    }
    await expectUrlError(
      'mysql://app:s3cret%zz@db/shop',
      `${setting} has a "%" in the password that starts no valid escape; write "%" itself as %25.`,
    );
    await expectUrlError(
      'mysql://app@db:0/shop',
      `${setting} has the port 0; give the port the server listens on (3306 by default), or leave it out.`,
    );
    await expectUrlError(
      'mysql://app@db/shop/extra',
      `${setting} names the database "shop/extra", but a database name has no "/"; give one database after the host, as in "mysql://user:password@host:3306/database".`,
    );
  });
});
