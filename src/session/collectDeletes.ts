/**
 * Works out everything a flush deletes: the objects deleted explicitly, orphans of
 * `delete-orphan` lists, and what `delete` cascades reach, loading related rows where the
 * relationship is not `passiveDeletes`. It also decides what happens to rows that referenced a
 * deleted one (`docs/sqlalchemy-semantics.md` R5, R6).
 */
import type { RelatedLoader } from './dependency/DependencyProcessor.js';
import { processorOf } from './dependency/processorOf.js';
import type { FlushOp } from './FlushOp.js';
import type { InstanceState } from './InstanceState.js';
import type { LinkLog } from './LinkLog.js';

export interface DeletePlan {
  readonly deleted: Set<InstanceState>;
  readonly ops: FlushOp[];
}

export async function collectDeletes(explicit: Iterable<InstanceState>, links: LinkLog, loader: RelatedLoader): Promise<DeletePlan> {
  const deleted = new Set<InstanceState>();
  const ops: FlushOp[] = [];
  const queue = [...explicit, ...orphans(links)];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (deleted.has(state)) continue;
    deleted.add(state);
    if (state.status !== 'persistent') continue;
    for (const relationship of state.model.relationships) {
      if (relationship.viewonly) continue;
      queue.push(...await processorOf(relationship).cascadeDelete(state, { links, ops, loader }));
    }
  }
  return { deleted, ops };
}

/** Children removed from a `delete-orphan` list and not linked anywhere else since (R6.7). */
function orphans(links: LinkLog): InstanceState[] {
  return [...links.orphanCandidates].filter(([child, relationship]) => links.targetOf(relationship, child) === null).map(([child]) => child);
}
