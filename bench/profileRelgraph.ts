/**
 * `--profile[=W1,M2]`: relgraph under the workloads named (W2 and W3 by default) with V8's CPU profiler (the one `node --cpu-prof`
 * uses), one server process per workload. The profiler starts when the warm-up ends and stops when the
 * load does, so start-up and module loading stay out of the numbers; `summarizeProfile` turns
 * the samples into self time per function and per package.
 *
 * The mutation workloads are loaded as the bench measures them: M1 links and unlinks its 1,000
 * tags in turn on one connection; M2 sends its 100 link mutations at random on every
 * connection; M3 creates parents with 10 children each on every connection (names `m3-p<n>-<k>`).
 * The rows they leave are removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connection } from 'mysql2/promise';
import { runLoad, type LoadOptions } from './loadgen.js';
import { removeM1Links, removeM2Links, resetM3Tables } from './mutations.js';
import { summarizeProfile, type ProfileSummary } from './profile.js';
import { startServer } from './serverProcess.js';
import { m1Link, m1Unlink, m1Variables, m2Requests, m3ParentName, m3Request, readWorkloads } from './workloads.js';

export interface ProfileSettings {
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly connections: number;
}

/** What to send for one profiled workload, and how to put the tables back afterwards. */
interface ProfiledLoad {
  readonly load: Pick<LoadOptions, 'bodies' | 'connections' | 'order' | 'nextBody'>;
  readonly cleanUp?: (admin: Connection) => Promise<void>;
}

export const profiledWorkloads = [...readWorkloads.map((w) => w.id), 'M1', 'M2', 'M3'] as const;

function profiledLoad(workload: string, settings: ProfileSettings): ProfiledLoad {
  const read = readWorkloads.find((w) => w.id === workload);
  if (read) return { load: { bodies: [JSON.stringify({ query: read.query })], connections: settings.connections } };
  switch (workload) {
    case 'M1':
      return {
        load: {
          bodies: [m1Link, m1Unlink].map((query) => JSON.stringify({ query, variables: m1Variables })),
          connections: 1,
          order: 'cycle',
        },
        cleanUp: removeM1Links,
      };
    case 'M2':
      return {
        load: { bodies: m2Requests().map((request) => JSON.stringify(request)), connections: settings.connections, order: 'random' },
        cleanUp: removeM2Links,
      };
    case 'M3': {
      const sequence = new Array<number>(settings.connections).fill(0);
      return {
        load: {
          bodies: [],
          connections: settings.connections,
          nextBody: (connection) => JSON.stringify(m3Request(m3ParentName(`p${connection}`, ++sequence[connection]!))),
        },
        cleanUp: resetM3Tables,
      };
    }
    default:
      throw new TypeError(`--profile names an unknown workload: ${workload}. Known: ${profiledWorkloads.join(', ')}.`);
  }
}

/**
 * Set `BENCH_KEEP_PROFILES=1` to keep the .cpuprofile files (Chrome DevTools or speedscope open them).
 * `admin` removes the rows a mutation workload leaves; without it they stay.
 */
export async function profileRelgraph(
  databaseUrl: string,
  settings: ProfileSettings,
  workloads: readonly string[],
  log: (line: string) => void,
  admin?: Connection,
): Promise<Record<string, ProfileSummary>> {
  const profiles: Record<string, ProfileSummary> = {};
  const keep = Boolean(process.env['BENCH_KEEP_PROFILES']);
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-bench-profiles-'));
  try {
    for (const workload of profiledWorkloads.filter((id) => workloads.includes(id))) {
      const { load, cleanUp } = profiledLoad(workload, settings);
      const file = path.join(dir, `relgraph-${workload}.cpuprofile`);
      const server = await startServer('relgraph', databaseUrl, { env: { BENCH_CPU_PROFILE: file } });
      try {
        const start = setTimeout(() => server.signal('SIGUSR2'), settings.warmupMs);
        const result = await runLoad({ port: server.port, ...load, warmupMs: settings.warmupMs, durationMs: settings.durationMs });
        clearTimeout(start);
        const unit = workload.startsWith('M') ? 'mutations/s' : 'req/s';
        log(
          `  profiled relgraph ${workload}: ${result.rps.toFixed(1)} ${unit} with the profiler on${result.failures > 0 ? `, ${result.failures} failures, e.g. ${result.firstFailure}` : ''}`,
        );
      } finally {
        await server.stop();
        if (admin && cleanUp) await cleanUp(admin);
      }
      profiles[workload] = summarizeProfile(file, 25, file.replace(/\.cpuprofile$/, '.heapprofile'));
      if (keep) log(`  kept ${file}`);
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  return profiles;
}
