/**
 * `/ready` on a MariaDB Galera node (`listen()`): 503 while the node is not Synced with a primary
 * component (`wsrep_ready=OFF`, or joining, donating, desynced), 200 when it is; a server without
 * wsrep is asked `SELECT 1` only. The Galera answers are canned here; `npm run test:cluster`
 * checks them against a real cluster.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledQuery } from '../../src/sql/statements.js';
import type { Driver } from '../../src/dialect/Driver.js';
import { Column, Integer, declarativeBase } from '../../src/declare/index.js';
import { DIALECTS } from '../support/index.js';
import { configure, createAll, createDriver, createHandler, createLogger, listen } from './serverFixtures.js';

const Base = declarativeBase();
Base.model('Parent', { tableName: 'parent', id: Column(Integer, { primaryKey: true }) });

type Rows = Array<Record<string, unknown>>;

/** A MySQL-family driver whose answers to the readiness statements are given; it records what was asked. */
function cannedDriver(answers: { wsrepOn?: string; status?: Record<string, string> }): { driver: Driver; asked: string[] } {
  const asked: string[] = [];
  const execute = async (query: CompiledQuery) => {
    asked.push(query.sql);
    let rows: Rows = [];
    if (query.sql.startsWith('SHOW VARIABLES'))
      rows = answers.wsrepOn === undefined ? [] : [{ Variable_name: 'wsrep_on', Value: answers.wsrepOn }];
    else if (query.sql.startsWith('SHOW GLOBAL STATUS'))
      rows = Object.entries(answers.status ?? {}).map(([Variable_name, Value]) => ({ Variable_name, Value }));
    else if (query.sql === 'SELECT 1') rows = [{ 1: 1 }];
    return { rows, affectedRows: 0, insertId: undefined };
  };
  const driver = {
    dialect: { name: 'mysql' },
    execute,
    transaction: () => Promise.reject(new Error('not used')),
    close: async () => undefined,
  } as unknown as Driver;
  return { driver, asked };
}

/** Serves a handler over SQLite, with `/ready` asking `probeDriver`; returns `/ready`'s answers, and closes both drivers. */
async function ready(probeDriver: Driver, times = 1): Promise<Array<{ status: number; body: string; retryAfter: string | null }>> {
  const driver = await createDriver('sqlite::memory:');
  const mapping = configure(Base);
  await createAll(mapping, driver);
  const running = await listen(createHandler(mapping, { driver, logging: false }), probeDriver, {
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('silent'),
  });
  const answers = [];
  try {
    for (let i = 0; i < times; i++) {
      const response = await fetch(`${new URL(running.url).origin}/ready`);
      answers.push({ status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') });
    }
  } finally {
    await running.close();
    await driver.close();
  }
  return answers;
}

const statusSql = "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state_comment')";

describe('listen: /ready on a Galera node', () => {
  it('answers 200 when the node is Synced, asking wsrep_on once and the wsrep status on each probe', async () => {
    const { driver, asked } = cannedDriver({ wsrepOn: 'ON', status: { wsrep_ready: 'ON', wsrep_local_state_comment: 'Synced' } });
    expect(await ready(driver, 2)).toEqual([
      { status: 200, body: 'ready', retryAfter: null },
      { status: 200, body: 'ready', retryAfter: null },
    ]);
    expect(asked).toEqual(["SHOW VARIABLES LIKE 'wsrep\\_on'", statusSql, statusSql]);
  });

  it('answers 503 with the reason while wsrep_ready is OFF (a node cut off from its cluster)', async () => {
    const { driver } = cannedDriver({ wsrepOn: 'ON', status: { wsrep_ready: 'OFF', wsrep_local_state_comment: 'Initialized' } });
    expect(await ready(driver)).toEqual([
      { status: 503, body: 'the database node is not ready: wsrep_ready=OFF, state Initialized', retryAfter: '5' },
    ]);
  });

  it('answers 503 while the node is ready but not Synced (a donor, a desynced node)', async () => {
    const { driver } = cannedDriver({ wsrepOn: 'ON', status: { wsrep_ready: 'ON', wsrep_local_state_comment: 'Donor/Desynced' } });
    expect((await ready(driver))[0]).toMatchObject({
      status: 503,
      body: 'the database node is not ready: wsrep_ready=ON, state Donor/Desynced',
    });
  });

  it('asks SELECT 1 only of a MariaDB without wsrep, and of MySQL, which has no wsrep_on', async () => {
    for (const wsrepOn of ['OFF', undefined]) {
      const { driver, asked } = cannedDriver(wsrepOn === undefined ? {} : { wsrepOn });
      expect((await ready(driver, 2)).map((a) => a.status)).toEqual([200, 200]);
      expect(asked).toEqual(["SHOW VARIABLES LIKE 'wsrep\\_on'", 'SELECT 1', 'SELECT 1']);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: /ready asks the database`, () => {
    it('answers 200 from a server without wsrep', async () => {
      const location = await dialect.createDatabase();
      try {
        expect((await ready(await createDriver(location.url)))[0]).toEqual({ status: 200, body: 'ready', retryAfter: null });
      } finally {
        await location.drop();
      }
    });
  });
}
