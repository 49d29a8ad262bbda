/**
 * relgraph servers of the cluster test: the real CLI, `relgraph serve test/cluster/models.ts`, one
 * child process per Galera node, in production mode, on a fixed loopback port so that a server
 * killed and started again is found where it was (as a load balancer would find it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');

export interface ServeOptions {
  /** `mysql://…/<schema>` of the node it serves. */
  readonly dbUrl: string;
  /** 0 picks a free port; a restart passes the port it had. */
  readonly port: number;
  readonly poolSize?: number;
  /** `--wait-for-database`, e.g. `60s`: serve `/health` (and `/ready` 503) while the node is not ready. */
  readonly waitForDatabase?: string;
}

export class RelgraphServer {
  readonly name: string;
  readonly options: ServeOptions;
  #child: ChildProcess | undefined;
  #output = '';
  #origin = '';
  /** Transaction retries reported by earlier processes of this server (a kill loses nothing counted). */
  #retriesBefore = 0;
  #retriesNow = 0;

  constructor(name: string, options: ServeOptions) {
    this.name = name;
    this.options = options;
  }

  get origin(): string {
    return this.#origin;
  }

  get url(): string {
    return `${this.#origin}/graphql`;
  }

  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  get alive(): boolean {
    const child = this.#child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  /** stdout and stderr of every process of this server so far (JSON log lines). */
  get output(): string {
    return this.#output;
  }

  /** Transaction retries over every process of this server, as far as `/metrics` was read. */
  get retries(): number {
    return this.#retriesBefore + this.#retriesNow;
  }

  /**
   * Starts the process and waits for its `listening on` line, or, with `waitForDatabase`, for it
   * to answer `/health`.
   */
  async start(): Promise<void> {
    const port = this.#origin ? Number(new URL(this.#origin).port) : this.options.port;
    const args = [
      '--conditions=relgraph-source',
      '--import',
      'tsx',
      path.join(root, 'src', 'cli', 'bin.ts'),
      'serve',
      path.join(here, 'models.ts'),
      '--db',
      this.options.dbUrl,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--pool-size',
      String(this.options.poolSize ?? 8),
      '--production',
      '--log-format',
      'json',
      '--log-level',
      'info',
      '--shutdown-timeout',
      '5s',
      ...(this.options.waitForDatabase ? ['--wait-for-database', this.options.waitForDatabase] : []),
    ];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#retriesBefore += this.#retriesNow;
    this.#retriesNow = 0;
    const started = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start within 60 s: ${this.#output.slice(-1500)}`)), 60_000);
      const onData = (chunk: string) => {
        this.#output += chunk;
        const url = /"url":"(http:\/\/[^"]+)"/.exec(chunk)?.[1] ?? /listening on (http:\/\/\S+?)["\s]/.exec(chunk)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(new URL(url).origin);
        }
      };
      child.stdout!.setEncoding('utf8').on('data', onData);
      child.stderr!.setEncoding('utf8').on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited with ${code ?? signal} before it served: ${this.#output.slice(-1500)}`));
      });
    });
    if (this.options.waitForDatabase && port !== 0) {
      // It answers /health on its port while it waits for the database.
      this.#origin = `http://127.0.0.1:${port}`;
      started.catch(() => undefined);
      return;
    }
    this.#origin = await started;
  }

  /** SIGKILL: a crash, no shutdown. */
  async kill(): Promise<void> {
    await this.#signal('SIGKILL');
  }

  /** SIGTERM: a graceful shutdown. */
  async stop(): Promise<void> {
    await this.#signal('SIGTERM');
  }

  /** Reads `relgraph_transaction_retries_total` from `/metrics` (kept when the process dies). */
  async readRetries(): Promise<void> {
    if (!this.alive) return;
    try {
      const response = await fetch(`${this.#origin}/metrics`, { signal: AbortSignal.timeout(2000) });
      const text = await response.text();
      const match = /^relgraph_transaction_retries_total(?:\{[^}]*\})? (\d+)/m.exec(text);
      if (match) this.#retriesNow = Number(match[1]);
    } catch {
      // A server that is down or frozen keeps its last reading.
    }
  }

  async #signal(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const child = this.#child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Status and body of a GET, or status 0 when nothing answered in time. */
export async function probe(url: string, timeoutMs = 5000): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: await response.text(), ms: performance.now() - started };
  } catch (error) {
    return { status: 0, body: String(error), ms: performance.now() - started };
  }
}
