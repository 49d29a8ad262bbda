/**
 * reliability.md F11, the crash half: `relgraph serve` on an SQLite file is killed with SIGKILL
 * while clients are writing. After a restart every acknowledged write is there, every write whose
 * answer never came is there whole or not at all, the file passes `integrity_check`, foreign keys
 * are enforced again, and the server answers. (The busy half, a write blocked by another
 * connection's transaction, is in driver.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, type Driver } from '../../src/dialect/index.js';
import { selectRows } from '../support/index.js';

const models = 'examples/seed/many-to-many-back-populates.ts';
const CLIENTS = 4;
/** Acknowledged creates before the kill: enough that some are in flight when it lands. */
const ACKED_BEFORE_KILL = 60;

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts `relgraph serve` on `db` and resolves once it prints its URL. */
function startServer(db: string, ...extra: string[]): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=relgraph-source',
      'scripts/relgraph-dev.mjs',
      'serve',
      models,
      '--db',
      db,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      ...extra,
    ],
    {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`relgraph serve exited with ${code} before it served:\n${output}`)));
  });
}

async function post(url: string, query: string): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return response.json() as Promise<{ data?: any; errors?: unknown[] }>;
}

/** One parent, one child and their association row, in one mutation: all three or none. */
const createPair = (id: number) =>
  `mutation { createParent(input: { id: ${id}, name: "p${id}", children: { create: [{ id: ${id}, name: "c${id}" }] } }) { id children { id } } }`;

describe('sqlite: relgraph serve killed with SIGKILL under writes', () => {
  let directory: string;
  let db: string;
  let driver: Driver | undefined;
  const acked = new Set<number>();
  const unanswered = new Set<number>();

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'rg-crash-'));
    db = `sqlite:${path.join(directory, 'crash.db')}`;
    const server = await startServer(db, '--create-tables');
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    let next = 1;
    let killed = false;
    const client = async () => {
      while (!killed) {
        const id = next++;
        unanswered.add(id);
        const answer = await post(server.url, createPair(id)).catch(() => undefined);
        if (answer === undefined) return; // the connection died with the server: the outcome is unknown
        unanswered.delete(id);
        expect(answer.errors).toBeUndefined();
        acked.add(id);
        if (acked.size >= ACKED_BEFORE_KILL && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    await exited;
    driver = await createDriver(db);
    console.log(`sqlite crash: ${acked.size} acknowledged creates, ${unanswered.size} unanswered when the server was killed`);
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps every acknowledged write', async () => {
    expect(acked.size).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL);
    const parents = new Set((await selectRows(driver!, 'SELECT id FROM "left"')).map((row) => Number(row.id)));
    for (const id of acked) expect(parents.has(id), `acknowledged parent ${id}`).toBe(true);
  });

  it('writes nothing that was not asked for, and each unanswered mutation whole or not at all', async () => {
    const parents = (await selectRows(driver!, 'SELECT id FROM "left" ORDER BY id')).map((row) => Number(row.id));
    const children = (await selectRows(driver!, 'SELECT id FROM "right" ORDER BY id')).map((row) => Number(row.id));
    const links = (await selectRows(driver!, 'SELECT left_id, right_id FROM association ORDER BY left_id')).map((row) => [
      Number(row.left_id),
      Number(row.right_id),
    ]);
    for (const id of parents) expect(acked.has(id) || unanswered.has(id), `parent ${id} was sent`).toBe(true);
    expect(children).toEqual(parents);
    expect(links).toEqual(parents.map((id) => [id, id]));
  });

  it('reopens a sound file that enforces foreign keys', async () => {
    expect(await selectRows(driver!, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await selectRows(driver!, 'PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });

  it('serves again after a restart, with the acknowledged rows', async () => {
    const server = await startServer(db);
    try {
      const { data, errors } = await post(server.url, '{ parents(limit: 1000) { id children { id } } }');
      expect(errors).toBeUndefined();
      const served = new Map<number, number[]>(
        data.parents.map((p: { id: number; children: Array<{ id: number }> }) => [p.id, p.children.map((c) => c.id)]),
      );
      for (const id of acked) expect(served.get(id)).toEqual([id]);
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
  }, 30_000);
});
