/**
 * Runs a flush plan: layer by layer, the ops of a layer that share a batch key go out as one
 * statement (chunked only past the dialect's parameter limit). New rows get their generated keys
 * here, and the foreign keys deferred to them are filled just before the rows that need them.
 */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedModel, MappedRelationship } from '../mapper/index.js';
import type { Statement } from '../sql/statements.js';
import {
  assign,
  clearReferences,
  deleteByKeys,
  deleteLinks,
  deleteReferences,
  insertLinks,
  insertRows,
  updateByKey,
} from '../sql/writeStatements.js';
import { chunk } from '../util/chunk.js';
import { invariant } from '../util/invariant.js';
import { processorOf } from './dependency/processorOf.js';
import type { FlushOp } from './FlushOp.js';
import { identityKey } from './IdentityMap.js';
import type { InstanceState } from './InstanceState.js';
import { missingLinks, type LinkRow } from './keylessLinks.js';
import type { DeferredKey, FlushPlan } from './planFlush.js';
import { setBasedTarget } from './setBasedTarget.js';
import type { ChangeLog } from './ChangeLog.js';
import { selectRowKeys } from '../sql/flushSelects.js';
import { readRowKeys } from './readRowKeys.js';
import { bump, checkMatched, checkVersions, VersionLedger, versionedKeys } from './versioning.js';

export interface FlushTarget {
  readonly executor: Executor;
  readonly dialect: Dialect;
  /**
   * Secondary tables without a key over their link columns: links into them are locked and
   * checked before they are inserted (`keylessLinks.ts`). Default none.
   */
  readonly keylessLinkTables?: ReadonlySet<string>;
  /**
   * Records what each write changed, for subscribers (`ChangeLog`). With it, a set-based write
   * first reads the keys of the rows it will change (one SELECT more): events name rows.
   */
  readonly changes?: ChangeLog;
}

export async function executeFlush(plan: FlushPlan, target: FlushTarget): Promise<void> {
  const versions = new VersionLedger();
  for (const layer of plan.layers) {
    for (const op of layer) fillDeferredKeys(op, plan.deferred);
    for (const batch of batches(layer)) {
      try {
        await runBatch(batch, target, versions);
        if (target.changes) for (const op of batch) record(op, target.changes);
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
      return linkBatchKey(op.kind, op.relationship);
    default:
      return `single|${unique++}`;
  }
}

async function runBatch(batch: FlushOp[], target: FlushTarget, versions: VersionLedger): Promise<void> {
  const first = batch[0]!;
  switch (first.kind) {
    case 'insert':
      return runInserts(
        batch.map((op) => (op as Extract<FlushOp, { kind: 'insert' }>).state),
        target,
      );
    case 'update':
    case 'postUpdate':
      return runUpdates(batch as Array<Extract<FlushOp, { kind: 'update' | 'postUpdate' }>>, target, versions);
    case 'delete':
      return runDeletes(
        batch.map((op) => (op as Extract<FlushOp, { kind: 'delete' }>).state),
        target,
        versions,
      );
    case 'linkInsert':
      return runLinkInserts(batch as Array<Extract<FlushOp, { kind: 'linkInsert' }>>, target);
    case 'linkDelete':
      return runLinkDeletes(batch as Array<Extract<FlushOp, { kind: 'linkDelete' }>>, target);
    case 'linkKeys':
      return runKeyedLinks(first, target);
    case 'clearReferences':
      return runClearReferences(first, target);
    case 'deleteLinks':
      return runDeleteLinks(first, target);
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
async function runInserts(states: InstanceState[], target: FlushTarget): Promise<void> {
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
    const result = await run(
      target,
      insertRows(
        model.table,
        columns,
        rows.map((state) => columns.map((c) => state.values.get(c.attribute) ?? null)),
        generated && !capabilities.consecutiveInsertIds ? [generated] : [],
      ),
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
async function runUpdates(
  ops: Array<Extract<FlushOp, { kind: 'update' | 'postUpdate' }>>,
  target: FlushTarget,
  versions: VersionLedger,
): Promise<void> {
  const { state, columns } = ops[0]!;
  const model = state.model;
  const set = columns.map((c) => assign(c, state.values.get(c.attribute)));
  const expect = ops[0]!.kind === 'update' ? ops[0]!.expect : [];
  const version = model.versionColumn;
  for (const rows of chunk(ops, rowsPerStatement(target, model.primaryKey.length + columns.length + expect.length + (version ? 2 : 0)))) {
    const states = rows.map((op) => op.state);
    const read = version ? states.map((row) => versions.current(row)) : [];
    // A version the caller set is the new one, as SQLAlchemy takes it; otherwise it is bumped.
    const bumped = version && !columns.includes(version) ? bump(version, read) : undefined;
    const keys = version ? versionedKeys(model, states, read) : primaryKeys(model, states);
    if (version) await checkVersions(states, read, target);
    const result = await run(target, updateByKey(model.table, bumped ? [...set, bumped.assignment] : set, keys.columns, keys.rows, expect));
    if (!version) continue;
    checkMatched(result.affectedRows, states, read);
    states.forEach((row, i) => versions.advance(row, bumped ? bumped.next(read[i]) : row.values.get(version.attribute)));
  }
}

/** `DELETE FROM t WHERE id IN (...)`; a versioned model's rows by key and version, every one of which must match. */
async function runDeletes(states: InstanceState[], target: FlushTarget, versions: VersionLedger): Promise<void> {
  const model = states[0]!.model;
  const version = model.versionColumn;
  for (const rows of chunk(states, rowsPerStatement(target, model.primaryKey.length + (version ? 1 : 0)))) {
    const read = version ? rows.map((row) => versions.current(row)) : [];
    const keys = version ? versionedKeys(model, rows, read) : primaryKeys(model, rows);
    if (version) await checkVersions(rows, read, target);
    const result = await run(target, deleteByKeys(model.table, keys.columns, keys.rows));
    if (version) checkMatched(result.affectedRows, rows, read);
  }
}

/** The secondary's columns, owner side first: `association.left_id, association.right_id`. */
function linkColumns(relationship: MappedRelationship): TableColumn[] {
  return [...relationship.syncPairs.map((p) => p.to), ...relationship.secondarySyncPairs.map((p) => p.to)];
}

// Made once per relationship: a flush of 1,000 links asks for its batch key 1,000 times.
const linkBatchKeys = new WeakMap<MappedRelationship, { readonly linkInsert: string; readonly linkDelete: string }>();

/** `linkInsert|parent_tag|parent_id,tag_id`: links of one table and column order go out together. */
function linkBatchKey(kind: 'linkInsert' | 'linkDelete', relationship: MappedRelationship): string {
  let keys = linkBatchKeys.get(relationship);
  if (keys === undefined) {
    const slot = `${relationship.secondary!.name}|${linkColumns(relationship)
      .map((c) => c.name)
      .join(',')}`;
    keys = { linkInsert: `linkInsert|${slot}`, linkDelete: `linkDelete|${slot}` };
    linkBatchKeys.set(relationship, keys);
  }
  return keys[kind];
}

/** The secondary's row linking `owner` and `target`, in `linkColumns` order. */
function linkValues(relationship: MappedRelationship, owner: InstanceState, target: InstanceState): unknown[] {
  const values: unknown[] = [];
  for (const pair of relationship.syncPairs) values.push(owner.values.get(pair.from.attribute));
  for (const pair of relationship.secondarySyncPairs) values.push(target.values.get(pair.from.attribute));
  return values;
}

/**
 * A link row's values as a key of one flush's own set: integers joined (no JSON to make for
 * the usual link of two integer keys), anything else as its `identityKey` (which starts with
 * `[`, so the two never meet). Equal exactly when the `identityKey`s are.
 */
function linkKey(values: readonly unknown[]): string {
  for (const value of values) if (typeof value !== 'number' || !Number.isFinite(value)) return identityKey(values);
  return values.join(',');
}

/**
 * INSERT that skips rows already there: adding an existing link is a no-op, even under
 * concurrency. The table's key does the skipping; a table without one (`keylessLinkTables`)
 * first locks the links and leaves out those it finds (`missingLinks`: two statements more).
 */
async function runLinkInserts(ops: Array<Extract<FlushOp, { kind: 'linkInsert' }>>, target: FlushTarget): Promise<void> {
  const { relationship } = ops[0]!;
  const table = relationship.secondary!;
  const columns = linkColumns(relationship);
  const seen = new Set<string>();
  let links: LinkRow[] = [];
  for (const op of ops) {
    const values = linkValues(relationship, op.owner, op.target);
    const key = linkKey(values);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ owner: op.owner, target: op.target, values });
  }
  if (target.keylessLinkTables?.has(table.name)) links = await missingLinks(relationship, columns, links, target);
  for (const part of chunk(links, rowsPerStatement(target, columns.length))) {
    await run(
      target,
      insertLinks(
        table,
        columns,
        part.map((link) => link.values),
      ),
    );
  }
}

async function runLinkDeletes(ops: Array<Extract<FlushOp, { kind: 'linkDelete' }>>, target: FlushTarget): Promise<void> {
  const { relationship } = ops[0]!;
  const columns = linkColumns(relationship);
  for (const part of chunk(ops, rowsPerStatement(target, columns.length))) {
    const pairs = part.map((op) => linkValues(relationship, op.owner, op.target));
    await run(target, deleteLinks(relationship.secondary!, columns, pairs));
  }
}

/**
 * The links of one owner to rows named by key: `INSERT … VALUES (1, 7), (1, 8), …` skipping the
 * links there already, or `DELETE … WHERE parent_id = ? AND tag_id IN (7, 8, …)` (the table has a
 * key over its link columns: `Session.canLinkByKeys`).
 */
async function runKeyedLinks(op: Extract<FlushOp, { kind: 'linkKeys' }>, target: FlushTarget): Promise<void> {
  const { relationship } = op;
  const columns = linkColumns(relationship);
  const positions = processorOf(relationship).targetKeyPositions!;
  const ownerValues = relationship.syncPairs.map((pair) => op.owner.values.get(pair.from.attribute));
  const rows = op.targets.map((key) => [...ownerValues, ...positions.map((position) => key[position])]);
  const table = relationship.secondary!;
  for (const part of chunk(rows, rowsPerStatement(target, columns.length))) {
    await run(target, op.op === 'add' ? insertLinks(table, columns, part) : deleteLinks(table, columns, part));
  }
}

/** `UPDATE child SET parent_id = NULL WHERE parent_id = ? AND id NOT IN (...)` (R6.4); the rows are `setBasedTarget`'s. */
async function runClearReferences(op: Extract<FlushOp, { kind: 'clearReferences' }>, target: FlushTarget): Promise<void> {
  const { table, match } = setBasedTarget(op);
  if (target.changes) {
    const keys = await readRowKeys(target, selectRowKeys(table, table.model!.primaryKey, match), table.model!.primaryKey);
    target.changes.cleared(op.relationship, op.parent.key('committed'), keys);
  }
  // Rows of a versioned model are bumped too, unchecked: this flush never read them.
  const version = table.model?.versionColumn;
  await run(target, clearReferences(table, match, version ? [bump(version, []).assignment] : []));
}

/** `DELETE FROM association WHERE left_id = ?` for a deleted end (R5.2); the rows are `setBasedTarget`'s. */
async function runDeleteLinks(op: Extract<FlushOp, { kind: 'deleteLinks' }>, target: FlushTarget): Promise<void> {
  const { table, match } = setBasedTarget(op);
  if (target.changes) {
    // The links' other ends, for subscribers of their lists: the secondary's target-side columns.
    const targetColumns = op.relationship.secondarySyncPairs.map((pair) => pair.to);
    for (const values of await readRowKeys(target, selectRowKeys(table, targetColumns, match), targetColumns))
      target.changes.unlinkedDeleted(op.relationship, op.owner, values);
  }
  await run(target, deleteReferences(table, match));
}

/** What a write that ran changed, in the terms subscribers hear (`ChangeLog`). */
function record(op: FlushOp, changes: ChangeLog): void {
  switch (op.kind) {
    case 'insert':
      changes.created(op.state);
      return;
    case 'update':
    case 'postUpdate':
      changes.updated(op.state, op.columns);
      return;
    case 'delete':
      changes.deleted(op.state);
      return;
    case 'linkInsert':
    case 'linkDelete':
      changes.linked(op.relationship, op.owner, op.target, op.kind === 'linkInsert' ? 'ADDED' : 'REMOVED');
      return;
    case 'linkKeys':
      changes.linkedByKeys(op.relationship, op.owner, op.targets, op.op === 'add' ? 'ADDED' : 'REMOVED');
      return;
    case 'clearReferences':
    case 'deleteLinks':
      // Recorded as they run: their rows are known only from the SELECT before the write.
      return;
  }
}

/** Each row by its primary key, as it was loaded. */
function primaryKeys(model: MappedModel, states: readonly InstanceState[]) {
  return { columns: model.primaryKey, rows: states.map((state) => state.key('committed')) };
}
