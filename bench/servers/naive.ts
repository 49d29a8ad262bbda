/**
 * The N+1 baseline: graphql-js with resolvers that each run their own query, one per object,
 * as a first version written without batching would. Writes take one statement per row.
 */
import type { Pool } from 'mysql2/promise';
import { inTransaction, NotFound, run, select, type Row } from './database.js';
import { openPool } from './database.js';
import { createGraphqlListener, createSchema } from './graphqlFront.js';
import type { Implementation } from './Implementation.js';

interface Context {
  readonly pool: Pool;
}
type Args = Record<string, unknown>;
interface TagInput {
  readonly connect?: Array<{ id: number }>;
  readonly disconnect?: Array<{ id: number }>;
}
interface ParentInput {
  readonly name: string;
  readonly children?: { readonly create?: Array<{ name: string }> };
}

const parentColumns = 'id, name';
const childColumns = 'id, name, parent_id AS parentId';
const tagColumns = 'id, label';

const first = (rows: Row[]) => rows[0] ?? null;

export async function createNaiveImplementation(url: string): Promise<Implementation> {
  const pool = openPool(url);
  const schema = createSchema<Context>({
    Query: {
      parent: async (_: never, { id }: Args, { pool }: Context) =>
        first(await select(pool, `SELECT ${parentColumns} FROM parent WHERE id = ?`, [id])),
      parents: (_: never, args: Args, { pool }: Context) => select(pool, `SELECT ${parentColumns} FROM parent ORDER BY id${page(args)}`),
      children: (_: never, args: Args, { pool }: Context) => select(pool, `SELECT ${childColumns} FROM child ORDER BY id${page(args)}`),
      tags: (_: never, args: Args, { pool }: Context) => select(pool, `SELECT ${tagColumns} FROM tag ORDER BY id${page(args)}`),
    },
    Parent: {
      children: (parent: Row, args: Args, { pool }: Context) =>
        select(pool, `SELECT ${childColumns} FROM child WHERE parent_id = ? ORDER BY ${childOrder(args)}${page(args)}`, [parent['id']]),
      tags: (parent: Row, _: Args, { pool }: Context) =>
        select(pool, 'SELECT t.id, t.label FROM tag t JOIN parent_tag pt ON pt.tag_id = t.id WHERE pt.parent_id = ? ORDER BY t.id', [
          parent['id'],
        ]),
      associations: (parent: Row, _: Args, { pool }: Context) =>
        select(
          pool,
          'SELECT parent_id AS parentId, child_id AS childId, extra_data AS extraData FROM association WHERE parent_id = ? ORDER BY child_id',
          [parent['id']],
        ),
      // The page and one row more (hasNextPage) per parent; totalCount counts only when asked.
      childrenConnection: async (parent: Row, args: Args, { pool }: Context) => {
        const size = pageSize(args['first']);
        const rows = await select(pool, `SELECT ${childColumns} FROM child WHERE parent_id = ? ORDER BY id LIMIT ${size + 1}`, [
          parent['id'],
        ]);
        return { parentId: parent['id'], nodes: rows.slice(0, size), pageInfo: { hasNextPage: rows.length > size } };
      },
      tagsAggregate: async (parent: Row, _: Args, { pool }: Context) =>
        first(await select(pool, 'SELECT COUNT(*) AS count FROM parent_tag WHERE parent_id = ?', [parent['id']])),
    },
    ChildConnection: {
      totalCount: async (connection: Row, _: Args, { pool }: Context) =>
        first(await select(pool, 'SELECT COUNT(*) AS n FROM child WHERE parent_id = ?', [connection['parentId']]))?.['n'],
    },
    Child: {
      parent: async (child: Row, _: Args, { pool }: Context) =>
        first(await select(pool, `SELECT ${parentColumns} FROM parent WHERE id = ?`, [child['parentId']])),
    },
    Tag: {
      parents: (tag: Row, _: Args, { pool }: Context) =>
        select(pool, 'SELECT p.id, p.name FROM parent p JOIN parent_tag pt ON pt.parent_id = p.id WHERE pt.tag_id = ? ORDER BY p.id', [
          tag['id'],
        ]),
    },
    Association: {
      child: async (association: Row, _: Args, { pool }: Context) =>
        first(await select(pool, `SELECT ${childColumns} FROM child WHERE id = ?`, [association['childId']])),
      parent: async (association: Row, _: Args, { pool }: Context) =>
        first(await select(pool, `SELECT ${parentColumns} FROM parent WHERE id = ?`, [association['parentId']])),
    },
    Mutation: {
      // One INSERT per row; the payload's children are read back by Parent.children.
      createParent: (_: never, { input }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const { name, children } = input as ParentInput;
          const { insertId: id } = await run(tx, 'INSERT INTO parent (name) VALUES (?)', [name]);
          for (const child of children?.create ?? []) await run(tx, 'INSERT INTO child (name, parent_id) VALUES (?, ?)', [child.name, id]);
          return { id, name };
        }),
      updateParent: (_: never, { id, input }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const parent = await mustFind(tx, 'parent', parentColumns, id);
          const tags = (input as { tags?: TagInput }).tags ?? {};
          for (const { id: tagId } of tags.connect ?? []) {
            await mustFind(tx, 'tag', tagColumns, tagId);
            await run(tx, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE parent_id = parent_id', [
              id,
              tagId,
            ]);
          }
          for (const { id: tagId } of tags.disconnect ?? []) {
            await run(tx, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id = ?', [id, tagId]);
          }
          return parent;
        }),
      addParentTag: (_: never, { id, tagId }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const parent = await mustFind(tx, 'parent', parentColumns, id);
          await mustFind(tx, 'tag', tagColumns, tagId);
          await run(tx, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE parent_id = parent_id', [
            id,
            tagId,
          ]);
          return parent;
        }),
      removeParentTag: (_: never, { id, tagId }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const parent = await mustFind(tx, 'parent', parentColumns, id);
          await run(tx, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id = ?', [id, tagId]);
          return parent;
        }),
    },
  });
  return { handler: createGraphqlListener(schema, () => ({ pool })), close: () => pool.end() };
}

async function mustFind(db: Parameters<typeof select>[0], table: string, columns: string, id: unknown): Promise<Row> {
  const row = first(await select(db, `SELECT ${columns} FROM ${table} WHERE id = ?`, [id]));
  if (!row) throw new NotFound(`${table} with id ${String(id)} was not found.`);
  return row;
}

/** ` LIMIT n OFFSET m` from validated Int arguments (numbers only, so safe to inline). */
export function page(args: Args): string {
  const limit = typeof args['limit'] === 'number' ? args['limit'] : undefined;
  const offset = typeof args['offset'] === 'number' ? args['offset'] : 0;
  if (limit === undefined && offset === 0) return '';
  return ` LIMIT ${limit ?? '18446744073709551615'} OFFSET ${offset}`;
}

/** `first:` of a connection as relgraph takes it: 100 when absent, 0 to 1,000. */
export function pageSize(first: unknown): number {
  if (first === undefined || first === null) return 100;
  if (typeof first !== 'number' || first < 0 || first > 1000)
    throw new RangeError(`first must be between 0 and 1000, but got ${String(first)}.`);
  return first;
}

const childColumnNames: Record<string, string> = { id: 'id', name: 'name', parentId: 'parent_id' };

/** `ORDER BY` terms for `Parent.children(orderBy:)`; the primary key ascending by default. */
export function childOrder(args: Args): string {
  const terms = ((args['orderBy'] as Array<Record<string, string>> | undefined) ?? []).flatMap((entry) =>
    Object.entries(entry).map(([field, direction]) => `${childColumnNames[field]} ${direction === 'DESC' ? 'DESC' : 'ASC'}`),
  );
  return terms.length > 0 ? terms.join(', ') : 'id';
}
