/**
 * Orders a flush: turns tracked changes into a dependency graph of writes and sorts it into
 * layers. Runs no SQL. The edges are data, declared per kind of dependency (SQLAlchemy's
 * dependency processors, `orm/dependency.py`; `docs/sqlalchemy-semantics.md` R4):
 *
 * 1. A row is inserted before rows whose foreign key must be filled with its new key.
 * 2. Both ends of a `secondary` row exist before the row is inserted.
 * 3. A row is deleted only after every row that referenced it was moved, cleared or deleted,
 *    and after its `secondary` rows went.
 * 4. A row that gives up a unique value (deleted, or changed) does so before another row takes
 *    the same value — stricter than SQLAlchemy, whose inserts-before-deletes order fails here
 *    (R4.3).
 * 5. A cycle between rows is broken by `postUpdate` relationships (R4.6), or refused.
 */
import type { TableColumn } from '../declare/index.js';
import { FlushError } from '../errors/FlushError.js';
import type { MappedRelationship, MappedTable, ResolvedForeignKey } from '../mapper/index.js';
import { topoLayers } from '../util/topoSort.js';
import type { DeferredKey, FlushOp } from './FlushOp.js';
import { identityKey } from './IdentityMap.js';
import type { InstanceState } from './InstanceState.js';
import type { ForeignKeyEntry, LinkLog } from './LinkLog.js';

export interface FlushInput {
  /** New objects, in the order they were added. */
  readonly pending: readonly InstanceState[];
  /** Loaded objects, some of them changed. */
  readonly persistent: readonly InstanceState[];
  /** Objects to delete, cascades and orphans included. */
  readonly deleted: ReadonlySet<InstanceState>;
  readonly links: LinkLog;
  /** `clearReferences` and `deleteLinks` for the deleted objects. */
  readonly deleteOps: readonly FlushOp[];
}

export type { DeferredKey } from './FlushOp.js';

export interface FlushPlan {
  readonly layers: FlushOp[][];
  readonly deferred: ReadonlyMap<InstanceState, DeferredKey[]>;
}

export function planFlush(input: FlushInput): FlushPlan {
  const { deleted } = input;
  const deferred = new Map<InstanceState, DeferredKey[]>();
  const clears: FlushOp[] = [];
  const cleared = new Map<InstanceState, Set<TableColumn>>();
  const touched = applyForeignKeys(input.links.foreignKeys, deleted, deferred, clears, cleared);
  checkOverlappingWrites(input);

  const ops: FlushOp[] = [];
  const opOf = new Map<InstanceState, FlushOp>();
  for (const state of input.pending) {
    if (deleted.has(state)) continue;
    const op: FlushOp = { kind: 'insert', state };
    ops.push(op);
    opOf.set(state, op);
  }
  for (const state of input.persistent) {
    if (deleted.has(state)) continue;
    const columns = changedColumns(state, deferred.get(state), cleared.get(state));
    if (columns.length === 0) continue;
    const op: FlushOp = { kind: 'update', state, columns, expect: [] };
    ops.push(op);
    opOf.set(state, op);
  }
  ops.push(...clears);
  // Rows moved, cleared or deleted in this flush are not the clearing's to touch.
  ops.push(
    ...input.deleteOps.map((op) =>
      op.kind === 'clearReferences'
        ? { ...op, except: [...op.except, ...touched, ...[...deleted].filter((state) => state.model === op.relationship.target)] }
        : op,
    ),
  );
  for (const state of deleted) {
    if (state.status !== 'persistent') continue;
    const op: FlushOp = { kind: 'delete', state };
    ops.push(op);
    opOf.set(state, op);
  }
  for (const entry of input.links.secondary) secondaryOp(entry.relationship, entry.owner, entry.target, entry.op, deleted, ops);
  keyedLinkOps(input, ops);
  checkReferencesToDeleted(ops, deleted);

  const edges = dependencyEdges(ops, opOf, deferred);
  return sortOps(ops, edges, deferred);
}

/** The write of one `secondary` row between two objects, if it is still to be written. */
function secondaryOp(
  relationship: MappedRelationship,
  owner: InstanceState,
  target: InstanceState,
  op: 'add' | 'remove',
  deleted: ReadonlySet<InstanceState>,
  ops: FlushOp[],
): void {
  if (op === 'add') {
    // No link to a row deleted in this flush, or to a new one that left the session again.
    if (deleted.has(owner) || deleted.has(target) || owner.status === 'transient' || target.status === 'transient') return;
    ops.push({ kind: 'linkInsert', relationship, owner, target });
  } else if (owner.status === 'persistent' && target.status === 'persistent') {
    // Removed even when an end is deleted: that end may have no relationship whose delete would remove it.
    ops.push({ kind: 'linkDelete', relationship, owner, target });
  }
}

/**
 * The links logged by key (`Session.linkByKeys`): one `linkKeys` op per entry for the targets
 * that are no object of the session; a target loaded since is linked as an object, so that the
 * rules above (deleted ends, the order of deletes) see it. An owner deleted in this flush takes
 * its links with it (its `deleteLinks`, or the database's ON DELETE): none is written.
 */
function keyedLinkOps(input: FlushInput, ops: FlushOp[]): void {
  const entries = input.links.keyed;
  if (entries.length === 0) return;
  const loaded = new Map<string, InstanceState>();
  for (const state of input.persistent) loaded.set(`${state.model.name}|${identityKey(state.key('committed'))}`, state);
  for (const { relationship, owner, op, targets } of entries) {
    if (input.deleted.has(owner) || owner.status !== 'persistent') continue;
    const byKey: Array<readonly unknown[]> = [];
    for (const [id, key] of targets) {
      const target = loaded.get(`${relationship.target.name}|${id}`);
      if (target) secondaryOp(relationship, owner, target, op, input.deleted, ops);
      else byKey.push(key);
    }
    if (byKey.length > 0) ops.push({ kind: 'linkKeys', relationship, owner, targets: byKey, op });
  }
}

/**
 * Applies the final foreign-key entries to the children's values. Known keys are copied now;
 * keys of rows not inserted yet are deferred. A clear of a persistent child becomes a
 * conditional UPDATE when it came from leaving a list. Returns the children touched.
 */
function applyForeignKeys(
  entries: readonly ForeignKeyEntry[],
  deleted: ReadonlySet<InstanceState>,
  deferred: Map<InstanceState, DeferredKey[]>,
  clears: FlushOp[],
  cleared: Map<InstanceState, Set<TableColumn>>,
): InstanceState[] {
  const touched: InstanceState[] = [];
  for (const entry of entries) {
    const { child, syncPairs } = entry;
    // A new object deleted again before the flush (`session.delete()` of a pending one) left the session.
    if (deleted.has(child) || child.status === 'transient') continue;
    const target = entry.target?.status === 'transient' ? null : entry.target;
    if (target === null || target === undefined) {
      if (entry.left.length > 0 && entry.target === null && child.status === 'pending') {
        // A new row keeps the key it was given, unless that is the key of a parent it left.
        const pointsAt = (parent: InstanceState) =>
          syncPairs.every((pair) => sameValue(child.values.get(pair.to.attribute), parent.values.get(pair.from.attribute)));
        if (!entry.left.some(pointsAt)) continue;
      }
      if (entry.left.length > 0 && entry.target === null && child.status === 'persistent') {
        const pointsAt = (parent: InstanceState) =>
          parent.status === 'persistent' &&
          syncPairs.every((pair) => sameValue(child.committed.get(pair.to.attribute), parent.committed.get(pair.from.attribute)));
        // A child that no longer points at a parent it left is not that parent's to clear.
        const from = entry.left.find(pointsAt);
        if (!from) continue;
        for (const pair of syncPairs) child.values.set(pair.to.attribute, null);
        // Cleared on its own, only where it still points at that parent (reliability.md fault 4).
        const columns = syncPairs.map((pair) => pair.to);
        clears.push({
          kind: 'update',
          state: child,
          columns,
          expect: syncPairs.map((pair) => [pair.to, from.committed.get(pair.from.attribute)] as const),
        });
        cleared.set(child, new Set(columns));
        touched.push(child);
        continue;
      }
      for (const pair of syncPairs) child.values.set(pair.to.attribute, null);
      touched.push(child);
      continue;
    }
    touched.push(child);
    if (deleted.has(target)) {
      throw new FlushError(
        `${child} is linked to ${target} through ${entry.relationship.owner.name}.${entry.relationship.name}, but ${target} is being deleted in the same flush. Unlink it, or do not delete ${target}.`,
      );
    }
    for (const pair of syncPairs) {
      const value = target.values.get(pair.from.attribute);
      if (value === undefined || value === null) {
        const keys = deferred.get(child) ?? [];
        keys.push({ to: pair.to, from: target, fromColumn: pair.from });
        deferred.set(child, keys);
      } else {
        child.values.set(pair.to.attribute, value);
      }
    }
  }
  return touched;
}

/** The columns an UPDATE of `state` writes; the shared empty list for the (many) unchanged rows. */
function changedColumns(
  state: InstanceState,
  deferredKeys: DeferredKey[] | undefined,
  cleared: Set<TableColumn> | undefined,
): TableColumn[] {
  let changed: TableColumn[] | undefined;
  for (const column of state.model.columns) {
    if (cleared?.has(column)) continue;
    if (
      deferredKeys?.some((key) => key.to === column) ||
      (state.values.has(column.attribute) && !sameValue(state.values.get(column.attribute), state.committed.get(column.attribute)))
    )
      (changed ??= []).push(column);
  }
  return changed ?? unchanged;
}

const unchanged: TableColumn[] = [];

type Edge = readonly [FlushOp, FlushOp];

function dependencyEdges(
  ops: readonly FlushOp[],
  opOf: ReadonlyMap<InstanceState, FlushOp>,
  deferred: ReadonlyMap<InstanceState, DeferredKey[]>,
): Edge[] {
  const edges: Edge[] = [];
  const insertOf = (state: InstanceState) => (opOf.get(state)?.kind === 'insert' ? opOf.get(state) : undefined);
  const deleteOf = new Map<MappedTable, Map<string, FlushOp>>();
  for (const op of ops) {
    if (op.kind !== 'delete') continue;
    const rows = deleteOf.get(op.state.model.table) ?? new Map<string, FlushOp>();
    rows.set(identityKey(op.state.key('committed')), op);
    deleteOf.set(op.state.model.table, rows);
  }
  const pendingByKey = new Map<string, FlushOp>();
  for (const op of ops) {
    if (op.kind === 'insert' && op.state.hasKey('current'))
      pendingByKey.set(`${op.state.model.table.name}|${identityKey(op.state.key('current'))}`, op);
  }
  for (const op of ops) {
    // 1. Keys of new rows flow into the rows that reference them; a row that references a new
    //    row by a key already known (given explicitly) waits for it all the same.
    if ((op.kind === 'insert' || op.kind === 'update') && deferred.has(op.state)) {
      for (const key of deferred.get(op.state)!) {
        const before = insertOf(key.from);
        if (before) edges.push([before, op]);
      }
    }
    if (op.kind === 'insert' || op.kind === 'update') {
      for (const fk of writtenForeignKeys(op)) {
        const values = fk.columns.map((c) => op.state.values.get(c.attribute));
        if (values.some((v) => v === null || v === undefined)) continue;
        const before = pendingByKey.get(`${fk.targetTable.name}|${identityKey(values)}`);
        if (before && before !== op) edges.push([before, op]);
      }
    }
    // 2. A secondary row after both of its ends.
    if (op.kind === 'linkInsert') {
      for (const end of [op.owner, op.target]) {
        const before = insertOf(end);
        if (before) edges.push([before, op]);
      }
    }
    // 3. Whatever referenced a deleted row goes before its delete (with no delete, nothing does:
    //    the keys of 1,000 unlinked rows are not looked up).
    if (deleteOf.size === 0) continue;
    for (const [table, committed] of referencedRows(op)) {
      const target = deleteOf.get(table)?.get(identityKey(committed));
      if (target && target !== op) edges.push([op, target]);
    }
  }
  edges.push(...uniqueValueEdges(ops));
  return edges;
}

/**
 * The foreign keys an insert or update writes: all of an insert's; of an update, those whose
 * columns it sets. An update of other columns neither waits for the row its key references nor
 * has to leave it before a delete (the row's clearing, if any, is a statement of its own).
 */
function writtenForeignKeys(op: Extract<FlushOp, { kind: 'insert' | 'update' }>): readonly ResolvedForeignKey[] {
  const { foreignKeys } = op.state.model.table;
  return op.kind === 'insert' ? foreignKeys : foreignKeys.filter((fk) => fk.columns.some((column) => op.columns.includes(column)));
}

/** The rows (table and key) an op stops referencing, or references in a way that must go first. */
function referencedRows(op: FlushOp): Array<[MappedTable, unknown[]]> {
  switch (op.kind) {
    case 'update':
    case 'delete': {
      const { state } = op;
      if (state.status !== 'persistent') return [];
      const foreignKeys = op.kind === 'update' ? writtenForeignKeys(op) : state.model.table.foreignKeys;
      return foreignKeys.map((fk) => [fk.targetTable, fk.columns.map((c) => state.committed.get(c.attribute))] as [MappedTable, unknown[]]);
    }
    case 'linkDelete':
      return [
        [op.relationship.owner.table, op.owner.key('committed')],
        [op.relationship.target.table, op.target.key('committed')],
      ];
    case 'clearReferences':
      return [[op.relationship.owner.table, op.parent.key('committed')]];
    case 'deleteLinks':
      return [[op.relationship.owner.table, op.owner.key('committed')]];
    default:
      return [];
  }
}

/** Rule 4: a unique value is given up before it is taken (R4.3, the row switch). */
function uniqueValueEdges(ops: readonly FlushOp[]): Edge[] {
  const edges: Edge[] = [];
  const vacated = new Map<string, FlushOp>();
  for (const op of ops) {
    if (op.kind !== 'delete' && op.kind !== 'update') continue;
    for (const key of uniqueKeys(op.state.model.table)) {
      const before = key.map((c) => op.state.committed.get(c.attribute));
      const after = key.map((c) => op.state.values.get(c.attribute));
      if (before.some((v) => v === null || v === undefined)) continue;
      if (op.kind === 'update' && key.every((_c, i) => sameValue(before[i], after[i]))) continue;
      vacated.set(uniqueId(op.state.model.table, key, before), op);
    }
  }
  if (vacated.size === 0) return edges;
  for (const op of ops) {
    if (op.kind !== 'insert' && op.kind !== 'update') continue;
    for (const key of uniqueKeys(op.state.model.table)) {
      const values = key.map((c) => op.state.values.get(c.attribute));
      if (values.some((v) => v === null || v === undefined)) continue;
      const before = vacated.get(uniqueId(op.state.model.table, key, values));
      if (before && before !== op) edges.push([before, op]);
    }
  }
  return edges;
}

function uniqueKeys(table: MappedTable): TableColumn[][] {
  const keys = [table.primaryKey as TableColumn[]];
  for (const column of table.columns) if (column.unique) keys.push([column]);
  for (const constraint of table.decl.constraints) {
    if (constraint.kind === 'uniqueConstraint') keys.push(constraint.columns.map((name) => table.column(name)!).filter(Boolean));
  }
  return keys.filter((key) => key.length > 0);
}

function uniqueId(table: MappedTable, key: readonly TableColumn[], values: readonly unknown[]): string {
  return `${table.name}|${key.map((c) => c.name).join(',')}|${identityKey(values)}`;
}

/**
 * Sorts into layers. On a cycle, the deferred keys of `postUpdate` relationships are taken out
 * of their rows' INSERT or UPDATE and written by a second UPDATE afterwards, then it sorts again.
 */
function sortOps(ops: FlushOp[], edges: Edge[], deferred: Map<InstanceState, DeferredKey[]>): FlushPlan {
  // Without edges every op is in the first layer, in order: what topoLayers gives, without its maps.
  if (edges.length === 0) return { layers: ops.length > 0 ? [[...ops]] : [], deferred };
  const { layers, cycle } = topoLayers(ops, edges);
  if (cycle.length === 0) return { layers, deferred };
  const broken = breakCycle(ops, edges, cycle, deferred);
  if (!broken) {
    const rows = cycle.filter((op) => 'state' in op).map((op) => String((op as { state: InstanceState }).state));
    throw new FlushError(
      `The writes of ${[...new Set(rows)].join(', ')} depend on each other in a cycle, so no order works. Set postUpdate: true on one of the relationships between them (usually the many-to-one), so that its key is written by a second UPDATE.`,
    );
  }
  return sortOps(broken.ops, broken.edges, deferred);
}

function breakCycle(
  ops: FlushOp[],
  edges: Edge[],
  cycle: readonly FlushOp[],
  deferred: Map<InstanceState, DeferredKey[]>,
): { ops: FlushOp[]; edges: Edge[] } | undefined {
  for (const op of cycle) {
    if (op.kind !== 'insert' && op.kind !== 'update') continue;
    const keys = deferred.get(op.state) ?? [];
    const postUpdate = keys.filter((key) => key.to.table.modelName !== undefined && isPostUpdate(op.state, key));
    if (postUpdate.length === 0) continue;
    deferred.set(
      op.state,
      keys.filter((key) => !postUpdate.includes(key)),
    );
    const post: FlushOp = { kind: 'postUpdate', state: op.state, columns: postUpdate.map((key) => key.to), keys: postUpdate };
    const kept = edges.filter(
      ([before, after]) => !(after === op && postUpdate.some((key) => 'state' in before && before.state === key.from)),
    );
    const added: Edge[] = [
      [op, post],
      ...postUpdate.flatMap((key) => {
        const insert = ops.find((o) => o.kind === 'insert' && o.state === key.from);
        return insert ? [[insert, post] as Edge] : [];
      }),
    ];
    return { ops: [...ops, post], edges: [...kept, ...added] };
  }
  return undefined;
}

function isPostUpdate(state: InstanceState, key: DeferredKey): boolean {
  return (
    state.model.relationships.some((r) => r.postUpdate && r.syncPairs.some((pair) => pair.to === key.to)) ||
    key.from.model.relationships.some((r) => r.postUpdate && r.syncPairs.some((pair) => pair.to === key.to))
  );
}

/**
 * Refuses, before any SQL, a row inserted or re-pointed with a foreign key that names, by its
 * key, a row deleted in the same flush: the insert would fail on the database's foreign key,
 * half-way through the flush, or the delete after it.
 */
function checkReferencesToDeleted(ops: readonly FlushOp[], deleted: ReadonlySet<InstanceState>): void {
  const deletedRows = [...deleted].filter((state) => state.status === 'persistent');
  if (deletedRows.length === 0) return;
  for (const op of ops) {
    if (op.kind !== 'insert' && op.kind !== 'update') continue;
    for (const fk of op.state.model.table.foreignKeys) {
      if (op.kind === 'update' && !fk.columns.some((column) => op.columns.includes(column))) continue;
      const values = fk.columns.map((column) => op.state.values.get(column.attribute));
      if (values.some((value) => value === null || value === undefined)) continue;
      const target = deletedRows.find(
        (state) =>
          state.model.table === fk.targetTable &&
          fk.targets.every((column, i) => sameValue(state.committed.get(column.attribute), values[i])),
      );
      if (target) {
        const columns = fk.columns.map((column) => column.name).join(', ');
        throw new FlushError(
          `${op.state} refers to ${target} by ${columns}, but ${target} is being deleted in the same flush. Point it at another row, or do not delete ${target}.`,
        );
      }
    }
  }
}

/**
 * Refuses, before any SQL, the trap of the seed page: one link written both through a
 * `secondary` relationship and as an association object, in one flush (R7.2).
 */
function checkOverlappingWrites(input: FlushInput): void {
  const adds = input.links.secondary.filter((entry) => entry.op === 'add');
  if (adds.length === 0) return;
  // New rows of each table, in the order added: a link is compared only with its own table's.
  const pendingOf = new Map<MappedTable, InstanceState[]>();
  for (const state of input.pending) {
    const rows = pendingOf.get(state.model.table);
    if (rows) rows.push(state);
    else pendingOf.set(state.model.table, [state]);
  }
  const byChild = new Map<InstanceState, ForeignKeyEntry[]>();
  for (const entry of input.links.foreignKeys) {
    const list = byChild.get(entry.child) ?? [];
    list.push(entry);
    byChild.set(entry.child, list);
  }
  for (const add of adds) {
    const table = add.relationship.secondary!;
    const associations = pendingOf.get(table);
    if (!associations) continue;
    const ownerColumns = add.relationship.join.map((p) => p.remote);
    const targetColumns = add.relationship.secondaryJoin.map((p) => p.secondary);
    for (const association of associations) {
      const entries = byChild.get(association) ?? [];
      const owner = entries.find((e) => e.syncPairs.every((p) => ownerColumns.includes(p.to)) && e.target === add.owner);
      const target = entries.find((e) => e.syncPairs.every((p) => targetColumns.includes(p.to)) && e.target === add.target);
      if (owner && target) {
        const through = owner.relationship.owner === add.owner.model ? owner.relationship : target.relationship;
        throw new FlushError(
          `${add.relationship.owner.name}.${add.relationship.name} and ${through.owner.name}.${through.name} both write table "${table.name}" for ${add.owner} → ${add.target} in one flush. Mark one of them viewonly, or write through only one.`,
        );
      }
    }
  }
}

/** Column values compare by value: dates by instant, JSON by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
