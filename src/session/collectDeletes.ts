/**
 * Works out everything a flush deletes: the objects deleted explicitly, orphans of
 * `delete-orphan` lists, and what `delete` cascades reach, loading related rows where the
 * relationship is not `passiveDeletes`. It also decides what happens to rows that referenced a
 * deleted one (`docs/sqlalchemy-semantics.md` R5, R6).
 */
import type { MappedRelationship } from '../mapper/index.js';
import type { FlushOp } from './FlushOp.js';
import type { InstanceState } from './InstanceState.js';
import type { LinkLog } from './LinkLog.js';

export interface RelatedLoader {
  /** The related objects of `owner` through `relationship`, from memory when fully known, else loaded. */
  related(owner: InstanceState, relationship: MappedRelationship, passive: boolean): Promise<InstanceState[]>;
}

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
      queue.push(...await cascade(state, relationship, ops, loader));
    }
  }
  return { deleted, ops };
}

/** Children removed from a `delete-orphan` list and not linked anywhere else since (R6.7). */
function orphans(links: LinkLog): InstanceState[] {
  return [...links.orphanCandidates].filter(([child, relationship]) => links.targetOf(relationship, child) === null).map(([child]) => child);
}

/** What deleting `state` does through one of its relationships; returns more objects to delete. */
async function cascade(state: InstanceState, relationship: MappedRelationship, ops: FlushOp[], loader: RelatedLoader): Promise<InstanceState[]> {
  const passive = relationship.passiveDeletes !== false;
  switch (relationship.direction) {
    case 'one-to-many':
      if (relationship.cascade.delete) return loader.related(state, relationship, passive);
      // R6.4: without delete cascade the children stay, unlinked; passiveDeletes leaves it to ON DELETE.
      if (!passive) ops.push({ kind: 'clearReferences', relationship, parent: state, except: [] });
      return [];
    case 'many-to-many': {
      // R5.2/R5.3: the secondary rows go first, unless the database's ON DELETE CASCADE does it.
      const targets = relationship.cascade.delete ? await loader.related(state, relationship, passive) : [];
      if (!passive) ops.push({ kind: 'deleteLinks', relationship, owner: state });
      return targets;
    }
    case 'many-to-one':
      return relationship.cascade.delete ? loader.related(state, relationship, passive) : [];
  }
}
