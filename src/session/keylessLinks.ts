/**
 * Links written into a `secondary` table that has no primary key or unique index over its link
 * columns (`checkLinkTables` reports such tables; the user passes them on as
 * `keylessLinkTables`). There the INSERT that skips an existing link has no key to meet, so the
 * session keeps each link once itself, inside the flush's transaction: it locks one row per
 * link, reads which of the links exist, and inserts only the others.
 */
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedRelationship, Mapping } from '../mapper/index.js';
import { linkAlias, lockRows, selectExistingLinks } from '../sql/flushSelects.js';
import { chunk } from '../util/chunk.js';
import { didYouMean } from '../util/didYouMean.js';
import { identityKey } from './IdentityMap.js';
import { lockedEnd } from './lockOrder.js';
import type { InstanceState } from './InstanceState.js';

/** A link about to be inserted: its two ends, and its row of the secondary in column order. */
export interface LinkRow {
  readonly owner: InstanceState;
  readonly target: InstanceState;
  readonly values: readonly unknown[];
}

interface Target {
  readonly executor: Executor;
  readonly dialect: Dialect;
}

/**
 * The `keylessLinkTables` option as a set of table names, each a `secondary` table of the
 * mapping. It takes the names, or `checkLinkTables`' report as it is.
 *
 * @example
 * getValidKeylessLinkTables(mapping, await checkLinkTables(mapping, driver)) // Set { 'association' }
 * getValidKeylessLinkTables(mapping, ['assocation'])
 * // TypeError: keylessLinkTables names "assocation", which no relationship uses as its secondary. Did you mean "association"?
 */
export function getValidKeylessLinkTables(
  mapping: Mapping,
  value: Iterable<string | { readonly table: string }> | undefined,
): ReadonlySet<string> {
  if (value === undefined) return new Set();
  if (typeof value !== 'object' || value === null || typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`keylessLinkTables expects a list of table names (or what checkLinkTables returns), but got: ${String(value)}.`);
  }
  const secondary = secondaryTableNames(mapping);
  const names = new Set<string>();
  for (const item of value) {
    const name = typeof item === 'string' ? item : typeof item === 'object' && item !== null ? item.table : undefined;
    if (typeof name !== 'string') {
      throw new TypeError(`keylessLinkTables expects table names (or what checkLinkTables returns), but got the item: ${String(item)}.`);
    }
    if (!secondary.includes(name)) {
      const known =
        secondary.length > 0
          ? ` The secondary tables are ${secondary.map((n) => `"${n}"`).join(', ')}.`
          : ' The mapping has no secondary table.';
      throw new TypeError(
        `keylessLinkTables names "${name}", which no relationship uses as its secondary.${didYouMean(name, secondary) || known}`,
      );
    }
    names.add(name);
  }
  return names;
}

// Every session checks its option (the server's is the same set each time): the mapping is
// frozen, so its secondary tables are listed once, not once per mutation.
const secondaryNames = new WeakMap<Mapping, readonly string[]>();

function secondaryTableNames(mapping: Mapping): readonly string[] {
  let names = secondaryNames.get(mapping);
  if (!names) {
    names = mapping.tables.filter((table) => table.isSecondary).map((table) => table.name);
    secondaryNames.set(mapping, names);
  }
  return names;
}

/**
 * Of `links` (no two alike), those not yet in the secondary table, after locking them against
 * every other writer of the same links. Two statements (one when every locked end is a row the
 * flush inserted; more only past the parameter limit):
 *
 * 1. `SELECT ... FROM <end> WHERE id IN (...) FOR UPDATE`: one row per link, its locked end
 *    (`lockOrder.ts`). Every transaction about to write a link takes this lock first, from
 *    either side of the relationship, so two adds of one link run one after the other. Rows the
 *    flush itself inserted are left out: a new row holds its lock until COMMIT already. SQLite
 *    has no row locks and needs none: its write transactions begin with `BEGIN IMMEDIATE` and
 *    run one at a time.
 * 2. `SELECT left_id, right_id FROM association WHERE (left_id = ? AND right_id IN (...)) OR ...`:
 *    which links exist. Not a locking read: MySQL sessions run at READ COMMITTED (the driver
 *    sets it), so this read, made once the lock is held, sees every link committed by a writer
 *    that held the lock before.
 *
 * Deletes need neither: `DELETE ... WHERE` removes every copy of a link, and a link deleted
 * while another transaction checks for it is found either way (the check reads the last
 * committed state, in which it is still there, and the add then orders before the delete).
 *
 * @example
 * // addParentChild(id: 1, childId: 7) on a keyless association (Child < Parent: child 7 is the locked end)
 * // SELECT t0.id, t0.name, ... FROM right AS t0 WHERE t0.id IN (?) FOR UPDATE      (sqlite: no FOR UPDATE)
 * // SELECT t0.left_id AS l0, t0.right_id AS l1 FROM association AS t0 WHERE (t0.left_id = ? AND t0.right_id IN (?))
 * // INSERT INTO association (left_id, right_id) VALUES (?, ?) ...                   (only when it was missing)
 */
export async function missingLinks(
  relationship: MappedRelationship,
  columns: readonly TableColumn[],
  links: readonly LinkRow[],
  target: Target,
): Promise<LinkRow[]> {
  if (links.length === 0) return [];
  await lockLinkEnds(relationship, links, target);
  const existing = new Set<string>();
  // IN lists are padded to a power of two, group by group: room for four times the values.
  for (const part of chunk(links, perStatement(target, 4 * columns.length))) {
    const statement = selectExistingLinks(
      relationship.secondary!,
      columns,
      part.map((link) => link.values),
    );
    const { rows } = await target.executor.execute(target.dialect.render(statement));
    for (const row of rows) existing.add(identityKey(columns.map((column, i) => target.dialect.decode(column.type, row[linkAlias(i)]))));
  }
  return links.filter((link) => !existing.has(identityKey(link.values)));
}

/** Locks the locked end of each link (one model: both ends of a pair share the rule), in key order. */
async function lockLinkEnds(relationship: MappedRelationship, links: readonly LinkRow[], target: Target): Promise<void> {
  const ends = new Map<string, InstanceState>();
  for (const link of links) {
    // The end the link mutations lock too (`lockOrder.ts`): for them the lock is held already.
    const end = lockedEnd(relationship, link.owner.key('current'), link.target.key('current')) === 0 ? link.owner : link.target;
    if (end.status !== 'pending') ends.set(identityKey(end.key('current')), end);
  }
  if (ends.size === 0) return;
  const model = ends.values().next().value!.model;
  // Sorted, so that two transactions whose locks need more than one statement take them in one order.
  const keys = [...ends.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, end]) => end.key('current'));
  for (const part of chunk(keys, perStatement(target, 2 * model.primaryKey.length))) {
    await target.executor.execute(target.dialect.render(lockRows(model, part)));
  }
}

function perStatement(target: Target, parameters: number): number {
  return Math.max(1, Math.floor(target.dialect.capabilities.maxBindParameters / Math.max(1, parameters)));
}
