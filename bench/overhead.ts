/**
 * `npm run bench:overhead`: what one HTTP request costs a server beyond its statements, with no
 * database server at all: each implementation runs as in the bench (its own process, node:http,
 * production mode) over an empty in-memory SQLite (`raw` and the hand-written servers need
 * MariaDB and are not run), and W4's point lookup answers `null` from it. The figure is the
 * server's CPU per request under 16 connections: the per-request path a change makes leaner or
 * fatter, in seconds instead of the full bench's minutes.
 *
 *   npm run bench:overhead -- [--seconds=4] [--workload=W4] [--profile=/tmp/w4.cpuprofile]
 */
import { runLoad } from './loadgen.js';
import { startServer } from './serverProcess.js';
import { readWorkloads } from './workloads.js';

const value = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const seconds = Number(value('seconds') ?? 4);
const workload = readWorkloads.find((w) => w.id === (value('workload') ?? 'W4'))!;
const body = JSON.stringify({ query: workload.query });
const profile = value('profile');
const server = await startServer('relgraph', 'sqlite::memory:', profile ? { env: { BENCH_CPU_PROFILE: profile } } : {});
try {
  const cpu: Record<string, number> = {};
  const load = await runLoad({
    port: server.port,
    bodies: [body],
    connections: 16,
    warmupMs: 1500,
    durationMs: seconds * 1000,
    onWindow: (edge) => {
      cpu[edge] = server.cpuMs();
      if (profile && edge === 'start') server.signal('SIGUSR2');
    },
  });
  const used = cpu['end']! - cpu['start']!;
  console.log(
    `relgraph ${workload.id} over empty SQLite: ${load.rps.toFixed(0)} req/s, server CPU ${(used / load.requests).toFixed(3)} ms/request, ${load.failures} failures`,
  );
} finally {
  await server.stop();
}
