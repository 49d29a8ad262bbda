/**
 * The writes of one flush, as nodes of a dependency graph. Each knows its batch key: nodes of
 * one layer with the same key go out as one statement (one multi-row INSERT, one UPDATE ...
 * WHERE key IN (...), one DELETE ... WHERE key IN (...)).
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedRelationship, MappedTable } from '../mapper/index.js';
import type { InstanceState } from './InstanceState.js';

export type FlushOp =
  /** INSERT of a new row. Foreign keys to rows inserted earlier in the flush are filled when it runs. */
  | { readonly kind: 'insert'; readonly state: InstanceState }
  /**
   * UPDATE of some columns. `expect`: only where these columns still hold these values (a child
   * leaving a list is unlinked only if it still points at that parent).
   */
  | {
      readonly kind: 'update';
      readonly state: InstanceState;
      readonly columns: TableColumn[];
      readonly expect: ReadonlyArray<readonly [TableColumn, unknown]>;
    }
  | { readonly kind: 'delete'; readonly state: InstanceState }
  /** A row of a `secondary` table; an existing one is left alone. */
  | {
      readonly kind: 'linkInsert';
      readonly relationship: MappedRelationship;
      readonly owner: InstanceState;
      readonly target: InstanceState;
    }
  | {
      readonly kind: 'linkDelete';
      readonly relationship: MappedRelationship;
      readonly owner: InstanceState;
      readonly target: InstanceState;
    }
  /**
   * Rows of a `secondary` table linking one owner to target rows named by their primary keys,
   * with no target object loaded (`Session.linkByKeys`): one multi-row INSERT that skips the
   * links there already, or one DELETE of `owner_id = ? AND target_id IN (...)`.
   */
  | {
      readonly kind: 'linkKeys';
      readonly relationship: MappedRelationship;
      readonly owner: InstanceState;
      readonly targets: ReadonlyArray<readonly unknown[]>;
      readonly op: 'add' | 'remove';
    }
  /** Clears the foreign key of every row still referencing a deleted row, but the ones listed (R6.4). */
  | {
      readonly kind: 'clearReferences';
      readonly relationship: MappedRelationship;
      readonly parent: InstanceState;
      readonly except: InstanceState[];
    }
  /** Deletes every `secondary` row of a deleted row (R5.2). */
  | { readonly kind: 'deleteLinks'; readonly relationship: MappedRelationship; readonly owner: InstanceState }
  /** A second UPDATE setting a foreign key, to break a cycle between rows (SQLAlchemy's post_update, R4.6). */
  | { readonly kind: 'postUpdate'; readonly state: InstanceState; readonly columns: TableColumn[]; readonly keys: readonly DeferredKey[] };

/** A foreign-key column filled at run time from a row inserted earlier in the flush. */
export interface DeferredKey {
  readonly to: TableColumn;
  readonly from: InstanceState;
  readonly fromColumn: TableColumn;
}

/** The table a node writes. */
export function opTable(op: FlushOp): MappedTable {
  switch (op.kind) {
    case 'insert':
    case 'update':
    case 'delete':
    case 'postUpdate':
      return op.state.model.table;
    case 'linkInsert':
    case 'linkDelete':
    case 'linkKeys':
    case 'deleteLinks':
      return op.relationship.secondary!;
    case 'clearReferences':
      return op.relationship.target.table;
  }
}
