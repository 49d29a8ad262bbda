/**
 * Starts a throwaway MariaDB Galera cluster on loopback (`npm run test:cluster`): N `mariadbd`
 * processes, each with its own datadir in one temp directory, its own client, group
 * communication, IST and SST ports, all free loopback ports; stopped by pid and deleted
 * afterwards, as `mariadbServer.ts` does for one server.
 *
 * The timeouts of the group communication are short (a dead or paused node is suspected after 3
 * s and dropped after 5 s, MariaDB's defaults are 5 s and 15 s) so that the cluster goes on
 * without a lost node within seconds; they stay well above loopback latency and a busy
 * machine's scheduling pauses.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { findExecutable, installDataDir } from './mariadbServer.js';

/** Where Debian's `galera-4` puts the provider; `GALERA_PROVIDER` names another. */
const providerPaths = ['/usr/lib/galera/libgalera_smm.so', '/usr/lib/libgalera_smm.so', '/usr/lib64/galera-4/libgalera_smm.so'];

/**
 * Galera provider options, besides the addresses (`wsrep_provider_options`, MariaDB KB):
 * - `evs.keepalive_period` 1 s, `evs.suspect_timeout` 3 s, `evs.inactive_timeout` 5 s,
 *   `evs.install_timeout` 5 s, `evs.inactive_check_period` 0.5 s: a killed or stopped node
 *   is suspected after 3 s and the others form a new primary component without it.
 * - `gmcast.peer_timeout` 3 s: a dead peer's connection is given up sooner.
 * - `gcache.size` 128M: a node that was down for a minute of this test's writes rejoins by IST
 *   from a peer's cache rather than a full SST.
 * - `pc.weight` stays 1: with 3 nodes, 2 keep quorum when one dies or stops.
 */
const providerOptions = [
  'evs.keepalive_period=PT1S',
  'evs.suspect_timeout=PT3S',
  'evs.inactive_timeout=PT5S',
  'evs.install_timeout=PT5S',
  'evs.inactive_check_period=PT0.5S',
  'gmcast.peer_timeout=PT3S',
  'gcache.size=128M',
];

export interface GaleraNode {
  /** 1-based. */
  readonly index: number;
  readonly name: string;
  /** The client port. */
  readonly port: number;
  /** `mysql://root@127.0.0.1:<port>` (no password; loopback only). */
  readonly adminUrl: string;
  /** `mysql://app:app@127.0.0.1:<port>`: every privilege on `rg_*` databases. */
  readonly appUrl: string;
  readonly dataDir: string;
  /** The Unix socket; `root` connects through it without a password. */
  readonly socket: string;
  readonly errorLog: string;
  /** The running `mariadbd`'s pid; 0 while it is down. */
  readonly pid: number;
  /** Whether its process is running (paused counts as running). */
  readonly running: boolean;
  /** SIGKILL: a crash. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts the node again on its datadir (after `--wsrep-recover`, so that it may rejoin by IST); waits for `Synced`. */
  start(): Promise<Rejoin>;
  /** SIGSTOP: the process freezes with its sockets open. */
  pause(): void;
  /** SIGCONT. */
  resume(): void;
  /** SIGTERM, a clean shutdown. */
  stop(): Promise<void>;
  /** A root connection to this node. */
  connect(): Promise<Connection>;
  /** `wsrep_%` status variables of this node, by name. */
  status(): Promise<Record<string, string>>;
}

/** How a node came back: the position it recovered, how its state came (IST or SST), and how long each step took. */
export interface Rejoin {
  readonly position: string | undefined;
  readonly transfer: 'IST' | 'SST';
  readonly recoverMs: number;
  readonly joinMs: number;
}

export interface GaleraCluster {
  readonly nodes: readonly GaleraNode[];
  readonly dir: string;
  /** Waits until every running node reports `Synced` and a cluster of `size` (default: the nodes running). */
  waitSynced(timeoutMs?: number, size?: number): Promise<void>;
  /** Stops every node and removes the temp directory. */
  stop(): Promise<void>;
}

export interface StartGaleraOptions {
  readonly nodes?: number;
  /** More `mariadbd` options for every node. */
  readonly args?: readonly string[];
  /** Per node start, SST included. Default 120 s. */
  readonly readyTimeoutMs?: number;
}

/**
 * The account `mariadbd` runs as: the current user, or under root the `mysql` account (Debian's
 * MariaDB package creates it; `RG_GALERA_USER` names another), so that the rsync daemon of a
 * state transfer runs as the owner of the datadir.
 */
function serverUser(): string {
  const current = userInfo().username;
  if (userInfo().uid !== 0) return current;
  const wanted = process.env['RG_GALERA_USER'] ?? 'mysql';
  return spawnSync('id', ['-u', wanted]).status === 0 ? wanted : 'nobody';
}

/** The Galera provider library, or `undefined` when it is not installed. */
export function findGaleraProvider(): string | undefined {
  const given = process.env['GALERA_PROVIDER'];
  if (given) return existsSync(given) ? given : undefined;
  return providerPaths.find((file) => existsSync(file));
}

/**
 * @example
 * const cluster = await startGaleraCluster({ nodes: 3 });
 * // mysql://app:app@127.0.0.1:<cluster.nodes[0].port>/rg_x ...
 * await cluster.nodes[2].kill(); await cluster.nodes[2].start();
 * await cluster.stop();
 */
export async function startGaleraCluster(options: StartGaleraOptions = {}): Promise<GaleraCluster> {
  const count = options.nodes ?? 3;
  const mariadbd = process.env['MARIADBD'] ?? findExecutable('mariadbd') ?? findExecutable('mysqld');
  const installDb = findExecutable('mariadb-install-db') ?? findExecutable('mysql_install_db');
  const provider = findGaleraProvider();
  if (!mariadbd || !installDb) throw new Error('mariadbd or mariadb-install-db was not found on PATH.');
  if (!provider)
    throw new Error(`The Galera provider was not found (${providerPaths.join(', ')}); install galera-4, or set GALERA_PROVIDER.`);
  if (!findExecutable('rsync')) throw new Error('rsync was not found on PATH; the rsync state transfer needs it (install rsync).');
  const dir = await mkdtemp(path.join(tmpdir(), 'rg-galera-'));
  // The joiner's side of an rsync state transfer is an rsync daemon, which, started as root,
  // drops to `nobody` (its config names no uid): it then cannot reach a datadir in a private
  // temp directory ("Permission denied (13)"), and even in a world-writable one it cannot set
  // the modes of the files root owns ("failed to set permissions", rsync code 23). So under root
  // the nodes run as an unprivileged account that owns its node's directory, as a packaged
  // server does, and the temp directory lets it in.
  chmodSync(dir, 0o755);
  const user = serverUser();
  const children = new Set<ChildProcess>();
  const cleanUpOnExit = () => {
    for (const child of children) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUpOnExit);
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const ports = await freePorts(count * 4);
  const gcommPorts = Array.from({ length: count }, (_, i) => ports[i * 4 + 1]!);
  const clusterAddress = `gcomm://${gcommPorts.map((p) => `127.0.0.1:${p}`).join(',')}`;

  const nodes: Node[] = [];
  for (let i = 0; i < count; i++) {
    const [port, gcommPort, istPort, sstPort] = ports.slice(i * 4, i * 4 + 4) as [number, number, number, number];
    const nodeDir = path.join(dir, `node${i + 1}`);
    const dataDir = path.join(nodeDir, 'data');
    mkdirSync(dataDir, { recursive: true });
    if (user !== userInfo().username) {
      const chown = spawnSync('chown', ['-R', `${user}:`, nodeDir], { encoding: 'utf8' });
      if (chown.status !== 0) throw new Error(`chown ${user} ${nodeDir} failed: ${chown.stderr.trim()}`);
    }
    // Only the first node gets a system database: the others receive everything by state
    // transfer when they join, which overwrites their datadir.
    if (i === 0) {
      try {
        installDataDir(installDb, dataDir, user, nodeDir);
      } catch (error) {
        process.removeListener('exit', cleanUpOnExit);
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
    const args = [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${path.join(nodeDir, 'mariadb.sock')}`,
      `--pid-file=${path.join(nodeDir, 'mariadb.pid')}`,
      `--log-error=${path.join(nodeDir, 'error.log')}`,
      `--tmpdir=${nodeDir}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--user=${user}`,
      '--innodb-buffer-pool-size=64M',
      '--innodb-log-file-size=48M',
      '--innodb-lock-wait-timeout=5',
      '--innodb-flush-log-at-trx-commit=1',
      '--max-connections=300',
      // Galera's requirements: row-based replication, interleaved auto-increment locks, InnoDB.
      '--binlog-format=ROW',
      '--innodb-autoinc-lock-mode=2',
      '--default-storage-engine=InnoDB',
      '--wsrep-on=ON',
      `--wsrep-provider=${provider}`,
      '--wsrep-cluster-name=rg_cluster',
      `--wsrep-cluster-address=${clusterAddress}`,
      `--wsrep-node-name=node${i + 1}`,
      `--wsrep-node-address=127.0.0.1:${gcommPort}`,
      `--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:${gcommPort};ist.recv_addr=127.0.0.1:${istPort};${providerOptions.join(';')}`,
      '--wsrep-sst-method=rsync',
      `--wsrep-sst-receive-address=127.0.0.1:${sstPort}`,
      ...(options.args ?? []),
    ];
    nodes.push(
      new Node(
        i + 1,
        mariadbd,
        args,
        port,
        dataDir,
        path.join(nodeDir, 'mariadb.sock'),
        path.join(nodeDir, 'error.log'),
        children,
        readyTimeoutMs,
      ),
    );
  }

  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop().catch(() => undefined)));
    process.removeListener('exit', cleanUpOnExit);
    await rm(dir, { recursive: true, force: true });
  };

  const waitSynced = async (timeoutMs = readyTimeoutMs, size?: number) => {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const up = nodes.filter((node) => node.running);
      const states = await Promise.all(up.map((node) => node.status().catch((error: unknown) => ({ error: String(error) }))));
      const want = String(size ?? up.length);
      if (
        states.every(
          (s: Record<string, string>) =>
            s['wsrep_local_state_comment'] === 'Synced' && s['wsrep_cluster_size'] === want && s['wsrep_ready'] === 'ON',
        )
      )
        return;
      last = states
        .map((s: Record<string, string>, i) =>
          s['error']
            ? `${up[i]!.name}: ${s['error']}`
            : `${up[i]!.name}: ${s['wsrep_local_state_comment']} size ${s['wsrep_cluster_size']}`,
        )
        .join(', ');
      if (Date.now() > deadline)
        throw new Error(`The Galera cluster did not become Synced with ${want} nodes within ${timeoutMs} ms: ${last}`);
      await sleep(250);
    }
  };

  try {
    // The first node bootstraps a new cluster; the others join it, one at a time (each by SST).
    await nodes[0]!.launch(['--wsrep-new-cluster']);
    await nodes[0]!.waitSynced();
    const admin = await nodes[0]!.connect();
    try {
      // Account statements are replicated to every node (total order isolation).
      await admin.query("CREATE USER 'app'@'127.0.0.1' IDENTIFIED BY 'app'");
      await admin.query("GRANT ALL PRIVILEGES ON `rg\\_%`.* TO 'app'@'127.0.0.1'");
    } finally {
      await admin.end();
    }
    for (const node of nodes.slice(1)) {
      await node.launch([]);
      await node.waitSynced();
    }
    await waitSynced(readyTimeoutMs, count);
  } catch (error) {
    const logs = await Promise.all(
      nodes.map(async (node) => `${node.name}: ${await logTail(node.errorLog, Number(process.env['RG_LOG_LINES'] ?? 8))}`),
    );
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs.join('\n')}`);
  }
  return { nodes, dir, waitSynced, stop };
}

class Node implements GaleraNode {
  readonly name: string;
  readonly adminUrl: string;
  readonly appUrl: string;
  #child: ChildProcess | undefined;

  constructor(
    readonly index: number,
    readonly mariadbd: string,
    readonly args: readonly string[],
    readonly port: number,
    readonly dataDir: string,
    readonly socket: string,
    readonly errorLog: string,
    readonly children: Set<ChildProcess>,
    readonly readyTimeoutMs: number,
  ) {
    this.name = `node${index}`;
    this.adminUrl = `mysql://root@127.0.0.1:${port}`;
    this.appUrl = `mysql://app:app@127.0.0.1:${port}`;
  }

  get pid(): number {
    return this.running ? (this.#child?.pid ?? 0) : 0;
  }

  get running(): boolean {
    const child = this.#child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  /** Spawns `mariadbd` and waits until it accepts connections (which a joiner does only after its state transfer). */
  async launch(extra: readonly string[]): Promise<void> {
    const child = spawn(this.mariadbd, [...this.args, ...extra], { stdio: 'ignore' });
    this.#child = child;
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    await waitForConnections(this, child);
  }

  async start(): Promise<Rejoin> {
    if (this.running) throw new Error(`${this.name} is running already.`);
    const started = performance.now();
    // After a crash grastate.dat holds seqno -1: recover the last committed position from
    // InnoDB (what the galera_recovery script does for systemd), so that the node asks its
    // peers for the missing write sets (IST) instead of a whole copy (SST).
    const recover = spawnSync(this.mariadbd, [...this.args, '--wsrep-recover', `--log-error=${this.errorLog}.recover`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const text = await readFile(`${this.errorLog}.recover`, 'utf8').catch(() => recover.stderr ?? '');
    const position = /WSREP: Recovered position: (\S+:-?\d+)/.exec(text)?.[1];
    const recovered = performance.now();
    const logBefore = (await readFile(this.errorLog, 'utf8').catch(() => '')).length;
    await this.launch(position ? [`--wsrep-start-position=${position}`] : []);
    await this.waitSynced();
    const log = (await readFile(this.errorLog, 'utf8').catch(() => '')).slice(logBefore);
    return {
      position,
      transfer: log.includes('IST received') && !log.includes('SST complete') ? 'IST' : 'SST',
      recoverMs: recovered - started,
      joinMs: performance.now() - recovered,
    };
  }

  async waitSynced(): Promise<void> {
    const deadline = Date.now() + this.readyTimeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited: ${await logTail(this.errorLog, 8)}`);
      const status = await this.status().catch((error: unknown) => ({ error: String(error) }) as Record<string, string>);
      if (status['wsrep_local_state_comment'] === 'Synced' && status['wsrep_ready'] === 'ON') return;
      last = status['error'] ?? `${status['wsrep_local_state_comment']}, ready ${status['wsrep_ready']}`;
      await sleep(200);
    }
    throw new Error(
      `${this.name} did not reach Synced within ${this.readyTimeoutMs} ms (last: ${last}): ${await logTail(this.errorLog, 8)}`,
    );
  }

  async kill(): Promise<void> {
    await this.#signalAndWait('SIGKILL');
  }

  pause(): void {
    this.#child?.kill('SIGSTOP');
  }

  resume(): void {
    this.#child?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    this.#child?.kill('SIGCONT');
    await this.#signalAndWait('SIGTERM');
  }

  connect(): Promise<Connection> {
    return createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 2000 });
  }

  async status(): Promise<Record<string, string>> {
    const connection = await this.connect();
    try {
      const [rows] = await connection.query<RowDataPacket[]>({ sql: "SHOW GLOBAL STATUS LIKE 'wsrep_%'", timeout: 3000 });
      return Object.fromEntries(rows.map((r) => [String(r['Variable_name']), String(r['Value'])]));
    } finally {
      connection.destroy();
    }
  }

  async #signalAndWait(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const child = this.#child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}

async function waitForConnections(node: Node, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + node.readyTimeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${node.name} exited with ${child.exitCode ?? child.signalCode}: ${await logTail(node.errorLog, 8)}`);
    }
    try {
      const connection = await node.connect();
      await connection.end();
      return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      await sleep(200);
    }
  }
  throw new Error(
    `${node.name} did not accept connections within ${node.readyTimeoutMs} ms (${lastError}): ${await logTail(node.errorLog, 8)}`,
  );
}

async function logTail(file: string, lines: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '(no error log)');
  return text.trim().split('\n').slice(-lines).join(' | ');
}

/** `n` distinct free loopback ports, all held open together while they are chosen. */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('No port was assigned.');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
