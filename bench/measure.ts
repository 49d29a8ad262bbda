/**
 * What the benchmark measures for one implementation and one workload: the answer checked
 * against the raw endpoint's, statements per request, then throughput, latency and peak memory
 * under load; for M1, M2 and M3, statements per mutation, rows or mutations per second, and the
 * tables afterwards.
 */
import type { Connection } from 'mysql2/promise';
import { loadavg } from 'node:os';
import { post, postOk } from './client.js';
import { formatDifferences, jsonDifferences } from './compareJson.js';
import { runLoad, type LoadResult } from './loadgen.js';
import { runM1, runM2, runM3 } from './mutations.js';
import { isMeasured, type NotImplementedRow, type ResultRow } from './report.js';
import type { ServerProcess } from './serverProcess.js';
import type { StatementMeter } from './statusCounters.js';
import { m1Target, m2Requests, m2Target, m3RowsPerMutation, type ReadWorkload } from './workloads.js';

/** Sequential requests per read workload for the statement count. */
const countedRequests = 10;

export interface MeasureSettings {
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly connections: number;
  /** Key-order-only differences mark the row instead of stopping the run. */
  readonly allowKeyOrder: boolean;
}

/** CPU milliseconds used so far by the server under test and by MariaDB, sampled at the window's edges. */
export interface CpuMeters {
  readonly database: () => number;
}

/** Runs `load` and returns it with the CPU both processes spent per request in the measured window. */
async function withCpu(
  server: ServerProcess,
  cpu: CpuMeters,
  load: (onWindow: (edge: 'start' | 'end') => void) => Promise<LoadResult>,
): Promise<{ load: LoadResult; serverCpuMs: number; databaseCpuMs: number }> {
  const samples: Record<string, [number, number]> = {};
  const result = await load((edge) => {
    samples[edge] = [server.cpuMs(), cpu.database()];
  });
  const [s0, d0] = samples['start'] ?? [NaN, NaN];
  const [s1, d1] = samples['end'] ?? [NaN, NaN];
  const per = (ms: number) => (result.requests > 0 ? ms / result.requests : NaN);
  return { load: result, serverCpuMs: per(s1 - s0), databaseCpuMs: per(d1 - d0) };
}

/** An answer whose values differ from raw's (or whose key order does, unless allowed). */
export class MismatchError extends Error {}

/**
 * Holds the raw endpoint's answer to every request (raw runs first) and compares the others
 * with it. Key order counts: GraphQL orders a response's fields as the selection set does.
 */
export class AnswerCheck {
  readonly #reference = new Map<string, unknown>();
  readonly #notes = new Map<string, string>();
  readonly #allowKeyOrder: boolean;
  readonly #log: (line: string) => void;

  constructor(allowKeyOrder: boolean, log: (line: string) => void) {
    this.#allowKeyOrder = allowKeyOrder;
    this.#log = log;
  }

  expectSame(implementation: string, what: string, text: string): void {
    const json: unknown = JSON.parse(text);
    if (!this.#reference.has(what)) {
      this.#reference.set(what, json);
      return;
    }
    const differences = jsonDifferences(this.#reference.get(what), json, Infinity);
    if (differences.length === 0) return;
    const orderOnly = differences.every((d) => d.keyOrderOnly);
    const summary = `${implementation} answers ${what} differently from raw: ${differences.length} difference(s)${orderOnly ? ', all in the order of keys' : ''}; the first:\n${formatDifferences('raw', implementation, differences.slice(0, 5))}`;
    if (!orderOnly || !this.#allowKeyOrder) {
      throw new MismatchError(
        `${summary}${orderOnly ? '\n(Only the order of keys differs. --allow-key-order measures anyway and marks the rows.)' : ''}`,
      );
    }
    if (this.#notes.has(`${implementation} ${what}`)) return;
    this.#log(`  ${summary}\n  (--allow-key-order: measuring anyway; the row is marked.)`);
    this.#notes.set(
      `${implementation} ${what}`,
      `${what}: key order differs from the selection set in ${differences.length} objects, e.g. ${differences[0]!.path}: ${differences[0]!.actual}`,
    );
  }

  /** `ok`, or each problem found for these requests of `implementation`, marked ✗. */
  verdict(implementation: string, whats: readonly string[], problems: readonly string[] = []): string {
    const all = [...whats.flatMap((what) => this.#notes.get(`${implementation} ${what}`) ?? []), ...problems];
    return all.length === 0 ? 'ok' : `✗ ${all.join('; ')}`;
  }
}

export async function measureRead(
  server: ServerProcess,
  workload: ReadWorkload,
  meter: StatementMeter,
  check: AnswerCheck,
  settings: MeasureSettings,
  cpu: CpuMeters,
): Promise<ResultRow> {
  const body = JSON.stringify({ query: workload.query });
  const answer = await postOk(server.port, body, `${server.name} ${workload.id}`);
  check.expectSame(server.name, workload.id, answer.text);
  // Every counted answer is checked too: an order of keys that depends on timing shows up here.
  const answers: string[] = [];
  const counters = await meter.measure(async () => {
    for (let i = 0; i < countedRequests; i++) answers.push((await post(server.port, body)).text);
  });
  for (const text of answers) check.expectSame(server.name, workload.id, text);
  const loadAverage = loadavg()[0] ?? NaN;
  server.resetPeakRss();
  const { load, serverCpuMs, databaseCpuMs } = await withCpu(server, cpu, (onWindow) =>
    runLoad({
      port: server.port,
      bodies: [body],
      connections: settings.connections,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      expectedBodyBytes: Buffer.byteLength(answer.text),
      onWindow,
    }),
  );
  return {
    workload: workload.id,
    implementation: server.name,
    statements: counters.questions / countedRequests,
    target: workload.target,
    opsPerSecond: load.rps,
    unit: 'req/s',
    p50Ms: load.p50Ms,
    p99Ms: load.p99Ms,
    serverCpuMs,
    databaseCpuMs,
    peakRssMib: server.peakRssMib(),
    loadAverage,
    failures: load.failures,
    check: check.verdict(
      server.name,
      [workload.id],
      load.failures > 0 ? [`${load.failures} bad responses, e.g. ${load.firstFailure}`] : [],
    ),
  };
}

export async function measureM1(server: ServerProcess, admin: Connection, meter: StatementMeter, check: AnswerCheck): Promise<ResultRow> {
  const loadAverage = loadavg()[0] ?? NaN;
  server.resetPeakRss();
  const m1 = await runM1(server.port, admin, meter, 5);
  check.expectSame(server.name, 'M1 link', m1.bodies[0]);
  check.expectSame(server.name, 'M1 unlink', m1.bodies[1]);
  return {
    workload: 'M1',
    implementation: server.name,
    statements: m1.statements[0],
    statementsUnlink: m1.statements[1],
    transactionControl: m1.transactionControl[0],
    target: m1Target,
    opsPerSecond: m1.rowsPerSecond,
    unit: 'rows/s',
    p50Ms: m1.ms[0],
    p99Ms: m1.ms[1],
    peakRssMib: server.peakRssMib(),
    loadAverage,
    failures: 0,
    check: check.verdict(server.name, ['M1 link', 'M1 unlink']),
  };
}

export async function measureM2(
  server: ServerProcess,
  admin: Connection,
  meter: StatementMeter,
  check: AnswerCheck,
  settings: MeasureSettings,
  cpu: CpuMeters,
): Promise<ResultRow> {
  const [add, remove] = m2Requests().map((request) => JSON.stringify(request));
  check.expectSame(server.name, 'M2 add', (await postOk(server.port, add!, 'M2 add')).text);
  check.expectSame(server.name, 'M2 remove', (await postOk(server.port, remove!, 'M2 remove')).text);
  const loadAverage = loadavg()[0] ?? NaN;
  server.resetPeakRss();
  const samples: Record<string, [number, number]> = {};
  const m2 = await runM2(server.port, admin, meter, 10_000, settings.connections, (edge) => {
    samples[edge] = [server.cpuMs(), cpu.database()];
  });
  const per = (i: 0 | 1) =>
    m2.load.requests > 0 ? ((samples['end']?.[i] ?? NaN) - (samples['start']?.[i] ?? NaN)) / m2.load.requests : NaN;
  const problems = [
    ...m2.problems,
    ...(m2.load.failures > 0 ? [`${m2.load.failures} failed mutations, e.g. ${m2.load.firstFailure}`] : []),
  ];
  return {
    workload: 'M2',
    implementation: server.name,
    statements: m2.statements,
    transactionControl: m2.transactionControl,
    target: m2Target,
    opsPerSecond: m2.load.rps,
    unit: 'mut/s',
    p50Ms: m2.load.p50Ms,
    p99Ms: m2.load.p99Ms,
    serverCpuMs: per(0),
    databaseCpuMs: per(1),
    peakRssMib: server.peakRssMib(),
    loadAverage,
    failures: m2.load.failures,
    check: check.verdict(server.name, ['M2 add', 'M2 remove'], problems),
    lockWaits: m2.lockWaits,
    deadlocks: m2.deadlocks,
  };
}

/**
 * M3: the answers of the first, sequential mutations compared with raw's, their statements, then
 * `settings.connections` clients creating for the measured window. Throughput is rows written
 * per second (11 per mutation); CPU, p50 and p99 are per mutation.
 */
export async function measureM3(
  server: ServerProcess,
  admin: Connection,
  meter: StatementMeter,
  check: AnswerCheck,
  settings: MeasureSettings,
  cpu: CpuMeters,
): Promise<ResultRow> {
  const loadAverage = loadavg()[0] ?? NaN;
  server.resetPeakRss();
  const samples: Record<string, [number, number]> = {};
  const m3 = await runM3(server.port, admin, meter, settings, (edge) => {
    samples[edge] = [server.cpuMs(), cpu.database()];
  });
  const whats = m3.bodies.map((_, i) => (i === 0 ? 'M3' : `M3 #${i}`));
  m3.bodies.forEach((text, i) => check.expectSame(server.name, whats[i]!, text));
  const per = (i: 0 | 1) =>
    m3.load.requests > 0 ? ((samples['end']?.[i] ?? NaN) - (samples['start']?.[i] ?? NaN)) / m3.load.requests : NaN;
  const problems = [
    ...m3.problems,
    ...(m3.load.failures > 0 ? [`${m3.load.failures} failed mutations, e.g. ${m3.load.firstFailure}`] : []),
  ];
  return {
    workload: 'M3',
    implementation: server.name,
    statements: m3.statements,
    transactionControl: m3.transactionControl,
    opsPerSecond: m3.load.rps * m3RowsPerMutation,
    unit: 'rows/s',
    mutationsPerSecond: m3.load.rps,
    p50Ms: m3.load.p50Ms,
    p99Ms: m3.load.p99Ms,
    serverCpuMs: per(0),
    databaseCpuMs: per(1),
    peakRssMib: server.peakRssMib(),
    loadAverage,
    failures: m3.load.failures,
    check: check.verdict(server.name, whats, problems),
    lockWaits: m3.lockWaits,
    deadlocks: m3.deadlocks,
    acknowledged: m3.acknowledged,
    unacknowledged: m3.unacknowledged,
  };
}

export function describeRow(row: ResultRow | NotImplementedRow): string {
  if (!isMeasured(row)) return `  ${row.workload} ${row.implementation}: not implemented (${row.notImplemented})`;
  const statements = `${row.statements}${row.transactionControl ? ` + ${row.transactionControl} tx` : ''}${row.statementsUnlink !== undefined ? ` (unlink ${row.statementsUnlink})` : ''} statements`;
  const latency =
    row.workload === 'M1'
      ? `link ${row.p50Ms.toFixed(1)} ms, unlink ${row.p99Ms.toFixed(1)} ms`
      : `p50 ${row.p50Ms.toFixed(1)} ms, p99 ${row.p99Ms.toFixed(1)} ms`;
  const contention = row.lockWaits !== undefined ? `, ${row.lockWaits} lock waits, ${row.deadlocks} deadlocks` : '';
  const mutations =
    row.mutationsPerSecond !== undefined
      ? ` (${row.mutationsPerSecond.toFixed(1)} mut/s; ${row.acknowledged} answered, ${row.unacknowledged} not)`
      : '';
  const cpu = row.serverCpuMs !== undefined ? `, CPU ${row.serverCpuMs.toFixed(2)} + DB ${row.databaseCpuMs?.toFixed(2)} ms/op` : '';
  return `  ${row.workload} ${row.implementation}: ${statements}, ${row.opsPerSecond.toFixed(1)} ${row.unit}${mutations}, ${latency}${cpu}, ${row.peakRssMib.toFixed(0)} MiB${contention}, load ${row.loadAverage?.toFixed(1)}${row.check === 'ok' ? '' : `, ${row.check}`}`;
}
