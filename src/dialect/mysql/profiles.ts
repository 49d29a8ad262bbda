/**
 * SQL profiles for servers that speak MySQL's protocol but not all of its SQL: TiDB and Vitess.
 * Neither runs in relgraph's test environment, so each profile holds relgraph to what the
 * engine's own documentation says (the sources are named below): capabilities turned off, so
 * that the renderer never writes what the engine rejects, and the constructs the suite checks
 * every rendered statement against (`test/integration/dialectProfiles.test.ts`).
 *
 * A profile only narrows: every statement it allows also runs on MariaDB and MySQL, which is how
 * the tests check that the answers stay the same.
 */
import type { DialectCapabilities } from '../Dialect.js';

export const dialectProfiles = ['mysql', 'tidb', 'vitess'] as const;
export type DialectProfile = (typeof dialectProfiles)[number];

/** A construct a profile's engine rejects, found in rendered SQL by `pattern`. */
export interface ForbiddenConstruct {
  readonly name: string;
  readonly pattern: RegExp;
  /** Why the engine rejects it, and where that is documented. */
  readonly why: string;
}

export interface ProfileRules {
  /** Capabilities the engine lacks, over what the server version would say. */
  readonly capabilities: Partial<DialectCapabilities>;
  readonly forbidden: readonly ForbiddenConstruct[];
}

const returning: ForbiddenConstruct = {
  name: 'INSERT … RETURNING',
  pattern: /\bRETURNING\b/i,
  why: "MariaDB's extension (10.5+); MySQL's grammar, which TiDB and Vitess follow, has no RETURNING.",
};

/**
 * Shared locks: TiDB parses `LOCK IN SHARE MODE` and `FOR SHARE` but implements them as no-ops,
 * and by default refuses them unless `tidb_enable_noop_functions` is on (docs.pingcap.com/tidb/stable,
 * "SELECT" and "System Variables"). The ends of a link are locked `FOR UPDATE` there instead.
 */
const sharedLock: ForbiddenConstruct = {
  name: 'shared locking read',
  pattern: /\bLOCK IN SHARE MODE\b|\bFOR SHARE\b/i,
  why: 'TiDB implements LOCK IN SHARE MODE and FOR SHARE as no-ops and refuses them unless tidb_enable_noop_functions is on.',
};

/**
 * Generated keys: relgraph reads a multi-row INSERT's keys as consecutive from the first one
 * only where the server promises it (InnoDB's `innodb_autoinc_lock_mode` 0 or 1). TiDB hands
 * out AUTO_INCREMENT values in batches per TiDB server: unique, monotonic per server, not
 * consecutive (docs.pingcap.com/tidb/stable/auto-increment). A sharded Vitess keyspace has no
 * AUTO_INCREMENT at all; its keys come from sequences (vitess.io, "Sequences"). Both get one
 * INSERT per row whose key the database generates.
 */
const unknownInsertIds: Partial<DialectCapabilities> = { consecutiveInsertIds: false, insertReturning: false };

const rules: Record<DialectProfile, ProfileRules> = {
  mysql: { capabilities: {}, forbidden: [] },
  tidb: {
    capabilities: { ...unknownInsertIds, sharedLocks: false },
    forbidden: [returning, sharedLock],
  },
  vitess: {
    // Pages per parent become a UNION ALL of one ordered, limited SELECT per parent.
    capabilities: { ...unknownInsertIds, windowFunctions: false },
    forbidden: [
      returning,
      {
        name: 'window function',
        pattern: /\bOVER\s*\(/i,
        why: 'Vitess plans window functions only when the whole query goes to one shard; over a sharded keyspace it answers VT12001 (unsupported: window functions are only supported for single-shard queries).',
      },
    ],
  },
};

export function profileRules(profile: DialectProfile): ProfileRules {
  if (!Object.hasOwn(rules, profile))
    throw new TypeError(`dialectProfile must be one of ${dialectProfiles.join(', ')}, but got ${JSON.stringify(profile)}.`);
  return rules[profile];
}

/**
 * The first construct of `sql` the profile's engine rejects, or `undefined`.
 *
 * @example
 * findForbidden('vitess', 'SELECT * FROM (SELECT ROW_NUMBER() OVER (PARTITION BY ...) ...)') // { name: 'window function', ... }
 * findForbidden('mysql', 'INSERT ... RETURNING `id`') // undefined
 */
export function findForbidden(profile: DialectProfile, sql: string): ForbiddenConstruct | undefined {
  return rules[profile].forbidden.find((construct) => construct.pattern.test(sql));
}
