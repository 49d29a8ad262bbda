/**
 * `npm run bench`: starts a throwaway MariaDB, loads the fixed data set, and starts each
 * implementation in its own process on loopback. Then, workload by workload, each implementation
 * in turn: its JSON is checked against the raw endpoint's (the run stops with a diff when it
 * differs), its statements per request are counted, and it is loaded with concurrent clients.
 * Interleaving by workload keeps each workload's implementations minutes closer in time than
 * one implementation after another, which matters on a shared two-core machine. M1, M2 and M3
 * follow, one implementation at a time. A read workload is not sent to an implementation it names in
 * `notImplementedBy`: that row says "not implemented" and why. Prints one table; writes
 * `bench/results/<date>.json` and `bench/RESULTS.md`.
 *
 * Options: --duration=<s> (default 6) --warmup=<s> (2) --connections=<n> (16) --only=<impl,...>
 * --profile[=W1,M2] (then profile relgraph under those workloads, W2 and W3 by default, with
 * V8's CPU profiler; M1–M3 are loaded as they are measured)
 * --allow-key-order (an answer whose keys come in another order than raw's marks its row ✗, and
 * the run exits 1 at the end, instead of stopping at once; different values always stop it).
 * Environment: BENCH_KEEP_PROFILES=1 keeps the profiles; BENCH_SOURCE_COMMIT names the commit of
 * a tree exported without .git; MARIADBD picks the server binary (as in the tests).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, type Connection } from 'mysql2/promise';
import { findExecutable, startMariadb } from '../test/support/mariadbServer.js';
import { loadDataset } from './dataset.js';
import { AnswerCheck, describeRow, measureM1, measureM2, measureM3, measureRead, MismatchError, type MeasureSettings } from './measure.js';
import { profiledWorkloads, profileRelgraph } from './profileRelgraph.js';
import { isMeasured, renderRun, writeResultsMarkdown, type BenchRun } from './report.js';
import { readCpuMs, startServer, type ServerProcess } from './serverProcess.js';
import { StatementMeter } from './statusCounters.js';
import { readWorkloads } from './workloads.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
/** raw first: its answers are the reference. */
const implementations = ['raw', 'relgraph', 'dataloader', 'join-monster', 'naive'] as const;

interface Settings extends MeasureSettings {
  readonly only: readonly string[];
  /** The workloads to measure (`--workloads=W4,M2`); all by default. */
  readonly workloads: readonly string[];
  /** Workloads to profile relgraph under; empty: no profiles. */
  readonly profile: readonly string[];
}

function parseArgs(argv: readonly string[]): Settings {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const seconds = (name: string, fallback: number) => {
    const given = Number(value(name) ?? fallback);
    if (!Number.isFinite(given) || given < 0) throw new TypeError(`--${name} expects a number of seconds, but got ${value(name)}.`);
    return given * 1000;
  };
  const only = value('only')?.split(',') ?? [...implementations];
  const unknown = only.filter((name) => !(implementations as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new TypeError(`--only names unknown implementations: ${unknown.join(', ')}. Known: ${implementations.join(', ')}.`);
  const connections = Number(value('connections') ?? 16);
  if (!Number.isInteger(connections) || connections < 1)
    throw new TypeError(`--connections expects a whole number of at least 1, but got ${value('connections')}.`);
  const profile = argv.includes('--profile') ? ['W2', 'W3'] : (value('profile')?.split(',') ?? []);
  const unprofiled = profile.filter((id) => !(profiledWorkloads as readonly string[]).includes(id));
  if (unprofiled.length > 0)
    throw new TypeError(`--profile names unknown workloads: ${unprofiled.join(', ')}. Known: ${profiledWorkloads.join(', ')}.`);
  return {
    durationMs: seconds('duration', 6),
    warmupMs: seconds('warmup', 2),
    connections,
    only: implementations.filter((name) => name === 'raw' || only.includes(name)),
    workloads: value('workloads')?.split(',') ?? [...readWorkloads.map((w) => w.id), 'M1', 'M2', 'M3'],
    profile,
    allowKeyOrder: argv.includes('--allow-key-order'),
  };
}

function machine(): BenchRun['machine'] {
  const mariadbd = process.env['MARIADBD'] ?? findExecutable('mariadbd') ?? findExecutable('mysqld');
  let mariadb = 'not found';
  try {
    if (mariadbd)
      mariadb = execFileSync(mariadbd, ['--version'], { encoding: 'utf8' })
        .trim()
        .replace(/^.*?Ver\s+/, '');
  } catch {
    mariadb = 'unknown';
  }
  return { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, mariadb };
}

/**
 * The commit and the number of uncommitted files under src/, when run from a git checkout; for a
 * tree exported with `git archive`, `BENCH_SOURCE_COMMIT` names the commit it came from.
 */
function source(): BenchRun['source'] {
  const exported = process.env['BENCH_SOURCE_COMMIT'];
  if (exported) return { commit: exported, changedSrcFiles: 0 };
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: benchDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return {
      commit: git('rev-parse', 'HEAD'),
      changedSrcFiles: git('status', '--porcelain', '--', '../src').split('\n').filter(Boolean).length,
    };
  } catch {
    return undefined;
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const settings = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const run: BenchRun = {
    date,
    machine: machine(),
    source: source(),
    loadAverage: loadavg()[0] ?? 0,
    settings: { durationS: settings.durationMs / 1000, warmupS: settings.warmupMs / 1000, connections: settings.connections, poolSize: 10 },
    rows: [],
  };
  log(
    `relgraph bench ${date}: ${run.machine.nproc} × ${run.machine.cpu}, Node ${run.machine.node}, MariaDB ${run.machine.mariadb}; load average ${run.loadAverage?.toFixed(2)}`,
  );
  const mariadb = await startMariadb();
  const servers: ServerProcess[] = [];
  let admin: Connection | undefined;
  const stopAll = async () => {
    await admin?.end().catch(() => undefined);
    for (const server of servers) await server.stop().catch(() => undefined);
    await mariadb.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    admin = await createConnection({ host: '127.0.0.1', port: mariadb.port, user: 'root' });
    await admin.query('CREATE DATABASE rg_bench');
    await admin.query('USE rg_bench');
    const loaded = await loadDataset(admin);
    log(
      `MariaDB on port ${mariadb.port}; loaded ${Object.entries(loaded)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}.`,
    );
    const meter = new StatementMeter(admin);
    log(`Reading the status counters costs ${await meter.calibrate()} statement(s); subtracted.`);
    const databaseUrl = `${mariadb.appUrl}/rg_bench`;
    // startMariadb writes mariadbd's pid file beside the data directory.
    const databasePid = Number(readFileSync(path.join(path.dirname(mariadb.dataDir), 'mariadb.pid'), 'utf8').trim());
    const cpu = { database: () => readCpuMs(databasePid) };
    for (const name of settings.only) {
      const server = await startServer(name, databaseUrl);
      servers.push(server);
      log(`${name}: pid ${server.pid}, port ${server.port}`);
    }
    const check = new AnswerCheck(settings.allowKeyOrder, log);
    for (const workload of readWorkloads.filter((w) => settings.workloads.includes(w.id))) {
      for (const server of servers) {
        const reason = workload.notImplementedBy?.[server.name];
        const row =
          reason !== undefined
            ? { workload: workload.id, implementation: server.name, notImplemented: reason }
            : await measureRead(server, workload, meter, check, settings, cpu);
        run.rows.push(row);
        log(describeRow(row));
      }
    }
    for (const measure of (
      [
        ['M1', measureM1],
        ['M2', measureM2],
        ['M3', measureM3],
      ] as const
    )
      .filter(([id]) => settings.workloads.includes(id))
      .map(([, m]) => m)) {
      for (const server of servers) {
        const row = await measure(server, admin, meter, check, settings, cpu);
        run.rows.push(row);
        log(describeRow(row));
      }
    }
    for (const server of servers.splice(0)) await server.stop();
    if (settings.profile.length > 0) run.profiles = await profileRelgraph(databaseUrl, settings, settings.profile, log, admin);
  } catch (error) {
    await stopAll();
    if (error instanceof MismatchError) {
      log(`\nFAILED: ${error.message}`);
      return 1;
    }
    throw error;
  }
  await stopAll();
  run.wallSeconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`\n${renderRun(run)}\n`);
  const resultsDir = path.join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${date.replaceAll(':', '-')}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  writeResultsMarkdown(path.join(benchDir, 'RESULTS.md'), resultsDir);
  log(`Wrote ${path.relative(process.cwd(), file)} and bench/RESULTS.md (${run.wallSeconds} s in all).`);
  return run.rows.filter(isMeasured).some((row) => row.check !== 'ok') ? 1 : 0;
}

process.exitCode = await main();
