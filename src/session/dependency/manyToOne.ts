/**
 * Many-to-one (and the referring side of a one-to-one): the owner's own row holds the foreign
 * key. Setting the target points the owner's key at it; clearing it sets the key to NULL.
 */
import type { MappedRelationship } from '../../mapper/index.js';
import type { InstanceState } from '../InstanceState.js';
import type { LinkLog } from '../LinkLog.js';
import { isPassive, type DependencyProcessor, type RelatedLoader } from './DependencyProcessor.js';

export class ManyToOneProcessor implements DependencyProcessor {
  readonly replaceNeedsPrevious = false;
  /** Whether the key references the target's primary key, column for column, so the target can be got by key. */
  readonly #byPrimaryKey: boolean;

  constructor(readonly relationship: MappedRelationship) {
    const { syncPairs, target } = relationship;
    this.#byPrimaryKey = syncPairs.length === target.primaryKey.length && syncPairs.every((pair, i) => pair.from === target.primaryKey[i]);
  }

  logChange(links: LinkLog, owner: InstanceState, item: InstanceState, op: 'add' | 'remove'): void {
    if (op === 'add') links.point(this.relationship, owner, item);
    else links.release(this.relationship, owner, item);
  }

  logCleared(links: LinkLog, owner: InstanceState): void {
    // The owner's key is cleared even when its previous target was never loaded.
    links.point(this.relationship, owner, null);
  }

  async cascadeDelete(owner: InstanceState, _ops: unknown, loader: RelatedLoader): Promise<InstanceState[]> {
    // Deleting a child deletes its parent only under an explicit delete cascade (rare, R5.4).
    return this.relationship.cascade.delete ? loader.related(owner, this.relationship, isPassive(this.relationship)) : [];
  }

  targetKey(owner: InstanceState): unknown[] | undefined {
    return this.#byPrimaryKey ? this.relationship.syncPairs.map((pair) => owner.values.get(pair.to.attribute)) : undefined;
  }
}
