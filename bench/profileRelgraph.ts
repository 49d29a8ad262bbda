/**
 * `--profile[=W1,W4]`: relgraph under the workloads named (W2 and W3 by default) with V8's CPU profiler (the one `node --cpu-prof` uses),
 * one server process per workload. The profiler starts when the warm-up ends and stops when the
 * load does, so start-up and module loading stay out of the numbers; `summarizeProfile` turns
 * the samples into self time per function and per package.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLoad } from './loadgen.js';
import { summarizeProfile, type ProfileSummary } from './profile.js';
import { startServer } from './serverProcess.js';
import { readWorkloads } from './workloads.js';

export interface ProfileSettings {
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly connections: number;
}

/** Set `BENCH_KEEP_PROFILES=1` to keep the .cpuprofile files (Chrome DevTools or speedscope open them). */
export async function profileRelgraph(databaseUrl: string, settings: ProfileSettings, workloads: readonly string[], log: (line: string) => void): Promise<Record<string, ProfileSummary>> {
  const profiles: Record<string, ProfileSummary> = {};
  const keep = Boolean(process.env['BENCH_KEEP_PROFILES']);
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-bench-profiles-'));
  try {
    for (const workload of readWorkloads.filter((w) => workloads.includes(w.id))) {
      const file = path.join(dir, `relgraph-${workload.id}.cpuprofile`);
      const server = await startServer('relgraph', databaseUrl, { env: { BENCH_CPU_PROFILE: file } });
      try {
        const start = setTimeout(() => server.signal('SIGUSR2'), settings.warmupMs);
        const body = JSON.stringify({ query: workload.query });
        const load = await runLoad({ port: server.port, bodies: [body], connections: settings.connections, warmupMs: settings.warmupMs, durationMs: settings.durationMs });
        clearTimeout(start);
        log(`  profiled relgraph ${workload.id}: ${load.rps.toFixed(1)} req/s with the profiler on`);
      } finally {
        await server.stop();
      }
      profiles[workload.id] = summarizeProfile(file, 25, file.replace(/\.cpuprofile$/, '.heapprofile'));
      if (keep) log(`  kept ${file}`);
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  return profiles;
}
