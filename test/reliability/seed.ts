/**
 * The seed of §4.1 (50 parents, 500 children, 50 tags, a fixed set of links) and the state
 * readers every tier compares against: checksums, child → parent, and the link set.
 */
import type { Database } from './harness.js';

export const PARENTS = 50;
export const CHILDREN = 500;
export const TAGS = 50;

/** Child `c`'s parent in the seed: the first 400 are spread over the parents, the rest have none. */
export const seedParentOf = (c: number): number | null => (c <= 400 ? ((c - 1) % PARENTS) + 1 : null);
export const seedLinked = (p: number, t: number): boolean => (p * 7 + t) % 11 === 0;

export async function seedData(db: Database, schema: string): Promise<void> {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  await db.root.query(`INSERT INTO ${schema}.parent (id, name, owner) VALUES ?`, [range(PARENTS).map((p) => [p, `p${p}`, `u${p % 5}`])]);
  await db.root.query(`INSERT INTO ${schema}.tag (id, label) VALUES ?`, [range(TAGS).map((t) => [t, `t${t}`])]);
  await db.root.query(`INSERT INTO ${schema}.child (id, name, secret, parent_id) VALUES ?`, [
    range(CHILDREN).map((c) => [c, `c${c}`, c % 10 === 0 ? 1 : 0, seedParentOf(c)]),
  ]);
  const links = range(PARENTS).flatMap((p) =>
    range(TAGS)
      .filter((t) => seedLinked(p, t))
      .map((t) => [p, t]),
  );
  await db.root.query(`INSERT INTO ${schema}.parent_tag (parent_id, tag_id) VALUES ?`, [links]);
}

/** `CHECKSUM TABLE` of the four tables: equal before and after means nothing was written. */
export async function checksum(db: Database, schema: string): Promise<string> {
  const rows = await db.rows<{ Table: string; Checksum: number }>(
    `CHECKSUM TABLE ${schema}.parent, ${schema}.child, ${schema}.tag, ${schema}.parent_tag`,
  );
  return rows.map((r) => `${r.Table.split('.')[1]}=${r.Checksum}`).join(' ');
}

export async function childParents(db: Database, schema: string): Promise<Map<number, number | null>> {
  const rows = await db.rows<{ id: number; parent_id: number | null }>(`SELECT id, parent_id FROM ${schema}.child`);
  return new Map(rows.map((r) => [Number(r.id), r.parent_id === null ? null : Number(r.parent_id)]));
}

export async function linkSet(db: Database, schema: string): Promise<Set<string>> {
  const rows = await db.rows<{ parent_id: number; tag_id: number }>(`SELECT parent_id, tag_id FROM ${schema}.parent_tag`);
  return new Set(rows.map((r) => `${r.parent_id}:${r.tag_id}`));
}

/** `parent_tag` rows that appear more than once (§4.1 assertion 3). */
export async function duplicateLinks(db: Database, schema: string): Promise<Array<{ parent_id: number; tag_id: number; n: number }>> {
  return db.rows(`SELECT parent_id, tag_id, COUNT(*) AS n FROM ${schema}.parent_tag GROUP BY 1, 2 HAVING COUNT(*) > 1`);
}

/** §4.1 assertion 4: dangling references, in both directions. */
export async function danglingReferences(db: Database, schema: string): Promise<number> {
  const [row] = await db.rows<{ n: number }>(`SELECT
      (SELECT COUNT(*) FROM ${schema}.child c LEFT JOIN ${schema}.parent p ON p.id = c.parent_id WHERE c.parent_id IS NOT NULL AND p.id IS NULL)
    + (SELECT COUNT(*) FROM ${schema}.parent_tag l LEFT JOIN ${schema}.parent p ON p.id = l.parent_id LEFT JOIN ${schema}.tag t ON t.id = l.tag_id WHERE p.id IS NULL OR t.id IS NULL) AS n`);
  return Number(row?.n ?? 0);
}
