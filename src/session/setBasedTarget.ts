/**
 * The rows a set-based op of a flush touches, as a table and a WHERE: `clearReferences` (an
 * UPDATE ... SET fk = NULL) and `deleteLinks` (a DELETE FROM secondary). `executeFlush` writes
 * with this WHERE and `previewFlush` reads with it, so that a preview lists exactly the rows the
 * write would change.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedTable } from '../mapper/index.js';
import { and, col, eq, inList, val } from '../sql/build.js';
import type { Expr } from '../sql/statements.js';
import type { FlushOp } from './FlushOp.js';

export interface SetBasedTarget {
  readonly table: MappedTable;
  /** Column references use the table's own name as alias, as an UPDATE or DELETE has them. */
  readonly where: Expr;
  /** `clearReferences`: the foreign-key columns set to NULL; `deleteLinks`: none. */
  readonly nulls: readonly TableColumn[];
}

/**
 * @example
 * setBasedTarget({ kind: 'clearReferences', relationship: Parent.children, parent: Parent(id=1), except: [Child(id=4)] })
 * // table child, nulls [parent_id], where: child.parent_id = 1 AND child.id NOT IN (4)
 * setBasedTarget({ kind: 'deleteLinks', relationship: Parent.tags, owner: Parent(id=1) })
 * // table parent_tag, nulls [], where: parent_tag.parent_id = 1
 */
export function setBasedTarget(op: Extract<FlushOp, { kind: 'clearReferences' | 'deleteLinks' }>): SetBasedTarget {
  const { relationship } = op;
  if (op.kind === 'deleteLinks') {
    const table = relationship.secondary!;
    const ownerKey = relationship.syncPairs.map((pair) =>
      eq(col(table.name, pair.to.name), val(op.owner.committed.get(pair.from.attribute), pair.to.type)),
    );
    return { table, where: and(ownerKey), nulls: [] };
  }
  // R6.4: every row still referencing the parent, but the ones this flush moves, clears or deletes itself.
  const child = relationship.target;
  const table = child.table;
  const except = op.except.filter((state) => state.model === child && state.status === 'persistent').map((state) => state.key('committed'));
  const where = and([
    ...relationship.syncPairs.map((pair) =>
      eq(col(table.name, pair.to.name), val(op.parent.committed.get(pair.from.attribute), pair.to.type)),
    ),
    except.length > 0
      ? inList(
          child.primaryKey.map((column) => col(table.name, column.name)),
          except.map((key) => key.map((value, i) => val(value, child.primaryKey[i]!.type))),
          true,
        )
      : undefined,
  ]);
  return { table, where, nulls: relationship.syncPairs.map((pair) => pair.to) };
}
