/**
 * What a relationship's direction means to the unit of work, decided once per relationship:
 * how a change made in memory is logged for the flush, what deleting an owner does through the
 * relationship, and whether its target can be found from the owner's own columns. SQLAlchemy
 * keeps the same split in `orm/dependency.py` (`OneToManyDP`, `ManyToOneDP`, `ManyToManyDP`);
 * nothing else in `session/` asks which way a relationship points (`processorOf` decides it
 * once). A new direction, or a variant of one, is one more file beside these.
 */
import type { MappedRelationship } from '../../mapper/index.js';
import type { FlushOp } from '../FlushOp.js';
import type { InstanceState } from '../InstanceState.js';
import type { LinkLog } from '../LinkLog.js';

export interface RelatedLoader {
  /** The related objects of `owner` through `relationship`, from memory when fully known, else loaded. */
  related(owner: InstanceState, relationship: MappedRelationship, passive: boolean): Promise<InstanceState[]>;
}

/** What a delete's cascade works with: the flush's link log, the statements so far, a loader. */
export interface DeleteContext {
  readonly links: LinkLog;
  readonly ops: FlushOp[];
  readonly loader: RelatedLoader;
}

export interface DependencyProcessor {
  readonly relationship: MappedRelationship;
  /**
   * `owner.<relationship>` gained or lost `item`, logged as the flush will write it: a foreign
   * key that points at a row or is cleared, or a `secondary` row inserted or deleted.
   */
  logChange(links: LinkLog, owner: InstanceState, item: InstanceState, op: 'add' | 'remove'): void;
  /** `owner.<relationship> = null` on a scalar: what the flush writes beyond releasing the previous value. */
  logCleared(links: LinkLog, owner: InstanceState): void;
  /**
   * Whether replacing a scalar needs its previous value loaded first: true when the key to clear
   * is in the previous row (a one-to-one's other side), false when it is the owner's own column.
   */
  readonly replaceNeedsPrevious: boolean;
  /**
   * What deleting `owner` does through the relationship (R5, R6): the statements it adds to
   * `ops`, and the related objects that are deleted with it, as they are after the changes
   * logged in this flush (a child moved to another parent is not deleted with this one).
   */
  cascadeDelete(owner: InstanceState, context: DeleteContext): Promise<InstanceState[]>;
  /**
   * Where the owner's own key will point after the flush, when it holds the key and a change
   * was logged: the target (or null); undefined when nothing was logged or the key is elsewhere.
   */
  pendingTarget(links: LinkLog, owner: InstanceState): InstanceState | null | undefined;
  /**
   * The target's primary key, read from the owner's own columns, when the owner holds a foreign
   * key to the target's primary key (a value may be null: no target); undefined otherwise.
   */
  targetKey(owner: InstanceState): unknown[] | undefined;
  /**
   * For a list: the primary key of the owner whose list holds a target row with these column
   * values, when the target row's own foreign key says so (one-to-many onto the owner's primary
   * key); null when it points nowhere; undefined when membership is kept elsewhere (a `secondary`
   * table) or the key is not the owner's primary key. What subscribers hear of list changes.
   */
  ownerKeyOf(targetValues: ReadonlyMap<string, unknown>): unknown[] | null | undefined;
  /**
   * When a link is a row of a `secondary` table whose target side holds the target's whole
   * primary key: for each target-side column (`secondarySyncPairs` order), the position of its
   * value in the target's primary key. Then links can be written from target keys alone, no
   * target object loaded (`Session.linkByKeys`). Undefined for every other link.
   */
  readonly targetKeyPositions: readonly number[] | undefined;
}

/** Whether the database's ON DELETE does a relationship's deletes (`passiveDeletes`), so nothing is loaded for them. */
export function isPassive(relationship: MappedRelationship): boolean {
  return relationship.passiveDeletes !== false;
}
