/**
 * Statements as MariaDB counts them: `Questions` (every statement a client sent, prepared ones
 * executed included; not COM_STMT_PREPARE or COM_STMT_CLOSE) and the transaction-control part of
 * it, from SHOW GLOBAL STATUS, since the servers run in other processes with their own pools.
 * The bench's own reads are measured once and subtracted.
 */
import type { Connection } from 'mysql2/promise';

export interface Counters {
  readonly questions: number;
  /** START TRANSACTION / BEGIN, COMMIT and ROLLBACK. */
  readonly transactionControl: number;
  readonly prepares: number;
  /** InnoDB row-lock waits and deadlocks: what contention costs (M2). */
  readonly lockWaits: number;
  readonly deadlocks: number;
}

const names = ['Questions', 'Com_begin', 'Com_commit', 'Com_rollback', 'Com_stmt_prepare', 'Innodb_row_lock_waits', 'Innodb_deadlocks'];

export async function readCounters(admin: Connection): Promise<Counters> {
  const [rows] = await admin.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (${names.map(() => '?').join(', ')})`, names);
  const value = new Map(
    (rows as Array<{ Variable_name: string; Value: string }>).map((r) => [r.Variable_name.toLowerCase(), Number(r.Value)]),
  );
  const get = (name: string) => value.get(name.toLowerCase()) ?? NaN;
  return {
    questions: get('Questions'),
    transactionControl: get('Com_begin') + get('Com_commit') + get('Com_rollback'),
    prepares: get('Com_stmt_prepare'),
    lockWaits: get('Innodb_row_lock_waits'),
    deadlocks: get('Innodb_deadlocks'),
  };
}

/** Counts statements sent by others while `work` runs, net of the two counter reads. */
export class StatementMeter {
  readonly #admin: Connection;
  #overhead = 0;

  constructor(admin: Connection) {
    this.#admin = admin;
  }

  /** Measures what reading the counters itself adds (the smallest of five idle measurements). */
  async calibrate(): Promise<number> {
    const deltas: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = await readCounters(this.#admin);
      const after = await readCounters(this.#admin);
      deltas.push(after.questions - before.questions);
    }
    this.#overhead = Math.min(...deltas);
    return this.#overhead;
  }

  async measure(work: () => Promise<void>): Promise<Counters> {
    const before = await readCounters(this.#admin);
    await work();
    const after = await readCounters(this.#admin);
    return {
      questions: after.questions - before.questions - this.#overhead,
      transactionControl: after.transactionControl - before.transactionControl,
      prepares: after.prepares - before.prepares,
      lockWaits: after.lockWaits - before.lockWaits,
      deadlocks: after.deadlocks - before.deadlocks,
    };
  }
}
