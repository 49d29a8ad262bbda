/**
 * Read replicas over real MariaDB replication: a primary (binary log) and an asynchronous
 * replica, both started here. Queries read from the replica and mutations write to the primary,
 * counted on each server; a replica that stops costs no failed requests; `relgraph serve` starts
 * with a replica that does not answer, warning, and serves from the primary.
 */
import path from 'node:path';
import { type Connection, createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, ForeignKey, Integer, String as Str, declarativeBase, relationship } from '../../src/declare/index.js';
import type { StatementEvent } from '../../src/dialect/Driver.js';
import { ReadReplicas, type ReplicaEvent } from '../../src/dialect/ReadReplicas.js';
import { assertFreshBuild, deadPort, startServe, stopServe } from '../support/cliProcess.js';
import { startMariadb, type MariadbServer } from '../support/mariadbServer.js';
import { mariadbFor } from '../support/requireDialect.js';
import { configure, createAll, createDriver, createHandler } from './serverFixtures.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  children: relationship('Child', { backPopulates: 'parent' }),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(Str(50)),
  parent_id: Column(Integer, ForeignKey('parent.id')),
  parent: relationship('Parent', { backPopulates: 'children' }),
});
const mapping = configure(Base);
const database = 'rg_replicated';
const query = '{ parents { id name children { id name } } }';

/** Statements a driver sent, by kind. */
function counter() {
  const counts = { select: 0, insert: 0, update: 0, delete: 0, transaction: 0 } as Record<string, number>;
  return { counts, onStatement: (event: StatementEvent) => void (counts[event.kind] = (counts[event.kind] ?? 0) + 1) };
}

/** A global status counter of a server, e.g. `Com_select`: what the server itself saw. */
async function status(connection: Connection, name: string): Promise<number> {
  const [rows] = await connection.query('SHOW GLOBAL STATUS LIKE ?', [name]);
  return Number((rows as Array<{ Value: string }>)[0]!.Value);
}

/** Waits until the replica has applied everything the primary has written so far. */
async function caughtUp(primary: Connection, replica: Connection): Promise<void> {
  const [rows] = await primary.query('SELECT @@gtid_binlog_pos AS pos');
  const pos = (rows as Array<{ pos: string }>)[0]!.pos;
  const [waited] = await replica.query('SELECT MASTER_GTID_WAIT(?, 30) AS r', [pos]);
  if ((waited as Array<{ r: number }>)[0]!.r === 0) return;
  const [state] = await replica.query('SHOW SLAVE STATUS');
  const { Slave_IO_Running, Slave_SQL_Running, Last_IO_Error, Last_SQL_Error, Gtid_IO_Pos } =
    (state as Array<Record<string, unknown>>)[0] ?? {};
  expect.fail(
    `the replica did not reach ${pos} within 30 s: ${JSON.stringify({ Slave_IO_Running, Slave_SQL_Running, Last_IO_Error, Last_SQL_Error, Gtid_IO_Pos })}`,
  );
}

const mariadb = mariadbFor('mariadb: read replicas');

describe.skipIf(!mariadb)('mariadb: read replicas over asynchronous replication', () => {
  let primaryServer: MariadbServer;
  let replicaServer: MariadbServer;
  let primaryAdmin: Connection;
  let replicaAdmin: Connection;
  let primaryUrl: string;
  let replicaUrl: string;

  beforeAll(async () => {
    [primaryServer, replicaServer] = await Promise.all([
      startMariadb({ args: ['--server-id=1', '--log-bin=primary-bin', '--binlog-format=ROW'] }),
      startMariadb({ args: ['--server-id=2', '--read-only=ON'] }),
    ]);
    primaryAdmin = await createConnection({ host: '127.0.0.1', port: primaryServer.port, user: 'root' });
    replicaAdmin = await createConnection({ host: '127.0.0.1', port: replicaServer.port, user: 'root' });
    // From the primary's position now on (the harness created the same user on both servers):
    // the database, its tables and rows all replicate.
    const [position] = await primaryAdmin.query('SELECT @@gtid_binlog_pos AS pos');
    await replicaAdmin.query('SET GLOBAL gtid_slave_pos = ?', [(position as Array<{ pos: string }>)[0]!.pos]);
    await replicaAdmin.query(
      `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primaryServer.port}, MASTER_USER = 'root', MASTER_USE_GTID = slave_pos`,
    );
    await replicaAdmin.query('START SLAVE');
    await primaryAdmin.query(`CREATE DATABASE ${database}`);
    primaryUrl = `mysql://root@127.0.0.1:${primaryServer.port}/${database}`;
    replicaUrl = `mysql://root@127.0.0.1:${replicaServer.port}/${database}`;
    const setup = await createDriver(primaryUrl);
    await createAll(mapping, setup);
    await setup.execute({ sql: "INSERT INTO parent (id, name) VALUES (1, 'p1'), (2, 'p2')", params: [], kind: 'insert' });
    await setup.execute({ sql: "INSERT INTO child (id, name, parent_id) VALUES (1, 'c1', 1), (2, 'c2', 1)", params: [], kind: 'insert' });
    await setup.close();
    await caughtUp(primaryAdmin, replicaAdmin);
  }, 180_000);

  afterAll(async () => {
    await primaryAdmin?.end();
    await replicaAdmin?.end().catch(() => {});
    await replicaServer?.stop();
    await primaryServer?.stop();
  });

  const post = async (handler: ReturnType<typeof createHandler>, body: string) => {
    const response = await handler.fetch('http://relgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown } };
  };

  it('reads queries from the replica and writes mutations, payload included, on the primary', async () => {
    const onPrimary = counter();
    const onReplica = counter();
    const primary = await createDriver(primaryUrl, { onStatement: onPrimary.onStatement });
    const replica = await createDriver(replicaUrl, { onStatement: onReplica.onStatement });
    const replicas = new ReadReplicas(primary, [{ label: 'replica', driver: replica, open: () => createDriver(replicaUrl) }]);
    const handler = createHandler(mapping, { driver: primary, readReplicas: replicas, logging: false, production: true });
    try {
      const selectsBefore = await status(replicaAdmin, 'Com_select');
      const direct = await post(createHandler(mapping, { driver: primary, logging: false, production: true }), JSON.stringify({ query }));
      const sentBefore = { ...onPrimary.counts };
      for (let i = 0; i < 10; i++) {
        const answer = await post(handler, JSON.stringify({ query }));
        expect(answer).toEqual(direct);
      }
      // Ten queries of two levels each: twenty SELECTs, all on the replica, none on the primary.
      expect(onReplica.counts['select']).toBe(20);
      expect(onPrimary.counts).toEqual(sentBefore);
      expect(await status(replicaAdmin, 'Com_select')).toBeGreaterThanOrEqual(selectsBefore + 20);

      const created = await post(
        handler,
        JSON.stringify({
          query: 'mutation { createParent(input: { name: "p3", children: { create: [{ name: "c3" }] } }) { id name children { name } } }',
        }),
      );
      expect(created.body).toEqual({ data: { createParent: { id: 3, name: 'p3', children: [{ name: 'c3' }] } } });
      // The mutation's writes and its payload's reads went to the primary, in its transaction.
      expect(onPrimary.counts['insert']).toBe(sentBefore['insert']! + 2);
      expect(onPrimary.counts['transaction']).toBe(sentBefore['transaction']! + 2);
      expect(onReplica.counts['insert'] ?? 0).toBe(0);
      expect(onReplica.counts['select']).toBe(20);

      // Once the replica has applied it, queries read the new row there.
      await caughtUp(primaryAdmin, replicaAdmin);
      const after = await post(handler, JSON.stringify({ query: '{ parents(where: { name: { eq: "p3" } }) { name children { name } } }' }));
      expect(after.body).toEqual({ data: { parents: [{ name: 'p3', children: [{ name: 'c3' }] }] } });
      expect(onReplica.counts['select']).toBe(22);
    } finally {
      await replicas.close();
      await primary.close();
    }
  });

  it('answers every query while the replica is down, from the primary, trying it once per period', async () => {
    const onPrimary = counter();
    const primary = await createDriver(primaryUrl, { onStatement: onPrimary.onStatement });
    // A replica on a port where nothing listens: what a stopped replica looks like to a new connection.
    const url = `mysql://root@127.0.0.1:${await deadPort()}/${database}`;
    let opened = 0;
    const open = () => {
      opened += 1;
      return createDriver(url);
    };
    const replicas = new ReadReplicas(primary, [{ label: 'stopped replica', open }]);
    const handler = createHandler(mapping, { driver: primary, readReplicas: replicas, logging: false, production: true });
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(handler, JSON.stringify({ query }))));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
        expect((answer.body.data as { parents: unknown[] }).parents.length).toBeGreaterThanOrEqual(2);
      }
      expect(onPrimary.counts['select']).toBe(40);
      // The first request probed it; the others, inside the 5 s it is out, did not wait on it.
      expect(opened).toBe(1);
      expect(replicas.counts).toEqual({ replicas: 1, up: 0 });
    } finally {
      await replicas.close();
      await primary.close();
    }
  });

  it('keeps answering when a replica in use is killed, and uses it again once it is back', async () => {
    const events: ReplicaEvent[] = [];
    let now = 0;
    const primary = await createDriver(primaryUrl);
    const replicas = new ReadReplicas(primary, [{ label: 'replica', open: () => createDriver(replicaUrl) }], {
      onChange: (event) => events.push(event),
      now: () => now,
    });
    const handler = createHandler(mapping, { driver: primary, readReplicas: replicas, logging: false, production: true });
    try {
      expect((await post(handler, JSON.stringify({ query }))).body.errors).toBeUndefined();
      expect(events.map((event) => event.state)).toEqual(['up']);
      await replicaAdmin.end();
      // Killed, and started again 3 s later: meanwhile the queries meet a replica that is gone.
      const back = replicaServer.restart('kill', 3000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let i = 0; i < 5; i++) {
        const answer = await post(handler, JSON.stringify({ query }));
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
      }
      expect(replicas.counts).toEqual({ replicas: 1, up: 0 });
      await back;
      replicaAdmin = await createConnection({ host: '127.0.0.1', port: replicaServer.port, user: 'root' });
      await replicaAdmin.query('START SLAVE');
      now += 10_000;
      await caughtUp(primaryAdmin, replicaAdmin);
      expect((await post(handler, JSON.stringify({ query }))).body.errors).toBeUndefined();
      expect(replicas.counts).toEqual({ replicas: 1, up: 1 });
      // Met dead connections after the kill, out for a period, then probed and back.
      expect(events.map((event) => event.state)).toEqual(['up', 'down', 'up']);
    } finally {
      await replicas.close();
      await primary.close();
    }
  }, 60_000);

  it('relgraph serve starts with a replica that does not answer, warns, and serves from the primary', async () => {
    await assertFreshBuild();
    const models = path.join(process.cwd(), 'examples/seed/one-to-many.ts');
    const served = await startServe([models, '--db', primaryUrl, '--read-db', `mysql://root@127.0.0.1:${await deadPort()}/${database}`]);
    try {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ parents { id } }' }),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { parents: unknown[] } }).data.parents.length).toBeGreaterThanOrEqual(2);
      const warning = served.lines().find((line) => line.includes('does not answer'));
      expect(warning).toContain('read replica mysql://root@127.0.0.1:');
    } finally {
      expect(await stopServe(served)).toBe(0);
    }
  });
});
