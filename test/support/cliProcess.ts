/**
 * The built `relgraph` command in a child process, as the CLI tests run it: a clean
 * environment, exit code and output, `serve` started until it logs its URL, a port where
 * nothing listens, and the check that `dist/` is not older than `src/`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

const repo = process.cwd();
/** The built command, as installed (`npm test` builds first): models modules then import dist/ too. */
export const relgraphBin = path.join(repo, 'dist/cli/bin.js');
/** The environment of a clean shell: nothing of ours that could change a default. */
export const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|PORT|HOST|NODE_ENV|LOG_|RELGRAPH_|CORS_)/.test(key)),
);

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `relgraph <args>` to its end. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [relgraphBin, ...args],
      { cwd: options.cwd ?? repo, env: { ...cleanEnv, ...options.env }, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

export interface Served {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  /** The URL without `/graphql`. */
  readonly base: string;
  /** Every line the server has logged so far. */
  lines(): string[];
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
}

/** Starts `relgraph serve <args>` and resolves once it logs that it listens. */
export function startServe(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Served> {
  const child = spawn(process.execPath, [relgraphBin, 'serve', ...args], {
    cwd: options.cwd ?? repo,
    env: { ...cleanEnv, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      if (url) resolve({ child, url, base: url.replace(/\/graphql$/, ''), lines: () => output.split('\n').filter(Boolean), exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`relgraph serve exited with ${code} before it listened:\n${output}`)));
    setTimeout(() => reject(new Error(`relgraph serve did not listen within 20 s:\n${output}`)), 20_000).unref();
  });
}

/** SIGTERM, then the exit code. */
export async function stopServe(served: Served): Promise<number | null> {
  served.child.kill('SIGTERM');
  return served.exited;
}

/** A loopback port where nothing listens. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Throws unless `dist/` was built after the last change to `src/` (the tests run the built command). */
export async function assertFreshBuild(): Promise<void> {
  const built = await stat(relgraphBin).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const newest = Math.max(
    ...(await readdir(path.join(repo, 'src'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
  if (built < newest) throw new Error('dist/ is older than src/: run "npm run build" (npm test does) before these tests.');
}
