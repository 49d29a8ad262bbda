/**
 * Runs a flush plan: layer by layer, the ops of a layer that share a batch key go out as one
 * statement (chunked only past the dialect's parameter limit). New rows get their generated keys
 * here, and the foreign keys deferred to them are filled just before the rows that need them.
 */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedRelationship } from '../mapper/index.js';
import { and, col, val } from '../sql/build.js';
import type { Assignment, Expr, Statement, ValueNode } from '../sql/statements.js';
import { chunk } from '../util/chunk.js';
import { invariant } from '../util/invariant.js';
import type { FlushOp } from './FlushOp.js';
import { identityKey } from './IdentityMap.js';
import type { InstanceState } from './InstanceState.js';
import { missingLinks, type LinkRow } from './keylessLinks.js';
import type { DeferredKey, FlushPlan } from './planFlush.js';
import { setBasedTarget } from './setBasedTarget.js';
import { bump, checkMatched, checkVersions, keyAndVersionIn, VersionLedger } from './versioning.js';

export interface FlushTarget {
  readonly executor: Executor;
  readonly dialect: Dialect;
  /**
   * Secondary tables without a key over their link columns: links into them are locked and
   * checked before they are inserted (`keylessLinks.ts`). Default none.
   */
  readonly keylessLinkTables?: ReadonlySet<string>;
}

export async function executeFlush(plan: FlushPlan, target: FlushTarget): Promise<void> {
  const versions = new VersionLedger();
  for (const layer of plan.layers) {
    for (const op of layer) fillDeferredKeys(op, plan.deferred);
    for (const batch of batches(layer)) {
      try {
        await runBatch(batch, target, versions);
      } catch (error) {
        // Remembered beside the error, not wrapped around it: retries classify the error itself.
        if (typeof error === 'object' && error !== null) failedOps.set(error, batch[0]!);
        throw error;
      }
    }
  }
}

const failedOps = new WeakMap<object, FlushOp>();

/**
 * The write a database error came from, when a flush's statement raised it: what a message can
 * say about the error in the terms of the declarations (which row, which relationship).
 */
export function failedFlushOp(error: unknown): FlushOp | undefined {
  return typeof error === 'object' && error !== null ? failedOps.get(error) : undefined;
}

function fillDeferredKeys(op: FlushOp, deferred: ReadonlyMap<InstanceState, DeferredKey[]>): void {
  if (op.kind !== 'insert' && op.kind !== 'update' && op.kind !== 'postUpdate') return;
  for (const key of op.kind === 'postUpdate' ? [] : (deferred.get(op.state) ?? [])) {
    const value = key.from.values.get(key.fromColumn.attribute);
    invariant(value !== undefined && value !== null, () => `the key of ${key.from} is known before ${op.state} is written`);
    op.state.values.set(key.to.attribute, value);
  }
  if (op.kind === 'postUpdate') {
    for (const key of op.keys) op.state.values.set(key.to.attribute, key.from.values.get(key.fromColumn.attribute));
  }
}

/** Groups a layer's ops into batches that one statement can carry, keeping their order. */
function batches(layer: readonly FlushOp[]): FlushOp[][] {
  const groups = new Map<string, FlushOp[]>();
  for (const op of layer) {
    const key = batchKey(op);
    const group = groups.get(key);
    if (group) group.push(op);
    else groups.set(key, [op]);
  }
  return [...groups.values()];
}

let unique = 0;

function batchKey(op: FlushOp): string {
  switch (op.kind) {
    case 'insert': {
      const columns = op.state.model.columns.filter((c) => op.state.values.get(c.attribute) !== undefined).map((c) => c.name);
      return `insert|${op.state.model.table.name}|${columns.join(',')}`;
    }
    case 'update':
    case 'postUpdate': {
      const set = op.columns.map((c) => [c.name, op.state.values.get(c.attribute)]);
      const expect = op.kind === 'update' ? op.expect.map(([c, v]) => [c.name, v]) : [];
      return `${op.kind}|${op.state.model.table.name}|${identityKey(set)}|${identityKey(expect)}`;
    }
    case 'delete':
      return `delete|${op.state.model.table.name}`;
    case 'linkInsert':
    case 'linkDelete':
      return `${op.kind}|${op.relationship.secondary!.name}|${linkColumns(op.relationship)
        .map((c) => c.name)
        .join(',')}`;
    default:
      return `single|${unique++}`;
  }
}

async function runBatch(batch: FlushOp[], target: FlushTarget, versions: VersionLedger): Promise<void> {
  const first = batch[0]!;
  switch (first.kind) {
    case 'insert':
      return insertRows(
        batch.map((op) => (op as Extract<FlushOp, { kind: 'insert' }>).state),
        target,
      );
    case 'update':
    case 'postUpdate':
      return updateRows(batch as Array<Extract<FlushOp, { kind: 'update' | 'postUpdate' }>>, target, versions);
    case 'delete':
      return deleteRows(
        batch.map((op) => (op as Extract<FlushOp, { kind: 'delete' }>).state),
        target,
        versions,
      );
    case 'linkInsert':
      return insertLinks(batch as Array<Extract<FlushOp, { kind: 'linkInsert' }>>, target);
    case 'linkDelete':
      return deleteLinks(batch as Array<Extract<FlushOp, { kind: 'linkDelete' }>>, target);
    case 'clearReferences':
      return clearReferences(first, target);
    case 'deleteLinks':
      return deleteAllLinks(first, target);
  }
}

async function run(target: FlushTarget, statement: Statement) {
  return target.executor.execute(target.dialect.render(statement));
}

/** Rows per statement so that rows × columns stays below the parameter limit. */
function rowsPerStatement(target: FlushTarget, columns: number): number {
  return Math.max(1, Math.floor(target.dialect.capabilities.maxBindParameters / Math.max(1, columns)));
}

/**
 * Multi-row INSERTs. Rows whose auto-increment key the database assigns learn it from the
 * statement: consecutive ids where the dialect guarantees them, else `RETURNING`, else one
 * INSERT per row.
 */
async function insertRows(states: InstanceState[], target: FlushTarget): Promise<void> {
  const model = states[0]!.model;
  const columns = model.columns.filter((c) => states[0]!.values.get(c.attribute) !== undefined);
  const generated = model.primaryKey.find((c) => c.autoincrement && states[0]!.values.get(c.attribute) === undefined);
  // A row with no value of its own: NULL into the auto-increment key asks for the next id on
  // every dialect, where `DEFAULT VALUES` and `() VALUES ()` each work on one only.
  if (columns.length === 0 && generated) columns.push(generated);
  const { capabilities } = target.dialect;
  const perStatement =
    !generated || capabilities.consecutiveInsertIds || capabilities.insertReturning ? rowsPerStatement(target, columns.length) : 1;
  for (const rows of chunk(states, perStatement)) {
    const result = await target.executor.execute(
      target.dialect.render({
        kind: 'insert',
        table: model.table.name,
        columns: columns.map((c) => c.name),
        rows: rows.map((state) => columns.map((c) => val(state.values.get(c.attribute) ?? null, c.type))),
        onConflict: 'error',
        returning: generated && !capabilities.consecutiveInsertIds ? [generated.name] : [],
      }),
    );
    if (generated) assignGeneratedKeys(rows, generated, result, target);
  }
}

function assignGeneratedKeys(
  rows: InstanceState[],
  column: TableColumn,
  result: { rows: ReadonlyArray<Record<string, unknown>>; insertId: number | undefined },
  target: FlushTarget,
): void {
  const { capabilities } = target.dialect;
  if (capabilities.consecutiveInsertIds || (rows.length === 1 && result.rows.length === 0)) {
    invariant(result.insertId !== undefined, 'an INSERT into a table with an auto-increment key reports the id');
    const step = capabilities.autoIncrementStep;
    const first = capabilities.insertIdIs === 'first' ? result.insertId : result.insertId - (rows.length - 1) * step;
    rows.forEach((state, i) => state.values.set(column.attribute, target.dialect.decode(column.type, first + i * step)));
    return;
  }
  invariant(result.rows.length === rows.length, 'RETURNING gives one row per inserted row');
  rows.forEach((state, i) => state.values.set(column.attribute, target.dialect.decode(column.type, result.rows[i]![column.name])));
}

/**
 * `UPDATE t SET ... WHERE id IN (...)`. A versioned model's rows are named with the version each
 * was read at, and bumped (`versioning.ts`): `UPDATE t SET ..., version = version + 1 WHERE
 * (version = ? AND id IN (?, ?)) OR ...`, and every row must match; several rows are first read
 * locked (`checkVersions`), so that a stale one can be named.
 */
async function updateRows(
  ops: Array<Extract<FlushOp, { kind: 'update' | 'postUpdate' }>>,
  target: FlushTarget,
  versions: VersionLedger,
): Promise<void> {
  const { state, columns } = ops[0]!;
  const model = state.model;
  const table = model.table.name;
  const set = columns.map((c) => ({ column: c.name, value: val(state.values.get(c.attribute), c.type) }));
  const expect = ops[0]!.kind === 'update' ? ops[0]!.expect : [];
  const version = model.versionColumn;
  for (const rows of chunk(ops, rowsPerStatement(target, model.primaryKey.length + columns.length + expect.length + (version ? 2 : 0)))) {
    const states = rows.map((op) => op.state);
    const read = version ? states.map((row) => versions.current(row)) : [];
    // A version the caller set is the new one, as SQLAlchemy takes it; otherwise it is bumped.
    const bumped = version && !columns.includes(version) ? bump(version, read) : undefined;
    const where = and([
      version
        ? keyAndVersionIn(table, model, states, read)
        : keyIn(
            table,
            model.primaryKey,
            states.map((row) => row.key('committed')),
          ),
      ...expect.map(
        ([column, value]) => ({ kind: 'compare', op: '=', left: col(table, column.name), right: val(value, column.type) }) as Expr,
      ),
    ]);
    if (version) await checkVersions(states, read, target);
    const result = await run(target, { kind: 'update', table, set: bumped ? [...set, bumped.assignment] : set, where });
    if (!version) continue;
    checkMatched(result.affectedRows, states, read);
    states.forEach((row, i) => versions.advance(row, bumped ? bumped.next(read[i]) : row.values.get(version.attribute)));
  }
}

/** `DELETE FROM t WHERE id IN (...)`; a versioned model's rows by key and version, every one of which must match. */
async function deleteRows(states: InstanceState[], target: FlushTarget, versions: VersionLedger): Promise<void> {
  const model = states[0]!.model;
  const table = model.table.name;
  const version = model.versionColumn;
  for (const rows of chunk(states, rowsPerStatement(target, model.primaryKey.length + (version ? 1 : 0)))) {
    const read = version ? rows.map((row) => versions.current(row)) : [];
    const where = version
      ? keyAndVersionIn(table, model, rows, read)
      : keyIn(
          table,
          model.primaryKey,
          rows.map((state) => state.key('committed')),
        );
    if (version) await checkVersions(rows, read, target);
    const result = await run(target, { kind: 'delete', table, where });
    if (version) checkMatched(result.affectedRows, rows, read);
  }
}

/** The secondary's columns, owner side first: `association.left_id, association.right_id`. */
function linkColumns(relationship: MappedRelationship): TableColumn[] {
  return [...relationship.syncPairs.map((p) => p.to), ...relationship.secondarySyncPairs.map((p) => p.to)];
}

function linkValues(relationship: MappedRelationship, owner: InstanceState, target: InstanceState): ValueNode[] {
  return [
    ...relationship.syncPairs.map((p) => val(owner.values.get(p.from.attribute), p.to.type)),
    ...relationship.secondarySyncPairs.map((p) => val(target.values.get(p.from.attribute), p.to.type)),
  ];
}

/**
 * INSERT that skips rows already there: adding an existing link is a no-op, even under
 * concurrency. The table's key does the skipping; a table without one (`keylessLinkTables`)
 * first locks the links and leaves out those it finds (`missingLinks`: two statements more).
 */
async function insertLinks(ops: Array<Extract<FlushOp, { kind: 'linkInsert' }>>, target: FlushTarget): Promise<void> {
  const { relationship } = ops[0]!;
  const table = relationship.secondary!.name;
  const columns = linkColumns(relationship);
  const seen = new Set<string>();
  let links: LinkRow[] = ops
    .map((op) => ({ owner: op.owner, target: op.target, values: linkValues(relationship, op.owner, op.target) }))
    .filter((link) => !seen.has(identityKey(link.values.map((v) => v.value))) && seen.add(identityKey(link.values.map((v) => v.value))));
  if (target.keylessLinkTables?.has(table)) links = await missingLinks(relationship, columns, links, target);
  for (const part of chunk(links, rowsPerStatement(target, columns.length))) {
    await run(target, {
      kind: 'insert',
      table,
      columns: columns.map((c) => c.name),
      rows: part.map((link) => link.values),
      onConflict: 'ignore',
      returning: [],
    });
  }
}

async function deleteLinks(ops: Array<Extract<FlushOp, { kind: 'linkDelete' }>>, target: FlushTarget): Promise<void> {
  const { relationship } = ops[0]!;
  const table = relationship.secondary!.name;
  const columns = linkColumns(relationship);
  for (const part of chunk(ops, rowsPerStatement(target, columns.length))) {
    const rows = part.map((op) => linkValues(relationship, op.owner, op.target));
    await run(target, {
      kind: 'delete',
      table,
      where: { kind: 'in', columns: columns.map((c) => col(table, c.name)), rows, negated: false },
    });
  }
}

/** `UPDATE child SET parent_id = NULL WHERE parent_id = ? AND id NOT IN (...)` (R6.4); the WHERE is `setBasedTarget`'s. */
async function clearReferences(op: Extract<FlushOp, { kind: 'clearReferences' }>, target: FlushTarget): Promise<void> {
  const { table, where, nulls } = setBasedTarget(op);
  const set: Assignment[] = nulls.map((column) => ({ column: column.name, value: val(null, column.type) }));
  // Rows of a versioned model are bumped too, unchecked: this flush never read them.
  const version = table.model?.versionColumn;
  if (version) set.push(bump(version, []).assignment);
  await run(target, { kind: 'update', table: table.name, set, where });
}

/** `DELETE FROM association WHERE left_id = ?` for a deleted end (R5.2); the WHERE is `setBasedTarget`'s. */
async function deleteAllLinks(op: Extract<FlushOp, { kind: 'deleteLinks' }>, target: FlushTarget): Promise<void> {
  const { table, where } = setBasedTarget(op);
  await run(target, { kind: 'delete', table: table.name, where });
}

function keyIn(table: string, columns: readonly TableColumn[], keys: ReadonlyArray<readonly unknown[]>, negated = false): Expr {
  return {
    kind: 'in',
    columns: columns.map((c) => col(table, c.name)),
    rows: keys.map((key) => key.map((v, i) => val(v, columns[i]!.type))),
    negated,
  };
}
