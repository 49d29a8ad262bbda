/**
 * Many-to-one (and the referring side of a one-to-one): the owner's own row holds the foreign
 * key. Setting the target points the owner's key at it; clearing it sets the key to NULL.
 */
import type { MappedRelationship } from '../../mapper/index.js';
import type { InstanceState } from '../InstanceState.js';
import type { LinkLog } from '../LinkLog.js';
import { sameValue } from '../planFlush.js';
import { isPassive, type DeleteContext, type DependencyProcessor } from './DependencyProcessor.js';

export class ManyToOneProcessor implements DependencyProcessor {
  readonly replaceNeedsPrevious = false;
  /** Whether the key references the target's primary key, column for column, so the target can be got by key. */
  readonly #byPrimaryKey: boolean;

  readonly targetKeyPositions = undefined;

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

  async cascadeDelete(owner: InstanceState, { links, loader }: DeleteContext): Promise<InstanceState[]> {
    // Deleting a child deletes its parent only under an explicit delete cascade (rare, R5.4),
    // the one it points at now.
    if (!this.relationship.cascade.delete) return [];
    const target = links.targetOf(this.relationship, owner);
    if (target !== undefined) return target === null ? [] : [target];
    return loader.related(owner, this.relationship, isPassive(this.relationship));
  }

  pendingTarget(links: LinkLog, owner: InstanceState): InstanceState | null | undefined {
    const entry = links.entryOf(this.relationship, owner);
    if (!entry || entry.target !== null || entry.left.length === 0) return entry?.target;
    // Left some parents: cleared only if the key still references one of them, else as it is.
    const { syncPairs } = this.relationship;
    const pointsAtLeft = entry.left.some((parent) =>
      syncPairs.every((pair) => sameValue(owner.values.get(pair.to.attribute), parent.values.get(pair.from.attribute))),
    );
    return pointsAtLeft ? null : undefined;
  }

  targetKey(owner: InstanceState): unknown[] | undefined {
    return this.#byPrimaryKey ? this.relationship.syncPairs.map((pair) => owner.values.get(pair.to.attribute)) : undefined;
  }

  ownerKeyOf(): undefined {
    // Not a list (many-to-one), or membership kept in the secondary table (many-to-many): the link ops say it.
    return undefined;
  }
}
