/**
 * The floor: no GraphQL. It recognises each workload's document by its text and answers it with
 * the least SQL a person would write by hand (only the columns the response needs; a JOIN for
 * each many-to-one; one `IN (...)` statement per list level, sent in parallel when independent),
 * building the same JSON. Counts are `GROUP BY` statements over the same keys (W6). Writes are
 * one statement in autocommit (M1, M2), or a transaction of two INSERTs (M3).
 */
import type { Pool } from 'mysql2/promise';
import { m1Link, m1Unlink, m2Add, m2Remove, m3Create, readWorkloads } from '../workloads.js';
import { groupBy, inTransaction, insertChildren, openPool, run, select, type Row } from './database.js';
import { readGraphqlBody, sendError, sendJson } from './http.js';
import type { Implementation } from './Implementation.js';

/** Answers one document: the `data` of its response. */
export type Answer = (pool: Pool, variables: Record<string, unknown>) => Promise<unknown>;

const distinct = (values: unknown[]) => [...new Set(values)];
const ids = (rows: readonly Row[], key = 'id') => rows.map((row) => row[key]);

const reads: Record<string, Answer> = {
  async W1(pool) {
    // STRAIGHT_JOIN: left to itself, MariaDB 10.11 scans parent first and sorts all 20,000 joined rows (21 ms instead of 0.5 ms).
    const rows = await select(
      pool,
      'SELECT c.id, c.name, p.id AS pid, p.name AS pname FROM child c STRAIGHT_JOIN parent p ON p.id = c.parent_id ORDER BY c.id LIMIT 200',
    );
    return { children: rows.map((r) => ({ id: r['id'], name: r['name'], parent: { id: r['pid'], name: r['pname'] } })) };
  },
  async W2(pool) {
    const parents = await select(pool, 'SELECT id, name FROM parent ORDER BY id LIMIT 50');
    const keys = ids(parents);
    const [children, tags, associations] = await Promise.all([
      select(pool, 'SELECT id, name, parent_id FROM child WHERE parent_id IN (?) ORDER BY parent_id, id', [keys]),
      select(
        pool,
        'SELECT pt.parent_id, t.id, t.label FROM parent_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.parent_id IN (?) ORDER BY pt.parent_id, t.id',
        [keys],
      ),
      select(
        pool,
        'SELECT a.parent_id, a.extra_data, c.id, c.name FROM association a JOIN child c ON c.id = a.child_id WHERE a.parent_id IN (?) ORDER BY a.parent_id, a.child_id',
        [keys],
      ),
    ]);
    const childrenOf = groupBy(keys, children, 'parent_id');
    const tagsOf = groupBy(keys, tags, 'parent_id');
    const associationsOf = groupBy(keys, associations, 'parent_id');
    return {
      parents: parents.map((p, i) => ({
        id: p['id'],
        name: p['name'],
        children: childrenOf[i]!.map((c) => ({ id: c['id'], name: c['name'] })),
        tags: tagsOf[i]!.map((t) => ({ id: t['id'], label: t['label'] })),
        associations: associationsOf[i]!.map((a) => ({ extraData: a['extra_data'], child: { id: a['id'], name: a['name'] } })),
      })),
    };
  },
  async W3(pool) {
    const tags = await select(pool, 'SELECT id, label FROM tag ORDER BY id LIMIT 20');
    const tagIds = ids(tags);
    const parents = await select(
      pool,
      'SELECT pt.tag_id, p.id, p.name FROM parent_tag pt JOIN parent p ON p.id = pt.parent_id WHERE pt.tag_id IN (?) ORDER BY pt.tag_id, p.id',
      [tagIds],
    );
    const parentIds = distinct(ids(parents));
    const children = await select(pool, 'SELECT id, parent_id FROM child WHERE parent_id IN (?) ORDER BY parent_id, id', [parentIds]);
    const childrenOf = new Map(
      groupBy(parentIds, children, 'parent_id').map((group, i) => [parentIds[i], group.map((c) => ({ id: c['id'] }))]),
    );
    const parentsOf = groupBy(tagIds, parents, 'tag_id');
    return {
      tags: tags.map((t, i) => ({
        id: t['id'],
        label: t['label'],
        parents: parentsOf[i]!.map((p) => ({ id: p['id'], name: p['name'], children: childrenOf.get(p['id']) })),
      })),
    };
  },
  async W4(pool) {
    const [parents, children] = await Promise.all([
      select(pool, 'SELECT id, name FROM parent WHERE id = ?', [777]),
      select(pool, 'SELECT id FROM child WHERE parent_id = ? ORDER BY id', [777]),
    ]);
    const parent = parents[0];
    return { parent: parent ? { id: parent['id'], name: parent['name'], children: children.map((c) => ({ id: c['id'] })) } : null };
  },
  async W5(pool) {
    const parents = await select(pool, 'SELECT id FROM parent ORDER BY id LIMIT 100');
    const keys = ids(parents);
    const children = await select(
      pool,
      `SELECT id, parent_id FROM (SELECT id, parent_id, ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY id DESC) AS rn
      FROM child WHERE parent_id IN (?)) AS paged WHERE rn <= 3 ORDER BY parent_id, rn`,
      [keys],
    );
    const childrenOf = groupBy(keys, children, 'parent_id');
    return { parents: parents.map((p, i) => ({ id: p['id'], children: childrenOf[i]!.map((c) => ({ id: c['id'] })) })) };
  },
  async W6(pool) {
    const first = 3;
    const parents = await select(pool, 'SELECT id FROM parent ORDER BY id LIMIT 100');
    const keys = ids(parents);
    // One row past the page tells hasNextPage; COUNT(*) comes back from mysql2 as a number.
    const [children, childCounts, tagCounts] = await Promise.all([
      select(
        pool,
        `SELECT id, name, parent_id FROM (SELECT id, name, parent_id, ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY id) AS rn
        FROM child WHERE parent_id IN (?)) AS paged WHERE rn <= ${first + 1} ORDER BY parent_id, rn`,
        [keys],
      ),
      select(pool, 'SELECT parent_id, COUNT(*) AS n FROM child WHERE parent_id IN (?) GROUP BY parent_id', [keys]),
      select(pool, 'SELECT parent_id, COUNT(*) AS n FROM parent_tag WHERE parent_id IN (?) GROUP BY parent_id', [keys]),
    ]);
    const childrenOf = groupBy(keys, children, 'parent_id');
    const count = (rows: readonly Row[]) => new Map(rows.map((r) => [r['parent_id'], r['n']]));
    const childCount = count(childCounts);
    const tagCount = count(tagCounts);
    return {
      parents: parents.map((p, i) => ({
        id: p['id'],
        childrenConnection: {
          nodes: childrenOf[i]!.slice(0, first).map((c) => ({ id: c['id'], name: c['name'] })),
          pageInfo: { hasNextPage: childrenOf[i]!.length > first },
          totalCount: childCount.get(p['id']) ?? 0,
        },
        tagsAggregate: { count: tagCount.get(p['id']) ?? 0 },
      })),
    };
  },
};

/** A foreign-key failure (1452) of a link INSERT means the parent or the tag does not exist. */
const isMissingReference = (error: unknown) => (error as { errno?: number }).errno === 1452;

const answers = new Map<string, Answer>([
  ...readWorkloads.map((w) => [w.query, reads[w.id]!] as const),
  // One multi-row INSERT in autocommit: atomic, and the foreign keys check both ends.
  [
    m1Link,
    async (pool, { id, tags }) => {
      await run(pool, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES ? ON DUPLICATE KEY UPDATE parent_id = parent_id', [
        tagIds(tags).map((t) => [id, t]),
      ]);
      return { updateParent: { id } };
    },
  ],
  [
    m1Unlink,
    async (pool, { id, tags }) => {
      const { affectedRows } = await run(pool, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id IN (?)', [id, tagIds(tags)]);
      if (affectedRows === 0) await mustExist(pool, id);
      return { updateParent: { id } };
    },
  ],
  [
    m2Add,
    async (pool, { id, tagId }) => {
      await run(pool, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE parent_id = parent_id', [
        id,
        tagId,
      ]);
      return { addParentTag: { id } };
    },
  ],
  [
    m2Remove,
    async (pool, { id, tagId }) => {
      const { affectedRows } = await run(pool, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id = ?', [id, tagId]);
      if (affectedRows === 0) await mustExist(pool, id);
      return { removeParentTag: { id } };
    },
  ],
  // Two INSERTs in one transaction: the parent, then its children in one statement, their ids
  // from the INSERT's header. The answer is built from what was written; nothing is read back.
  [
    m3Create,
    (pool, { name, children }) =>
      inTransaction(pool, async (tx) => {
        const { insertId: id } = await run(tx, 'INSERT INTO parent (name) VALUES (?)', [name]);
        const created = await insertChildren(
          tx,
          id,
          (children as Array<{ name: string }>).map((child) => child.name),
        );
        return { createParent: { id, name, children: created } };
      }),
  ],
]);

/** raw's answer to one of the benchmark's documents (for `inProcessWrites.ts`, which runs it without HTTP). */
export const rawAnswer = (query: string): Answer | undefined => answers.get(query);

const tagIds = (keys: unknown) => (keys as Array<{ id: number }>).map((key) => key.id);

async function mustExist(pool: Pool, id: unknown): Promise<void> {
  if ((await select(pool, 'SELECT 1 FROM parent WHERE id = ?', [id])).length === 0)
    throw new Error(`Parent with id ${String(id)} was not found.`);
}

export async function createRawImplementation(url: string): Promise<Implementation> {
  const pool = openPool(url);
  const handler: Implementation['handler'] = (request, response) => {
    void (async () => {
      const body = await readGraphqlBody(request);
      const answer = answers.get(body.query);
      if (!answer) {
        sendError(response, new Error("The raw endpoint answers only the benchmark's documents."), 400);
        return;
      }
      try {
        sendJson(response, 200, JSON.stringify({ data: await answer(pool, body.variables ?? {}) }));
      } catch (error) {
        sendError(response, isMissingReference(error) ? new Error('A parent or tag was not found.') : error);
      }
    })().catch((error: unknown) => sendError(response, error, 400));
  };
  return { handler, close: () => pool.end() };
}
