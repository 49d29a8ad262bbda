/**
 * A certification conflict at COMMIT, made on purpose: relgraph (in this process, through the
 * library API, on node 1) updates a row; just before its COMMIT, another node commits a write to
 * the same row, and node 1 waits until it has applied it (`wsrep_sync_wait`), which aborts
 * relgraph's transaction. Its COMMIT then fails with 1213, although it never waited on a lock.
 * relgraph must rerun the mutation (once the conflict is gone: one answer, written once) and,
 * when every attempt meets a conflict, stop after its bounded attempts having written nothing.
 */
import { GraphQLError, parse, type ExecutionResult } from 'graphql';
import { createDriver, createRelgraph, type Driver, type StatementEvent } from '../../src/index.js';
import type { Database } from '../reliability/harness.js';
import type { Report } from '../reliability/report.js';
import Base from './models.js';
import { SCHEMA } from './verify.js';

/** A seeded parent outside the rows the load writes. */
const ROW = 40;

export interface ConflictContext {
  readonly report: Report;
  readonly tier: string;
  /** The node relgraph writes on, and another node. */
  readonly local: Database;
  readonly remote: Database;
}

export async function commitConflicts({ report, tier, local, remote }: ConflictContext): Promise<void> {
  const commitErrors: unknown[] = [];
  const onStatement = (event: StatementEvent) => {
    if (event.sql === 'COMMIT' && event.error) commitErrors.push(event.error);
  };
  const real = await createDriver(`${local.server.appUrl}/${SCHEMA}`, { connectionLimit: 2, onStatement });
  let conflictsLeft = 0;
  let conflictsMade = 0;
  // Between the mutation's last statement and its COMMIT: the other node writes the same row,
  // and the local node applies that write (`wsrep_sync_wait = 1` makes the read wait for it),
  // aborting relgraph's open transaction.
  const conflict = async () => {
    conflictsMade += 1;
    await remote.rows(`UPDATE ${SCHEMA}.parent SET owner = ? WHERE id = ?`, [`remote-${conflictsMade}`, ROW]);
    const connection = await local.connectRoot();
    try {
      await connection.query('SET SESSION wsrep_sync_wait = 1');
      await connection.query(`SELECT owner FROM ${SCHEMA}.parent WHERE id = ?`, [ROW]);
    } finally {
      await connection.end();
    }
  };
  const driver: Driver = {
    get dialect() {
      return real.dialect;
    },
    execute: (query) => real.execute(query),
    transaction: (work) =>
      real.transaction(async (tx) => {
        const result = await work(tx);
        if (conflictsLeft > 0) {
          conflictsLeft -= 1;
          await conflict();
        }
        return result;
      }),
    close: () => real.close(),
  };
  let retries = 0;
  const relgraph = createRelgraph(Base, { driver, onRetry: () => retries++ });
  // An error thrown rather than answered is what a server masks as INTERNAL_SERVER_ERROR.
  const update = (owner: string): Promise<ExecutionResult> =>
    Promise.resolve(
      relgraph.execute({
        schema: relgraph.schema,
        document: parse(`mutation { updateParent(id: ${ROW}, input: { owner: "${owner}" }) { id owner } }`),
        contextValue: relgraph.createContext(),
      }),
    ).catch((error: unknown) => ({ data: null, errors: [new GraphQLError(String((error as Error).message ?? error))] }));
  const owners = async () =>
    Promise.all(
      [local, remote].map(async (db) => {
        const connection = await db.connectRoot();
        try {
          await connection.query('SET SESSION wsrep_sync_wait = 1');
          const [rows] = await connection.query(`SELECT owner FROM ${SCHEMA}.parent WHERE id = ?`, [ROW]);
          return String((rows as Array<{ owner: string }>)[0]?.owner);
        } finally {
          await connection.end();
        }
      }),
    );
  try {
    await report.check(tier, 'a 1213 at COMMIT (lost certification) is retried: one answer, written once', async () => {
      conflictsLeft = 1;
      const result = await update('relgraph-1');
      const errnos = commitErrors.map((e) => (e as { errno?: number }).errno);
      const seen = await owners();
      return {
        tried: 'updateParent on node1; node2 commits the same row before its COMMIT, once',
        held: errnos.includes(1213) && !result.errors && retries >= 1 && seen.every((o) => o === 'relgraph-1'),
        detail: `COMMIT errors ${errnos.join(',') || 'none'}; ${retries} retries; answer ${JSON.stringify(result.errors?.[0]?.message ?? result.data)}; owner on node1, node2: ${seen.join(', ')}`,
      };
    });
    await report.check(tier, 'conflicts at every COMMIT: retries stop at the bound, TRANSACTION_CONFLICT, nothing written', async () => {
      commitErrors.length = 0;
      retries = 0;
      const before = conflictsMade;
      conflictsLeft = 10;
      const result = await update('relgraph-2');
      conflictsLeft = 0;
      const attempts = conflictsMade - before;
      const seen = await owners();
      const code = result.errors?.[0]?.extensions?.['code'];
      return {
        tried: 'updateParent on node1 with a conflicting write before each COMMIT',
        held:
          code === 'TRANSACTION_CONFLICT' && result.data == null && attempts === 3 && seen.every((o) => o === `remote-${conflictsMade}`),
        detail: `${attempts} attempts, ${retries} retries; answered ${code ?? 'a thrown error (INTERNAL_SERVER_ERROR over HTTP)'}: ${result.errors?.[0]?.message}; owner ${seen.join(', ')}`,
      };
    });
  } finally {
    await real.close();
  }
}
