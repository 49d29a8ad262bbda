/**
 * The benchmark's table: one row per workload and implementation, each with its ratio to the
 * raw endpoint of the same run, and `bench/RESULTS.md`, whose generated part lists every run
 * kept in `bench/results/`, newest first.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProfileSummary } from './profile.js';

export interface ResultRow {
  readonly workload: string;
  readonly implementation: string;
  /** Statements per request (M1, M2, M3: per mutation, transaction control excluded). */
  readonly statements: number;
  /** M1 only: statements of the unlink mutation. */
  readonly statementsUnlink?: number;
  readonly transactionControl?: number;
  readonly target?: number;
  /** req/s for reads, rows/s for M1 (link) and M3, mutations/s for M2. */
  readonly opsPerSecond: number;
  /** M3: mutations per second (each writes 11 rows). */
  readonly mutationsPerSecond?: number;
  readonly unit: 'req/s' | 'rows/s' | 'mut/s';
  /** M1: median ms of the link mutation. */
  readonly p50Ms: number;
  /** M1: median ms of the unlink mutation. */
  readonly p99Ms: number;
  /** CPU milliseconds per operation in the measured window: the server process, and MariaDB. */
  readonly serverCpuMs?: number;
  readonly databaseCpuMs?: number;
  readonly peakRssMib: number;
  /** The machine's 1-minute load average when the measurement began (other work skews it). */
  readonly loadAverage?: number;
  readonly failures: number;
  readonly check: string;
  /** M2, M3: InnoDB row-lock waits and deadlocks during the contended run. */
  readonly lockWaits?: number;
  readonly deadlocks?: number;
  /** M3: mutations answered with data, and mutations sent but not answered so (all checked in the tables). */
  readonly acknowledged?: number;
  readonly unacknowledged?: number;
}

/** A read workload an implementation does not answer (`ReadWorkload.notImplementedBy`): sent nothing, measured nothing. */
export interface NotImplementedRow {
  readonly workload: string;
  readonly implementation: string;
  /** Why, as the workload gives it. */
  readonly notImplemented: string;
}

export const isMeasured = (row: ResultRow | NotImplementedRow): row is ResultRow => !('notImplemented' in row);

export interface BenchRun {
  readonly date: string;
  readonly machine: { readonly nproc: number; readonly cpu: string; readonly node: string; readonly mariadb: string };
  readonly settings: { readonly durationS: number; readonly warmupS: number; readonly connections: number; readonly poolSize: number };
  /** The commit measured, and how many files under src/ differed from it (the working tree is what runs). */
  readonly source?: { readonly commit: string; readonly changedSrcFiles: number };
  /** The 1-minute load average before the run: other work on the machine skews every number. */
  readonly loadAverage?: number;
  readonly rows: Array<ResultRow | NotImplementedRow>;
  profiles?: Partial<Record<string, ProfileSummary>>;
  wallSeconds?: number;
}

const number = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—';
const ratio = (value: number, base: number | undefined) =>
  base && Number.isFinite(value) && Number.isFinite(base) ? `${(value / base).toFixed(2)}×` : '—';

function statementsCell(row: ResultRow): string {
  const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const tx = row.transactionControl ? ` + ${count(row.transactionControl)} tx` : '';
  if (row.workload === 'M1') return `${count(row.statements)}${tx} / ${count(row.statementsUnlink ?? NaN)}${tx}`;
  return `${count(row.statements)}${tx}`;
}

/** The issue's targets are relgraph's; the baselines' rows leave the cell empty. */
function targetCell(row: ResultRow): string {
  if (row.target === undefined || row.implementation !== 'relgraph') return '';
  return `${row.workload.startsWith('M') ? '≤ ' : ''}${row.target} ${row.statements <= row.target ? '✓' : '✗'}`;
}

export function renderTable(rows: ReadonlyArray<ResultRow | NotImplementedRow>): string {
  const raw = new Map(
    rows
      .filter(isMeasured)
      .filter((r) => r.implementation === 'raw')
      .map((r) => [r.workload, r]),
  );
  const lines = [
    '| workload | implementation | statements / op | target | throughput | × raw | p50 ms | × raw | p99 ms | × raw | server CPU ms / op | × raw | MariaDB CPU ms / op | peak RSS MiB | × raw | check |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    if (!isMeasured(row)) {
      lines.push(
        `| ${[row.workload, row.implementation, '—', '', '—', '', '—', '', '—', '', '', '', '', '', '', `not implemented: ${row.notImplemented}`.replaceAll('|', '\\|')].join(' | ')} |`,
      );
      continue;
    }
    const base = raw.get(row.workload);
    const m1 = row.workload === 'M1';
    lines.push(
      `| ${[
        row.workload,
        row.implementation,
        statementsCell(row),
        targetCell(row),
        `${number(row.opsPerSecond, row.opsPerSecond >= 100 ? 0 : 1)} ${row.unit}`,
        ratio(row.opsPerSecond, base?.opsPerSecond),
        `${number(row.p50Ms)}${m1 ? ' link' : ''}`,
        ratio(row.p50Ms, base?.p50Ms),
        `${number(row.p99Ms)}${m1 ? ' unlink' : ''}`,
        ratio(row.p99Ms, base?.p99Ms),
        row.serverCpuMs === undefined ? '' : number(row.serverCpuMs, 2),
        row.serverCpuMs === undefined ? '' : ratio(row.serverCpuMs, base?.serverCpuMs),
        row.databaseCpuMs === undefined ? '' : number(row.databaseCpuMs, 2),
        number(row.peakRssMib, 0),
        ratio(row.peakRssMib, base?.peakRssMib),
        (row.lockWaits !== undefined
          ? `${row.check}; ${row.lockWaits.toLocaleString('en-US')} lock waits, ${row.deadlocks} deadlocks`
          : row.check
        ).replaceAll('|', '\\|'),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** The issue's targets, each with its verdict for relgraph in this run. */
export function renderTargets(allRows: ReadonlyArray<ResultRow | NotImplementedRow>): string {
  const rows = allRows.filter(isMeasured);
  const find = (workload: string, implementation: string) =>
    rows.find((r) => r.workload === workload && r.implementation === implementation);
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const statements = rows.filter((r) => r.implementation === 'relgraph' && r.target !== undefined);
  if (statements.length > 0)
    lines.push(
      `- relgraph statements: ${statements.map((r) => `${r.workload} ${statementsCell(r)} (target ${r.workload.startsWith('M') ? '≤ ' : ''}${r.target}) ${mark(r.statements <= r.target! && (r.statementsUnlink ?? 0) <= r.target!)}`).join(', ')}`,
    );
  // Issue 13's targets: throughput against raw per workload, 1.5× the hand-written DataLoader
  // server, at most 2× raw's server CPU and 1.3× its peak memory.
  const rawTargets: Record<string, number> = { W1: 0.6, W2: 0.5, W3: 0.5, W4: 0.7, W5: 0.6 };
  for (const [workload, rawTarget] of Object.entries(rawTargets)) {
    const relgraph = find(workload, 'relgraph');
    const raw = find(workload, 'raw');
    const dataloader = find(workload, 'dataloader');
    if (!relgraph || !raw) continue;
    const vsRaw = relgraph.opsPerSecond / raw.opsPerSecond;
    const parts = [`${vsRaw.toFixed(2)}× raw (target ≥ ${rawTarget}) ${mark(vsRaw >= rawTarget)}`];
    if (dataloader) {
      const vsDataloader = relgraph.opsPerSecond / dataloader.opsPerSecond;
      parts.push(`${vsDataloader.toFixed(2)}× hand-written DataLoader (target ≥ 1.5) ${mark(vsDataloader >= 1.5)}`);
    }
    if (relgraph.serverCpuMs !== undefined && raw.serverCpuMs !== undefined) {
      const cpu = relgraph.serverCpuMs / raw.serverCpuMs;
      parts.push(
        `server CPU per request ${cpu.toFixed(1)}× raw's (target ≤ 2) ${mark(cpu <= 2)}${dataloader?.serverCpuMs !== undefined ? `, ${(relgraph.serverCpuMs / dataloader.serverCpuMs).toFixed(2)}× DataLoader's` : ''}`,
      );
    }
    if (relgraph.peakRssMib !== undefined && raw.peakRssMib !== undefined) {
      const rss = relgraph.peakRssMib / raw.peakRssMib;
      parts.push(`peak RSS ${rss.toFixed(2)}× raw's (target ≤ 1.3) ${mark(rss <= 1.3)}`);
    }
    lines.push(`- relgraph ${workload}: ${parts.join(', ')}`);
  }
  // Issue 14 asks for W6's statements per request and its ratio to raw mysql2; it sets no
  // throughput target, so the ratios carry no verdict.
  const w6 = find('W6', 'relgraph');
  const w6Raw = find('W6', 'raw');
  if (w6 && w6Raw) {
    const w6Dataloader = find('W6', 'dataloader');
    const parts = [
      `${statementsCell(w6)} statements per request (target ${w6.target}) ${mark(w6.statements <= w6.target!)}, ${ratio(w6.statements, w6Raw.statements)} raw's ${statementsCell(w6Raw)}`,
      `throughput ${ratio(w6.opsPerSecond, w6Raw.opsPerSecond)} raw${w6Dataloader ? `, ${ratio(w6.opsPerSecond, w6Dataloader.opsPerSecond)} hand-written DataLoader` : ''}`,
    ];
    if (w6.serverCpuMs !== undefined && w6Raw.serverCpuMs !== undefined)
      parts.push(`server CPU per request ${ratio(w6.serverCpuMs, w6Raw.serverCpuMs)} raw's`);
    parts.push(`peak RSS ${ratio(w6.peakRssMib, w6Raw.peakRssMib)} raw's`);
    lines.push(`- relgraph W6 (issue 14, connections and aggregates): ${parts.join(', ')}`);
  }
  lines.push(...renderWriteTargets(find));
  const unequal = rows.filter((r) => r.check.includes('key order'));
  lines.push(
    unequal.length === 0
      ? '- identical JSON across implementations for every workload: ✓ (a run stops with a diff otherwise)'
      : `- identical JSON across implementations: ✗ ${unequal.map((r) => `${r.implementation} ${r.workload}`).join(', ')}: keys in another order than the selection set (values equal; measured with --allow-key-order)`,
  );
  return lines.join('\n');
}

/**
 * Issue 16's targets, writes at raw speed: M1 ≥ 0.5× raw's rows/s, M2 ≥ 0.6× raw's mutations/s
 * with its tables right after the storm; M3 (nested creates) as rows/s against raw, with nothing
 * lost or duplicated. The DataLoader server's ratio and the server CPU are given for reference.
 */
function renderWriteTargets(find: (workload: string, implementation: string) => ResultRow | undefined): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const tables = (row: ResultRow) =>
    row.check === 'ok' ? 'tables right after the storm ✓' : `tables after the storm ✗ (${row.check.replace(/^✗ /, '')})`;
  const targets: ReadonlyArray<readonly [workload: string, rawTarget: number | undefined]> = [
    ['M1', 0.5],
    ['M2', 0.6],
    ['M3', undefined],
  ];
  for (const [workload, rawTarget] of targets) {
    const relgraph = find(workload, 'relgraph');
    const raw = find(workload, 'raw');
    if (!relgraph || !raw) continue;
    const vsRaw = relgraph.opsPerSecond / raw.opsPerSecond;
    const dataloader = find(workload, 'dataloader');
    const parts = [
      rawTarget === undefined
        ? `${number(relgraph.opsPerSecond, 0)} ${relgraph.unit}, ${vsRaw.toFixed(2)}× raw's ${number(raw.opsPerSecond, 0)} (no target ratio)`
        : `${vsRaw.toFixed(2)}× raw ${relgraph.unit} (target ≥ ${rawTarget}) ${mark(vsRaw >= rawTarget)}`,
    ];
    if (dataloader) parts.push(`${ratio(relgraph.opsPerSecond, dataloader.opsPerSecond)} hand-written DataLoader`);
    parts.push(
      `statements ${statementsCell(relgraph)} (raw ${statementsCell(raw)}${relgraph.target !== undefined ? `; target ≤ ${relgraph.target} ${mark(relgraph.statements <= relgraph.target && (relgraph.statementsUnlink ?? 0) <= relgraph.target)}` : ''})`,
    );
    if (relgraph.serverCpuMs !== undefined && raw.serverCpuMs !== undefined)
      parts.push(`server CPU per mutation ${ratio(relgraph.serverCpuMs, raw.serverCpuMs)} raw's`);
    if (workload !== 'M1') parts.push(tables(relgraph));
    if (workload === 'M3' && relgraph.acknowledged !== undefined)
      parts.push(`${relgraph.acknowledged.toLocaleString('en-US')} mutations answered, ${relgraph.unacknowledged} sent and not answered`);
    lines.push(`- relgraph ${workload} (issue 16${workload === 'M3' ? ', 10 nested children per parent' : ''}): ${parts.join(', ')}`);
  }
  return lines;
}

function renderProfiles(profiles: NonNullable<BenchRun['profiles']>): string {
  return Object.entries(profiles)
    .map(([workload, summary]) => {
      if (!summary) return '';
      const list = (items: readonly { name: string; percent: number }[], count: number) =>
        items
          .slice(0, count)
          .map((c) => `${c.name} ${c.percent.toFixed(1)}%`)
          .join(', ');
      const functions = summary.functions
        .map((f) => `| ${f.percent.toFixed(1)}% | ${f.ms.toFixed(0)} | \`${f.name}\` | ${f.where} |`)
        .join('\n');
      const parts = [
        `#### relgraph under ${workload}: ${summary.busyMs.toFixed(0)} ms on CPU, ${summary.idleMs.toFixed(0)} ms idle in the profiled window`,
        '',
        `Self time by package: ${list(summary.categories, 12)}.`,
        '',
        `relgraph functions by total time (callees included): ${summary.relgraphTotals
          .slice(0, 10)
          .map((t) => `\`${t.name}\` (${t.where}) ${t.percent.toFixed(1)}%`)
          .join(', ')}.`,
        '',
        '| self % | ms | function | where |',
        '| ---: | ---: | --- | --- |',
        functions,
      ];
      if (summary.allocations) {
        const { allocations } = summary;
        parts.push(
          '',
          `Allocations sampled in the same window: ${allocations.totalMib.toFixed(0)} MiB; by package: ${list(allocations.categories, 10)}. Top allocating functions: ${allocations.functions
            .slice(0, 12)
            .map((f) => `\`${f.name}\`${f.where ? ` (${f.where})` : ''} ${f.percent.toFixed(1)}%`)
            .join(', ')}.`,
        );
      }
      return `${parts.join('\n')}\n`;
    })
    .join('\n');
}

export function renderRun(run: BenchRun): string {
  const { machine, settings } = run;
  return [
    `### Run ${run.date}`,
    '',
    `${machine.nproc} × ${machine.cpu}; Node ${machine.node}; MariaDB ${machine.mariadb}. ${settings.connections} connections, ${settings.warmupS} s warm-up + ${settings.durationS} s per read workload and M3 (M2: 10 s), pool of ${settings.poolSize} per server${run.wallSeconds ? `; ${run.wallSeconds} s in all` : ''}.` +
      (run.source
        ? ` Source: ${run.source.commit.slice(0, 7)}${run.source.changedSrcFiles > 0 ? ` with ${run.source.changedSrcFiles} uncommitted src/ files` : ''}.`
        : '') +
      (run.loadAverage !== undefined ? ` Load average before the run: ${run.loadAverage.toFixed(2)}.` : ''),
    '',
    renderTable(run.rows),
    '',
    renderTargets(run.rows),
    ...(run.profiles ? ['', renderProfiles(run.profiles)] : []),
  ].join('\n');
}

const start = '<!-- bench:runs:start (generated by npm run bench from bench/results/*.json) -->';
const end = '<!-- bench:runs:end -->';

/** Rewrites the generated part of RESULTS.md from every run in `resultsDir`, newest first. */
export function writeResultsMarkdown(file: string, resultsDir: string): void {
  const runs = readdirSync(resultsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .map((name) => JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')) as BenchRun);
  const generated = `${start}\n\n${runs.map(renderRun).join('\n\n')}\n\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# relgraph benchmark results\n\n## Runs\n\n${start}\n${end}\n`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${generated}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n## Runs\n\n${generated}\n`;
  writeFileSync(file, next);
}
