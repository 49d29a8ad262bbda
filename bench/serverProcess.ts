/**
 * Starts an implementation in a child process (`servers/serve.ts`) and reads its memory from
 * `/proc/<pid>/status`: VmHWM is the peak resident set, which `clear_refs` resets between
 * workloads so that each gets its own peak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  /** CPU time the process has used, user plus system, in milliseconds (NaN where /proc is missing). */
  cpuMs(): number;
  /** Peak RSS since the last reset, in MiB (NaN where /proc is missing). */
  peakRssMib(): number;
  resetPeakRss(): void;
  /** Sends a signal to the server process (SIGUSR2 starts its profiler). */
  signal(name: NodeJS.Signals): void;
  stop(): Promise<void>;
}

const entry = fileURLToPath(new URL('./servers/serve.ts', import.meta.url));

export interface StartOptions {
  /** Node flags before the entry point. */
  readonly nodeOptions?: readonly string[];
  /** Variables added to the environment (which also gets `BENCH_DB_URL` and `NODE_ENV=production`). */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startServer(name: string, databaseUrl: string, options: StartOptions = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--conditions=relgraph-source', '--import', 'tsx', entry, name], {
    env: { ...process.env, ...options.env, BENCH_DB_URL: databaseUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`The ${name} server did not start within 60 s.`)), 60_000);
    child.once('exit', (code, signal) => reject(new Error(`The ${name} server exited with ${code ?? signal} before listening.`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  const pid = child.pid!;
  return {
    name,
    pid,
    port,
    cpuMs: () => readCpuMs(pid),
    peakRssMib: () => readPeakRss(pid),
    resetPeakRss: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch {
        // Not Linux, or not allowed: the peak then covers everything since the start.
      }
    },
    signal: (signal) => void child.kill(signal),
    stop: () => stopChild(child),
  };
}

/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on (getconf CLK_TCK). */
const ticksPerSecond = 100;

/** utime + stime of `/proc/<pid>/stat` (fields 14 and 15), in milliseconds. */
export function readCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it start past the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return NaN;
  }
}

function readPeakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kib ? Number(kib) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
