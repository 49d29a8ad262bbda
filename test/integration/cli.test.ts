/**
 * The `relgraph` command as an operator meets it: help and version, exit codes, settings from
 * flags, environment and config file (and their precedence), one-line refusals before
 * listening, structured logs, CORS, metrics, readiness under a dead database, waiting for a
 * database, and SIGTERM. Each test runs the real command in a child process.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertFreshBuild, cleanEnv, deadPort, relgraphBin, runCli, startServe, stopServe } from '../support/cliProcess.js';
import { mariadbFor } from '../support/requireDialect.js';

const repo = process.cwd();
const models = path.join(repo, 'examples/seed/one-to-many.ts');

const cli = (args: readonly string[], env: Record<string, string> = {}, cwd = repo) => runCli(args, { env, cwd });
const serve = (args: readonly string[], env: Record<string, string> = {}, cwd = repo) => startServe(args, { env, cwd });
const stop = stopServe;

function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
}

/** Runs `work` over `items`, `size` at a time (each is a child process), keeping the order. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

const json = (lines: string[]) =>
  lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'rg-cli-'));
  await assertFreshBuild();
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('cli: help, version and exit codes', { timeout: 120_000 }, () => {
  it('prints its version and the commands', async () => {
    const version = await cli(['--version']);
    expect(version).toMatchObject({
      code: 0,
      stdout: `${(await import('../../package.json', { with: { type: 'json' } })).default.version}\n`,
    });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('relgraph serve <models module> --db <url> [options]');
    expect(help.stdout).toContain('Exit codes: 0 success, 1 runtime error');
  });

  it('answers --help and -h on every command, with exit 0', async () => {
    for (const command of ['generate', 'create-tables', 'serve']) {
      for (const flag of ['--help', '-h']) {
        const result = await cli([command, flag]);
        expect(result.code, `${command} ${flag}`).toBe(0);
        expect(result.stdout).toContain(`Usage: relgraph ${command}`);
      }
    }
    const serveHelp = (await cli(['serve', '--help'])).stdout;
    for (const flag of [
      '--pool-size <n>',
      '--max-depth <n>',
      '--max-aliases <n>',
      '--max-cost <n>',
      '--max-tokens <n>',
      '--max-rows <n>',
      '--graphiql, --no-graphiql',
      '--cors-origin <origin>',
      '--log-level <value>',
      '--log-format <value>',
      '--production',
      '--request-timeout <duration>',
      '--shutdown-timeout <duration>',
      '--create-tables',
      '--wait-for-database <duration>',
      '--metrics, --no-metrics',
      '--plan-cache-size <n>',
      '--max-subscriptions <n>',
      '--max-queued-events <n>',
      '--subscription-reads <n>',
      '--config <file>',
    ]) {
      expect(serveHelp).toContain(flag);
    }
  });

  it('refuses an unknown command, option or value with one line and exit 2', async () => {
    const cases: Array<[string[], Record<string, string>, string]> = [
      [['frobnicate'], {}, 'Unknown command "frobnicate".'],
      [['generate'], {}, 'Give the models module: "relgraph generate <models module>".'],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--pool-sise', '3'],
        {},
        'Unknown option "--pool-sise" for "relgraph serve". Did you mean "--pool-size"?',
      ],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--port', 'eighty'],
        {},
        '--port must be an integer from 0 to 65535, but got "eighty".',
      ],
      [['serve', models, '--db', 'sqlite::memory:'], { PORT: '70000' }, 'PORT must be an integer from 0 to 65535, but got 70000.'],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--log-level', 'verbose'],
        {},
        '--log-level must be one of debug, info, warn, error, silent, but got "verbose".',
      ],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--request-timeout', '30'],
        {},
        '--request-timeout must be a duration with a unit, such as "500ms", "30s" or "2m", but got "30".',
      ],
      [['serve', models, '--db', 'sqlite::memory:'], { CORS_ORIGINS: 'https://ok.example,ftp://x' }, 'CORS_ORIGINS takes web origins'],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--pool-size', '4'],
        {},
        '--pool-size applies to MySQL/MariaDB only, but the database (--db) is SQLite',
      ],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--graphiql'],
        { NODE_ENV: 'production' },
        'GraphiQL (--graphiql) cannot be on in production mode (NODE_ENV)',
      ],
      [
        ['serve', models, '--db', 'mysql://u:pw@127.0.0.1:3306/db?connectionLimit=5', '--pool-size', '8'],
        {},
        '--pool-size is 8, but connectionLimit in the database URL (--db) is 5.',
      ],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--read-db', 'mysql://app@127.0.0.1:3306/shop'],
        {},
        'Read replicas (--read-db) are for MySQL and MariaDB, but the database (--db) is not one; drop the replicas.',
      ],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--dialect-profile', 'vitess'],
        {},
        'The dialect profile vitess (--dialect-profile) is for MySQL-protocol servers, but the database (--db) is not one; drop the profile.',
      ],
      [
        ['serve', models, '--db', 'mysql://app@127.0.0.1:3306/shop', '--dialect-profile', 'cockroach'],
        {},
        '--dialect-profile must be one of mysql, tidb, vitess, but got "cockroach".',
      ],
      [['serve', models], {}, 'Give the database URL with --db <url> or DATABASE_URL'],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--plan-cache-size', 'lots'],
        {},
        '--plan-cache-size must be an integer from 1 to 1000000, but got "lots".',
      ],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--subscription-reads', '0'],
        {},
        '--subscription-reads must be an integer from 1 to 1000, but got 0.',
      ],
      [['serve', models, '--db', 'postgres://app:pw@db/x'], {}, 'has the scheme "postgres:", which relgraph does not serve'],
      [['serve', models, '--db', 'notaurl'], {}, 'is not a URL'],
      [
        ['serve', models, '--db', 'sqlite::memory:', '--pubsub', 'nats://user:pw@host:4222'],
        {},
        '--pubsub must be "memory" or a Redis URL (redis://host:port or rediss://host:port), not "nats://user:***@host:4222".',
      ],
    ];
    const results = await inBatches(cases, 4, ([args, env]) => cli(args, env));
    for (const [index, [args, , message]] of cases.entries()) {
      const result = results[index]!;
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('fails a missing SQLite directory and an unreachable database with one line and exit 1, password redacted', async () => {
    const missing = await cli(['serve', models, '--db', 'sqlite:/no/such/dir/x.db']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the directory "/no/such/dir" does not exist');
    const port = await deadPort();
    const started = Date.now();
    const down = await cli(['serve', models, '--db', `mysql://app:s3cretpw@127.0.0.1:${port}/shop`]);
    expect(down.code).toBe(1);
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
    expect(down.stderr).toContain('ECONNREFUSED');
    expect(down.stderr).not.toContain('s3cretpw');
    expect(Date.now() - started).toBeLessThan(15_000);
    const pubsubPort = await deadPort();
    const noRedis = await cli(['serve', models, '--db', 'sqlite::memory:', '--pubsub', `redis://app:s3cretpw@127.0.0.1:${pubsubPort}`]);
    expect(noRedis.code).toBe(1);
    expect(noRedis.stderr.trim().split('\n')).toHaveLength(1);
    expect(noRedis.stderr).toContain(
      'The pub/sub Redis (--pubsub or RELGRAPH_PUBSUB) cannot work: cannot reach the pub/sub Redis at redis://app:***@',
    );
    expect(noRedis.stderr).toContain('ECONNREFUSED');
    expect(noRedis.stderr).not.toContain('s3cretpw');
  });

  it('exits 1 with the problem when a models module cannot load', async () => {
    const file = path.join(directory, 'broken.mjs');
    await writeFile(file, 'export default 42;\n');
    const result = await cli(['generate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('must export its declarative base (or its MetaData) as the default export');
  });
});

describe("cli: a models module's inflection export", { timeout: 120_000 }, () => {
  it('names the generated fields for generate and serve, and a misspelt function is refused with a did-you-mean', async () => {
    // Beside the seeds, so that its `import ... from 'relgraph'` resolves to this package.
    const file = path.join(repo, '.tmp', `inflection-${process.pid}.mjs`);
    const module = (inflection: string) => `import { Column, Integer, declarativeBase } from 'relgraph';
const Base = declarativeBase();
Base.model('Staff', { tableName: 'staff', id: Column(Integer, { primaryKey: true }) });
export const inflection = ${inflection};
export default Base;
`;
    await mkdir(path.dirname(file), { recursive: true });
    try {
      await writeFile(file, module(`{ listField: (model) => 'every' + model.name }`));
      const generated = await cli(['generate', file]);
      expect(generated.code, generated.stderr).toBe(0);
      expect(generated.stdout).toContain('everyStaff(');
      expect(generated.stdout).not.toContain('allStaff(');
      const served = await serve([file, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1']);
      const body = (await (await post(served.url, '{ everyStaff { id } }')).json()) as { data?: unknown };
      expect(await stop(served)).toBe(0);
      expect(body.data).toEqual({ everyStaff: [] });
      await writeFile(file, module(`{ listFeild: (model) => model.name }`));
      const refused = await cli(['generate', file]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(/exports inflection\.listFeild, which is not an inflection function\. Did you mean "listField"/);
    } finally {
      await rm(file, { force: true });
    }
  });
});

describe('cli: settings', { timeout: 120_000 }, () => {
  it('honours PORT and HOST, and a flag wins over the environment', async () => {
    const port = await deadPort();
    const fromEnv = await serve([models, '--db', 'sqlite::memory:', '--create-tables'], { PORT: String(port), HOST: '127.0.0.1' });
    expect(fromEnv.url).toBe(`http://127.0.0.1:${port}/graphql`);
    expect(await stop(fromEnv)).toBe(0);
    const flagWins = await serve([models, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1'], {
      PORT: String(port),
    });
    expect(flagWins.url).not.toBe(`http://127.0.0.1:${port}/graphql`);
    expect(await stop(flagWins)).toBe(0);
  });

  it('reads a JSON config file and a TypeScript one, below the environment and flags', async () => {
    const project = await mkdtemp(path.join(directory, 'config-'));
    await writeFile(
      path.join(project, 'relgraph.config.json'),
      JSON.stringify({ models, db: 'sqlite::memory:', createTables: true, port: 0, host: '127.0.0.1', maxDepth: 2, logLevel: 'warn' }),
    );
    const served = await serve([], { LOG_LEVEL: 'info' }, project);
    // maxDepth 2 from the file: a depth-3 query is refused.
    const deep = (await (await post(served.url, '{ parents { children { id } } }')).json()) as {
      errors?: Array<{ extensions: { code: string } }>;
    };
    expect(deep.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    // LOG_LEVEL=info from the environment beats the file's warn: the "listening" line is info.
    expect(json(served.lines()).some((line) => line['msg'] === `listening on ${served.url}`)).toBe(true);
    expect(await stop(served)).toBe(0);

    await writeFile(
      path.join(project, 'settings.ts'),
      `const config: { port: number; host: string; db: string; models: string; createTables: boolean; maxDepth: number } = { port: 0, host: '127.0.0.1', db: 'sqlite::memory:', models: ${JSON.stringify(models)}, createTables: true, maxDepth: 2 };\nexport default config;\n`,
    );
    const typed = await serve(['--config', 'settings.ts', '--max-depth', '6'], {}, project);
    const allowed = (await (await post(typed.url, '{ parents { children { id } } }')).json()) as { errors?: unknown };
    expect(allowed.errors).toBeUndefined();
    expect(await stop(typed)).toBe(0);

    await writeFile(path.join(project, 'bad.json'), JSON.stringify({ models, db: 'sqlite::memory:', maxDepht: 3 }));
    const bad = await cli(['serve', '--config', 'bad.json'], {}, project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json has an unknown setting "maxDepht". Did you mean "maxDepth"');
  });
});

describe('cli: serving', { timeout: 120_000 }, () => {
  it('logs JSON, no line per request at info, an access log when asked, and slow requests at warn', async () => {
    const quiet = await serve([
      models,
      '--db',
      'sqlite::memory:',
      '--create-tables',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--log-format',
      'json',
    ]);
    await post(quiet.url, '{ parents { id } }');
    expect(await stop(quiet)).toBe(0);
    const quietLines = json(quiet.lines());
    expect(quietLines.length).toBe(quiet.lines().length);
    expect(quietLines.filter((line) => line['msg'] === 'request')).toHaveLength(0);

    const loud = await serve([
      models,
      '--db',
      'sqlite::memory:',
      '--create-tables',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--access-log',
      '--slow-request',
      '0ms',
    ]);
    const response = await post(loud.url, 'query Parents { parents { id children { id } } }', { 'x-request-id': 'abc-123' });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(await stop(loud)).toBe(0);
    const slow = json(loud.lines()).find((line) => line['requestId'] === 'abc-123');
    expect(slow).toMatchObject({ level: 'warn', operation: 'query Parents', status: 200, statements: 1 });
    expect(typeof slow?.['durationMs']).toBe('number');
  });

  it('logs SQL at debug without parameter values unless asked', async () => {
    for (const withParams of [false, true]) {
      const served = await serve([
        models,
        '--db',
        'sqlite::memory:',
        '--create-tables',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--log-level',
        'debug',
        ...(withParams ? ['--log-sql-params'] : []),
      ]);
      await post(served.url, '{ parent(id: 424242) { id } }');
      await stop(served);
      const sql = json(served.lines()).filter((line) => String(line['msg']).startsWith('SQL SELECT'));
      expect(sql.length).toBeGreaterThan(0);
      expect(JSON.stringify(sql).includes('424242')).toBe(withParams);
    }
  });

  it('sends no CORS headers by default, and only to listed origins when configured', async () => {
    const closed = await serve([models, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1']);
    const evil = await post(closed.url, '{ parents { id } }', { origin: 'https://evil.example', cookie: 'session=1' });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    await stop(closed);

    const open = await serve([
      models,
      '--db',
      'sqlite::memory:',
      '--create-tables',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--cors-origin',
      'https://app.example',
      '--cors-origin',
      'http://localhost:3000',
    ]);
    const good = await post(open.url, '{ parents { id } }', { origin: 'https://app.example' });
    expect(good.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(good.headers.get('access-control-allow-credentials')).toBe('true');
    expect(good.headers.get('vary')).toContain('Origin');
    const preflight = await fetch(open.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await post(open.url, '{ parents { id } }', { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await stop(open);
  });

  it('serves Prometheus metrics, and turns them off with --no-metrics', async () => {
    const served = await serve([models, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1']);
    await post(served.url, '{ parents { id children { id } } }');
    await post(served.url, '{ parents { nosuchfield } }');
    await post(served.url, 'mutation { createParent(input: { id: 1 }) { id } }');
    const text = await (await fetch(`${served.base}/metrics`)).text();
    expect(text).toMatch(/relgraph_requests_total\{operation="query",outcome="ok"\} 1/);
    expect(text).toMatch(/relgraph_requests_total\{operation="none",outcome="client_error"\} 1/);
    expect(text).toMatch(/relgraph_requests_total\{operation="mutation",outcome="ok"\} 1/);
    expect(text).toMatch(/relgraph_statements_total \d+/);
    expect(text).toContain('relgraph_request_duration_seconds_bucket');
    expect(text).toContain('relgraph_transaction_retries_total 0');
    await stop(served);
    const off = await serve([models, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1', '--no-metrics']);
    expect((await fetch(`${off.base}/metrics`)).status).toBe(404);
    await stop(off);
  });

  it('takes the subscription limits as settings: a subscription past --max-subscriptions is refused', async () => {
    const served = await serve([models, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1'], {
      RELGRAPH_MAX_SUBSCRIPTIONS: '1',
    });
    const subscribe = (signal?: AbortSignal) =>
      fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { parentChanged { id } }' }),
        ...(signal ? { signal } : {}),
      });
    const first = new AbortController();
    const open = await subscribe(first.signal);
    expect(open.status).toBe(200);
    // The first one listens (its stream stays open); the second is over the limit.
    const refused = await (await subscribe()).text();
    expect(refused).toContain('SUBSCRIPTION_LIMIT');
    first.abort();
    await stop(served);
  });

  it('turns GraphiQL off in production and says nothing about it', async () => {
    const served = await serve([models, '--db', 'sqlite::memory:', '--create-tables', '--port', '0', '--host', '127.0.0.1'], {
      NODE_ENV: 'production',
    });
    expect(served.lines().join('\n')).not.toContain('GraphiQL');
    const page = await fetch(served.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
    await stop(served);
  });

  it('logs an unexpected error with the request id the response carries; the cause only outside production', async () => {
    for (const production of [false, true]) {
      const db = path.join(directory, `drift-${production}.db`);
      // The table does not match the declaration: "name" is missing.
      const { default: Database } = await import('better-sqlite3');
      const raw = new Database(db);
      raw.exec(
        'CREATE TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY); CREATE TABLE IF NOT EXISTS child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id), name TEXT)',
      );
      raw.close();
      // --no-check: the start-up check would refuse this table (see the test below).
      const served = await serve(
        [models, '--db', `sqlite:${db}`, '--no-check', '--port', '0', '--host', '127.0.0.1'],
        production ? { NODE_ENV: 'production' } : {},
      );
      const response = await post(served.url, 'query Broken { parents { id name } }');
      const body = (await response.json()) as {
        errors: Array<{ message: string; extensions: Record<string, unknown> }>;
        extensions?: { requestId?: string };
      };
      await stop(served);
      const error = body.errors[0]!;
      expect(error.message).toBe('Unexpected error.');
      expect(error.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
      const requestId = response.headers.get('x-request-id');
      expect(error.extensions['requestId']).toBe(requestId);
      expect(body.extensions?.requestId).toBe(requestId);
      expect(JSON.stringify(body).includes('no such column')).toBe(!production);
      const logged = json(served.lines()).find((line) => line['level'] === 'error');
      expect(logged).toMatchObject({ requestId, operation: 'query Broken', path: 'parents', statements: 1 });
      expect(typeof logged?.['durationMs']).toBe('number');
      expect(String(logged?.['msg'])).toContain('no such column');
    }
  });

  it('refuses to serve declarations the database lacks, one line each with the fix; relgraph check says the same', async () => {
    const db = path.join(directory, 'drift-check.db');
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.exec(
      'CREATE TABLE IF NOT EXISTS parent (id INTEGER PRIMARY KEY); CREATE TABLE IF NOT EXISTS child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id), name TEXT NOT NULL)',
    );
    raw.close();
    const lacking =
      'relgraph: Model Parent: table "parent" has no column "name" (Parent.name). Add it to the table, or remove Parent.name from the declarations.';
    const refused = await cli(['serve', models, '--db', `sqlite:${db}`, '--port', '0']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the declarations need what the database lacks (--no-check skips this check):');
    expect(refused.stderr).toContain(lacking.replace('relgraph: ', ''));
    const checked = await cli(['check', models, '--db', `sqlite:${db}`]);
    expect(checked.code).toBe(1);
    expect(checked.stderr.split('\n')).toContain(lacking);
    // A mere difference is a warning: child.name is declared nullable but is NOT NULL here.
    expect(checked.stderr).toMatch(/relgraph: warning: Child\.name is declared nullable, but the column is NOT NULL without a default/);
    expect(checked.stderr).toContain('relgraph: the database lacks 1 thing the declarations need.');
    const fine = await cli(['check', models, '--db', 'sqlite::memory:']);
    expect(fine.code).toBe(1);
    expect(fine.stderr).toContain('the database has no table "parent"');
  });

  it('finishes a request in flight on SIGTERM, then exits 0', async () => {
    const served = await serve([
      models,
      '--db',
      'sqlite::memory:',
      '--create-tables',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--log-level',
      'info',
    ]);
    // A slow client: the body arrives after the signal.
    const { request } = await import('node:http');
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(served.url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.write('{"query":"{ parents');
      setTimeout(() => {
        served.child.kill('SIGTERM');
        setTimeout(() => req.end(' { id } }"}'), 300);
      }, 200);
    });
    expect(await answer).toBe(200);
    expect(await served.exited).toBe(0);
    expect(json(served.lines()).map((line) => line['msg'])).toEqual(
      expect.arrayContaining(['shutting down: finishing requests in flight, then closing the database pool', 'stopped']),
    );
  });
});

const mariadb = mariadbFor('cli: serves MariaDB with a pool size');

describe('cli: the database', { timeout: 120_000 }, () => {
  it('waits for a database that is down with --wait-for-database: /health 200, /ready 503, then gives up with exit 1', async () => {
    const port = await deadPort();
    const listenPort = await deadPort();
    const child = spawn(
      process.execPath,
      [
        relgraphBin,
        'serve',
        models,
        '--db',
        `mysql://app:pw@127.0.0.1:${port}/x`,
        '--port',
        String(listenPort),
        '--host',
        '127.0.0.1',
        '--wait-for-database',
        '3s',
      ],
      { cwd: repo, env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let health: number | undefined;
    for (let i = 0; i < 40 && health === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      health = await fetch(`http://127.0.0.1:${listenPort}/health`).then(
        (r) => r.status,
        () => undefined,
      );
    }
    expect(health).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${listenPort}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect((await fetch(`http://127.0.0.1:${listenPort}/graphql`, { method: 'POST' })).status).toBe(503);
    expect(await exited).toBe(1);
    expect(output).toContain('waiting for the database');
    expect(output).toContain('ECONNREFUSED');
  });

  it.runIf(mariadb)('serves MariaDB with a pool size, and refuses declarations the database cannot hold, exiting at once', async () => {
    const location = await mariadb!.createDatabase();
    try {
      const served = await serve([
        models,
        '--db',
        location.url,
        '--create-tables',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--pool-size',
        '3',
      ]);
      const body = (await (await post(served.url, '{ parents { id children { id } } }')).json()) as { data?: unknown };
      expect(body.data).toEqual({ parents: [] });
      expect(await stop(served)).toBe(0);
      // A link table without a key, in the database: refused at startup, and the process exits.
      await mariadb!.admin!.query(
        `CREATE TABLE \`${new URL(location.url).pathname.slice(1)}\`.association_nokey (left_id INT, right_id INT)`,
      );
      const file = path.join(directory, 'nokey.mjs');
      await writeFile(
        file,
        `import { Column, ForeignKey, Integer, Table, declarativeBase, relationship } from ${JSON.stringify(path.join(repo, 'dist/index.js'))};
const Base = declarativeBase();
const link = Table('association_nokey', Base.metadata, Column('left_id', Integer, ForeignKey('left_side.id')), Column('right_id', Integer, ForeignKey('right_side.id')));
Base.model('Left', { tableName: 'left_side', id: Column(Integer, { primaryKey: true }), rights: relationship('Right', { secondary: link }) });
Base.model('Right', { tableName: 'right_side', id: Column(Integer, { primaryKey: true }) });
export default Base;
`,
      );
      const started = Date.now();
      const refused = await cli(['serve', file, '--db', location.url, '--port', '0', '--host', '127.0.0.1']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('association_nokey');
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await location.drop();
    }
  });
});
