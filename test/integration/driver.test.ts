/**
 * The drivers against real databases: transactions, what is (not) sent after an error, error
 * classification, value round trips, IN buckets, and pool limits. MariaDB-only behaviour
 * (deadlocks, lock waits, KILL) and SQLite-only behaviour (a busy file) have their own blocks.
 */
import { createMysqlDialect } from '../../src/dialect/mysql/mysqlDialect.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BigInteger,
  Boolean,
  Column,
  Date as DateType,
  DateTime,
  Enum,
  Float,
  ForeignKey,
  Integer,
  JSON,
  Numeric,
  String as VarChar,
  Text,
  declarativeBase,
  relationship,
  type ColumnType,
} from '../../src/declare/index.js';
import {
  ConnectionUnavailableError,
  TransactionAbortedError,
  createAll,
  createDriver,
  type Driver,
  type Executor,
} from '../../src/dialect/index.js';
import { configure } from '../../src/session/configure.js';
import { DatabaseUnavailableError } from '../../src/errors/DatabaseUnavailableError.js';
import { col, eq, inList, select, val } from '../../src/sql/build.js';
import type { CompiledQuery, Expr, Insert, Statement } from '../../src/sql/statements.js';
import {
  DIALECTS,
  createTestDriver,
  expectStatements,
  recordStatements,
  type StatementLog,
  type TestDialect,
  type TestDriver,
} from '../support/index.js';

const Base = declarativeBase();
Base.model('Parent', {
  tableName: 'parent',
  id: Column(Integer, { primaryKey: true }),
  name: Column(VarChar(10), { nullable: false, unique: true }),
  children: relationship('Child'),
});
Base.model('Child', {
  tableName: 'child',
  id: Column(Integer, { primaryKey: true }),
  name: Column(VarChar(10)),
  status: Column(Enum(['draft', 'published']), { nullable: false, default: 'draft' }),
  parent_id: Column(Integer, ForeignKey('parent.id')),
});
Base.model('Sample', {
  tableName: 'sample',
  id: Column(Integer, { primaryKey: true }),
  big: Column(BigInteger),
  amount: Column(Numeric(10, 2)),
  day: Column(DateType),
  at: Column(DateTime),
  doc: Column(JSON),
  flag: Column(Boolean),
  status: Column(Enum(['draft', 'published'])),
  label: Column(VarChar(20)),
  note: Column(Text),
  ratio: Column(Float),
  count: Column(Integer),
});
const mapping = configure(Base);

/** Column types by table and column name, to encode and decode values in these tests. */
function typeOf(table: string, column: string): ColumnType {
  return mapping.table(table)!.column(column)!.type;
}

function insertRows(
  table: string,
  rows: Array<Record<string, unknown>>,
  options: Partial<Pick<Insert, 'onConflict' | 'returning'>> = {},
): Insert {
  const columns = Object.keys(rows[0]!);
  return {
    kind: 'insert',
    table,
    columns,
    rows: rows.map((row) => columns.map((column) => val(row[column], typeOf(table, column)))),
    onConflict: options.onConflict ?? 'error',
    returning: options.returning ?? [],
  };
}

function selectRows(table: string, columns: string[], where?: Expr, parts: { limit?: number; offset?: number } = {}): Statement {
  return select(
    { table, alias: 't0' },
    columns.map((name) => ({ expr: col('t0', name), alias: name })),
    {
      where,
      orderBy: [{ expr: col('t0', 'id'), descending: false }],
      ...parts,
    },
  );
}

function deleteAll(table: string): Statement {
  return { kind: 'delete', table, where: { kind: 'literal', value: true } };
}

/** Runs a statement, decoding each column by its declared type. */
async function query(driver: Driver, statement: Statement, table: string) {
  const { dialect } = driver;
  const { rows } = await driver.execute(dialect.render(statement));
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, dialect.decode(typeOf(table, key), value)])));
}

async function parentNames(driver: Driver): Promise<string[]> {
  return (await query(driver, selectRows('parent', ['id', 'name']), 'parent')).map((row) => row['name'] as string);
}

/** The classification of the error `promise` rejects with. */
async function classificationOf(driver: Driver, promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the statement to fail').toBeDefined();
  return driver.dialect.classifyError(error);
}

function raw(sql: string, kind: CompiledQuery['kind'] = 'select'): CompiledQuery {
  return { sql, params: [], kind };
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Statements after the first failed one, session setup left out. */
function afterFailure(log: StatementLog): string[] {
  const events = log.statements.filter((e) => e.kind !== 'session');
  const failed = events.findIndex((e) => e.error !== undefined);
  expect(failed, 'expected a failed statement in the log').toBeGreaterThanOrEqual(0);
  return events.slice(failed + 1).map((e) => e.sql);
}

const begin = /^(START TRANSACTION|BEGIN IMMEDIATE)$/;

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: driver`, () => {
    const log = recordStatements();
    let driver: TestDriver;

    beforeAll(async () => {
      driver = await createTestDriver(dialect, { onStatement: log.onStatement });
      await createAll(mapping, driver);
    });
    afterAll(() => driver?.drop());

    async function reset() {
      for (const table of ['child', 'parent', 'sample']) await driver.execute(driver.dialect.render(deleteAll(table)));
      log.clear();
    }

    it('commits a transaction: BEGIN, the statements, COMMIT', async () => {
      await reset();
      await driver.transaction(async (tx) => {
        await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'a' }])));
        await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'b' }])));
      });
      expectStatements(log, [begin, /^INSERT INTO/, /^INSERT INTO/, 'COMMIT']);
      expect(await parentNames(driver)).toEqual(['a', 'b']);
    });

    it('rolls back every statement when the work throws', async () => {
      await reset();
      await expect(
        driver.transaction(async (tx) => {
          await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'a' }])));
          throw new Error('the resolver failed');
        }),
      ).rejects.toThrow('the resolver failed');
      expectStatements(log, [begin, /^INSERT INTO/, 'ROLLBACK']);
      expect(await parentNames(driver)).toEqual([]);
    });

    it('sends nothing after a failed statement, and rolls back even when the work swallows the error', async () => {
      await reset();
      await driver.execute(driver.dialect.render(insertRows('parent', [{ name: 'taken' }])));
      log.clear();
      let refused: unknown;
      const failure = await driver
        .transaction(async (tx) => {
          await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'first' }])));
          await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'taken' }]))).catch(() => undefined);
          refused = await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'after' }]))).catch((e: unknown) => e);
          return 'the work pretends it succeeded';
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(driver.dialect.classifyError(failure).kind).toBe('unique-violation');
      expect(refused).toBeInstanceOf(TransactionAbortedError);
      expect(driver.dialect.classifyError(refused).kind).toBe('unique-violation');
      expectStatements(log, [begin, /^INSERT INTO/, /^INSERT INTO/, 'ROLLBACK']);
      expect(await parentNames(driver)).toEqual(['taken']);
    });

    it('refuses statements queued behind a failed one', async () => {
      await reset();
      await driver.execute(driver.dialect.render(insertRows('parent', [{ name: 'taken' }])));
      log.clear();
      const results = await driver
        .transaction((tx) =>
          Promise.allSettled([
            tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'taken' }]))),
            tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'queued' }]))),
          ]),
        )
        .catch(() => 'rolled back');
      expect(results).toBe('rolled back');
      expect(afterFailure(log)).toEqual(['ROLLBACK']);
      expect(await parentNames(driver)).toEqual(['taken']);
    });

    it('leaves no transaction open after a rollback: the next transaction starts cleanly', async () => {
      await reset();
      await driver
        .transaction(async () => {
          throw new Error('nothing sent');
        })
        .catch(() => undefined);
      await driver.transaction((tx) => tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'next' }]))));
      expect(await parentNames(driver)).toEqual(['next']);
    });

    it('classifies real unique, foreign-key, NOT NULL, too-long and enum errors', async () => {
      await reset();
      const r = (statement: Statement) => driver.execute(driver.dialect.render(statement));
      await r(insertRows('parent', [{ id: 1, name: 'p' }]));
      await r(insertRows('child', [{ name: 'c', parent_id: 1 }]));
      const kinds = {
        unique: (await classificationOf(driver, r(insertRows('parent', [{ name: 'p' }])))).kind,
        missingParent: (await classificationOf(driver, r(insertRows('child', [{ name: 'c', parent_id: 999 }])))).kind,
        referencedParent: (
          await classificationOf(driver, r({ kind: 'delete', table: 'parent', where: eq(col('parent', 'id'), val(1, Integer)) }))
        ).kind,
        notNull: (await classificationOf(driver, r(insertRows('parent', [{ name: null }])))).kind,
        tooLong: (await classificationOf(driver, r(insertRows('parent', [{ name: 'eleven char' }])))).kind,
        notInEnum: (await classificationOf(driver, r(insertRows('child', [{ name: 'c', status: 'archived' }])))).kind,
      };
      expect(kinds).toEqual({
        unique: 'unique-violation',
        missingParent: 'foreign-key-violation',
        referencedParent: 'foreign-key-violation',
        notNull: 'not-null-violation',
        tooLong: 'data-too-long',
        notInEnum: 'bad-value',
      });
    });

    it('round-trips a value of every column type', async () => {
      await reset();
      const rows = [
        {
          id: 1,
          big: '9007199254740993',
          amount: '12.50',
          day: '2024-02-29',
          at: new Date('2026-11-25T09:30:00.123Z'),
          doc: { a: [1, 'x', { b: null }], s: 'é😀' },
          flag: true,
          status: 'published',
          label: 'héllo 😀',
          note: 'line\n\'"\\',
          ratio: 0.1,
          count: -5,
        },
        {
          id: 2,
          big: '-9223372036854775808',
          amount: '-0.05',
          day: '1970-01-01',
          at: new Date(0),
          doc: 'just a string',
          flag: false,
          status: 'draft',
          label: '',
          note: '',
          ratio: -1.5e300,
          count: 2147483647,
        },
        {
          id: 3,
          big: null,
          amount: null,
          day: null,
          at: null,
          doc: [],
          flag: null,
          status: null,
          label: null,
          note: null,
          ratio: null,
          count: null,
        },
      ];
      await driver.execute(driver.dialect.render(insertRows('sample', rows)));
      const columns = Object.keys(rows[0]!);
      expect(await query(driver, selectRows('sample', columns), 'sample')).toEqual(rows);
    });

    it('reads back exactly the rows of a bucketed IN list', async () => {
      await reset();
      const names = Array.from({ length: 40 }, (_, i) => `p${i}`);
      await driver.execute(
        driver.dialect.render(
          insertRows(
            'parent',
            names.map((name, i) => ({ id: i + 1, name })),
          ),
        ),
      );
      const ids = Array.from({ length: 37 }, (_, i) => i + 2);
      const compiled = driver.dialect.render(
        selectRows(
          'parent',
          ['id'],
          inList(
            [col('t0', 'id')],
            ids.map((id) => [val(id, Integer)]),
          ),
        ),
      );
      expect(compiled.params).toHaveLength(64);
      expect((await driver.execute(compiled)).rows.map((row) => row['id'])).toEqual(ids);
      const none = driver.dialect.render(selectRows('parent', ['id'], inList([col('t0', 'id')], [])));
      expect((await driver.execute(none)).rows).toEqual([]);
    });

    it('reads back the rows of a 1000-key and a composite IN list', async () => {
      await reset();
      await driver.execute(
        driver.dialect.render(
          insertRows('parent', [
            { id: 1, name: 'p1' },
            { id: 2, name: 'p2' },
          ]),
        ),
      );
      await driver.execute(
        driver.dialect.render(
          insertRows(
            'child',
            Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, name: `c${i}`, parent_id: (i % 2) + 1 })),
          ),
        ),
      );
      const many = selectRows(
        'child',
        ['id'],
        inList(
          [col('t0', 'id')],
          Array.from({ length: 1000 }, (_, i) => [val(1000 - i, Integer)]),
        ),
      );
      expect((await driver.execute(driver.dialect.render(many))).rows).toHaveLength(1000);
      const pairs = selectRows(
        'child',
        ['id'],
        inList(
          [col('t0', 'id'), col('t0', 'parent_id')],
          [
            [val(1, Integer), val(1, Integer)],
            [val(2, Integer), val(2, Integer)],
            [val(3, Integer), val(2, Integer)],
          ],
        ),
      );
      expect((await driver.execute(driver.dialect.render(pairs))).rows.map((row) => row['id'])).toEqual([1, 2]);
    });

    it('accepts as many parameters as maxBindParameters says, and not one more', async () => {
      const max = driver.dialect.capabilities.maxBindParameters;
      const selectWith = (n: number): CompiledQuery => ({
        sql: `SELECT COUNT(*) AS n FROM parent WHERE id IN (${Array(n).fill('?').join(', ')})`,
        params: Array.from({ length: n }, (_, i) => i),
        kind: 'select',
      });
      expect((await driver.execute(selectWith(max))).rows).toHaveLength(1);
      await expect(driver.execute(selectWith(max + 1))).rejects.toThrow();
    });

    it('binds LIMIT and OFFSET as parameters, and an offset without a limit', async () => {
      await reset();
      await driver.execute(
        driver.dialect.render(
          insertRows(
            'parent',
            ['a', 'b', 'c', 'd'].map((name, i) => ({ id: i + 1, name })),
          ),
        ),
      );
      expect(
        (await query(driver, selectRows('parent', ['name'], undefined, { limit: 2, offset: 1 }), 'parent')).map((r) => r['name']),
      ).toEqual(['b', 'c']);
      expect((await query(driver, selectRows('parent', ['name'], undefined, { offset: 3 }), 'parent')).map((r) => r['name'])).toEqual([
        'd',
      ]);
    });

    it('matches LIKE patterns with escaped % and _ literally', async () => {
      await reset();
      await driver.execute(
        driver.dialect.render(
          insertRows(
            'parent',
            ['a_b', 'axb', '50%', '500'].map((name, i) => ({ id: i + 1, name })),
          ),
        ),
      );
      const like = (pattern: string) =>
        query(
          driver,
          selectRows('parent', ['name'], { kind: 'like', expr: col('t0', 'name'), pattern: val(pattern, VarChar(10)) }),
          'parent',
        );
      expect((await like('a\\_b')).map((r) => r['name'])).toEqual(['a_b']);
      expect((await like('a_b')).map((r) => r['name'])).toEqual(['a_b', 'axb']);
      expect((await like('50\\%')).map((r) => r['name'])).toEqual(['50%']);
    });

    it('returns a page per parent from one windowed select', async () => {
      await reset();
      await driver.execute(
        driver.dialect.render(
          insertRows('parent', [
            { id: 1, name: 'p1' },
            { id: 2, name: 'p2' },
          ]),
        ),
      );
      await driver.execute(
        driver.dialect.render(
          insertRows(
            'child',
            [1, 2, 3, 4, 5, 6].map((id) => ({ id, name: `c${id}`, parent_id: id <= 4 ? 1 : 2 })),
          ),
        ),
      );
      const windowed: Statement = {
        kind: 'windowedSelect',
        select: select({ table: 'child', alias: 't0' }, [{ expr: col('t0', 'id'), alias: 'id' }], {
          orderBy: [{ expr: col('t0', 'id'), descending: true }],
        }),
        partitionBy: [col('t0', 'parent_id')],
        keys: [[val(1, Integer)], [val(2, Integer)]],
        limit: 2,
        offset: 1,
      };
      const { rows } = await driver.execute(driver.dialect.render(windowed));
      expect(rows.map((row) => row['id']).sort()).toEqual([2, 3, 5]);
      if (dialect.name === 'mariadb') {
        // The form for servers without window functions (MariaDB 10.1, MySQL 5.7), run on this one: the same rows, each parent's in order.
        const old = createMysqlDialect({ version: '10.1.48-MariaDB', autoincLockMode: 1, autoIncrementIncrement: 1 });
        const union = await driver.execute(old.render(windowed));
        expect(union.rows.map((row) => row['id'])).toEqual([3, 2, 5]);
      }
    });

    it('reports the insert id of a multi-row insert where the capabilities say', async (context) => {
      const { capabilities } = driver.dialect;
      if (!capabilities.consecutiveInsertIds) context.skip();
      await reset();
      const result = await driver.execute(driver.dialect.render(insertRows('parent', [{ name: 'x' }, { name: 'y' }, { name: 'z' }])));
      const ids = (await query(driver, selectRows('parent', ['id']), 'parent')).map((row) => row['id']);
      const first = capabilities.insertIdIs === 'first' ? result.insertId! : result.insertId! - 2 * capabilities.autoIncrementStep;
      expect(ids).toEqual([first, first + capabilities.autoIncrementStep, first + 2 * capabilities.autoIncrementStep]);
      expect(result.affectedRows).toBe(3);
    });

    it('returns inserted rows in VALUES order with RETURNING', async (context) => {
      if (!driver.dialect.capabilities.insertReturning) context.skip();
      await reset();
      const { rows } = await driver.execute(
        driver.dialect.render(insertRows('parent', [{ name: 'x' }, { name: 'y' }], { returning: ['id', 'name'] })),
      );
      expect(rows.map((row) => row['name'])).toEqual(['x', 'y']);
      expect(rows[1]!['id']).toBe((rows[0]!['id'] as number) + driver.dialect.capabilities.autoIncrementStep);
    });

    it('skips a duplicate row with onConflict ignore, but still fails on a missing foreign key', async () => {
      await reset();
      await driver.execute(driver.dialect.render(insertRows('parent', [{ id: 1, name: 'p' }])));
      await driver.execute(driver.dialect.render(insertRows('child', [{ id: 1, name: 'c', parent_id: 1 }])));
      await driver.execute(
        driver.dialect.render(
          insertRows(
            'child',
            [
              { id: 1, name: 'c', parent_id: 1 },
              { id: 2, name: 'd', parent_id: 1 },
            ],
            { onConflict: 'ignore' },
          ),
        ),
      );
      expect((await query(driver, selectRows('child', ['id']), 'child')).map((row) => row['id'])).toEqual([1, 2]);
      const missing = driver.execute(
        driver.dialect.render(insertRows('child', [{ id: 3, name: 'e', parent_id: 999 }], { onConflict: 'ignore' })),
      );
      expect((await classificationOf(driver, missing)).kind).toBe('foreign-key-violation');
    });

    it('reports every statement to onStatement with its kind, row count and error', async () => {
      await reset();
      await driver.execute(driver.dialect.render(insertRows('parent', [{ name: 'a' }, { name: 'b' }])));
      await driver.execute(driver.dialect.render(selectRows('parent', ['id'])));
      await driver.execute(driver.dialect.render(insertRows('parent', [{ name: 'a' }]))).catch(() => undefined);
      expect(log.statements.map(({ kind, rowCount, error }) => ({ kind, rowCount, failed: error !== undefined }))).toEqual([
        { kind: 'insert', rowCount: 2, failed: false },
        { kind: 'select', rowCount: 2, failed: false },
        { kind: 'insert', rowCount: 0, failed: true },
      ]);
      expect(log.statements.every((e) => e.durationMs >= 0)).toBe(true);
    });
  });

  describe(`${dialect.name}: driver limits`, () => {
    it('fails a request after the acquire timeout when every connection is taken, and refuses beyond the queue limit', async () => {
      const driver = await createTestDriver(dialect, { connectionLimit: 1, acquireTimeoutMs: 300, queueLimit: 1 });
      try {
        const release = deferred();
        const holding = driver.transaction(() => release.promise);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const started = Date.now();
        const waiting = driver.execute(raw('SELECT 1 AS one')).then(
          () => undefined,
          (e: unknown) => e,
        );
        const refused = await driver.execute(raw('SELECT 1 AS one')).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(refused).toBeInstanceOf(ConnectionUnavailableError);
        expect((refused as ConnectionUnavailableError).reason).toBe('queue-full');
        // A request that meets it answers DATABASE_UNAVAILABLE (503), not an unexpected error.
        expect(refused).toBeInstanceOf(DatabaseUnavailableError);
        expect(driver.dialect.classifyError(refused)).toEqual({ kind: 'unavailable', retryable: false, transactionRolledBack: false });
        const timedOut = await waiting;
        expect(timedOut).toBeInstanceOf(ConnectionUnavailableError);
        expect((timedOut as ConnectionUnavailableError).reason).toBe('timeout');
        expect(Date.now() - started).toBeGreaterThanOrEqual(250);
        expect(Date.now() - started).toBeLessThan(2000);
        release.resolve();
        await holding;
        expect((await driver.execute(raw('SELECT 1 AS one'))).rows).toEqual([{ one: 1 }]);
      } finally {
        await driver.drop();
      }
    });

    it('closes after the transaction in flight has finished, and refuses work afterwards', async () => {
      const driver = await createTestDriver(dialect);
      try {
        await createAll(mapping, driver);
        const release = deferred();
        const holding = driver.transaction(async (tx) => {
          await release.promise;
          await tx.execute(driver.dialect.render(insertRows('parent', [{ name: 'late' }])));
          return 'committed';
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
        let closed = false;
        const closing = driver.close().then(() => (closed = true));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(closed).toBe(false);
        release.resolve();
        expect(await holding).toBe('committed');
        await closing;
        await expect(driver.execute(raw('SELECT 1 AS one'))).rejects.toBeInstanceOf(ConnectionUnavailableError);
      } finally {
        await driver.drop();
      }
    });
  });
}

for (const dialect of DIALECTS.filter((d) => d.name === 'mariadb')) {
  describe('mariadb: sessions, locks and kills', () => {
    const admin = dialect.admin!;
    let main: TestDriver;
    const opened: Driver[] = [];

    /** Another driver on the same database, with its own log. */
    async function openDriver(options: Parameters<typeof createDriver>[1] = {}) {
      const log = recordStatements();
      const driver = await createDriver(main.url, { connectionLimit: 1, onStatement: log.onStatement, ...options });
      opened.push(driver);
      await resetTables(driver);
      log.clear();
      return { driver, log };
    }

    /** Two `sample` rows to lock, and empty `parent` and `child` tables for the writes that must not survive. */
    async function resetTables(driver: Driver) {
      for (const table of ['child', 'parent', 'sample']) await driver.execute(driver.dialect.render(deleteAll(table)));
      await driver.execute(
        driver.dialect.render(
          insertRows('sample', [
            { id: 1, count: 0 },
            { id: 2, count: 0 },
          ]),
        ),
      );
    }

    /** Locks `sample` row `id` by writing `marker` into a column no index covers, so only that row is locked. */
    const lockRow = (id: number, marker = 1): Statement => ({
      kind: 'update',
      table: 'sample',
      set: [{ column: 'count', value: val(marker, Integer) }],
      where: eq(col('sample', 'id'), val(id, Integer)),
    });

    const early = (name = 'early') => main.dialect.render(insertRows('parent', [{ name }]));

    const inTransaction = async (driver: Driver) => Number((await driver.execute(raw('SELECT @@in_transaction AS `t`'))).rows[0]!['t']);
    const connectionId = async (tx: Executor) => Number((await tx.execute(raw('SELECT CONNECTION_ID() AS `id`'))).rows[0]!['id']);

    /**
     * Waits until the connection is executing its blocked UPDATE. (PROCESSLIST, not INNODB_TRX:
     * on MariaDB 10.11 a transaction in lock wait did not show in INNODB_TRX.)
     */
    async function waitForLockWait(id: number) {
      for (let i = 0; i < 200; i++) {
        const rows = await admin.query(
          "SELECT 1 FROM `information_schema`.`PROCESSLIST` WHERE `ID` = ? AND `COMMAND` = 'Execute' AND `STATE` = 'Updating'",
          [id],
        );
        if (rows.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`Connection ${id} never waited for a lock.`);
    }

    beforeAll(async () => {
      main = await createTestDriver(dialect);
      await createAll(mapping, main);
    });
    afterAll(async () => {
      await Promise.all(opened.map((driver) => driver.close()));
      await main?.drop();
    });

    it('sets strict sql_mode, UTC, READ COMMITTED, and the lock, statement and idle-transaction timeouts on each session', async () => {
      const { rows } = await main.execute(
        raw(
          'SELECT @@SESSION.sql_mode AS `mode`, @@SESSION.time_zone AS `zone`, @@SESSION.innodb_lock_wait_timeout AS `lockWait`, @@SESSION.max_statement_time AS `statementTime`, @@SESSION.idle_transaction_timeout AS `idle`, @@SESSION.tx_isolation AS `isolation`',
        ),
      );
      const row = rows[0]!;
      expect(String(row['mode']).split(',')).toContain('STRICT_TRANS_TABLES');
      expect({
        zone: row['zone'],
        lockWait: Number(row['lockWait']),
        statementTime: Number(row['statementTime']),
        idle: Number(row['idle']),
        isolation: row['isolation'],
      }).toEqual({ zone: '+00:00', lockWait: 5, statementTime: 5, idle: 30, isolation: 'READ-COMMITTED' });
    });

    it('classifies a real deadlock, in which the victim sends only ROLLBACK afterwards and ends outside a transaction', async () => {
      const a = await openDriver();
      const b = await openDriver();
      const aLocked = deferred();
      const bLocked = deferred();
      const refusals: unknown[] = [];
      const work = (marker: number, first: number, second: number, locked: () => void, other: Promise<void>) => async (tx: Executor) => {
        await tx.execute(early(`early${marker}`));
        await tx.execute(main.dialect.render(lockRow(first, marker)));
        locked();
        await other;
        try {
          await tx.execute(main.dialect.render(lockRow(second, marker)));
        } catch (error) {
          refusals.push(await tx.execute(main.dialect.render(lockRow(first, marker))).catch((e: unknown) => e));
          throw error;
        }
      };
      await main.execute(main.dialect.render(deleteAll('parent')));
      const outcomes = await Promise.allSettled([
        a.driver.transaction(work(10, 1, 2, aLocked.resolve, bLocked.promise)),
        b.driver.transaction(work(20, 2, 1, bLocked.resolve, aLocked.promise)),
      ]);
      const failed = outcomes.flatMap((outcome, i) =>
        outcome.status === 'rejected' ? [{ error: outcome.reason as unknown, side: [a, b][i]! }] : [],
      );
      expect(failed).toHaveLength(1);
      const victim = failed[0]!;
      expect(main.dialect.classifyError(victim.error)).toEqual({ kind: 'deadlock', retryable: true, transactionRolledBack: true });
      expect(refusals[0]).toBeInstanceOf(TransactionAbortedError);
      expect(afterFailure(victim.side.log)).toEqual(['ROLLBACK']);
      expect(await inTransaction(victim.side.driver)).toBe(0);
      // The winner's writes committed; none of the victim's survived.
      const winner = outcomes[0]!.status === 'fulfilled' ? 10 : 20;
      const counts = (await query(main, selectRows('sample', ['count']), 'sample')).map((row) => row['count']);
      expect(counts).toEqual([winner, winner]);
      expect(await parentNames(main)).toEqual([`early${winner}`]);
    });

    it('rolls back the whole transaction after a lock-wait timeout, which on its own undoes only the statement', async () => {
      const holder = await openDriver();
      const blocked = await openDriver({ lockWaitTimeoutSeconds: 1 });
      const locked = deferred();
      const release = deferred();
      const holding = holder.driver.transaction(async (tx) => {
        await tx.execute(main.dialect.render(lockRow(1)));
        locked.resolve();
        await release.promise;
      });
      await locked.promise;
      const started = Date.now();
      const error = await blocked.driver
        .transaction(async (tx) => {
          await tx.execute(early());
          await tx.execute(main.dialect.render(lockRow(1, 2)));
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(blocked.log.errors.map((e) => e.sql)).toEqual([main.dialect.render(lockRow(1)).sql]);
      release.resolve();
      await holding;
      expect(main.dialect.classifyError(error)).toEqual({ kind: 'lock-wait-timeout', retryable: true, transactionRolledBack: false });
      expect(afterFailure(blocked.log)).toEqual(['ROLLBACK']);
      expect(await parentNames(main)).not.toContain('early');
      expect(await inTransaction(blocked.driver)).toBe(0);
    });

    it('rolls back, not commits, after KILL QUERY stops a blocked statement', async () => {
      const holder = await openDriver();
      const blocked = await openDriver();
      const locked = deferred();
      const release = deferred();
      const holding = holder.driver.transaction(async (tx) => {
        await tx.execute(main.dialect.render(lockRow(1)));
        locked.resolve();
        await release.promise;
      });
      await locked.promise;
      const victimId = deferred<number>();
      const outcome = blocked.driver
        .transaction(async (tx) => {
          await tx.execute(early());
          victimId.resolve(await connectionId(tx));
          await tx.execute(main.dialect.render(lockRow(1, 2)));
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      const id = await Promise.race([victimId.promise, outcome.then((e) => Promise.reject(e))]);
      await waitForLockWait(id);
      await admin.query(`KILL QUERY ${id}`);
      const error = await outcome;
      release.resolve();
      await holding;
      expect(main.dialect.classifyError(error).kind).toBe('query-killed');
      expect(blocked.log.errors.map((e) => e.sql)).toEqual([main.dialect.render(lockRow(1)).sql]);
      expect(afterFailure(blocked.log)).toEqual(['ROLLBACK']);
      expect(await parentNames(main)).not.toContain('early');
    });

    it('discards a connection killed mid-transaction and carries on with a fresh one', async () => {
      const victim = await openDriver();
      let id = 0;
      const error = await victim.driver
        .transaction(async (tx) => {
          await tx.execute(early());
          id = await connectionId(tx);
          await admin.query(`KILL CONNECTION ${id}`);
          await tx.execute(early('later'));
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(main.dialect.classifyError(error).kind).toBe('connection-lost');
      // Nothing was committed, so it is reported as unavailable, naming the URL without the password.
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      const { password } = new URL(main.url);
      expect((error as Error).message).toMatch(/^The database URL \(--db or DATABASE_URL\) points at mysql:\/\/[^@]*@[^/]+\/rg_\w+, but /);
      if (password) expect((error as Error).message).not.toContain(`:${password}@`);
      const { rows } = await victim.driver.execute(raw('SELECT CONNECTION_ID() AS `id`, @@in_transaction AS `t`'));
      expect(Number(rows[0]!['id'])).not.toBe(id);
      expect(Number(rows[0]!['t'])).toBe(0);
      expect(await parentNames(main)).toEqual([]);
    });

    it('never reports a COMMIT that met a lost connection as unavailable: its outcome is unknown', async () => {
      const victim = await openDriver();
      const error = await victim.driver
        .transaction(async (tx) => {
          await tx.execute(early());
          const id = await connectionId(tx);
          await admin.query(`KILL CONNECTION ${id}`);
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(victim.log.statements.filter((e) => e.kind === 'transaction').map((e) => [e.sql, e.error !== undefined])).toEqual([
        ['START TRANSACTION', false],
        ['COMMIT', true],
        ['ROLLBACK', true],
      ]);
      expect(main.dialect.classifyError(error)).toEqual({ kind: 'connection-lost', retryable: false, transactionRolledBack: false });
      expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
      expect(await parentNames(main)).toEqual([]);
    });

    it('classifies max_statement_time as a retryable statement timeout', async () => {
      const slow = await openDriver({ statementTimeoutSeconds: 0.2 });
      const error = await slow.driver.execute(raw('SELECT SLEEP(2) AS `s`')).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(main.dialect.classifyError(error)).toEqual({ kind: 'statement-timeout', retryable: true, transactionRolledBack: false });
    });
  });
}

for (const dialect of DIALECTS.filter((d): d is TestDialect => d.name === 'sqlite')) {
  describe('sqlite: a database file shared by two connections', () => {
    it("classifies a write blocked by another connection's transaction as busy, after the busy timeout", async () => {
      const writer = await createTestDriver(dialect, { file: true });
      const other = await createDriver(writer.url, { busyTimeoutMs: 100 });
      try {
        await createAll(mapping, writer);
        const release = deferred();
        const locked = deferred();
        const holding = writer.transaction(async (tx) => {
          await tx.execute(writer.dialect.render(insertRows('parent', [{ name: 'held' }])));
          locked.resolve();
          await release.promise;
        });
        await locked.promise;
        const error = await other
          .transaction((tx) => tx.execute(other.dialect.render(insertRows('parent', [{ name: 'blocked' }]))))
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        release.resolve();
        await holding;
        expect(other.dialect.classifyError(error)).toEqual({ kind: 'busy', retryable: true, transactionRolledBack: false });
        await other.transaction((tx) => tx.execute(other.dialect.render(insertRows('parent', [{ name: 'retried' }]))));
        expect(await parentNames(other)).toEqual(['held', 'retried']);
      } finally {
        await other.close();
        await writer.drop();
      }
    });

    it('enforces foreign keys on every connection it opens', async () => {
      const driver = await createTestDriver(dialect, { file: true });
      try {
        const { rows } = await driver.execute(raw('PRAGMA foreign_keys'));
        expect(rows).toEqual([{ foreign_keys: 1 }]);
        const journal = await driver.execute(raw('PRAGMA journal_mode'));
        expect(journal.rows).toEqual([{ journal_mode: 'wal' }]);
      } finally {
        await driver.drop();
      }
    });
  });
}
