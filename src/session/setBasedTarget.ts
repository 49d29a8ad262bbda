/**
 * The rows a set-based op of a flush touches, as a table and the values that name them:
 * `clearReferences` (an UPDATE ... SET fk = NULL) and `deleteLinks` (a DELETE FROM secondary).
 * `executeFlush` writes the rows this names and `previewFlush` reads them, both through the one
 * WHERE `sql/writeStatements.ts` makes of it, so that a preview lists exactly the rows the write
 * would change.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedTable } from '../mapper/index.js';
import type { RowMatch } from '../sql/writeStatements.js';
import type { FlushOp } from './FlushOp.js';

export interface SetBasedTarget {
  readonly table: MappedTable;
  /** The rows, by the values of some of their columns (`sql/writeStatements.ts` makes the WHERE). */
  readonly match: RowMatch;
  /** `clearReferences`: the foreign-key columns set to NULL; `deleteLinks`: none. */
  readonly nulls: readonly TableColumn[];
}

/**
 * @example
 * setBasedTarget({ kind: 'clearReferences', relationship: Parent.children, parent: Parent(id=1), except: [Child(id=4)] })
 * // table child, nulls [parent_id], match: child.parent_id = 1 AND child.id NOT IN (4)
 * setBasedTarget({ kind: 'deleteLinks', relationship: Parent.tags, owner: Parent(id=1) })
 * // table parent_tag, nulls [], match: parent_tag.parent_id = 1
 */
export function setBasedTarget(op: Extract<FlushOp, { kind: 'clearReferences' | 'deleteLinks' }>): SetBasedTarget {
  const { relationship } = op;
  if (op.kind === 'deleteLinks') {
    const table = relationship.secondary!;
    const equal = relationship.syncPairs.map((pair) => [pair.to, op.owner.committed.get(pair.from.attribute)] as const);
    return { table, match: { equal }, nulls: [] };
  }
  // R6.4: every row still referencing the parent, but the ones this flush moves, clears or deletes itself.
  const child = relationship.target;
  const table = child.table;
  const except = op.except.filter((state) => state.model === child && state.status === 'persistent').map((state) => state.key('committed'));
  const equal = relationship.syncPairs.map((pair) => [pair.to, op.parent.committed.get(pair.from.attribute)] as const);
  return {
    table,
    match: { equal, except: { columns: child.primaryKey, keys: except } },
    nulls: relationship.syncPairs.map((pair) => pair.to),
  };
}
