/**
 * Describes a flush plan without running it: the rows each write would touch, by table and key.
 * The plan is the one `flush()` would execute (`collectDeletes`, then `planFlush`); the
 * set-based writes, which name their rows by a WHERE (`clearReferences`, `deleteLinks`), are
 * read with that same WHERE (`setBasedTarget`). Rows the database's ON DELETE would change —
 * the rows still referencing a deleted row that no write of the plan deletes, unlinks or
 * repoints — are read too, one level deep, and reported apart. Sends SELECTs only.
 */
import type { ReferentialAction, TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import {
  linkHolder,
  type MappedModel,
  type MappedRelationship,
  type MappedTable,
  type Mapping,
  type ResolvedForeignKey,
  type SyncPair,
} from '../mapper/index.js';
import { selectRowKeys, selectRowKeysIn } from '../sql/flushSelects.js';
import { readRowKeys } from './readRowKeys.js';
import type { Select } from '../sql/statements.js';
import { chunk } from '../util/chunk.js';
import type { DeletePlan } from './collectDeletes.js';
import { isPassive } from './dependency/DependencyProcessor.js';
import { processorOf } from './dependency/processorOf.js';
import type { FlushOp } from './FlushOp.js';
import { identityKey } from './IdentityMap.js';
import type { InstanceState } from './InstanceState.js';
import type { FlushPlan } from './planFlush.js';
import { setBasedTarget } from './setBasedTarget.js';

/** One row of a table, by the columns that identify it. */
export interface PreviewRow {
  readonly table: MappedTable;
  /** The model mapped to the table; undefined for a `secondary` table that has none. */
  readonly model: MappedModel | undefined;
  /** The primary key; for a table declared without one (a plain `secondary`), its foreign-key columns. */
  readonly keyColumns: readonly TableColumn[];
  /** Values in `keyColumns` order; undefined where a new row's key is not known before its INSERT. */
  readonly key: readonly unknown[];
  /** The session's instance of the row, for the rows the session holds (not for rows read by a WHERE). */
  readonly instance: object | undefined;
}

/** One row a flush writes, in the words of the plan. */
export type PreviewWrite =
  | { readonly kind: 'insert'; readonly row: PreviewRow }
  /** Some columns of a loaded row (a clear that only applies where the row still points at the old parent included). */
  | { readonly kind: 'update'; readonly row: PreviewRow; readonly columns: readonly TableColumn[] }
  /** `via`: the relationship whose delete cascade (or delete-orphan) reached the row; undefined for a row deleted explicitly. */
  | { readonly kind: 'delete'; readonly row: PreviewRow; readonly via: MappedRelationship | undefined }
  /** A row left without its deleted parent: `columns`, its foreign key through `via`, set to NULL (R6.4). */
  | {
      readonly kind: 'nullify';
      readonly row: PreviewRow;
      readonly columns: readonly TableColumn[];
      readonly via: MappedRelationship;
      readonly refused: boolean;
    }
  | { readonly kind: 'linkInsert' | 'linkDelete'; readonly row: PreviewRow; readonly via: MappedRelationship };

/** A row that references a deleted row, left to the database's ON DELETE rule. */
export interface DatabaseAction {
  readonly row: PreviewRow;
  readonly foreignKey: ResolvedForeignKey;
  /** The foreign key's declared rule; undefined when it declares none (the database's NO ACTION). */
  readonly onDelete: ReferentialAction | undefined;
  /** The deleted row's `passiveDeletes` relationship over this foreign key; undefined when no relationship of its model writes it. */
  readonly via: MappedRelationship | undefined;
  /** The rule refuses the delete: RESTRICT or NO ACTION, or SET NULL on a NOT NULL column. */
  readonly refused: boolean;
}

export interface FlushPreview {
  /** Every row the flush would write, in the order it would write them (the plan's layers). */
  readonly writes: readonly PreviewWrite[];
  /** The rows it would delete, in the order its cascades reach them: the rows deleted explicitly (and orphans) first. */
  readonly deleted: readonly PreviewRow[];
  /** The rows still referencing a deleted row that the flush leaves to the database, by foreign key (one level: not what the database's own cascades reach from them). */
  readonly handledByDatabase: readonly DatabaseAction[];
  /**
   * The declarations say the database would refuse the flush: a row to be nulled whose column is
   * NOT NULL, or a row under a foreign key whose rule refuses. The flush would then fail with a
   * constraint violation and write nothing.
   */
  readonly refused: boolean;
}

export interface PreviewTarget {
  readonly executor: Executor;
  readonly dialect: Dialect;
  /** Every table, to find the foreign keys that reference a deleted row. */
  readonly mapping: Mapping;
}

/**
 * @example
 * // Parent.children without delete cascade; deleting Parent(id=1), which has children 3 and 4:
 * await previewFlush(plan, deletes, { executor, dialect, mapping })
 * // { writes: [{ kind: 'nullify', row: child (3) }, { kind: 'nullify', row: child (4) }, { kind: 'delete', row: parent (1) }],
 * //   deleted: [parent (1)], handledByDatabase: [], refused: false }
 * // SQL: SELECT child.id AS k0 FROM child AS child WHERE child.parent_id = ? ORDER BY child.id   -- [1]
 * //      SELECT ... FROM child AS child WHERE (child.parent_id) IN (?) ORDER BY child.id       -- what is left to ON DELETE
 */
export async function previewFlush(plan: FlushPlan, deletes: DeletePlan, target: PreviewTarget): Promise<FlushPreview> {
  const writes: PreviewWrite[] = [];
  const seen = new Set<string>();
  for (const layer of plan.layers) {
    for (const op of layer) {
      for (const write of await describeOp(op, deletes, target)) {
        // Two ops may name one row (the link row of two deleted ends): the first writes it.
        const id = `${write.kind}|${rowId(write.row)}|${'columns' in write ? write.columns.map((c) => c.name).join(',') : ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        writes.push(write);
      }
    }
  }
  const handledByDatabase = await databaseActions(deletes.deleted, writes, target);
  const refused = writes.some((write) => write.kind === 'nullify' && write.refused) || handledByDatabase.some((action) => action.refused);
  const deleted = [...deletes.deleted].filter((state) => state.status === 'persistent').map((state) => stateRow(state, 'committed'));
  return { writes, deleted, handledByDatabase, refused };
}

async function describeOp(op: FlushOp, deletes: DeletePlan, target: PreviewTarget): Promise<PreviewWrite[]> {
  switch (op.kind) {
    case 'insert':
      return [{ kind: 'insert', row: stateRow(op.state, 'current') }];
    case 'update':
    case 'postUpdate':
      return [{ kind: 'update', row: stateRow(op.state, 'committed'), columns: op.columns }];
    case 'delete':
      return [{ kind: 'delete', row: stateRow(op.state, 'committed'), via: deletes.reachedBy.get(op.state) }];
    case 'linkInsert':
    case 'linkDelete':
      return [{ kind: op.kind, row: linkRow(op.relationship, op.owner, op.target), via: op.relationship }];
    case 'linkKeys': {
      const kind = op.op === 'add' ? 'linkInsert' : 'linkDelete';
      const positions = processorOf(op.relationship).targetKeyPositions!;
      const targetValues = (key: readonly unknown[]) => (_pair: SyncPair, i: number) => key[positions[i]!];
      return op.targets.map((key) => ({ kind, row: linkRowOf(op.relationship, op.owner, targetValues(key)), via: op.relationship }));
    }
    case 'clearReferences': {
      const { table, match, nulls } = setBasedTarget(op);
      const refused = nulls.some(isNotNull);
      const rows = await readRows(table, (keyColumns) => selectRowKeys(table, keyColumns, match), target);
      return rows.map((row) => ({ kind: 'nullify', row, columns: nulls, via: op.relationship, refused }));
    }
    case 'deleteLinks': {
      const { table, match } = setBasedTarget(op);
      const rows = await readRows(table, (keyColumns) => selectRowKeys(table, keyColumns, match), target);
      return rows.map((row) => ({ kind: 'linkDelete', row, via: op.relationship }));
    }
  }
}

/**
 * The rows that reference a deleted row through some foreign key and that no write of the plan
 * deletes, unlinks, or repoints on that key: the database's ON DELETE decides what becomes of
 * them (`passiveDeletes`, or a foreign key no relationship of the deleted row's model writes,
 * R5.1, R6.5). One SELECT per such foreign key.
 */
async function databaseActions(
  deleted: ReadonlySet<InstanceState>,
  writes: readonly PreviewWrite[],
  target: PreviewTarget,
): Promise<DatabaseAction[]> {
  const gone = new Set(writes.filter((write) => write.kind === 'delete' || write.kind === 'linkDelete').map((write) => rowId(write.row)));
  const repointed = new Map<string, Set<TableColumn>>();
  for (const write of writes) {
    if (write.kind !== 'nullify' && write.kind !== 'update') continue;
    const columns = repointed.get(rowId(write.row)) ?? new Set<TableColumn>();
    for (const column of write.columns) columns.add(column);
    repointed.set(rowId(write.row), columns);
  }
  const byTable = new Map<MappedTable, InstanceState[]>();
  for (const state of deleted) {
    if (state.status !== 'persistent') continue;
    byTable.set(state.model.table, [...(byTable.get(state.model.table) ?? []), state]);
  }
  const actions: DatabaseAction[] = [];
  for (const [table, states] of byTable) {
    for (const foreignKey of target.mapping.tables.flatMap((t) => t.foreignKeys).filter((fk) => fk.targetTable === table)) {
      const referenced = new Map<string, unknown[]>();
      for (const state of states) {
        const values = foreignKey.targets.map((column) => state.committed.get(column.attribute));
        if (values.every((value) => value !== null && value !== undefined)) referenced.set(identityKey(values), values);
      }
      if (referenced.size === 0) continue;
      const via = passiveRelationship(table.model, foreignKey);
      const refused =
        foreignKey.onDelete === undefined ||
        foreignKey.onDelete === 'RESTRICT' ||
        foreignKey.onDelete === 'NO ACTION' ||
        (foreignKey.onDelete === 'SET NULL' && foreignKey.columns.some(isNotNull));
      const perStatement = Math.max(1, Math.floor(target.dialect.capabilities.maxBindParameters / foreignKey.columns.length));
      for (const part of chunk([...referenced.values()], perStatement)) {
        const statement = (keyColumns: readonly TableColumn[]) => selectRowKeysIn(foreignKey.table, keyColumns, foreignKey.columns, part);
        for (const row of await readRows(foreignKey.table, statement, target)) {
          const id = rowId(row);
          if (gone.has(id) || foreignKey.columns.some((column) => repointed.get(id)?.has(column))) continue;
          actions.push({ row, foreignKey, onDelete: foreignKey.onDelete, via, refused });
        }
      }
    }
  }
  return actions;
}

/**
 * The relationship of the deleted row's model that leaves this foreign key to the database
 * (`passiveDeletes`): one whose rows — its targets, or its `secondary` rows — hold the key.
 */
function passiveRelationship(model: MappedModel | undefined, foreignKey: ResolvedForeignKey): MappedRelationship | undefined {
  return model?.relationships.find((relationship) => {
    if (relationship.viewonly || !isPassive(relationship) || linkHolder(relationship) === 'owner') return false;
    const holder = relationship.secondary ?? relationship.target.table;
    const columns = relationship.syncPairs.map((pair) => pair.to);
    return (
      holder === foreignKey.table &&
      columns.length === foreignKey.columns.length &&
      columns.every((column) => foreignKey.columns.includes(column))
    );
  });
}

/** `SELECT <key columns> FROM table WHERE ... ORDER BY <key columns>`, as `statement` makes it for the table's key columns, decoded. */
async function readRows(
  table: MappedTable,
  statement: (keyColumns: readonly TableColumn[]) => Select,
  target: PreviewTarget,
): Promise<PreviewRow[]> {
  const keyColumns = rowKeyColumns(table);
  const keys = await readRowKeys(target, statement(keyColumns), keyColumns);
  return keys.map((key) => ({ table, model: table.model, keyColumns, key, instance: undefined }));
}

function stateRow(state: InstanceState, source: 'committed' | 'current'): PreviewRow {
  const { table } = state.model;
  return { table, model: state.model, keyColumns: state.model.primaryKey, key: state.key(source), instance: state.instance };
}

/** The `secondary` row linking `owner` and `target`, with the values `executeFlush` writes or deletes. */
function linkRow(relationship: MappedRelationship, owner: InstanceState, target: InstanceState): PreviewRow {
  return linkRowOf(relationship, owner, (pair) => target.values.get(pair.from.attribute));
}

/** The `secondary` row linking `owner` to a target whose side of the row `targetValue` gives, pair by pair. */
function linkRowOf(
  relationship: MappedRelationship,
  owner: InstanceState,
  targetValue: (pair: SyncPair, i: number) => unknown,
): PreviewRow {
  const table = relationship.secondary!;
  const values = new Map<TableColumn, unknown>([
    ...relationship.syncPairs.map((pair) => [pair.to, owner.values.get(pair.from.attribute)] as const),
    ...relationship.secondarySyncPairs.map((pair, i) => [pair.to, targetValue(pair, i)] as const),
  ]);
  const keyColumns = rowKeyColumns(table);
  return { table, model: table.model, keyColumns, key: keyColumns.map((column) => values.get(column)), instance: undefined };
}

/** The primary key; for a table declared without one, the columns of its foreign keys (a plain `secondary`'s link). */
function rowKeyColumns(table: MappedTable): readonly TableColumn[] {
  if (table.primaryKey.length > 0) return table.primaryKey;
  const linked = table.columns.filter((column) => table.foreignKeys.some((fk) => fk.columns.includes(column)));
  return linked.length > 0 ? linked : table.columns;
}

function rowId(row: PreviewRow): string {
  return `${row.table.name}|${identityKey(row.key)}`;
}

function isNotNull(column: TableColumn): boolean {
  return column.primaryKey || !column.nullable;
}
