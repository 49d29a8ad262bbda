/**
 * Many-to-many: a row of the `secondary` table links the two. Adding or removing a target
 * inserts or deletes that row; neither end's own row changes.
 */
import type { MappedRelationship } from '../../mapper/index.js';
import type { InstanceState } from '../InstanceState.js';
import type { LinkLog } from '../LinkLog.js';
import { isPassive, type DeleteContext, type DependencyProcessor } from './DependencyProcessor.js';

export class ManyToManyProcessor implements DependencyProcessor {
  readonly replaceNeedsPrevious = true;

  readonly targetKeyPositions: readonly number[] | undefined;

  constructor(readonly relationship: MappedRelationship) {
    const { secondarySyncPairs, target } = relationship;
    const positions = secondarySyncPairs.map((pair) => target.primaryKey.indexOf(pair.from));
    const wholeKey =
      positions.length === target.primaryKey.length &&
      positions.every((position) => position >= 0) &&
      new Set(positions).size === positions.length;
    this.targetKeyPositions = wholeKey ? positions : undefined;
  }

  logChange(links: LinkLog, owner: InstanceState, item: InstanceState, op: 'add' | 'remove'): void {
    links.link(this.relationship, owner, item, op);
  }

  logCleared(): void {
    // The previous target's link row goes when it is released.
  }

  async cascadeDelete(owner: InstanceState, { ops, loader }: DeleteContext): Promise<InstanceState[]> {
    const { relationship } = this;
    const passive = isPassive(relationship);
    // R5.2/R5.3: the secondary rows go first, unless the database's ON DELETE CASCADE does it.
    const targets = relationship.cascade.delete ? await loader.related(owner, relationship, passive) : [];
    if (!passive) ops.push({ kind: 'deleteLinks', relationship, owner });
    return targets;
  }

  pendingTarget(): undefined {
    return undefined;
  }

  targetKey(): undefined {
    return undefined;
  }

  ownerKeyOf(): undefined {
    // Not a list (many-to-one), or membership kept in the secondary table (many-to-many): the link ops say it.
    return undefined;
  }
}
