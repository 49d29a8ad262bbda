/**
 * Tier C (§4.2): faults injected while a low-rate phase-1 driver (4 clients, owned keys away from
 * the faults' rows) keeps running; each fault has its own assertions, and the driver's oracle,
 * integrity and leak checks run at the end. The server has a pool of 4 and reaches MariaDB
 * through the fault proxy.
 */
import type { Connection } from 'mysql2/promise';
import { FaultProxy } from './faultProxy.js';
import { leakState, metrics, probeConnections, SCHEMA, startRelgraph, type RelgraphProcess } from './harness.js';
import { gql, outcome, type Reply } from './http.js';
import { checkCreates, createdParentIds, integrity, PhaseStats, step, type ClientContext } from './load.js';
import { OwnedOracle, parentMatches } from './oracle.js';
import { percentile, random, sleep } from './report.js';
import { childParents, linkSet } from './seed.js';
import { scan, reportScans, type Suite } from './suite.js';
import { countDeadlocks } from './load.js';
import { errorLog } from './harness.js';

const TIER = 'C';
const CONNECTION_LIMIT = 4;
const QUEUE_LIMIT = 20;

interface FaultContext {
  readonly suite: Suite;
  server: RelgraphProcess;
  readonly proxy: FaultProxy;
  readonly driver: BackgroundDriver;
}

/** The low-rate phase-1 driver of §4.2: 4 clients on owned keys, paused on demand. */
class BackgroundDriver {
  readonly stats = new PhaseStats();
  readonly oracle: OwnedOracle;
  #running = true;
  #paused = false;
  #done: Promise<void> | undefined;
  #server: RelgraphProcess;

  constructor(
    readonly suite: Suite,
    server: RelgraphProcess,
    children: Map<number, number | null>,
    links: Set<string>,
  ) {
    this.#server = server;
    this.oracle = new OwnedOracle(
      children,
      links,
      BackgroundDriver.pairs()
        .flat()
        .map(([p, t]) => `${p}:${t}`),
    );
  }

  static readonly parents = Array.from({ length: 21 }, (_, i) => 30 + i);
  static pairs(): Array<Array<readonly [number, number]>> {
    const pairs: Array<Array<readonly [number, number]>> = [[], [], [], []];
    for (const p of BackgroundDriver.parents) for (const t of BackgroundDriver.parents) pairs[(p * 51 + t) % 4]!.push([p, t] as const);
    return pairs;
  }

  set server(server: RelgraphProcess) {
    this.#server = server;
  }

  start(): void {
    const rng = random(this.suite.config.seed + 7);
    const pairs = BackgroundDriver.pairs();
    this.#done = Promise.all(
      Array.from({ length: 4 }, async (_, k) => {
        const seed = Math.floor(rng() * 2 ** 32);
        for (let n = 0; this.#running; n++) {
          if (this.#paused) {
            await sleep(50);
            continue;
          }
          const ctx: ClientContext = {
            suite: this.suite,
            tier: TIER,
            namePrefix: 'fault-',
            server: this.#server,
            stats: this.stats,
            oracle: this.oracle,
            owned: this.oracle,
            phase: 1,
            client: k,
            rng: random(seed + n),
            pairs: pairs[k]!,
            keys: {
              parents: BackgroundDriver.parents,
              children: Array.from({ length: 200 }, (_, i) => 201 + i).filter((c) => c % 4 === k),
              tags: BackgroundDriver.parents,
            },
          };
          await step(ctx, n);
          await sleep(40);
        }
      }),
    ).then(() => undefined);
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
  }

  async stop(): Promise<void> {
    this.#running = false;
    await this.#done;
  }
}

/**
 * The app's thread whose statement on `child` waits for a row lock (or undefined after
 * `timeoutMs`): the locking read of a link's target (`FOR UPDATE`, or `LOCK IN SHARE MODE` for an
 * end of a `secondary` row), or an `UPDATE`.
 */
async function appThreadInLockWait(suite: Suite, timeoutMs = 8000, table: 'child' | 'parent' = 'child'): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A statement of the app's that has been running for a while on `child`: it waits for root's lock.
    const rows = await suite.db.rows<{ id: number }>(`SELECT p.ID AS id FROM information_schema.PROCESSLIST p
      WHERE p.USER = 'app' AND (p.INFO LIKE 'UPDATE \`${table}\`%' OR (p.INFO LIKE '%FROM \`${table}\`%' AND (p.INFO LIKE '%FOR UPDATE' OR p.INFO LIKE '%LOCK IN SHARE MODE'))) AND p.TIME_MS > 300`);
    if (rows.length === 1) return Number(rows[0]!.id);
    await sleep(50);
  }
  if (process.env['RG_DEBUG'])
    console.log(
      await suite.db.rows(
        `SELECT t.trx_mysql_thread_id, t.trx_state, p.USER, p.INFO FROM information_schema.INNODB_TRX t LEFT JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id`,
      ),
    );
  return undefined;
}

/** The statement of the blocked unit of work that waited on child 7: its locking read or its UPDATE. */
const blockedOnChild7 = /^(UPDATE `child`.*\(7\)|SELECT .*FROM `child`.*\(7\).*(FOR UPDATE|LOCK IN SHARE MODE))/s;

interface LogRow {
  readonly command_type: string;
  readonly argument: string;
}

/** The general log of one thread since `since` (the start of a fault). */
async function threadLog(suite: Suite, thread: number, since: string): Promise<LogRow[]> {
  return suite.db.rows<LogRow>(
    `SELECT command_type, CONVERT(argument USING utf8mb4) AS argument FROM mysql.general_log
    WHERE thread_id = ? AND event_time >= ? ORDER BY event_time`,
    [thread, since],
  );
}

/** MariaDB's clock, as text with microseconds, to bound a general-log window. */
async function now(suite: Suite): Promise<string> {
  const [row] = await suite.db.rows<{ t: string }>("SELECT DATE_FORMAT(NOW(6), '%Y-%m-%d %H:%i:%s.%f') AS t");
  return row!.t;
}

/** In `log`, what follows the first statement matching `failing`: it must be ROLLBACK. */
function afterFailure(log: readonly LogRow[], failing: RegExp): string {
  const index = log.findIndex((row) => row.command_type === 'Execute' && failing.test(row.argument));
  if (index < 0) return `the failing statement is not in the log (${log.length} rows)`;
  const next = log[index + 1];
  return next ? `${next.command_type} ${next.argument.slice(0, 60)}` : 'nothing';
}

/** The mutation the lock faults block: writes `parent 1` first, then `child 7`. */
const blockedMutation = (name: string) =>
  `mutation { updateParent(id: 1, input: { name: "${name}", children: { connect: [{ id: 7 }] } }) { id name children { id } } }`;

async function resetFaultRows(suite: Suite): Promise<void> {
  await suite.db.root.query(`UPDATE ${SCHEMA}.parent SET name = 'p1' WHERE id = 1`);
  await suite.db.root.query(`UPDATE ${SCHEMA}.child SET parent_id = 2 WHERE id = 7`);
}

async function faultRowState(suite: Suite): Promise<{ name: string; child7: number | null }> {
  const [parent] = await suite.db.rows<{ name: string }>(`SELECT name FROM ${SCHEMA}.parent WHERE id = 1`);
  const [child] = await suite.db.rows<{ parent_id: number | null }>(`SELECT parent_id FROM ${SCHEMA}.child WHERE id = 7`);
  return { name: String(parent?.name), child7: child?.parent_id ?? null };
}

/** A root transaction holding `child 7` FOR UPDATE. */
async function lockChild7(suite: Suite): Promise<Connection> {
  const holder = await suite.db.connectRoot();
  await holder.query('BEGIN');
  await holder.query(`SELECT * FROM ${SCHEMA}.child WHERE id = 7 FOR UPDATE`);
  return holder;
}

function send(f: FaultContext, query: string, timeoutMs = 30_000): Promise<Reply> {
  return gql(f.server.url, query, undefined, timeoutMs).then((reply) => {
    scan(f.suite, TIER, reply, JSON.stringify({ query }));
    return reply;
  });
}

/** F1 and F2: KILL CONNECTION or KILL QUERY of the app's statement while it waits for a lock. */
async function killDuringLockWait(f: FaultContext, kind: 'CONNECTION' | 'QUERY'): Promise<void> {
  const { suite } = f;
  const id = kind === 'CONNECTION' ? 'F1' : 'F2';
  await suite.report.check(TIER, `${id}: KILL ${kind} mid-transaction rolls back the whole unit of work`, async () => {
    await resetFaultRows(suite);
    const since = await now(suite);
    const holder = await lockChild7(suite);
    const pending = send(f, blockedMutation(`${id.toLowerCase()}-partial`));
    const thread = await appThreadInLockWait(suite);
    if (thread !== undefined) await suite.db.root.query(`KILL ${kind} ${thread}`);
    await sleep(200);
    await holder.query('ROLLBACK');
    await holder.end();
    const reply = await pending;
    const state = await faultRowState(suite);
    const log = thread !== undefined ? await threadLog(suite, thread, since) : [];
    const next = afterFailure(log, blockedOnChild7);
    const followUps: Reply[] = [];
    for (let i = 0; i < 100; i++) followUps.push(await send(f, `{ parent(id: ${1 + (i % 50)}) { id children { id } } }`));
    const okAfter = followUps.filter((r) => outcome(r) === 'OK').length;
    const leaks = await leakState(suite.db);
    // KILL CONNECTION loses the connection before COMMIT (the server rolls back): the client
    // hears DATABASE_UNAVAILABLE, "nothing was written, try again". KILL QUERY fails the
    // statement on a live connection: an unexpected error, rolled back.
    const expected = kind === 'CONNECTION' ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
    const held =
      thread !== undefined &&
      outcome(reply) === expected &&
      state.name === 'p1' &&
      state.child7 === 2 &&
      okAfter === 100 &&
      leaks.appConnections <= CONNECTION_LIMIT &&
      f.server.alive() &&
      (kind === 'CONNECTION' || next === 'Query ROLLBACK');
    return {
      tried: `updateParent(1, name, connect child 7) blocked by root; KILL ${kind} of thread ${thread}`,
      held,
      detail: `reply ${outcome(reply)}; parent 1 name "${state.name}", child 7 parent ${state.child7}; after the failed UPDATE: ${next}; next 100 requests ${okAfter} OK; ${leaks.appConnections} app connections`,
    };
  });
}

/** F3: root holds the lock past innodb_lock_wait_timeout (5 s). */
async function lockWaitTimeout(f: FaultContext): Promise<void> {
  const { suite } = f;
  await suite.report.check(TIER, 'F3: lock-wait timeout 1205: no partial write; whole-unit retry or clean error', async () => {
    await resetFaultRows(suite);
    const since = await now(suite);
    const holder = await lockChild7(suite);
    const started = performance.now();
    const pending = send(f, blockedMutation('f3-done'));
    const thread = await appThreadInLockWait(suite);
    await sleep(6500);
    const midState = await faultRowState(suite);
    await holder.query('ROLLBACK');
    await holder.end();
    const reply = await pending;
    const ms = performance.now() - started;
    const state = await faultRowState(suite);
    const log = thread !== undefined ? await threadLog(suite, thread, since) : [];
    const next = afterFailure(log, blockedOnChild7);
    const acked = outcome(reply) === 'OK';
    const consistent = acked
      ? state.name === 'f3-done' && state.child7 === 1
      : outcome(reply) === 'TRANSACTION_CONFLICT' && state.name === 'p1' && state.child7 === 2;
    suite.report.add(
      TIER,
      'F3: the timed-out lock wait is retried as a whole unit of work (§3.2), not only reported',
      'the same request',
      acked && state.name === 'f3-done',
      `reply ${outcome(reply)}; statement errors met: ${JSON.stringify((await metrics(f.server)).statementErrors)}`,
    );
    return {
      tried: 'root holds child 7 for 6.5 s (lock wait timeout 5 s)',
      held: consistent && midState.name === 'p1' && next === 'Query ROLLBACK' && ms <= 3 * 5000 + 2000,
      detail: `reply ${outcome(reply)} after ${ms.toFixed(0)} ms; while blocked parent 1 name "${midState.name}"; final "${state.name}", child 7 parent ${state.child7}; after the 1205: ${next}`,
    };
  });
}

/** F4: the app is the deadlock victim, retries the whole unit of work, and ends correct. */
async function deadlock(f: FaultContext): Promise<void> {
  const { suite } = f;
  await suite.report.check(TIER, 'F4: deadlock 1213: victim rolls back, reruns the whole unit of work, ends correct', async () => {
    await resetFaultRows(suite);
    await suite.db.root.query('CREATE TABLE IF NOT EXISTS rg_scratch.heavy (id INT AUTO_INCREMENT PRIMARY KEY, v INT)');
    const before = await metrics(f.server);
    const since = await now(suite);
    const deadlocksBefore = countDeadlocks(await errorLog(suite.db));
    const holder = await suite.db.connectRoot();
    await holder.query('BEGIN');
    // The app reads child 7 FOR UPDATE first (the link's target) and writes parent 1 at flush:
    // root takes parent 1 first, waits until the app blocks on it, then asks for child 7.
    await holder.query(`UPDATE ${SCHEMA}.parent SET name = name WHERE id = 1`);
    // Root is made the heavier transaction, so InnoDB picks the app as the victim.
    await holder.query(`INSERT INTO rg_scratch.heavy (v) VALUES ${Array.from({ length: 200 }, (_, i) => `(${i})`).join(', ')}`);
    const pending = send(f, blockedMutation('f4-done'));
    const thread = await appThreadInLockWait(suite, 8000, 'parent');
    // Root now wants child 7, which the app holds: a cycle.
    const rootSide = holder.query(`UPDATE ${SCHEMA}.child SET name = name WHERE id = 7`).then(
      () => 'ok',
      (e: { errno?: number }) => `error ${e.errno}`,
    );
    const rootOutcome = await rootSide;
    await sleep(300);
    await holder.query('COMMIT');
    await holder.end();
    const reply = await pending;
    const state = await faultRowState(suite);
    const after = await metrics(f.server);
    const deadlocks = countDeadlocks(await errorLog(suite.db)) - deadlocksBefore;
    const met = (after.statementErrors['1213'] ?? 0) - (before.statementErrors['1213'] ?? 0);
    const log = thread !== undefined ? await threadLog(suite, thread, since) : [];
    const index = log.findIndex((row) => row.command_type === 'Execute' && /^UPDATE `parent`.*\(1\)/s.test(row.argument));
    const afterVictim = log.slice(index + 1, index + 3).map((r) => `${r.command_type} ${r.argument.slice(0, 40)}`);
    const onlyRollback = afterVictim[0] === 'Query ROLLBACK';
    return {
      tried: 'root: parent 1 then 200 inserts then child 7; app: child 7 (FOR UPDATE) then parent 1',
      held:
        outcome(reply) === 'OK' &&
        state.name === 'f4-done' &&
        state.child7 === 1 &&
        onlyRollback &&
        rootOutcome === 'ok' &&
        deadlocks === 1 &&
        met === deadlocks,
      detail: `reply ${outcome(reply)}; root's UPDATE ${rootOutcome}; final name "${state.name}", child 7 parent ${state.child7}; victim thread after the 1213: ${afterVictim.join(' → ')}; deadlocks in the error log ${deadlocks}, 1213 met by relgraph ${met}`,
    };
  });
}

/** F5: MariaDB shut down (and, second, killed) while serving, then started again. */
async function restartDatabase(f: FaultContext, how: 'shutdown' | 'kill'): Promise<void> {
  const { suite } = f;
  await suite.report.check(
    TIER,
    `F5: MariaDB ${how === 'kill' ? 'kill -9' : 'graceful shutdown'} while serving: fail fast, recover within 5 s, same PID`,
    async () => {
      const pid = f.server.pid;
      const probes: Array<{ started: number; reply: Reply }> = [];
      let probing = true;
      const probeLoop = (async () => {
        while (probing) {
          const started = performance.now();
          const reply = await send(f, '{ parent(id: 30) { id children { id } } }', 15_000);
          probes.push({ started, reply });
          await sleep(50);
        }
      })();
      await sleep(1000);
      const down = performance.now();
      let note = '';
      try {
        await suite.db.server.restart(how, 3000);
      } catch (error) {
        // MariaDB itself failing to come back is not relgraph's fault; start it once more and say so.
        note = `; MariaDB did not come back by itself (${String(error).slice(0, 120)}), started again`;
        await suite.db.server.restart('shutdown', 0);
      }
      const ready = performance.now();
      await suite.db.reconnect();
      if (how === 'kill') {
        // A crash leaves the CSV general log marked as crashed.
        await suite.db.root.query('SET GLOBAL general_log = 0');
        await suite.db.root.query('REPAIR TABLE mysql.general_log');
        await suite.db.root.query('SET GLOBAL general_log = 1');
      }
      await sleep(6000);
      probing = false;
      await probeLoop;
      const during = probes.filter((p) => p.started >= down && p.started < ready);
      const slowest = Math.max(0, ...during.map((p) => p.reply.ms));
      const afterReady = probes.filter((p) => p.started >= ready);
      const failedAfter = afterReady.filter((p) => outcome(p.reply) !== 'OK');
      const late = afterReady.filter((p) => p.started >= ready + 5000);
      const lateOk = late.filter((p) => outcome(p.reply) === 'OK').length;
      const codes = [...new Set(during.map((p) => outcome(p.reply)))];
      const held =
        f.server.alive() &&
        (await metrics(f.server)).pid === pid &&
        slowest <= 2500 &&
        codes.every((c) => isRefusal(c) || c === 'OK') &&
        failedAfter.length <= CONNECTION_LIMIT &&
        late.length > 0 &&
        lateOk / late.length >= 0.99;
      return {
        tried: `${how}, down 3 s, restarted; probes every 50 ms`,
        held,
        detail: `${during.length} requests while down, slowest ${slowest.toFixed(0)} ms, outcomes ${codes.join('/')}; after ready: ${failedAfter.length} failed of ${afterReady.length} (bound ${CONNECTION_LIMIT}); 5 s after ready ${lateOk}/${late.length} OK; server pid ${pid} alive${note}`,
      };
    },
  );
}

/**
 * How a request the database could not serve may end: `DATABASE_UNAVAILABLE` (503) when no
 * connection could be had, `INTERNAL_SERVER_ERROR` when a statement's reply never came (it may
 * have run, so it is not called "unavailable").
 */
function isRefusal(code: string): boolean {
  return code === 'DATABASE_UNAVAILABLE' || code === 'INTERNAL_SERVER_ERROR';
}

/** F6: every connection held by blocked mutations, then 50 reads. */
async function poolExhaustion(f: FaultContext): Promise<void> {
  const { suite } = f;
  f.driver.pause();
  await sleep(500);
  await suite.report.check(TIER, 'F6: pool exhaustion: waits bounded by the acquire timeout, queue bounded, recovery', async () => {
    const rssBefore = (await metrics(f.server)).rssBytes;
    const holder = await suite.db.connectRoot();
    await holder.query('BEGIN');
    await holder.query(`SELECT * FROM ${SCHEMA}.parent WHERE id IN (1, 2, 3, 4) FOR UPDATE`);
    const names = [1, 2, 3, 4].map((id) => `f6-${id}-${Date.now()}`);
    const mutations = names.map((name, i) => send(f, `mutation { updateParent(id: ${i + 1}, input: { name: "${name}" }) { id name } }`));
    await sleep(500);
    const reads = await Promise.all(Array.from({ length: 50 }, () => send(f, '{ parent(id: 30) { id name } }')));
    const rssDuring = (await metrics(f.server)).rssBytes;
    await holder.query('ROLLBACK');
    await holder.end();
    const done = await Promise.all(mutations);
    const recovered = await Promise.all(Array.from({ length: 20 }, () => send(f, '{ parent(id: 30) { id name } }')));
    const rows = await suite.db.rows<{ id: number; name: string }>(
      `SELECT id, name FROM ${SCHEMA}.parent WHERE id IN (1, 2, 3, 4) ORDER BY id`,
    );
    const mutationsConsistent = done.every((reply, i) =>
      outcome(reply) === 'OK' ? rows[i]?.name === names[i] : isRefusal(outcome(reply)) && rows[i]?.name !== names[i],
    );
    const slowest = Math.max(...reads.map((r) => r.ms));
    // A full queue is refused at once as DATABASE_UNAVAILABLE (503, Retry-After).
    const refusedFast = reads.filter((r) => outcome(r) === 'DATABASE_UNAVAILABLE' && r.ms < 500).length;
    const readCodes = [...new Set(reads.map(outcome))];
    const held =
      slowest <= 6000 &&
      readCodes.every((c) => c === 'OK' || isRefusal(c)) &&
      refusedFast >= 50 - QUEUE_LIMIT - CONNECTION_LIMIT &&
      mutationsConsistent &&
      recovered.every((r) => outcome(r) === 'OK') &&
      rssDuring - rssBefore < 100 * 1024 * 1024;
    await suite.db.root.query(`UPDATE ${SCHEMA}.parent SET name = CONCAT('p', id) WHERE id IN (1, 2, 3, 4)`);
    return {
      tried: `root locks parents 1–4; 4 blocked updates hold the pool of ${CONNECTION_LIMIT}; 50 reads (queueLimit ${QUEUE_LIMIT})`,
      held,
      detail: `reads: slowest ${slowest.toFixed(0)} ms, p50 ${percentile(
        reads.map((r) => r.ms),
        50,
      ).toFixed(
        0,
      )} ms, ${refusedFast} refused in < 500 ms, outcomes ${readCodes.join('/')}; mutations ${done.map(outcome).join(',')} (consistent ${mutationsConsistent}); after release ${recovered.filter((r) => outcome(r) === 'OK').length}/20 OK; RSS +${((rssDuring - rssBefore) / 1e6).toFixed(1)} MB`,
    };
  });
  f.driver.resume();
}

/** F7: 1000 mutations that fail at every stage; afterwards every connection is clean. */
async function leakSweep(f: FaultContext): Promise<void> {
  const { suite } = f;
  await suite.report.check(TIER, 'F7: connection-leak sweep over every failure path', async () => {
    const before = await suite.db.rows<{ id: number; name: string }>(
      `SELECT id, name FROM ${SCHEMA}.parent WHERE id IN (5, 6) ORDER BY id`,
    );
    const kinds: Array<{ name: string; query: string; code: string }> = [
      { name: 'NOT_FOUND before any write', query: 'mutation { addParentChild(id: 99999, childId: 1) { id } }', code: 'NOT_FOUND' },
      {
        name: 'NOT_FOUND after a write',
        query: 'mutation { a: updateParent(id: 5, input: { name: "f7-a" }) { id } b: addParentChild(id: 99999, childId: 1) { id } }',
        code: 'NOT_FOUND',
      },
      {
        name: 'CONSTRAINT_VIOLATION mid-unit',
        query: 'mutation { a: updateParent(id: 5, input: { name: "f7-b" }) { id } b: createParent(input: { id: 1, name: "dup" }) { id } }',
        code: 'CONSTRAINT_VIOLATION',
      },
      {
        name: 'BAD_USER_INPUT from a nested-input check',
        query:
          'mutation { a: updateParent(id: 6, input: { name: "f7-c" }) { id } b: updateParent(id: 5, input: { children: { set: [], connect: [{ id: 3 }] } }) { id } }',
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'BAD_USER_INPUT from the database (1406)',
        query: `mutation { a: updateParent(id: 5, input: { name: "f7-d" }) { id } b: updateParent(id: 6, input: { name: "${'z'.repeat(101)}" }) { id } }`,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'injected exception after the first write',
        query:
          'mutation { a: updateParent(id: 5, input: { name: "f7-e" }) { id } rgInjectedFault: updateParent(id: 6, input: { name: "f7-f" }) { id } }',
        code: 'INTERNAL_SERVER_ERROR',
      },
    ];
    const wrong = new Map<string, string>();
    let sent = 0;
    await Promise.all(
      Array.from({ length: 6 }, async (_, worker) => {
        for (let i = worker; i < 1000; i += 6) {
          const kind = kinds[i % kinds.length]!;
          const reply = await send(f, kind.query);
          sent += 1;
          if (outcome(reply) !== kind.code || reply.body?.data !== null)
            wrong.set(kind.name, `${outcome(reply)} data ${JSON.stringify(reply.body?.data)}`);
        }
      }),
    );
    const after = await suite.db.rows<{ id: number; name: string }>(`SELECT id, name FROM ${SCHEMA}.parent WHERE id IN (5, 6) ORDER BY id`);
    // The background driver's own transactions are not leaks: it pauses for the check.
    f.driver.pause();
    await sleep(500);
    const leaks = await leakState(suite.db);
    const probe = await probeConnections(f.server);
    f.driver.resume();
    const dirty = probe.filter((c) => Number(c.inTransaction) !== 0 || c.error);
    return {
      tried: `${sent} failing mutations, ${kinds.length} kinds, 6 at a time`,
      held:
        wrong.size === 0 &&
        JSON.stringify(after) === JSON.stringify(before) &&
        leaks.appTransactions === 0 &&
        dirty.length === 0 &&
        leaks.appConnections <= CONNECTION_LIMIT,
      detail: `${[...wrong].map(([k, v]) => `${k}: ${v}`).join('; ') || 'every kind got its code and data: null'}; parents 5–6 unchanged: ${JSON.stringify(after) === JSON.stringify(before)}; ${leaks.appTransactions} open app transactions; ${probe.length} pooled connections probed, ${dirty.length} in a transaction`,
    };
  });
}

/** F8: the connection is cut after COMMIT is forwarded, before its reply. */
async function ambiguousCommit(f: FaultContext): Promise<void> {
  const { suite } = f;
  await suite.report.check(TIER, 'F8: ambiguous COMMIT: reported as an error, create… not retried, no duplicates', async () => {
    f.driver.pause();
    await sleep(500);
    const tag = `f8-${Date.now()}`;
    const replies: Reply[] = [];
    for (let i = 0; i < 20; i++) {
      f.proxy.cutCommits = 1;
      replies.push(await send(f, `mutation { createParent(input: { name: "${tag}-${i}", owner: "f8" }) { id } }`));
    }
    f.proxy.cutCommits = 0;
    f.driver.resume();
    const rows = await suite.db.rows<{ name: string; n: number }>(
      `SELECT name, COUNT(*) AS n FROM ${SCHEMA}.parent WHERE name LIKE ? GROUP BY name`,
      [`${tag}-%`],
    );
    const total = rows.reduce((n, r) => n + Number(r.n), 0);
    const duplicated = rows.filter((r) => Number(r.n) > 1);
    const reportedOk = replies.filter((r) => outcome(r) === 'OK').length;
    const codes = [...new Set(replies.map(outcome))];
    return {
      tried: `20 createParent, each COMMIT cut before its reply (${f.proxy.cuts} cuts so far)`,
      // A failed COMMIT ends the request outside the resolvers: yoga answers 500 with the masked
      // error, which a client reads as "outcome unknown" (INDETERMINATE), as it should.
      held: reportedOk === 0 && total <= 20 && duplicated.length === 0 && codes.every((c) => c === 'INTERNAL_SERVER_ERROR'),
      detail: `replies ${codes.join('/')} (statuses ${[...new Set(replies.map((r) => r.status))].join('/')}); ${total} rows written (committed before the cut), ${duplicated.length} duplicated names; ${reportedOk} reported as success`,
    };
  });
}

/** F9: the proxy stops forwarding without closing: statements must fail within 10 s. */
async function halfOpen(f: FaultContext): Promise<void> {
  const { suite } = f;
  await suite.report.check(TIER, 'F9: half-open connection: statements fail within 10 s, the pool replaces the connection', async () => {
    f.driver.pause();
    await sleep(500);
    // Fill the pool with open connections first, so that requests meet stalled ones.
    await Promise.all(Array.from({ length: CONNECTION_LIMIT }, () => send(f, '{ parents(limit: 50) { id children { id } tags { id } } }')));
    f.proxy.stallAll();
    f.proxy.stallNew = true;
    const replies = await Promise.all([
      ...Array.from({ length: CONNECTION_LIMIT }, () => send(f, '{ parent(id: 31) { id } }', 25_000)),
      send(f, 'mutation { addParentTag(id: 31, tagId: 31) { id } }', 25_000),
    ]);
    f.proxy.heal();
    await sleep(500);
    const after = await Promise.all(Array.from({ length: 10 }, () => send(f, '{ parent(id: 31) { id } }')));
    f.driver.resume();
    const slowest = Math.max(...replies.map((r) => r.ms));
    return {
      tried: `every MariaDB connection stalled (no FIN, no RST); ${CONNECTION_LIMIT} reads and a mutation`,
      held: slowest <= 10_000 && replies.every((r) => isRefusal(outcome(r))) && after.every((r) => outcome(r) === 'OK'),
      detail: `${replies.map((r) => `${outcome(r)} after ${r.ms.toFixed(0)} ms`).join(', ')}; after healing ${after.filter((r) => outcome(r) === 'OK').length}/10 OK`,
    };
  });
}

/** F10: prepared-statement exhaustion with max_prepared_stmt_count lowered to 200. */
async function preparedStatements(suite: Suite, proxyPort: number): Promise<void> {
  await suite.report.check(TIER, 'F10: max_prepared_stmt_count 200: DataLoader batches of 1..300 never hit 1461', async () => {
    const server = await startRelgraph({
      dbUrl: `mysql://app:app@127.0.0.1:${proxyPort}/${SCHEMA}`,
      connectionLimit: CONNECTION_LIMIT,
      mode: 'production',
    });
    try {
      await suite.db.root.query('SET GLOBAL max_prepared_stmt_count = 200');
      const failures: string[] = [];
      let sent = 0;
      for (let k = 1; k <= 300; k++) {
        const queries = [
          `{ parents(limit: ${k}) { id children { id } tags { id } } }`,
          `{ children(limit: ${k}, offset: ${k}) { id parent { id tags { id } } } }`,
        ];
        const replies = await Promise.all(queries.map((query) => gql(server.url, query)));
        sent += replies.length;
        replies.forEach((reply, i) => {
          scan(suite, TIER, reply, queries[i]!);
          if (outcome(reply) !== 'OK' && failures.length < 5) failures.push(`k=${k}: ${outcome(reply)}`);
        });
      }
      const m = await metrics(server);
      const { preparedStatements: count } = await leakState(suite.db);
      const refused = m.statementErrors['1461'] ?? 0;
      return {
        tried: `${sent} requests, k = 1..300, pool ${CONNECTION_LIMIT}`,
        held: failures.length === 0 && refused === 0 && count <= 200 && count <= m.shapes * CONNECTION_LIMIT,
        detail: `${failures.length} failed ${failures.join(', ')}; 1461 met ${refused}; Prepared_stmt_count ${count} (shapes ${m.shapes} × ${CONNECTION_LIMIT} = ${m.shapes * CONNECTION_LIMIT})`,
      };
    } finally {
      await suite.db.root.query('SET GLOBAL max_prepared_stmt_count = DEFAULT');
      await server.stop();
    }
  });
}

/**
 * Runs the faults. `beforeRestarts` runs just before MariaDB is restarted: a crash marks the
 * general log (a CSV table) as crashed, so the S2 log checks go first.
 */
export async function runFaults(suite: Suite, beforeRestarts: () => Promise<void>): Promise<void> {
  const { db } = suite;
  await db.root.query('CREATE DATABASE IF NOT EXISTS rg_scratch');
  const proxy = new FaultProxy({ host: '127.0.0.1', port: db.server.port });
  const proxyPort = await proxy.listen();
  const server = await startRelgraph({
    dbUrl: `mysql://app:app@127.0.0.1:${proxyPort}/${SCHEMA}`,
    connectionLimit: CONNECTION_LIMIT,
    mode: 'production',
    env: { RG_QUEUE_LIMIT: String(QUEUE_LIMIT) },
  });
  const driver = new BackgroundDriver(suite, server, await childParents(db, SCHEMA), await linkSet(db, SCHEMA));
  const f: FaultContext = { suite, server, proxy, driver };
  const pid = server.pid;
  driver.start();
  try {
    await sleep(1000);
    await killDuringLockWait(f, 'CONNECTION');
    await killDuringLockWait(f, 'QUERY');
    await lockWaitTimeout(f);
    await deadlock(f);
    await poolExhaustion(f);
    await leakSweep(f);
    await ambiguousCommit(f);
    await halfOpen(f);
    await beforeRestarts();
    await restartDatabase(f, 'shutdown');
    await restartDatabase(f, 'kill');
    await sleep(2000);
  } finally {
    await driver.stop();
  }
  await driverInvariants(f, pid);
  await server.stop();
  await preparedStatements(suite, proxyPort);
  await proxy.close();
  reportScans(suite, TIER);
}

/** §4.2: the §4.1 invariants (2–4 and 7) over everything the background driver did. */
async function driverInvariants(f: FaultContext, pid: number): Promise<void> {
  const { suite, driver } = f;
  const { stats, oracle } = driver;
  const created = await createdParentIds(suite, SCHEMA, 'fault-');
  const children = await childParents(suite.db, SCHEMA);
  const links = await linkSet(suite.db, SCHEMA);
  const diff: string[] = [];
  for (const c of Array.from({ length: 200 }, (_, i) => 201 + i)) {
    const allowed = oracle.children.get(c)!;
    if (!parentMatches(children.get(c) ?? null, allowed, created))
      diff.push(`child ${c}: ${children.get(c)}, oracle ${[...allowed].join('|')}`);
  }
  for (const [key, allowed] of oracle.links)
    if (!allowed.has(links.has(key))) diff.push(`link ${key}: ${links.has(key)}, oracle ${[...allowed].join('|')}`);
  suite.report.add(
    TIER,
    'background driver: final state equals the oracle (ACKed writes durable across restarts)',
    `4 clients through every fault: ${stats.requests} requests, ACK ${stats.verdicts.ACK}, REJECT ${stats.verdicts.REJECT}, INDETERMINATE ${stats.verdicts.INDETERMINATE}`,
    diff.length === 0,
    diff.slice(0, 6).join('; '),
  );
  checkCreates(suite, TIER, stats, created, 'background driver', 'fault-');
  suite.report.add(
    TIER,
    'background driver: payloads and follow-up reads reflect ACKed writes; stable order',
    `${stats.mutations} mutations`,
    stats.violations.length === 0,
    stats.violations.slice(0, 4).join(' | '),
  );
  suite.report.add(
    TIER,
    'no resets from the server during the fault tier; any 5xx is the masked INTERNAL_SERVER_ERROR or DATABASE_UNAVAILABLE',
    `${stats.requests} background requests`,
    stats.unmasked5xx === 0 && stats.networkErrors === 0,
    `${stats.http5xx} 5xx (${stats.unmasked5xx} unmasked), ${stats.networkErrors} network errors, ${stats.internalErrors} INTERNAL_SERVER_ERROR`,
  );
  await integrity(suite, SCHEMA, 'after the faults', TIER);
  const leaks = await leakState(suite.db);
  const probe = await probeConnections(f.server);
  suite.report.add(
    TIER,
    'after the faults: no open app transaction, pool clean, connections ≤ limit, same PID',
    'INNODB_TRX, probe of every pooled connection, PROCESSLIST',
    leaks.appTransactions === 0 &&
      probe.every((c) => Number(c.inTransaction) === 0 && !c.error) &&
      leaks.appConnections <= CONNECTION_LIMIT &&
      f.server.alive() &&
      f.server.pid === pid,
    `${leaks.appTransactions} open transactions; probe ${probe.map((c) => (c.error ? 'error' : c.inTransaction)).join(',')}; ${leaks.appConnections} connections; pid ${f.server.pid}`,
  );
}
