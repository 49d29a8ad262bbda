/**
 * One-to-many (and the one side of a one-to-one): the target rows hold the foreign key. Adding
 * a child points its key at the owner; removing it clears the key if it still points there.
 */
import type { MappedRelationship } from '../../mapper/index.js';
import type { InstanceState } from '../InstanceState.js';
import type { LinkLog } from '../LinkLog.js';
import { isPassive, type DeleteContext, type DependencyProcessor } from './DependencyProcessor.js';

export class OneToManyProcessor implements DependencyProcessor {
  readonly replaceNeedsPrevious = true;

  /** The target's foreign-key columns in the order of the owner's primary key, when they reference it whole. */
  readonly #ownerKeyColumns: readonly string[] | undefined;

  readonly targetKeyPositions = undefined;

  constructor(readonly relationship: MappedRelationship) {
    const { syncPairs, owner } = relationship;
    const columns = owner.primaryKey.map((key) => syncPairs.find((pair) => pair.from === key)?.to.attribute);
    this.#ownerKeyColumns =
      syncPairs.length === owner.primaryKey.length && columns.every((c) => c !== undefined) ? (columns as string[]) : undefined;
  }

  logChange(links: LinkLog, owner: InstanceState, item: InstanceState, op: 'add' | 'remove'): void {
    if (op === 'add') links.point(this.relationship, item, owner);
    else links.release(this.relationship, item, owner);
  }

  logCleared(): void {
    // The previous child's key is cleared when it is released; the owner's row holds nothing.
  }

  async cascadeDelete(owner: InstanceState, { links, ops, loader }: DeleteContext): Promise<InstanceState[]> {
    const { relationship } = this;
    const passive = isPassive(relationship);
    if (relationship.cascade.delete) {
      // The children as the database has them, less those moved away or released in this flush.
      const children = await loader.related(owner, relationship, passive);
      return children.filter((child) => {
        const target = links.targetOf(relationship, child);
        return target === undefined || target === owner;
      });
    }
    // R6.4: without a delete cascade the children stay, unlinked; passiveDeletes leaves it to ON DELETE.
    if (!passive) ops.push({ kind: 'clearReferences', relationship, parent: owner, except: [] });
    return [];
  }

  pendingTarget(): undefined {
    return undefined;
  }

  targetKey(): undefined {
    return undefined;
  }

  ownerKeyOf(targetValues: ReadonlyMap<string, unknown>): unknown[] | null | undefined {
    if (!this.#ownerKeyColumns) return undefined;
    const key = this.#ownerKeyColumns.map((attribute) => targetValues.get(attribute));
    return key.some((value) => value === null || value === undefined) ? null : key;
  }
}
