/**
 * `npm run test:cluster`: relgraph over a real 3-node MariaDB Galera cluster on loopback
 * (`test/support/galeraCluster.ts`), one `relgraph serve` per node, and 16 clients for at least
 * `RG_CLUSTER_SECONDS` (60) seconds while one node is killed and rejoins, one relgraph server is
 * killed and restarted, and one node is frozen past the clients' timeout. Then a node is cut off
 * from the cluster (not Synced, `wsrep_ready=OFF`) to see relgraph refuse it quickly and say so
 * on `/ready`, and every node is checked with SQL against what the clients were told. Prints the
 * figures and the checks, and ends with `N passed, N failed`; exits 1 when anything failed.
 *
 * Environment: `RG_CLUSTER_SECONDS` (default 60), `RG_CLUSTER_CLIENTS` (16), `RG_SEED` (42),
 * `RG_CLUSTER_LOGS` (a directory to keep the relgraph servers' logs in).
 */
import { configure, createAll, createDriver } from '../../src/index.js';
import type { Database } from '../reliability/harness.js';
import { gql, outcome } from '../reliability/http.js';
import { verdict } from '../reliability/oracle.js';
import { percentile, Report, sleep } from '../reliability/report.js';
import { childParents, linkSet, seedData } from '../reliability/seed.js';
import { startGaleraCluster, type GaleraCluster } from '../support/galeraCluster.js';
import { commitConflicts } from './commitConflict.js';
import Base from './models.js';
import { probe, RelgraphServer } from './relgraph.js';
import { checksums, conflictCounters, nodeDatabase, SCHEMA, verifyNode, type Figures } from './verify.js';
import { runWorkload, type Workload } from './workload.js';

const env = process.env;
const SECONDS = Number(env['RG_CLUSTER_SECONDS'] ?? 60);
const CLIENTS = Number(env['RG_CLUSTER_CLIENTS'] ?? 16);
const SEED = Number(env['RG_SEED'] ?? 42);
/** The clients give up on a request after this long. */
const CLIENT_TIMEOUT_MS = 8000;
/** A frozen node stays frozen this long: past the clients' timeout. */
const PAUSE_MS = 11_000;
const TIER = 'cluster';

const report = new Report();
const started = performance.now();
const note = (text: string) => {
  const line = `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${text}`;
  process.stdout.write(`${line}\n`);
};

let cluster: GaleraCluster | undefined;
const servers: RelgraphServer[] = [];
const databases: Database[] = [];

async function main(): Promise<void> {
  cluster = await startGaleraCluster({ nodes: 3 });
  note(
    `cluster of 3 Synced: client ports ${cluster.nodes.map((n) => n.port).join(', ')}, pids ${cluster.nodes.map((n) => n.pid).join(', ')}`,
  );
  for (const node of cluster.nodes) databases.push(await nodeDatabase(node));
  await createSchema(databases[0]!);
  await cluster.waitSynced();
  servers.push(...cluster.nodes.map((node) => new RelgraphServer(`relgraph${node.index}`, { dbUrl: `${node.appUrl}/${SCHEMA}`, port: 0 })));
  await Promise.all(servers.map((server) => server.start()));
  note(`relgraph servers: ${servers.map((s) => `${s.origin} (pid ${s.pid})`).join(', ')}`);

  const before = await Promise.all(databases.map(conflictCounters));
  const loadStarted = performance.now();
  let faultsDone = false;
  const scraper = setInterval(() => void Promise.all(servers.map((s) => s.readRetries())), 1000);
  const faults = runFaults(cluster, loadStarted).finally(() => {
    faultsDone = true;
  });
  const workload = await runWorkload({
    servers,
    clients: CLIENTS,
    seed: SEED,
    timeoutMs: CLIENT_TIMEOUT_MS,
    done: () => faultsDone && performance.now() - loadStarted >= SECONDS * 1000,
    children: await childParents(databases[0]!, SCHEMA),
    links: await linkSet(databases[0]!, SCHEMA),
  });
  await faults;
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  clearInterval(scraper);
  await Promise.all(servers.map((s) => s.readRetries()));
  note(`load ended after ${loadSeconds.toFixed(0)} s`);
  await cluster.waitSynced(120_000, 3);
  const after = await Promise.all(databases.map(conflictCounters));

  await commitConflicts({ report, tier: TIER, local: databases[0]!, remote: databases[1]! });
  await notSyncedNode(cluster, workload);
  await cluster.waitSynced(120_000, 3);
  await Promise.all(servers.map((s) => s.readRetries()));

  const figures: Figures = { acknowledged: workload.stats.verdicts.ACK, lost: 0, duplicated: 0 };
  for (const [i, db] of databases.entries()) {
    for (const finding of await verifyNode(db, `node${i + 1}`, workload, figures)) {
      report.add(TIER, finding.check, finding.tried, finding.held, finding.detail);
    }
  }
  const sums = await Promise.all(databases.map(checksums));
  report.add(
    TIER,
    'all nodes hold identical tables (CHECKSUM TABLE per table)',
    'parent, child, tag, parent_tag on node1..3',
    sums.every((s) => s === sums[0]),
    sums.map((s, i) => `node${i + 1}: ${s}`).join(' | '),
  );
  const { stats } = workload;
  report.add(
    TIER,
    'every payload reflects its own write',
    `${stats.mutations} mutations`,
    stats.violations.length === 0,
    stats.violations.slice(0, 5).join(' | '),
  );
  const internal = stats.codes.get('INTERNAL_SERVER_ERROR') ?? 0;
  // A node started again counts from 0: its share is what it counted since.
  const certFailures = after.reduce((n, c, i) => n + Math.max(0, c.certFailures - before[i]!.certFailures), 0);
  const bfAborts = after.reduce((n, c, i) => n + Math.max(0, c.bfAborts - before[i]!.bfAborts), 0);
  const retries = servers.reduce((n, s) => n + s.retries, 0);
  report.add(
    TIER,
    'multi-primary conflicts happened and were retried',
    'Galera certification failures and brute-force aborts; relgraph transaction retries',
    certFailures + bfAborts > 0 && retries > 0,
    `${certFailures} certification failures, ${bfAborts} brute-force aborts; ${retries} retries`,
  );
  const causes = internalErrorCauses(servers);
  report.add(
    TIER,
    'every INTERNAL_SERVER_ERROR is a statement cut by a fault, or a conflict after its last retry',
    `${internal} answered; the servers' error log`,
    causes.other.length === 0,
    `${causes.cut} cut (no reply, connection lost), ${causes.conflicts} conflicts after retries; other: ${causes.other.slice(0, 3).join(' | ')}`,
  );
  const errors = [...stats.codes.entries()].sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`);
  const figuresLine = [
    `requests ${stats.requests} (${(stats.requests / loadSeconds).toFixed(0)}/s over ${loadSeconds.toFixed(0)} s, ${CLIENTS} clients)`,
    `errors by code: ${errors.join(', ') || 'none'}`,
    `mutations ${stats.mutations}: acknowledged ${stats.verdicts.ACK}, rejected ${stats.verdicts.REJECT}, indeterminate ${stats.verdicts.INDETERMINATE}`,
    `lost ${figures.lost}, duplicated ${figures.duplicated}`,
    `p50 ${percentile(stats.latencies, 50).toFixed(0)} ms, p99 ${percentile(stats.latencies, 99).toFixed(0)} ms`,
    `retries ${retries}; certification failures ${certFailures}, brute-force aborts ${bfAborts}; failovers ${stats.failovers}`,
    `INTERNAL_SERVER_ERROR ${internal}: ${causes.cut} statements cut by a fault (no reply or connection lost; at COMMIT the outcome is unknown), ${causes.conflicts} deadlocks or certification conflicts after the last retry; TRANSACTION_CONFLICT ${stats.codes.get('TRANSACTION_CONFLICT') ?? 0} (reruns spent, nothing written)`,
  ];
  report.add(
    TIER,
    'no acknowledged write lost, none duplicated',
    `${figures.acknowledged} acknowledged writes`,
    figures.lost === 0 && figures.duplicated === 0,
    `lost ${figures.lost}, duplicated ${figures.duplicated}`,
  );
  process.stdout.write(`\nfigures:\n${figuresLine.map((l) => `  ${l}`).join('\n')}\n`);
}

/**
 * What the servers logged for each request answered INTERNAL_SERVER_ERROR (`unexpected error`):
 * a statement whose reply never came or whose connection died under a fault (at COMMIT its
 * outcome is unknown, so relgraph must claim neither), a deadlock or certification conflict whose
 * retries ran out, or anything else — which would be a defect.
 */
function internalErrorCauses(list: readonly RelgraphServer[]): { cut: number; conflicts: number; other: string[] } {
  const causes = { cut: 0, conflicts: 0, other: [] as string[] };
  for (const server of list) {
    for (const line of server.output.split('\n')) {
      if (!line.includes('"level":"error"')) continue;
      let entry: { msg?: string; err?: { errno?: number; code?: string; message?: string } };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        continue;
      }
      const err = entry.err ?? {};
      if (err.errno === 1213) causes.conflicts += 1;
      else if (
        /No reply from the MySQL server|Connection lost|closed state/.test(err.message ?? '') ||
        err.code === 'ECONNRESET' ||
        // The frozen or killed node took its peer out of the primary component mid-COMMIT: 1180, outcome unknown.
        (err.errno === 1180 && /Primary Component/.test(err.message ?? ''))
      )
        causes.cut += 1;
      else causes.other.push(`${server.name}: ${entry.msg}`);
    }
  }
  return causes;
}

/** Creates the schema on node 1 (replicated by Galera), seeds it, and narrows `app` to DML. */
async function createSchema(db: Database): Promise<void> {
  await db.root.query(`CREATE DATABASE ${SCHEMA}`);
  const driver = await createDriver(`${db.server.adminUrl}/${SCHEMA}`, { connectionLimit: 1 });
  try {
    await createAll(configure(Base), driver);
  } finally {
    await driver.close();
  }
  await seedData(db, SCHEMA);
  await db.root.query("REVOKE ALL PRIVILEGES ON `rg\\_%`.* FROM 'app'@'127.0.0.1'");
  await db.root.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${SCHEMA}.* TO 'app'@'127.0.0.1'`);
}

/**
 * The faults, at fixed shares of the load's duration: kill -9 node 3 and start it again (it
 * rejoins by IST), kill -9 relgraph server 1 and start it again on its port, and freeze node 2
 * past the clients' timeout.
 */
async function runFaults(cluster: GaleraCluster, loadStarted: number): Promise<void> {
  const at = async (share: number) => {
    const wait = loadStarted + share * SECONDS * 1000 - performance.now();
    if (wait > 0) await sleep(wait);
  };
  const [, node2, node3] = cluster.nodes as [never, (typeof cluster.nodes)[number], (typeof cluster.nodes)[number]];
  await report.check(TIER, 'a Galera node killed with SIGKILL rejoins the cluster (IST or SST)', async () => {
    await at(0.15);
    const pid = node3.pid;
    await node3.kill();
    note(`node3 killed (kill -9 ${pid})`);
    await cluster.waitSynced(30_000, 2);
    note('node1 and node2 form the cluster without node3');
    await at(0.3);
    const back = await node3.start();
    const transfer = back.transfer;
    note(
      `node3 back (pid ${node3.pid}) and Synced by ${transfer}: position ${back.position ?? 'not recovered'} in ${(back.recoverMs / 1000).toFixed(1)} s, joined in ${(back.joinMs / 1000).toFixed(1)} s`,
    );
    await cluster.waitSynced(60_000, 3);
    return { tried: `kill -9 node3 at ${0.15 * SECONDS} s, start at ${0.3 * SECONDS} s`, held: true, detail: `rejoined by ${transfer}` };
  });
  await report.check(TIER, 'a relgraph server killed with SIGKILL serves again after a restart', async () => {
    await at(0.45);
    const server = servers[0]!;
    const pid = server.pid;
    await server.kill();
    note(`relgraph1 killed (kill -9 ${pid})`);
    await sleep(1000);
    await server.start();
    const ready = await probe(`${server.origin}/ready`);
    note(`relgraph1 restarted (pid ${server.pid}) on ${server.origin}: /ready ${ready.status}`);
    return {
      tried: `kill -9 relgraph1 at ${0.45 * SECONDS} s, restart 1 s later on its port`,
      held: ready.status === 200,
      detail: `/ready ${ready.status}`,
    };
  });
  await report.check(TIER, `a node frozen (SIGSTOP) for ${PAUSE_MS / 1000} s, past the client timeout, comes back`, async () => {
    await at(0.6);
    node2.pause();
    note(`node2 frozen (SIGSTOP ${node2.pid})`);
    await sleep(PAUSE_MS);
    node2.resume();
    const t = performance.now();
    note('node2 resumed (SIGCONT)');
    await cluster.waitSynced(90_000, 3);
    note(`cluster of 3 Synced again after ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { tried: `SIGSTOP node2 at ${0.6 * SECONDS} s for ${PAUSE_MS / 1000} s`, held: true, detail: 'Synced with 3 nodes again' };
  });
}

/**
 * A node cut off from the cluster (`gmcast.isolate=1`: a partition) is not Synced and answers
 * `wsrep_ready=OFF`: its relgraph server must say 503 on `/ready` and refuse a write at once
 * with DATABASE_UNAVAILABLE; a server started against it must wait (`/ready` 503) rather than
 * serve; both serve again once the node has rejoined.
 */
async function notSyncedNode(cluster: GaleraCluster, workload: Workload): Promise<void> {
  const node = cluster.nodes[2]!;
  const server = servers[2]!;
  const db = databases[2]!;
  await db.rows("SET GLOBAL wsrep_provider_options = 'gmcast.isolate=1'");
  let status: Record<string, string> = {};
  for (let i = 0; i < 100; i++) {
    status = await node.status();
    if (status['wsrep_ready'] === 'OFF') break;
    await sleep(100);
  }
  note(`node3 isolated: ${status['wsrep_local_state_comment']}, ${status['wsrep_cluster_status']}, wsrep_ready=${status['wsrep_ready']}`);
  const late = new RelgraphServer('relgraph-late', { dbUrl: `${node.appUrl}/${SCHEMA}`, port: await freePort(), waitForDatabase: '60s' });
  try {
    await report.check(TIER, 'a node not Synced (wsrep_ready=OFF): /ready answers 503', async () => {
      const ready = await probe(`${server.origin}/ready`);
      return {
        tried: 'GET /ready of relgraph3 with node3 isolated',
        held: ready.status === 503,
        detail: `${ready.status} ${ready.body.trim()}`,
      };
    });
    await report.check(TIER, 'a node not Synced: a write is refused at once with DATABASE_UNAVAILABLE, nothing written', async () => {
      const name = 'cl-isolated-0';
      const entry = { name, tag: 1, create: 'INDETERMINATE' as const } as Parameters<typeof workload.created.set>[1];
      workload.created.set(name, entry);
      const reply = await gql(
        server.url,
        `mutation { createParent(input: { name: "${name}", owner: "cluster", children: { create: [{ name: "${name}-c0" }, { name: "${name}-c1" }, { name: "${name}-c2" }] }, tags: { connect: [{ id: 1 }] } }) { id } }`,
        undefined,
        CLIENT_TIMEOUT_MS,
      );
      entry.create = verdict(reply);
      return {
        tried: 'createParent through relgraph3 with node3 isolated',
        held: outcome(reply) === 'DATABASE_UNAVAILABLE' && reply.status === 503 && reply.ms < 3000,
        detail: `${outcome(reply)}, HTTP ${reply.status}, ${reply.ms.toFixed(0)} ms, ${reply.body?.errors?.[0]?.message ?? ''}`,
      };
    });
    await late.start();
    await report.check(TIER, 'a server started against a node not Synced waits: /health 200, /ready 503', async () => {
      let health = await probe(`${late.origin}/health`, 2000);
      for (let i = 0; i < 50 && health.status !== 200; i++) {
        await sleep(200);
        health = await probe(`${late.origin}/health`, 2000);
      }
      const ready = await probe(`${late.origin}/ready`);
      return {
        tried: 'relgraph serve --wait-for-database 60s against isolated node3',
        held: health.status === 200 && ready.status === 503,
        detail: `/health ${health.status}, /ready ${ready.status}; ${late.alive ? 'running' : `exited: ${late.output.slice(-300)}`}`,
      };
    });
  } finally {
    await db.rows("SET GLOBAL wsrep_provider_options = 'gmcast.isolate=0'");
  }
  await cluster.waitSynced(120_000, 3);
  note('node3 rejoined');
  await report.check(TIER, 'once the node is Synced again, both servers answer /ready 200', async () => {
    let ready = await probe(`${server.origin}/ready`);
    let lateReady = await probe(`${late.origin}/ready`);
    for (let i = 0; i < 60 && (ready.status !== 200 || lateReady.status !== 200); i++) {
      await sleep(500);
      ready = await probe(`${server.origin}/ready`);
      lateReady = await probe(`${late.origin}/ready`);
    }
    return {
      tried: 'GET /ready of relgraph3 and of the late server',
      held: ready.status === 200 && lateReady.status === 200,
      detail: `${ready.status}, ${lateReady.status}`,
    };
  });
  await late.stop();
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port was assigned.'))));
    });
  });
}

try {
  await main();
} catch (error) {
  report.add(
    TIER,
    'the cluster test ran to the end',
    'setup, load, faults, checks',
    false,
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );
} finally {
  for (const server of servers) await server.stop().catch(() => undefined);
  // RG_CLUSTER_LOGS=<dir>: keep each relgraph server's log (JSON lines) for a closer look.
  const logs = env['RG_CLUSTER_LOGS'];
  if (logs) {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(logs, { recursive: true });
    for (const server of servers) writeFileSync(`${logs}/${server.name}.log`, server.output);
  }
  for (const db of databases) await db.stop().catch(() => undefined);
  await cluster?.stop().catch(() => undefined);
}
process.stdout.write(`\ncluster test: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
report.print();
process.exit(report.failed === 0 ? 0 : 1);
