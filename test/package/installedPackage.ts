/**
 * The package as a user gets it: `npm pack` of this repository, installed with production
 * dependencies only into fresh projects outside it, and child processes run in those projects
 * with a time bound. Used by `package.test.ts` only.
 */
import { spawn } from 'node:child_process';
import { access, copyFile, lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** How a child process ended. `code` is null when it was killed, `timedOut` when by us. */
export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
  /** From its last byte of output (or its start) to its exit: how long it lingered. */
  readonly lingeredMs: number;
}

/**
 * The environment of every child process: this one's, without what vitest and the `npm test`
 * around it set (`NODE_OPTIONS`, `VITEST_*`, `NODE_ENV=test`, `npm_package_*`,
 * `npm_lifecycle_*`, `npm_config_local_prefix` = this repository) and without the settings
 * `relgraph serve` reads (`DATABASE_URL`, `PORT`, `RELGRAPH_*`), so that an `npm install` in a
 * temp project and a CLI started there see what a user's shell would give them.
 */
export function userEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (
      /^(VITEST|NODE_OPTIONS$|NODE_ENV$|TEST$|INIT_CWD$|npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$|RELGRAPH_|DATABASE_URL$|PORT$)/.test(
        name,
      )
    )
      continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs a command to its end, or kills it (SIGKILL) after `timeoutMs` and says so.
 *
 * @example
 * const { code, stderr } = await run('node', ['app.mjs'], { cwd, timeoutMs: 15_000 });
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<Finished> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? userEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let lastOutput = started;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      lastOutput = performance.now();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      lastOutput = performance.now();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const ended = performance.now();
      resolve({ code, signal, stdout, stderr, timedOut, ms: ended - started, lingeredMs: ended - lastOutput });
    });
  });
}

/** Throws with the command's output when it did not exit 0. */
export function assertSucceeded(what: string, finished: Finished): Finished {
  if (finished.code === 0) return finished;
  const how = finished.timedOut ? 'timed out' : `exited with ${finished.code ?? finished.signal}`;
  const output = `${finished.stdout}\n${finished.stderr}`.trim().split('\n').slice(-30).join('\n');
  throw new Error(`${what} ${how}:\n${output}`);
}

export interface PackedPackage {
  /** The absolute path of the `.tgz`. */
  readonly tarball: string;
  /** The paths inside the package, as `npm pack --json` lists them (`dist/index.js`, ...). */
  readonly files: readonly string[];
}

/**
 * `npm pack` of this repository's working tree, as a fresh clone with these changes would pack
 * it: the files git tracks or would track (not dist/, not what .gitignore lists) are copied to
 * `directory/source`, beside a link to this repository's node_modules, and packed there. npm
 * runs the `prepare` script first, so dist/ is built from the current sources, without touching
 * this repository's own dist/.
 */
export async function packRepository(directory: string): Promise<PackedPackage> {
  const source = path.join(directory, 'source');
  const listed = assertSucceeded(
    'git ls-files',
    await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: repositoryRoot,
      timeoutMs: 30_000,
    }),
  );
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    // A tracked file deleted in the working tree is not part of it; node_modules is linked below.
    if (file.split('/')[0] === 'node_modules' || !(await lstat(path.join(repositoryRoot, file)).catch(() => undefined))?.isFile()) continue;
    await mkdir(path.dirname(path.join(source, file)), { recursive: true });
    await copyFile(path.join(repositoryRoot, file), path.join(source, file));
  }
  await symlink(path.join(repositoryRoot, 'node_modules'), path.join(source, 'node_modules'), 'dir');
  const packed = assertSucceeded(
    'npm pack',
    await run('npm', ['pack', '--json', '--pack-destination', directory], {
      cwd: source,
      timeoutMs: 180_000,
    }),
  );
  // `prepare` prints the build's output before the JSON.
  const json = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[\n'))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const [entry] = json;
  if (!entry) throw new Error(`npm pack printed no package: ${packed.stdout}`);
  return { tarball: path.join(directory, entry.filename), files: entry.files.map((file) => file.path) };
}

export interface InstallOptions {
  /** `"module"` for an ES module project; absent for CommonJS. */
  readonly type?: 'module';
  /** More packages for the user's own toolchain, e.g. `typescript@5.9.3`. */
  readonly extra?: readonly string[];
  /** Environment for npm (e.g. where better-sqlite3 finds a prebuilt binary). */
  readonly env?: Record<string, string>;
}

/**
 * Creates a project in `directory` and installs the tarball into it with production
 * dependencies only. Returns npm's output (its warnings are on stderr).
 */
export async function installInto(directory: string, tarball: string, options: InstallOptions = {}): Promise<Finished> {
  const manifest = {
    name: `relgraph-user-${path.basename(directory)}`,
    version: '1.0.0',
    private: true,
    ...(options.type ? { type: options.type } : {}),
  };
  await writeFile(path.join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return assertSucceeded(
    `npm install in ${directory}`,
    await run(
      'npm',
      ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--save-exact', tarball, ...(options.extra ?? [])],
      { cwd: directory, timeoutMs: 300_000, env: userEnvironment(options.env) },
    ),
  );
}

/**
 * The packages npm warned about with EBADENGINE, e.g. `@whatwg-node/promise-helpers@2.0.2
 * requires node >=22.15.0`, each once.
 */
export function engineWarnings(npmOutput: string): string[] {
  const warnings = new Set<string>();
  const pattern = /EBADENGINE\s+package: '([^']+)',\s+npm warn EBADENGINE\s+required: \{ node: '([^']+)' \}/g;
  for (const match of npmOutput.matchAll(pattern)) warnings.add(`${match[1]} requires node ${match[2]}`);
  if (warnings.size === 0 && npmOutput.includes('EBADENGINE')) warnings.add(npmOutput);
  return [...warnings];
}

/**
 * The version of a package that this repository depends on (`dependencies` or
 * `devDependencies` of package.json).
 */
export async function repositoryVersionOf(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(repositoryRoot, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  const version = manifest['dependencies']?.[name] ?? manifest['devDependencies']?.[name];
  if (!version) throw new Error(`package.json does not depend on ${name}`);
  return version;
}

/** True when the text holds a JavaScript stack frame (`    at f (file.js:1:2)`). */
export function looksLikeStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}

/** A `relgraph serve` that has started listening. */
export interface RunningServe {
  /** The GraphQL endpoint it printed, e.g. `http://localhost:41234/graphql`. */
  readonly url: string;
  /** Sends `signal` (default SIGTERM) and waits up to `timeoutMs` for the exit. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Finished>;
}

/**
 * Starts a long-running command (`relgraph serve ... --port 0`) and resolves once it logs the
 * URL it listens on ("GraphiQL at <url>" or "listening on <url>", as a line of text or inside a
 * JSON log line); rejects with its output if it exits or prints no URL within `timeoutMs`.
 */
export function startServe(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number }): Promise<RunningServe> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: userEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  return new Promise((resolve, reject) => {
    let listening = false;
    const fail = (why: string) => {
      if (listening) return;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} ${why}:\n${stdout}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${options.timeoutMs} ms`), options.timeoutMs);
    void exited.then(({ code, signal }) => fail(`exited (${code ?? signal}) before listening`));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const url = listening ? undefined : /(?:GraphiQL at|listening on) (https?:\/\/[^\s"]+)/.exec(stderr)?.[1];
      if (!url) return;
      listening = true;
      clearTimeout(timer);
      resolve({
        url,
        async stop(signal = 'SIGTERM', timeoutMs = 15_000) {
          let timedOut = false;
          const kill = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, timeoutMs);
          child.kill(signal);
          const signalled = performance.now();
          const { code, signal: ended } = await exited;
          clearTimeout(kill);
          const now = performance.now();
          return { code, signal: ended, stdout, stderr, timedOut, ms: now - started, lingeredMs: now - signalled };
        },
      });
    });
  });
}

/**
 * better-sqlite3's install script (prebuild-install) downloads a prebuilt addon from GitHub and
 * compiles one from source (over a minute of CPU) when it cannot. Where this repository's
 * node_modules holds the same version, its addon is offered as a local prebuild
 * (prebuild-install's documented `<package>_local_prebuilds` setting), so that each fresh
 * install takes seconds. The install script still has to run and unpack it: a package whose
 * install scripts did not run would still have no addon. Returns the environment for npm, or
 * nothing when the versions differ.
 */
export async function betterSqlitePrebuild(directory: string, wanted: string): Promise<Record<string, string>> {
  const installed = path.join(repositoryRoot, 'node_modules', 'better-sqlite3');
  let version: string;
  try {
    version = (JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as { version: string }).version;
    await access(path.join(installed, 'build', 'Release', 'better_sqlite3.node'));
  } catch {
    return {};
  }
  if (version !== wanted) return {};
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const packed = await run('tar', ['-czf', path.join(directory, name), '-C', installed, 'build/Release/better_sqlite3.node'], {
    cwd: directory,
    timeoutMs: 60_000,
  }).catch(() => undefined);
  // Without tar, npm installs as it would anywhere: download, or compile.
  return packed?.code === 0 ? { npm_config_better_sqlite3_local_prebuilds: directory } : {};
}
