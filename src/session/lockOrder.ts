/**
 * Which end of a link holds its lock: the one rule the link mutations (which lock before they
 * write) and keyless link tables (which lock before they check and insert) share, so that two
 * transactions writing one link, from either side, wait on the same row and never in opposite
 * orders.
 */
import { linkHolder, type MappedAssociationProxy, type MappedRelationship } from '../mapper/index.js';
import type { LockMode } from '../sql/statements.js';
import { identityKey } from './IdentityMap.js';

/**
 * 0: the owner's row, 1: the target's. The row whose foreign key changes; for a `secondary`
 * link, the end whose model name sorts first (`Child` before `Parent`), and on a
 * self-referential one the end with the smaller key. A proxy's link, or one without a target
 * key, locks the owner.
 *
 * @example
 * lockedEnd(Parent.children /* many-to-many *\/, [1], [7]) // 1: the Child
 * lockedEnd(Child.parents, [7], [1])                      // 0: the Child again
 */
export function lockedEnd(
  relationship: MappedRelationship | MappedAssociationProxy,
  ownerKey: readonly unknown[],
  targetKey: readonly unknown[] | undefined,
): 0 | 1 {
  if (targetKey === undefined || relationship.kind === 'associationProxy') return 0;
  const holder = linkHolder(relationship);
  if (holder === 'target') return 1;
  if (holder === 'owner') return 0;
  const { owner, target } = relationship;
  if (owner !== target) return owner.name < target.name ? 0 : 1;
  return identityKey(ownerKey) <= identityKey(targetKey) ? 0 : 1;
}

/**
 * What a write does to the links it names: `add` makes them; `remove` breaks them, or may (a
 * to-one set or cleared replaces the link it had).
 */
export type LinkChange = 'add' | 'remove';

/*
 * Why only an addition shares. Two writes of one link are kept apart by the rows they write: an
 * INSERT of a link row meets the other's INSERT or DELETE on the row's own key, and its
 * foreign-key checks take a shared lock on both ends. A removal of a link that is not there
 * writes nothing: its DELETE finds no row and, under READ COMMITTED (relgraph's isolation on
 * MySQL and MariaDB), locks nothing. With only shared locks of its own, another request could
 * then make that very link and commit before this operation's later reads — and its payload
 * would show the link it had just removed. So a removal locks its end for update: the other
 * request's INSERT waits for that lock in its foreign-key check (on a Galera node the applier of
 * the other node's write aborts this transaction instead, which is rerun). The cluster test's
 * "every payload reflects its own write" caught it.
 */

/**
 * How `lockedEnd`'s row is locked: `update` when the flush will change it (it holds the link's
 * foreign key; a proxy's owner, whose association objects are written) or when the link is
 * removed (see above); `share` for an end of a `secondary` row that is linked, which must only
 * stay as it is until COMMIT. Shared, the links of one row are made side by side (the link rows'
 * own key keeps two writes of one link apart), as the foreign-key checks of their INSERTs lock
 * it anyway.
 */
export function lockedEndMode(relationship: MappedRelationship | MappedAssociationProxy, change: LinkChange): LockMode {
  return change === 'add' && relationship.kind === 'relationship' && linkHolder(relationship) === 'secondary' ? 'share' : 'update';
}

/**
 * How rows named as `relationship`'s targets (`connect`, `disconnect`, `set`) are read: `update`
 * when the link is their own foreign key (the flush will UPDATE them; a shared lock first would
 * deadlock two requests that both go on to change the row) or when the links are removed (see
 * above), `share` when they must only exist.
 */
export function targetLockMode(relationship: MappedRelationship, change: LinkChange): LockMode {
  return change === 'add' && linkHolder(relationship) !== 'target' ? 'share' : 'update';
}
