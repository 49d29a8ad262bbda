/**
 * The published package, as a user installs it: `npm pack` (which builds dist/), then the
 * tarball installed with production dependencies only into fresh projects in the system's temp
 * directory (an ES module project, a CommonJS one, and a TypeScript one that adds the user's own
 * typescript and @types/node), so that nothing resolves from this repository's node_modules.
 * Then a JavaScript app, a TypeScript app and the installed `relgraph` command run there, and
 * every declaration error `relgraph serve` can meet must end it at once, on every dialect.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/dialect/createDriver.js';
import { DIALECTS, selectRows, type TestDialect } from '../support/index.js';
import { commonJsModels, javaScriptApp, typeScriptApp, typeScriptConfig, wrongPolicyApp } from './apps.js';
import {
  betterSqlitePrebuild,
  engineWarnings,
  installInto,
  looksLikeStackTrace,
  packRepository,
  repositoryRoot,
  repositoryVersionOf,
  run,
  startServe,
  type Finished,
  type PackedPackage,
} from './installedPackage.js';
import { locate, moduleSource, notThroughTheCli, wrongDeclarations } from './wrongDeclarations.js';

/**
 * A refused `relgraph serve` must exit at once: within `lingerBoundMs` of printing why, and
 * within `exitBoundMs` in all (it is killed then; a loaded CI machine may start Node slowly). A
 * started one must stop within `exitBoundMs` of SIGTERM.
 */
const lingerBoundMs = 5_000;
const exitBoundMs = 30_000;
const seed = 'examples/seed/many-to-many-back-populates';
/**
 * Typings that fail `tsc` with skipLibCheck off under strict TypeScript 5.9 with Node 20's types,
 * whoever uses graphql-yoga: @whatwg-node's and yoga's use `URLPattern` (not in @types/node 20
 * nor lib.dom) and `AsyncDisposableStack` (lib esnext.disposable), and lru-cache 10's iterators
 * break `strictBuiltinIteratorReturn`. Any other file with an error fails the test.
 */
const upstreamTypings = /^node_modules\/(graphql-yoga|@whatwg-node\/[^/]+|lru-cache)\//;

let root: string;
let packed: PackedPackage;
const projects = { esm: '', cjs: '', ts: '' };
const installs: Partial<Record<keyof typeof projects, Finished>> = {};
let goldenSdl: string;
/** Set when the npm registry could not be reached outside CI: every test is skipped with it. */
let unavailable: string | undefined;

const relgraph = (project: string) => path.join(project, 'node_modules', '.bin', 'relgraph');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rg-package-'));
  // Three installed projects take some 400 MB: gone with the test process, even if it is cut short.
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  packed = await packRepository(root);
  const prebuilds = path.join(root, 'prebuilds');
  await mkdir(prebuilds);
  const env = await betterSqlitePrebuild(prebuilds, await repositoryVersionOf('better-sqlite3'));
  for (const name of Object.keys(projects) as Array<keyof typeof projects>) {
    projects[name] = path.join(root, name);
    await mkdir(projects[name]);
  }
  const toolchain = [`typescript@${await repositoryVersionOf('typescript')}`, `@types/node@${await repositoryVersionOf('@types/node')}`];
  try {
    [installs.esm, installs.cjs, installs.ts] = await Promise.all([
      installInto(projects.esm, packed.tarball, { type: 'module', env }),
      installInto(projects.cjs, packed.tarball, { env }),
      installInto(projects.ts, packed.tarball, { type: 'module', env, extra: toolchain }),
    ]);
  } catch (error) {
    const message = (error as Error).message;
    if (process.env['CI'] === 'true' || !/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/.test(message)) throw error;
    unavailable = `the npm registry is unreachable (${/E[A-Z_]+/.exec(message)?.[0]}), so the tarball cannot be installed`;
    console.warn(`[relgraph tests] package tests skipped: ${unavailable}.`);
    return;
  }
  goldenSdl = await readFile(path.join(repositoryRoot, `${seed}.graphql`), 'utf8');
  const seedModels = await readFile(path.join(repositoryRoot, `${seed}.ts`), 'utf8');
  for (const extension of ['.ts', '.mts', '.mjs']) {
    await writeFile(path.join(projects.esm, `models${extension}`), seedModels);
    await writeFile(path.join(projects.cjs, `models${extension}`), seedModels);
  }
  await writeFile(path.join(projects.esm, 'models.js'), seedModels);
  await writeFile(path.join(projects.cjs, 'models.js'), commonJsModels);
  await mkdir(path.join(projects.esm, 'wrong'));
  for (const wrong of wrongDeclarations) await writeFile(path.join(projects.esm, 'wrong', `${wrong.code}.mjs`), moduleSource(wrong));
}, 600_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

beforeEach((context) => {
  if (unavailable) context.skip(unavailable);
});

describe('package: the tarball', () => {
  it('holds the build with its declarations, the CLI, the docs and the license, and no tests', async () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'docs/errors.md',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/cli/bin.js',
        'dist/cli/typeScriptAsModule.js',
      ]),
    );
    expect(packed.files.filter((file) => /^(test|bench|scripts|examples|node_modules|\.ci)\//.test(file))).toEqual([]);
    const bin = await readFile(path.join(projects.esm, 'node_modules', 'relgraph', 'dist', 'cli', 'bin.js'), 'utf8');
    expect(bin.split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('installs on this Node without an engine warning', () => {
    const warnings = Object.values(installs).flatMap((install) => engineWarnings(install.stderr));
    expect([...new Set(warnings)]).toEqual([]);
  });
});

describe('package: a JavaScript app', () => {
  it('declares models, creates the tables, and answers a nested query and a link mutation over HTTP on SQLite', async () => {
    const file = path.join(projects.esm, 'app.db');
    await writeFile(path.join(projects.esm, 'app.mjs'), javaScriptApp);
    const finished = await run(process.execPath, ['app.mjs', file], { cwd: projects.esm, timeoutMs: 30_000 });
    expect(finished.stderr).toBe('');
    expect(finished.code).toBe(0);
    expect((JSON.parse(finished.stdout) as Array<Record<string, unknown>>).map(withoutExplain)).toEqual([
      { status: 200, data: { createParent: { id: 1 }, createChild: { id: 3 } } },
      { status: 200, data: { addParentChild: { name: 'Ada', children: [{ name: 'Bo' }, { name: 'Cy' }, { name: 'Di' }] } } },
      {
        status: 200,
        data: {
          parents: [
            {
              name: 'Ada',
              children: [
                { name: 'Bo', parents: [{ name: 'Ada' }] },
                { name: 'Cy', parents: [{ name: 'Ada' }] },
                { name: 'Di', parents: [{ name: 'Ada' }] },
              ],
            },
          ],
        },
      },
    ]);
    expect(await associationRows(`sqlite:${file}`)).toEqual([
      { left_id: 1, right_id: 1 },
      { left_id: 1, right_id: 2 },
      { left_id: 1, right_id: 3 },
    ]);
  }, 60_000);
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: createHandler of the installed package`, () => {
    it(
      'raises invalid-policy for a policy naming a missing model, and the app exits once it closes the driver',
      async () => {
        const database = await databaseFor(dialect, 'policy');
        try {
          await writeFile(path.join(projects.esm, 'policy.mjs'), wrongPolicyApp);
          const finished = await run(process.execPath, ['policy.mjs', database.url], { cwd: projects.esm, timeoutMs: exitBoundMs });
          expect(finished.timedOut).toBe(false);
          expect(finished.lingeredMs).toBeLessThan(lingerBoundMs);
          expect(finished.stderr).toBe('');
          expect(finished.code).toBe(0);
          expect(JSON.parse(finished.stdout)).toEqual([
            {
              code: 'invalid-policy',
              message: 'Policy: "Parnt" is not a model. Did you mean "Parent"? Name rules after the models declared with Base.model().',
            },
          ]);
        } finally {
          await database.drop();
        }
      },
      2 * exitBoundMs,
    );
  });
}

describe('package: a TypeScript app', () => {
  const tsc = (config: string) =>
    run(process.execPath, [path.join('node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: projects.ts, timeoutMs: 60_000 });

  it('type-checks against the shipped declarations, strict', async () => {
    await writeFile(path.join(projects.ts, 'app.ts'), typeScriptApp('graphiql: false,'));
    await writeFile(path.join(projects.ts, 'tsconfig.json'), typeScriptConfig('app.ts', { skipLibCheck: true }));
    const finished = await tsc('tsconfig.json');
    expect(finished.stdout + finished.stderr).toBe('');
    expect(finished.code).toBe(0);
  }, 90_000);

  it("finds no error in relgraph's declarations with skipLibCheck off, only the known ones of graphql-yoga's typings", async () => {
    await writeFile(path.join(projects.ts, 'app.ts'), typeScriptApp('graphiql: false,'));
    await writeFile(path.join(projects.ts, 'tsconfig.libcheck.json'), typeScriptConfig('app.ts', { skipLibCheck: false }));
    const finished = await tsc('tsconfig.libcheck.json');
    const errors = finished.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(finished.code === 0 || errors.length > 0, finished.stdout + finished.stderr).toBe(true);
    expect(errors.filter((line) => !upstreamTypings.test(line))).toEqual([]);
  }, 90_000);

  it('fails to type-check on a misspelt createHandler option, naming it', async () => {
    const source = typeScriptApp('graphiqll: false,');
    const line = source.split('\n').findIndex((text) => text.includes('graphiqll')) + 1;
    await writeFile(path.join(projects.ts, 'wrong.ts'), source);
    await writeFile(path.join(projects.ts, 'tsconfig.wrong.json'), typeScriptConfig('wrong.ts', { skipLibCheck: true }));
    const finished = await tsc('tsconfig.wrong.json');
    expect(finished.code).toBe(2);
    const errors = finished.stdout.split('\n').filter((text) => text.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^wrong\\.ts\\(${line},\\d+\\): error TS\\d+: .*'graphiqll' does not exist in type 'HandlerOptions'`),
    );
  }, 90_000);
});

describe('package: models modules', () => {
  const kinds = [
    ['an ES module', 'esm'],
    ['a CommonJS', 'cjs'],
  ] as const;
  for (const [kind, project] of kinds) {
    for (const extension of ['.ts', '.mts', '.js', '.mjs']) {
      it.concurrent(`load from ${extension} in ${kind} project: relgraph generate prints the seed's schema`, async ({ expect }) => {
        const finished = await run(relgraph(projects[project]), ['generate', `models${extension}`], {
          cwd: projects[project],
          timeoutMs: 30_000,
        });
        expect(finished.stderr).toBe('');
        expect(finished.code).toBe(0);
        expect(finished.stdout).toBe(goldenSdl);
      }, 60_000);
    }
  }
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the installed relgraph command`, () => {
    for (const extension of ['.ts', '.mjs']) {
      it(`creates the tables and serves /graphql from a ${extension} models module, then exits 0 on SIGTERM`, async () => {
        const database = await databaseFor(dialect, `serve${extension.replace('.', '-')}`);
        const cwd = projects.esm;
        try {
          const created = await run(relgraph(cwd), ['create-tables', `models${extension}`, '--db', database.url], {
            cwd,
            timeoutMs: 30_000,
          });
          expect(created.code, created.stderr).toBe(0);
          expect(looksLikeStackTrace(created.stderr)).toBe(false);
          expect(await tableNames(dialect, database.url)).toEqual(['association', 'left', 'right']);

          const serving = await startServe(
            relgraph(cwd),
            ['serve', `models${extension}`, '--db', database.url, '--port', '0', '--host', '127.0.0.1'],
            { cwd, timeoutMs: 30_000 },
          );
          let stopped: Finished | undefined;
          try {
            const graphql = (query: string) => post(serving.url, query);
            expect(
              await graphql(
                'mutation { createParent(input: { name: "Ada", children: { create: [{ name: "Bo" }] } }) { id } createChild(input: { name: "Cy" }) { id } }',
              ),
            ).toEqual({ data: { createParent: { id: 1 }, createChild: { id: 2 } } });
            expect(await graphql('mutation { addParentChild(id: 1, childId: 2) { children { name } } }')).toEqual({
              data: { addParentChild: { children: [{ name: 'Bo' }, { name: 'Cy' }] } },
            });
            expect(await graphql('{ children { name parents { name children { name } } } }')).toEqual({
              data: {
                children: [
                  { name: 'Bo', parents: [{ name: 'Ada', children: [{ name: 'Bo' }, { name: 'Cy' }] }] },
                  { name: 'Cy', parents: [{ name: 'Ada', children: [{ name: 'Bo' }, { name: 'Cy' }] }] },
                ],
              },
            });
            expect(await (await fetch(serving.url.replace(/\/graphql$/, '/ready'))).text()).toBe('ready');
          } finally {
            stopped = await serving.stop('SIGTERM', exitBoundMs);
          }
          expect(stopped.timedOut).toBe(false);
          expect(stopped.lingeredMs).toBeLessThan(lingerBoundMs);
          expect(stopped.code).toBe(0);
          expect(looksLikeStackTrace(stopped.stderr), stopped.stderr).toBe(false);
          expect(await associationRows(database.url)).toEqual([
            { left_id: 1, right_id: 1 },
            { left_id: 1, right_id: 2 },
          ]);
        } finally {
          await database.drop();
        }
      }, 90_000);
    }
  });
}

describe('package: docs/errors.md', () => {
  it('has a refusal test for each code, through relgraph serve or, where serve cannot meet it, createHandler', async () => {
    const docs = await readFile(path.join(projects.esm, 'node_modules', 'relgraph', 'docs', 'errors.md'), 'utf8');
    const documented = [...docs.matchAll(/^## ([a-z-]+)$/gm)].map((match) => match[1]).sort();
    const covered = [...wrongDeclarations.map((wrong) => wrong.code), ...Object.keys(notThroughTheCli)].sort();
    expect(covered).toEqual(documented);
  });
});

for (const dialect of DIALECTS) {
  describe.concurrent(`${dialect.name}: relgraph serve refusing wrong declarations`, () => {
    for (const wrong of wrongDeclarations) {
      it(
        `exits 1 at once on ${wrong.code}, printing the whole message and no stack trace`,
        async ({ expect }) => {
          const file = `wrong/${wrong.code}.mjs`;
          const database = await databaseFor(dialect, `wrong-${wrong.code}`);
          try {
            // --create-tables: on name-clash, the tables are created (the pool is busy) before the refusal.
            const finished = await run(relgraph(projects.esm), ['serve', file, '--db', database.url, '--port', '0', '--create-tables'], {
              cwd: projects.esm,
              timeoutMs: exitBoundMs,
            });
            expect(finished.timedOut, `still running after ${exitBoundMs} ms, having printed:\n${finished.stderr}`).toBe(false);
            expect(finished.lingeredMs).toBeLessThan(lingerBoundMs);
            expect(finished.code).toBe(1);
            expect(finished.stdout).toBe('');
            expect(finished.stderr).toContain(`${wrong.message(locate(wrong, file))}\n`);
            expect(looksLikeStackTrace(finished.stderr), finished.stderr).toBe(false);
          } finally {
            await database.drop();
          }
        },
        2 * exitBoundMs,
      );
    }

    it(
      'serves a secondary table without a key in the database, warning with the fix, and stores a link once',
      async ({ expect }) => {
        const database = await databaseFor(dialect, 'keyless-link');
        try {
          await createKeylessLinkTables(dialect, database.url);
          const cwd = projects.esm;
          const serving = await startServe(
            relgraph(cwd),
            ['serve', 'models.mjs', '--db', database.url, '--port', '0', '--host', '127.0.0.1'],
            { cwd, timeoutMs: 30_000 },
          );
          let stopped: Finished | undefined;
          try {
            const graphql = (query: string) => post(serving.url, query);
            expect(
              await graphql('mutation { createParent(input: { name: "Ada" }) { id } createChild(input: { name: "Bo" }) { id } }'),
            ).toEqual({ data: { createParent: { id: 1 }, createChild: { id: 1 } } });
            // The second add meets the link the first stored: without a key, relgraph checks before it inserts.
            for (let i = 0; i < 2; i++) {
              expect(await graphql('mutation { addParentChild(id: 1, childId: 1) { children { name } } }')).toEqual({
                data: { addParentChild: { children: [{ name: 'Bo' }] } },
              });
            }
          } finally {
            stopped = await serving.stop('SIGTERM', exitBoundMs);
          }
          expect(stopped.code).toBe(0);
          const fix =
            dialect.name === 'sqlite'
              ? 'CREATE UNIQUE INDEX association_link_key ON association (left_id, right_id)'
              : 'ALTER TABLE association ADD PRIMARY KEY (left_id, right_id)';
          // Not a terminal: the log is JSON lines.
          const warnings = stopped.stderr
            .split('\n')
            .filter((line) => line.startsWith('{'))
            .map((line) => JSON.parse(line) as { level: string; msg: string })
            .filter((line) => line.level === 'warn');
          expect(warnings.map((line) => line.msg)).toEqual([
            `Link table "association" has no primary key or unique index over (left_id, right_id): links kept unique by locking and checking before insert, up to two statements more per add. A key makes that unnecessary: ${fix}.`,
          ]);
          expect(looksLikeStackTrace(stopped.stderr), stopped.stderr).toBe(false);
          expect(await linkRows(dialect, database.url)).toBe(1);
        } finally {
          await database.drop();
        }
      },
      2 * exitBoundMs,
    );
  });
}

/** A fresh database: a SQLite file in the temp directory, or a MariaDB database of its own. */
async function databaseFor(dialect: TestDialect, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect.name === 'sqlite') return { url: `sqlite:${path.join(root, `${name}.db`)}`, drop: async () => undefined };
  return dialect.createDatabase();
}

async function tableNames(dialect: TestDialect, url: string): Promise<string[]> {
  const driver = await createDriver(url);
  try {
    const sql =
      dialect.name === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name';
    return (await selectRows(driver, sql)).map((row) => String(row['name']));
  } finally {
    await driver.close();
  }
}

/** The rows of the seed's `association` table, read with plain SQL after the app or server has gone. */
async function associationRows(url: string): Promise<Array<Record<string, unknown>>> {
  const driver = await createDriver(url);
  try {
    return await selectRows(driver, 'SELECT left_id, right_id FROM association ORDER BY left_id, right_id');
  } finally {
    await driver.close();
  }
}

/** The seed's tables as another tool might create them: `association` without any key. */
/** The rows of the `association` table. */
async function linkRows(dialect: TestDialect, url: string): Promise<number> {
  const driver = await createDriver(url);
  try {
    const { rows } = await driver.execute({
      sql: `SELECT COUNT(*) AS n FROM ${dialect.name === 'mariadb' ? '`association`' : '"association"'}`,
      params: [],
      kind: 'select',
    });
    return Number(rows[0]!['n']);
  } finally {
    await driver.close();
  }
}

async function createKeylessLinkTables(dialect: TestDialect, url: string): Promise<void> {
  const q = (name: string) => (dialect.name === 'mariadb' ? `\`${name}\`` : `"${name}"`);
  const driver = await createDriver(url);
  try {
    for (const table of ['left', 'right']) {
      // As relgraph would number them: SQLite's INTEGER PRIMARY KEY numbers itself, MariaDB's needs AUTO_INCREMENT.
      const key = dialect.name === 'mariadb' ? 'INTEGER PRIMARY KEY AUTO_INCREMENT' : 'INTEGER PRIMARY KEY';
      await driver.execute({ sql: `CREATE TABLE ${q(table)} (${q('id')} ${key}, ${q('name')} VARCHAR(50))`, params: [], kind: 'ddl' });
    }
    await driver.execute({
      sql: `CREATE TABLE ${q('association')} (${q('left_id')} INTEGER REFERENCES ${q('left')} (${q('id')}), ${q('right_id')} INTEGER REFERENCES ${q('right')} (${q('id')}))`,
      params: [],
      kind: 'ddl',
    });
  } finally {
    await driver.close();
  }
}

/**
 * The answer's `data` and `errors`: outside production `relgraph serve` adds
 * `extensions.relgraph` (which executor answered, its statements), which these tests do not pin.
 */
async function post(url: string, query: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return withoutExplain((await response.json()) as Record<string, unknown>);
}

function withoutExplain(answer: Record<string, unknown>): Record<string, unknown> {
  const { extensions, ...rest } = answer as { extensions?: Record<string, unknown> };
  const { relgraph: _relgraph, ...others } = extensions ?? {};
  return Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest;
}
