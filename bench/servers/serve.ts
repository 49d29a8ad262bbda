/**
 * Runs one implementation in its own process, so the benchmark can read its memory and profile
 * it alone: `node --import tsx bench/servers/serve.ts <implementation>`, with `BENCH_DB_URL`.
 * It listens on a free loopback port and prints `{"port":N}` on stdout; SIGTERM closes it.
 *
 * With `BENCH_CPU_PROFILE=<file>`, SIGUSR2 starts V8's CPU profiler (the one behind
 * `node --cpu-prof`) and allocation sampling; SIGTERM writes `<file>` and `<file minus
 * .cpuprofile>.heapprofile` before exiting, so a profile covers the measured window only: no
 * start-up, no warm-up.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { Implementation } from './Implementation.js';

const factories: Record<string, () => Promise<(url: string) => Promise<Implementation>>> = {
  raw: async () => (await import('./raw.js')).createRawImplementation,
  relgraph: async () => (await import('./relgraph.js')).createRelgraphImplementation,
  dataloader: async () => (await import('./dataloader.js')).createDataloaderImplementation,
  'join-monster': async () => (await import('./joinMonster.js')).createJoinMonsterImplementation,
  naive: async () => (await import('./naive.js')).createNaiveImplementation,
};

const name = process.argv[2] ?? '';
const url = process.env['BENCH_DB_URL'];
const load = factories[name];
if (!load || !url) {
  process.stderr.write(`usage: BENCH_DB_URL=mysql://... node --import tsx bench/servers/serve.ts <${Object.keys(factories).join('|')}>\n`);
  process.exit(2);
}
const implementation = await (await load())(url);
const server = createServer(implementation.handler);
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);

const profileFile = process.env['BENCH_CPU_PROFILE'];
const profiler = profileFile ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('HeapProfiler.enable');
}
// Without a profiler SIGUSR2 is ignored (its default action would end the process).
process.on('SIGUSR2', () => {
  if (!profiler) return;
  void profiler.post('Profiler.start');
  // Allocation sampling, counting objects that GC already freed too: where the garbage comes from.
  void profiler.post('HeapProfiler.startSampling', {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
});

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void (async () => {
    if (profiler && profileFile) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
      const { profile: allocations } = await profiler.post('HeapProfiler.stopSampling');
      writeFileSync(`${profileFile.replace(/\.cpuprofile$/, '')}.heapprofile`, JSON.stringify(allocations));
    }
    await implementation.close();
  })().finally(() => process.exit(0));
});
