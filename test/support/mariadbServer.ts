/**
 * Starts a throwaway MariaDB for the test run (`docs/reliability.md` §4.0): a fresh datadir in
 * a temp directory, loopback only, its own port and socket, stopped and deleted afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

export interface MariadbServer {
  /** `root` over TCP, no password. */
  readonly adminUrl: string;
  /** `app`, with every privilege on databases named `rg_*` and nothing else. */
  readonly appUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** The Unix socket; `root` connects through it without a password. */
  readonly socket: string;
  readonly errorLog: string;
  /** The running `mariadbd`'s process id. */
  readonly pid: number;
  /**
   * Stops the server (`'shutdown'`: SIGTERM, a clean shutdown; `'kill'`: SIGKILL, a crash), waits
   * `downMs`, then starts it again on the same datadir, port and options.
   */
  restart(how: 'shutdown' | 'kill', downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface StartMariadbOptions {
  readonly readyTimeoutMs?: number;
  /** More `mariadbd` options, e.g. `['--general-log=1', '--log-output=TABLE']`. */
  readonly args?: readonly string[];
}

const searchPath = [
  '/usr/sbin',
  '/usr/bin',
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/local/mysql/bin',
  '/opt/homebrew/bin',
  '/opt/homebrew/sbin',
];

/** An executable from `$PATH` or the usual install locations, or `undefined`. */
export function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean), ...searchPath];
  return dirs.map((dir) => path.join(dir, name)).find((file) => existsSync(file));
}

/**
 * @example
 * const server = await startMariadb();
 * // ... mysql://app:app@127.0.0.1:<port>/rg_x ...
 * await server.stop();
 */
export async function startMariadb(options: StartMariadbOptions = {}): Promise<MariadbServer> {
  const given = process.env['MARIADBD'];
  if (given && !existsSync(given)) throw new Error(`MARIADBD names ${given}, which does not exist`);
  const mariadbd = given ?? findExecutable('mariadbd') ?? findExecutable('mysqld');
  const installDb = findExecutable('mariadb-install-db') ?? findExecutable('mysql_install_db');
  if (!mariadbd || !installDb) {
    throw new Error(`mariadbd or mariadb-install-db was not found on PATH or in ${searchPath.join(', ')}`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'rg-mariadb-'));
  let child: ChildProcess | undefined;
  // If the test run dies without its teardown, the server and its files go with it.
  const cleanUpOnExit = () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUpOnExit);
  const dataDir = path.join(dir, 'data');
  const user = userInfo().username;
  try {
    installDataDir(installDb, dataDir, user, dir);
  } catch (error) {
    process.removeListener('exit', cleanUpOnExit);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const errorLog = path.join(dir, 'error.log');
  const socket = path.join(dir, 'mariadb.sock');
  const args = [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--socket=${socket}`,
    `--pid-file=${path.join(dir, 'mariadb.pid')}`,
    `--log-error=${errorLog}`,
    `--tmpdir=${dir}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--skip-name-resolve',
    `--user=${user}`,
    '--innodb-buffer-pool-size=128M',
    '--innodb-lock-wait-timeout=5',
    '--innodb-print-all-deadlocks=ON',
    // innodb_rollback_on_timeout stays at its default (OFF): relgraph must cope with it.
    '--max-connections=500',
    ...(options.args ?? []),
  ];
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  const launch = async () => {
    child = spawn(mariadbd, args, { stdio: 'ignore' });
    await waitUntilReady(child, port, errorLog, readyTimeoutMs);
  };
  const adminUrl = `mysql://root@127.0.0.1:${port}`;
  const stop = async () => {
    if (child) await stopProcess(child, 'SIGTERM');
    process.removeListener('exit', cleanUpOnExit);
    await rm(dir, { recursive: true, force: true });
  };
  const restart = async (how: 'shutdown' | 'kill', downMs = 0) => {
    if (child) await stopProcess(child, how === 'kill' ? 'SIGKILL' : 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await launch();
  };
  try {
    await launch();
    const admin = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    try {
      // `\_` keeps the underscore literal in the grant's database pattern.
      await admin.query("CREATE USER 'app'@'127.0.0.1' IDENTIFIED BY 'app'");
      await admin.query("GRANT ALL PRIVILEGES ON `rg\\_%`.* TO 'app'@'127.0.0.1'");
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    adminUrl,
    appUrl: `mysql://app:app@127.0.0.1:${port}`,
    port,
    dataDir,
    socket,
    errorLog,
    get pid() {
      return child?.pid ?? 0;
    },
    restart,
    stop,
  };
}

/**
 * Creates a fresh datadir with its system tables (`mariadb-install-db`): `root` without a
 * password, no test database, no name resolution. Throws with the installer's last lines.
 */
export function installDataDir(installDb: string, dataDir: string, user: string, tmpDir: string): void {
  const install = spawnSync(
    installDb,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--user=${user}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      // Its own temporary directory: bootstraps running at once in a shared /tmp were seen to
      // trip over each other's temporary tables ("Unknown table 'mysql.tmp_proxies_priv'").
      `--tmpdir=${tmpDir}`,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (install.status !== 0) {
    throw new Error(
      `${installDb} failed (exit ${install.status ?? install.signal}): ${(install.stderr || install.stdout || String(install.error)).trim().split('\n').slice(-5).join(' | ')}`,
    );
  }
}

async function waitUntilReady(child: ChildProcess, port: number, errorLog: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `exited with ${code ?? signal}`;
  });
  child.once('error', (error) => {
    exited = `could not be started (${error.message})`;
  });
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited) throw new Error(`mariadbd ${exited}: ${await logTail(errorLog)}`);
    try {
      const connection = await createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1000 });
      await connection.end();
      return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`mariadbd did not accept connections within ${timeoutMs} ms (last error: ${lastError}): ${await logTail(errorLog)}`);
}

async function stopProcess(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

async function logTail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '(no error log)');
  return text.trim().split('\n').slice(-5).join(' | ');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port was assigned.'))));
    });
  });
}
