/**
 * `npm run test:reliability`: tiers A (hostile input, S1/S2), B (load) and C (faults) of
 * `docs/reliability.md` §4, against a throwaway MariaDB and relgraph servers running as child
 * processes in production mode. Prints a table of what was tried and what held, and ends with
 * `N passed, N failed`; exits 1 when anything failed.
 *
 * Environment: `RG_SEED` (default 42), `RG_CLIENTS` (default 12), `RG_PHASE_SECONDS` (default
 * 25), `RG_TIERS` (default `A,S2,B,C`).
 */
import { leakPatterns } from './leakScanner.js';
import { relgraphProcesses, startDatabase, startRelgraph, SCHEMA, type Database } from './harness.js';
import { runHostile } from './hostile.js';
import { runFaults } from './faults.js';
import { runLoad } from './load.js';
import { checkGeneralLog, sendCanaries } from './parameterization.js';
import { Report } from './report.js';
import { seedData } from './seed.js';
import type { Suite } from './suite.js';

const env = process.env;
const tiers = new Set((env['RG_TIERS'] ?? 'A,S2,B,C').split(',').map((t) => t.trim()));
const report = new Report();
const started = performance.now();
let db: Database | undefined;

async function main(): Promise<void> {
  db = await startDatabase();
  await seedData(db, SCHEMA);
  const suite: Suite = {
    db,
    report,
    config: {
      seed: Number(env['RG_SEED'] ?? 42),
      clients: Number(env['RG_CLIENTS'] ?? 12),
      phaseSeconds: Number(env['RG_PHASE_SECONDS'] ?? 25),
    },
    patterns: leakPatterns(db.server.port),
    scans: new Map(),
  };
  const server = await startRelgraph({ dbUrl: db.appUrl(SCHEMA), connectionLimit: 10, mode: 'production' });
  if (tiers.has('A')) {
    const dev = await startRelgraph({ dbUrl: db.appUrl(SCHEMA), connectionLimit: 2, mode: 'development' });
    await runHostile(suite, server, dev);
    await dev.stop();
  }
  if (tiers.has('S2')) await sendCanaries(suite, server);
  await server.stop();
  if (tiers.has('B')) await runLoad(suite);
  // The general-log checks cover every statement of the run; a MariaDB crash (tier C, F5)
  // damages the log, so they run just before it.
  const logChecks = async () => {
    if (tiers.has('S2')) await checkGeneralLog(suite, relgraphProcesses());
  };
  if (tiers.has('C')) await runFaults(suite, logChecks);
  else await logChecks();
}

try {
  await main();
} catch (error) {
  report.add(
    'run',
    'the suite ran to the end',
    'setup and every tier',
    false,
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );
} finally {
  for (const server of relgraphProcesses()) await server.stop().catch(() => undefined);
  await db?.stop().catch(() => undefined);
}
process.stdout.write(`\nreliability suite: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
report.print();
process.exit(report.failed === 0 ? 0 : 1);
