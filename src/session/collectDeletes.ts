/**
 * Works out everything a flush deletes: the objects deleted explicitly, orphans of
 * `delete-orphan` lists, and what `delete` cascades reach, loading related rows where the
 * relationship is not `passiveDeletes`. It also decides what happens to rows that referenced a
 * deleted one (`docs/sqlalchemy-semantics.md` R5, R6).
 */
import type { MappedRelationship } from '../mapper/index.js';
import type { RelatedLoader } from './dependency/DependencyProcessor.js';
import { processorOf } from './dependency/processorOf.js';
import type { FlushOp } from './FlushOp.js';
import type { InstanceState } from './InstanceState.js';
import type { LinkLog } from './LinkLog.js';

export interface DeletePlan {
  /** In the order they were reached: the explicit deletes and orphans first, then what their cascades reach. */
  readonly deleted: Set<InstanceState>;
  readonly ops: FlushOp[];
  /** The relationship whose `delete` cascade (or `delete-orphan`) reached each row not deleted explicitly. */
  readonly reachedBy: Map<InstanceState, MappedRelationship>;
}

export async function collectDeletes(explicit: Iterable<InstanceState>, links: LinkLog, loader: RelatedLoader): Promise<DeletePlan> {
  const deleted = new Set<InstanceState>();
  const ops: FlushOp[] = [];
  const explicitStates = new Set(explicit);
  const orphaned = orphans(links).filter(([child]) => !explicitStates.has(child));
  const reachedBy = new Map<InstanceState, MappedRelationship>(orphaned);
  const queue = [...explicitStates, ...orphaned.map(([child]) => child)];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (deleted.has(state)) continue;
    deleted.add(state);
    if (state.status !== 'persistent') continue;
    for (const relationship of state.model.relationships) {
      if (relationship.viewonly) continue;
      for (const reached of await processorOf(relationship).cascadeDelete(state, { links, ops, loader })) {
        if (!explicitStates.has(reached) && !reachedBy.has(reached)) reachedBy.set(reached, relationship);
        queue.push(reached);
      }
    }
  }
  return { deleted, ops, reachedBy };
}

/** Children removed from a `delete-orphan` list and not linked anywhere else since (R6.7), with that list's relationship. */
function orphans(links: LinkLog): Array<[InstanceState, MappedRelationship]> {
  return [...links.orphanCandidates].filter(([child, relationship]) => links.targetOf(relationship, child) === null);
}
