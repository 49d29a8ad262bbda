/**
 * How `ReadReplicas` routes, over three real SQLite databases standing in for a primary and two
 * replicas (each answers which one it is): round robin per request, one replica for all of a
 * request's reads, writes to the primary, and a replica that cannot be opened skipped for its
 * period. Replication itself is MariaDB's, tested in test/integration/readReplicas.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDriver } from '../../../src/dialect/createDriver.js';
import type { Driver } from '../../../src/dialect/Driver.js';
import { ReadReplicas, type ReplicaEvent } from '../../../src/dialect/ReadReplicas.js';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError.js';
import { sqliteFor } from '../../support/requireDialect.js';

const whoAmI = { sql: 'SELECT name FROM server', params: [], kind: 'select' } as const;

async function server(name: string): Promise<Driver> {
  const driver = await createDriver('sqlite::memory:');
  await driver.execute({ sql: 'CREATE TABLE server (name TEXT)', params: [], kind: 'ddl' });
  await driver.execute({ sql: 'INSERT INTO server (name) VALUES (?)', params: [name], kind: 'insert' });
  return driver;
}

const answer = async (executor: { execute: Driver['execute'] }) => (await executor.execute(whoAmI)).rows[0]!['name'];

const sqlite = sqliteFor('ReadReplicas routing');
describe.runIf(sqlite)('dialect/ReadReplicas.ts', () => {
  let primary: Driver;
  let a: Driver;
  let b: Driver;

  beforeEach(async () => {
    [primary, a, b] = await Promise.all([server('primary'), server('a'), server('b')]);
  });
  afterEach(async () => {
    await Promise.all([primary.close(), a.close(), b.close()]);
  });

  it('gives each request the next replica, and all of one request to the same one', async () => {
    const replicas = new ReadReplicas(primary, [
      { label: 'a', driver: a, open: async () => a },
      { label: 'b', driver: b, open: async () => b },
    ]);
    const readers = [replicas.reader(), replicas.reader(), replicas.reader()];
    expect(await Promise.all(readers.map(answer))).toEqual(['a', 'b', 'a']);
    expect(await Promise.all(readers.map(answer))).toEqual(['a', 'b', 'a']);
  });

  it('sends anything but a SELECT to the primary', async () => {
    const reader = new ReadReplicas(primary, [{ label: 'a', driver: a, open: async () => a }]).reader();
    await reader.execute({ sql: "UPDATE server SET name = 'written'", params: [], kind: 'update' });
    expect(await answer(primary)).toBe('written');
    expect(await answer(reader)).toBe('a');
  });

  it('skips a replica that cannot be reached for its period, then probes it again', async () => {
    let now = 0;
    let reachable = false;
    const events: ReplicaEvent[] = [];
    const replicas = new ReadReplicas(
      primary,
      [
        {
          label: 'b',
          open: async () => {
            if (!reachable) throw new DatabaseUnavailableError('b refuses connections');
            return b;
          },
        },
      ],
      { retryAfterMs: 1000, now: () => now, onChange: (event) => events.push(event) },
    );
    expect(await answer(replicas.reader())).toBe('primary');
    reachable = true;
    now = 999;
    expect(await answer(replicas.reader())).toBe('primary');
    now = 1000;
    expect(await answer(replicas.reader())).toBe('b');
    expect(events.map((event) => [event.label, event.state])).toEqual([['b', 'up']]);
    expect(replicas.counts).toEqual({ replicas: 1, up: 1 });
  });

  it('moves a request to the next replica when its own fails mid-request, and reports it once', async () => {
    const events: ReplicaEvent[] = [];
    const replicas = new ReadReplicas(
      primary,
      [
        { label: 'a', driver: a, open: async () => a },
        { label: 'b', driver: b, open: async () => b },
      ],
      { onChange: (event) => events.push(event) },
    );
    const reader = replicas.reader();
    expect(await answer(reader)).toBe('a');
    await a.close();
    // a's connection is closed: the statement fails there and is answered by b.
    await expect(answer(reader)).resolves.toBe('b');
    expect(events.map((event) => [event.label, event.state])).toEqual([['a', 'down']]);
    expect(await answer(replicas.reader())).toBe('b');
    a = await server('a');
  });
});
