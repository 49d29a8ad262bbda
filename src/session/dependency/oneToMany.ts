/**
 * One-to-many (and the one side of a one-to-one): the target rows hold the foreign key. Adding
 * a child points its key at the owner; removing it clears the key if it still points there.
 */
import type { MappedRelationship } from '../../mapper/index.js';
import type { FlushOp } from '../FlushOp.js';
import type { InstanceState } from '../InstanceState.js';
import type { LinkLog } from '../LinkLog.js';
import { isPassive, type DependencyProcessor, type RelatedLoader } from './DependencyProcessor.js';

export class OneToManyProcessor implements DependencyProcessor {
  readonly replaceNeedsPrevious = true;

  constructor(readonly relationship: MappedRelationship) {}

  logChange(links: LinkLog, owner: InstanceState, item: InstanceState, op: 'add' | 'remove'): void {
    if (op === 'add') links.point(this.relationship, item, owner);
    else links.release(this.relationship, item, owner);
  }

  logCleared(): void {
    // The previous child's key is cleared when it is released; the owner's row holds nothing.
  }

  async cascadeDelete(owner: InstanceState, ops: FlushOp[], loader: RelatedLoader): Promise<InstanceState[]> {
    const { relationship } = this;
    const passive = isPassive(relationship);
    if (relationship.cascade.delete) return loader.related(owner, relationship, passive);
    // R6.4: without a delete cascade the children stay, unlinked; passiveDeletes leaves it to ON DELETE.
    if (!passive) ops.push({ kind: 'clearReferences', relationship, parent: owner, except: [] });
    return [];
  }

  targetKey(): undefined {
    return undefined;
  }
}
