/**
 * Optimistic locking in the unit of work, as SQLAlchemy's `version_id_col` does it
 * (`orm/persistence.py`): a new row starts at version 1 (or the current time), and every UPDATE
 * and DELETE of a row names the version it read in its WHERE and counts the rows it matched.
 * An UPDATE also bumps the version. A row not at the version it was read at means another
 * transaction changed or deleted it since: `StaleDataError`, and the flush's transaction rolls
 * back.
 */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import { StaleDataError } from '../errors/StaleDataError.js';
import { decodeRow } from '../rows/rowDecoder.js';
import type { MappedModel } from '../mapper/index.js';
import { lockRows } from '../sql/flushSelects.js';
import type { Assignment } from '../sql/statements.js';
import { assign, increment } from '../sql/writeStatements.js';
import { identityKey } from './IdentityMap.js';
import type { InstanceState } from './InstanceState.js';

/**
 * The version a new row starts with: 1, or now for a DateTime version (SQLAlchemy's default
 * `version_id_generator` counts from 1; a timestamp needs a generator of its own there).
 */
export function initialVersion(column: TableColumn): unknown {
  switch (column.type.kind) {
    case 'bigInteger':
      return '1';
    case 'dateTime':
      return new Date();
    default:
      return 1;
  }
}

/** The version each row holds in the database as far as this flush knows: as read, or as it last wrote it. */
export class VersionLedger {
  readonly #written = new Map<InstanceState, unknown>();

  current(state: InstanceState): unknown {
    if (this.#written.has(state)) return this.#written.get(state);
    const column = state.model.versionColumn!;
    // A row inserted by this flush holds the version it was inserted with.
    return (state.status === 'persistent' ? state.committed : state.values).get(column.attribute);
  }

  /** Records what an UPDATE wrote; the instance holds it too, as its committed value after the flush. */
  advance(state: InstanceState, version: unknown): void {
    this.#written.set(state, version);
    state.values.set(state.model.versionColumn!.attribute, version);
  }
}

/**
 * How an UPDATE bumps the version of rows that held `olds`: `version = version + 1` (one
 * statement serves rows at different versions), or one new timestamp for them all, later than
 * each of theirs even when the clock has not moved on since.
 *
 * @example
 * bump(Parent.version, [4, 7]) // { assignment: { column: 'version', increment: 1 }, next: (old) => old + 1 }
 */
export function bump(column: TableColumn, olds: readonly unknown[]): { assignment: Assignment; next: (old: unknown) => unknown } {
  switch (column.type.kind) {
    case 'dateTime': {
      const latest = olds.reduce<number>(
        (max, old) => (old instanceof Date ? Math.max(max, old.getTime()) : max),
        Number.NEGATIVE_INFINITY,
      );
      const now = new Date(Math.max(Date.now(), latest + 1));
      return { assignment: assign(column, now), next: () => now };
    }
    case 'bigInteger':
      return { assignment: increment(column, 1), next: (old) => String(BigInt(old as string) + 1n) };
    default:
      return { assignment: increment(column, 1), next: (old) => Number(old) + 1 };
  }
}

/**
 * Each row by the version it should still have and its key: the key columns and key rows of a
 * versioned UPDATE or DELETE, `(version, id) IN ((?, ?), ...)`. Rendered as
 * `(version = ? AND id IN (?, ?)) OR ...`, so rows at one version share a term.
 *
 * @example
 * versionedKeys(Parent, [Parent(id=1), Parent(id=2)], [4, 4]) // { columns: [version, id], rows: [[4, 1], [4, 2]] }
 */
export function versionedKeys(
  model: MappedModel,
  states: readonly InstanceState[],
  versions: readonly unknown[],
): { columns: TableColumn[]; rows: unknown[][] } {
  return {
    columns: [model.versionColumn!, ...model.primaryKey],
    rows: states.map((state, i) => [versions[i], ...state.key('committed')]),
  };
}

/**
 * Before a versioned UPDATE or DELETE of several rows: reads their versions, locked, and refuses
 * the write by name if any row is not at the version it was read at. After the write, a
 * statement that matched fewer rows could not say which ones did not match (a row another
 * transaction bumped from 4 to 5 looks like one this write bumped), so the rows are read
 * first; the lock keeps them at those versions until COMMIT. One row needs no read: the count
 * of its own statement names it (`checkMatched`).
 *
 * @example
 * // SELECT t0.id AS id, ..., t0.version AS version FROM parent AS t0 WHERE t0.id IN (?, ?, ?, ?) FOR UPDATE
 */
export async function checkVersions(
  states: readonly InstanceState[],
  versions: readonly unknown[],
  target: { readonly executor: Executor; readonly dialect: Dialect },
): Promise<void> {
  if (new Set(states).size <= 1) return;
  const model = states[0]!.model;
  const version = model.versionColumn!;
  const keys = states.map((state) => state.key('committed'));
  const result = await target.executor.execute(target.dialect.render(lockRows(model, keys)));
  const now = new Map(
    result.rows.map((raw) => {
      const row = decodeRow(target.dialect, model, raw);
      return [identityKey(model.primaryKey.map((c) => row[c.attribute])), row[version.attribute]] as const;
    }),
  );
  const stale = states
    .map((state, i) => ({ state, version: versions[i] }))
    .filter(({ state, version: read }) => !sameVersion(now.get(identityKey(state.key('committed'))), read));
  if (stale.length > 0) throw staleError(stale[0]!.state, stale[0]!.version, stale.length);
}

/** Throws `StaleDataError` unless a versioned UPDATE or DELETE matched every row it named. */
export function checkMatched(matched: number, states: readonly InstanceState[], versions: readonly unknown[]): void {
  const expected = new Set(states).size;
  if (matched < expected) throw staleError(states[0]!, versions[0], expected - matched);
}

function staleError(state: InstanceState, version: unknown, count: number): StaleDataError {
  const { model } = state;
  const key = state.key('committed');
  return new StaleDataError({
    model: model.name,
    key: model.primaryKey.map((c, i) => [c.attribute, key[i]] as const),
    expected: version,
    count,
  });
}

/** Versions compare by value: timestamps by instant. */
export function sameVersion(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a !== undefined && a !== null && String(a) === String(b);
}
