/**
 * The benchmark's fixed data set: the DDL (InnoDB, real foreign keys and indexes) and rows that
 * are a pure function of their ids, so every run and every implementation sees the same data.
 *
 * - `parent` 2,000 rows; `child` 20,000 rows, 10 per parent, interleaved: child `c` belongs to
 *   parent `(c - 1) % 2000 + 1`, so the first 200 children have 200 different parents (W1).
 * - `tag` 200 rows, plus 1,000 tags (ids 1001–2000) that nothing links: M1 links them all to one
 *   parent and unlinks them again.
 * - `parent_tag` 10,000 rows: parent `p` has the 5 tags `(p - 1) % 40 + 40 j + 1`, so each of the
 *   200 tags has 50 parents, and tags 1–20 reach 1,000 different parents (W3).
 * - `association` 40,000 rows: parent `p` is linked to the 20 children `(p - 1 + 1009 k) % 20000 + 1`
 *   (k = 0..19), with `extra_data` `"x<p>-<c>"`.
 */
import type { Connection } from 'mysql2/promise';

export const sizes = { parents: 2000, childrenPerParent: 10, tags: 200, tagsPerParent: 5, associationsPerParent: 20 } as const;

/** M1: the parent that gets 1,000 tags, and the tags (not linked to anything by the seed). */
export const m1 = { parentId: 2000, tagIds: Array.from({ length: 1000 }, (_, i) => 1001 + i) } as const;

/**
 * M2: 50 links that the seed does not hold (parents 1–10 have tags whose `(t - 1) % 40` is 0–9;
 * tags 196–200 have 35–39). Sixteen clients add and remove them at random.
 */
export const m2Links: ReadonlyArray<readonly [parentId: number, tagId: number]> = Array.from(
  { length: 50 },
  (_, i) => [1 + (i % 10), 196 + Math.floor(i / 10)] as const,
);

export const ddl: readonly string[] = [
  `CREATE TABLE parent (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE child (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL,
    parent_id INT NOT NULL,
    PRIMARY KEY (id),
    KEY ix_child_parent_id (parent_id),
    CONSTRAINT fk_child_parent_id FOREIGN KEY (parent_id) REFERENCES parent (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE tag (
    id INT NOT NULL AUTO_INCREMENT,
    label VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE parent_tag (
    parent_id INT NOT NULL,
    tag_id INT NOT NULL,
    PRIMARY KEY (parent_id, tag_id),
    KEY ix_parent_tag_tag_id (tag_id),
    CONSTRAINT fk_parent_tag_parent_id FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT fk_parent_tag_tag_id FOREIGN KEY (tag_id) REFERENCES tag (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE association (
    parent_id INT NOT NULL,
    child_id INT NOT NULL,
    extra_data VARCHAR(50),
    PRIMARY KEY (parent_id, child_id),
    KEY ix_association_child_id (child_id),
    CONSTRAINT fk_association_parent_id FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT fk_association_child_id FOREIGN KEY (child_id) REFERENCES child (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
];

type Value = number | string;

/** Every row of the data set, table by table, in insertion order (parents before what refers to them). */
export function rows(): Array<{ table: string; columns: readonly string[]; rows: Value[][] }> {
  const parents: Value[][] = [];
  const children: Value[][] = [];
  const tags: Value[][] = [];
  const parentTags: Value[][] = [];
  const associations: Value[][] = [];
  const childCount = sizes.parents * sizes.childrenPerParent;
  for (let p = 1; p <= sizes.parents; p++) parents.push([p, `parent-${p}`]);
  for (let c = 1; c <= childCount; c++) children.push([c, `child-${c}`, ((c - 1) % sizes.parents) + 1]);
  for (let t = 1; t <= sizes.tags; t++) tags.push([t, `tag-${t}`]);
  for (const t of m1.tagIds) tags.push([t, `m1-tag-${t}`]);
  const stride = sizes.tags / sizes.tagsPerParent;
  for (let p = 1; p <= sizes.parents; p++) {
    for (let j = 0; j < sizes.tagsPerParent; j++) parentTags.push([p, ((p - 1) % stride) + stride * j + 1]);
    for (let k = 0; k < sizes.associationsPerParent; k++) {
      const c = ((p - 1 + 1009 * k) % childCount) + 1;
      associations.push([p, c, `x${p}-${c}`]);
    }
  }
  return [
    { table: 'parent', columns: ['id', 'name'], rows: parents },
    { table: 'child', columns: ['id', 'name', 'parent_id'], rows: children },
    { table: 'tag', columns: ['id', 'label'], rows: tags },
    { table: 'parent_tag', columns: ['parent_id', 'tag_id'], rows: parentTags },
    { table: 'association', columns: ['parent_id', 'child_id', 'extra_data'], rows: associations },
  ];
}

/** Creates the tables in `connection`'s current database and loads every row, 2,000 per INSERT. */
export async function loadDataset(connection: Connection): Promise<Record<string, number>> {
  for (const statement of ddl) await connection.query(statement);
  const counts: Record<string, number> = {};
  for (const { table, columns, rows: tableRows } of rows()) {
    for (let i = 0; i < tableRows.length; i += 2000) {
      await connection.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [tableRows.slice(i, i + 2000)]);
    }
    counts[table] = tableRows.length;
  }
  await connection.query('ANALYZE TABLE parent, child, tag, parent_tag, association');
  return counts;
}
