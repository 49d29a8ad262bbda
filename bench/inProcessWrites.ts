/**
 * The mutation workloads (M1, M2, M3) in one process, one mutation at a time, without HTTP and
 * without load: what a mutation costs relgraph's own process, in CPU ms (`process.cpuUsage`:
 * relgraph, the driver and its socket writes; over SQLite, SQLite too; never MariaDB's), with the
 * statements it sends. Quieter than the full bench on a shared machine, and what to run under
 * `node --cpu-prof` to see where a mutation's time goes.
 *
 *   node --conditions=relgraph-source --import tsx bench/inProcessWrites.ts [--database=mariadb|sqlite]
 *     [--handler] [--raw] [--seconds=3] [--only=M1,M2,M3] [--sql] [--profile=<dir>]
 *
 * - `--database=mariadb` (the default) starts a throwaway MariaDB as `npm run bench` does and loads
 *   the same data; `sqlite` loads it into SQLite in memory.
 * - relgraph runs `relgraph.execute` (the plan executor; a mutation as one unit of work), or with
 *   `--handler` the whole of `createHandler` through `yoga.fetch` (production mode, no socket).
 * - `--raw` (MariaDB only) also runs raw.ts's hand-written answers over a mysql2 pool, the floor.
 * - `--sql` prints the statements of one mutation of each workload.
 * - `--profile=<dir>` writes a V8 CPU profile of each measured window (warm-up and start-up left
 *   out) to `<dir>/<workload>-<implementation>.cpuprofile`, and prints where its time went.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session as Inspector } from 'node:inspector/promises';
import path from 'node:path';
import { createPool } from 'mysql2/promise';
import { parse, type DocumentNode } from 'graphql';
import { configure, createDriver, createHandler, createRelgraph } from 'relgraph';
import { m1, m2Links, sizes } from './dataset.js';
import { openBenchDatabase } from './inProcessDatabase.js';
import Base from './models.js';
import { summarizeProfile } from './profile.js';
import { rawAnswer } from './servers/raw.js';
import { m1Link, m1Unlink, m1Variables, m2Requests, m3ParentName, m3Request, type GraphqlRequest } from './workloads.js';

const value = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const seconds = Number(value('seconds') ?? 3);
const only = value('only')?.split(',') ?? ['M1', 'M2', 'M3'];
const database = value('database') ?? 'mariadb';
const handler = process.argv.includes('--handler');
const withRaw = process.argv.includes('--raw');
const showSql = process.argv.includes('--sql');
const profileDir = value('profile');
if (withRaw && database !== 'mariadb') throw new TypeError('--raw runs raw.ts over mysql2, so it needs --database=mariadb.');

/** Each workload as an endless sequence of requests, one mutation at a time. */
const sequences: Record<string, () => (i: number) => GraphqlRequest> = {
  M1: () => (i) => ({ query: i % 2 === 0 ? m1Link : m1Unlink, variables: m1Variables }),
  M2: () => {
    const requests = m2Requests();
    return (i) => requests[i % requests.length]!;
  },
  M3: () => (i) => m3Request(m3ParentName('inprocess', i)),
};

const benchDatabase = await openBenchDatabase(database);
const url = benchDatabase.url;

let statements: string[] = [];
const driver = await createDriver(url, { connectionLimit: 10, onStatement: (event) => statements.push(event.sql) });
const mapping = configure(Base);
await benchDatabase.fill(driver, mapping);

type Run = (request: GraphqlRequest) => Promise<string>;
const runners: Array<[string, Run]> = [['relgraph', relgraphRunner()]];
const pool = withRaw ? createPool({ uri: url, connectionLimit: 10, charset: 'utf8mb4' }) : undefined;
if (pool) {
  runners.push([
    'raw',
    async (request) => {
      const answer = rawAnswer(request.query)!;
      return JSON.stringify({ data: await answer(pool, { ...request.variables }) });
    },
  ]);
}

const inspector = profileDir ? new Inspector() : undefined;
if (inspector && profileDir) {
  mkdirSync(profileDir, { recursive: true });
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
}

console.log(
  `workload  implementation  CPU ms/mutation  wall ms/mutation  statements/mutation   (${handler ? 'createHandler, production' : 'relgraph.execute'}; ${database}; ${seconds} s each, one at a time, Node ${process.version})`,
);
try {
  for (const workload of only) {
    const next = sequences[workload];
    if (!next) throw new TypeError(`--only names an unknown workload: ${workload}. Known: ${Object.keys(sequences).join(', ')}.`);
    for (const [name, run] of runners) {
      const request = next();
      let i = 0;
      const once = async () => {
        const text = await run(request(i++));
        if (text.includes('"errors"')) throw new Error(`${workload} ${name}: ${text.slice(0, 300)}`);
      };
      statements = [];
      await once();
      if (showSql && name === 'relgraph')
        console.log(`${workload}: ${statements.map((sql) => (sql.length > 160 ? `${sql.slice(0, 157)}...` : sql)).join('\n    ')}`);
      // Warm-up: a second of mutations, so that the JIT and the prepared statements are done with.
      for (const until = performance.now() + 1000; performance.now() < until; ) await once();
      statements = [];
      await inspector?.post('Profiler.start');
      const cpu = process.cpuUsage();
      const started = performance.now();
      let ops = 0;
      while (performance.now() < started + seconds * 1000) {
        await once();
        ops += 1;
      }
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const profile = inspector ? (await inspector.post('Profiler.stop')).profile : undefined;
      // Over mysql2 the raw runner's statements are not seen by relgraph's driver.
      const perMutation = name === 'relgraph' ? (statements.length / ops).toFixed(1) : '—';
      console.log(
        `${workload.padEnd(8)}  ${name.padEnd(14)}  ${((used.user + used.system) / 1000 / ops).toFixed(3).padStart(15)}  ${(wall / ops).toFixed(3).padStart(16)}  ${perMutation.padStart(19)}`,
      );
      if (profile && profileDir) report(path.join(profileDir, `${workload}-${name}.cpuprofile`), profile);
      await cleanUp(workload);
    }
  }
} finally {
  await pool?.end();
  await driver.close();
  await benchDatabase.stop();
}

function relgraphRunner(): Run {
  if (handler) {
    const yoga = createHandler(createRelgraph(mapping, { driver }), { driver, production: true, logging: false });
    return async (request) =>
      (
        await yoga.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        })
      ).text();
  }
  const relgraph = createRelgraph(mapping, { driver });
  const documents = new Map<string, DocumentNode>();
  return async (request) => {
    let document = documents.get(request.query);
    if (!document) documents.set(request.query, (document = parse(request.query)));
    const result = await relgraph.execute({
      schema: relgraph.schema,
      document,
      variableValues: request.variables ?? null,
      operationName: request.operationName ?? null,
      contextValue: relgraph.createContext(),
    });
    return JSON.stringify(result);
  };
}

/** Writes the profile and prints its busiest functions and relgraph's own, callees included. */
function report(file: string, profile: object): void {
  writeFileSync(file, JSON.stringify(profile));
  const summary = summarizeProfile(file, 20);
  const list = (items: ReadonlyArray<{ name: string; where: string; percent: number }>) =>
    items.map((f) => `${f.percent.toFixed(1)}% ${f.name}${f.where ? ` (${f.where})` : ''}`).join(', ');
  console.log(`    ${file}: ${summary.busyMs.toFixed(0)} ms busy. By package: ${list(summary.categories.slice(0, 10))}.`);
  console.log(`    Self: ${list(summary.functions.slice(0, 20))}.`);
  console.log(`    relgraph, callees included: ${list(summary.relgraphTotals.slice(0, 12))}.`);
}

/** Puts back what a workload's mutations leave: M1's and M2's last links, M3's rows. */
async function cleanUp(workload: string): Promise<void> {
  const run = (sql: string, params: unknown[] = []) => driver.execute({ sql, params, kind: 'delete' });
  if (workload === 'M1')
    await run(`DELETE FROM parent_tag WHERE parent_id = ? AND tag_id IN (${m1.tagIds.map(() => '?').join(', ')})`, [
      m1.parentId,
      ...m1.tagIds,
    ]);
  if (workload === 'M2')
    await run(`DELETE FROM parent_tag WHERE (parent_id, tag_id) IN (${m2Links.map(() => '(?, ?)').join(', ')})`, m2Links.flat());
  if (workload === 'M3') {
    await run(`DELETE FROM child WHERE id > ${sizes.parents * sizes.childrenPerParent}`);
    await run(`DELETE FROM parent WHERE id > ${sizes.parents}`);
  }
}
