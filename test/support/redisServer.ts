/**
 * A throwaway `redis-server` for the pub/sub tests: loopback only, a free port, no persistence,
 * its files in a temp directory; stopped by pid, and restartable on the same port (the tests
 * kill it under live subscriptions, then bring it back).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deadPort } from './cliProcess.js';

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** SIGKILL: connections drop at once, as when Redis crashes. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * @example
 * const redis = await startRedis(commandFor('redis-server', ...)!);
 * // ... redis.url ...
 * await redis.stop();
 */
export async function startRedis(executable: string): Promise<RedisServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rg-redis-'));
  const port = await deadPort();
  let child: ChildProcess | undefined;
  const cleanUpOnExit = () => child?.kill('SIGKILL');
  process.once('exit', cleanUpOnExit);
  const start = async () => {
    child = spawn(executable, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: 'ignore',
    });
    await waitForPort(port, 10_000);
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid ?? -1;
    },
    kill,
    start,
    stop: async () => {
      await kill();
      process.off('exit', cleanUpOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
