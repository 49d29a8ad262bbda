/**
 * The hand-written baseline: graphql-js with per-request DataLoaders, one `IN (...)` query per
 * relationship and level (a `GROUP BY` for each count), rows primed into the by-id loaders, and
 * set-based writes: what a careful engineer writes by hand without a generator.
 */
import DataLoader from 'dataloader';
import type { Pool } from 'mysql2/promise';
import { groupBy, inTransaction, insertChildren, NotFound, openPool, run, select, type Queryable, type Row } from './database.js';
import { createGraphqlListener, createSchema } from './graphqlFront.js';
import type { Implementation } from './Implementation.js';
import { childOrder, page, pageSize } from './naive.js';

type Args = Record<string, unknown>;
interface TagInput {
  readonly connect?: Array<{ id: number }>;
  readonly disconnect?: Array<{ id: number }>;
}
interface ParentInput {
  readonly name: string;
  readonly children?: { readonly create?: Array<{ name: string }> };
}

const childColumns = 'id, name, parent_id AS parentId';

/** The loaders of one request. */
class Loaders {
  readonly parent: DataLoader<unknown, Row | null>;
  readonly child: DataLoader<unknown, Row | null>;
  readonly tagsOf: DataLoader<unknown, Row[]>;
  readonly parentsOf: DataLoader<unknown, Row[]>;
  readonly associationsOf: DataLoader<unknown, Row[]>;
  /** `COUNT(*)` per parent, one `GROUP BY` statement per batch: a connection's totalCount, an aggregate's count. */
  readonly childCount: DataLoader<unknown, number>;
  readonly tagCount: DataLoader<unknown, number>;
  readonly #childrenOf = new Map<string, DataLoader<unknown, Row[]>>();
  readonly #db: Queryable;

  constructor(db: Queryable) {
    this.#db = db;
    this.parent = new DataLoader((ids) => this.#byId('parent', 'id, name', ids));
    this.child = new DataLoader((ids) => this.#byId('child', childColumns, ids));
    this.tagsOf = new DataLoader(async (ids) =>
      groupBy(
        ids,
        await select(
          db,
          'SELECT pt.parent_id AS ownerId, t.id, t.label FROM parent_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.parent_id IN (?) ORDER BY t.id',
          [ids],
        ),
        'ownerId',
      ),
    );
    this.parentsOf = new DataLoader(async (ids) => {
      const rows = await select(
        db,
        'SELECT pt.tag_id AS ownerId, p.id, p.name FROM parent_tag pt JOIN parent p ON p.id = pt.parent_id WHERE pt.tag_id IN (?) ORDER BY p.id',
        [ids],
      );
      this.#prime(this.parent, rows);
      return groupBy(ids, rows, 'ownerId');
    });
    this.associationsOf = new DataLoader(async (ids) =>
      groupBy(
        ids,
        await select(
          db,
          'SELECT parent_id AS parentId, child_id AS childId, extra_data AS extraData FROM association WHERE parent_id IN (?) ORDER BY parent_id, child_id',
          [ids],
        ),
        'parentId',
      ),
    );
    this.childCount = new DataLoader((ids) => this.#countBy('child', ids));
    this.tagCount = new DataLoader((ids) => this.#countBy('parent_tag', ids));
  }

  /** Children per parent, one loader per distinct page and order; pages use ROW_NUMBER() per parent. */
  childrenOf(args: Args): DataLoader<unknown, Row[]> {
    const key = JSON.stringify(args);
    let loader = this.#childrenOf.get(key);
    if (!loader) {
      const order = childOrder(args);
      const limit = typeof args['limit'] === 'number' ? args['limit'] : undefined;
      const offset = typeof args['offset'] === 'number' ? args['offset'] : 0;
      const sql =
        limit === undefined && offset === 0
          ? `SELECT ${childColumns} FROM child WHERE parent_id IN (?) ORDER BY parent_id, ${order}`
          : `SELECT id, name, parentId FROM (SELECT ${childColumns}, ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY ${order}) AS rn
           FROM child WHERE parent_id IN (?)) AS paged WHERE rn > ${offset}${limit === undefined ? '' : ` AND rn <= ${offset + limit}`} ORDER BY parentId, rn`;
      loader = new DataLoader(async (ids) => {
        const rows = await select(this.#db, sql, [ids]);
        this.#prime(this.child, rows);
        return groupBy(ids, rows, 'parentId');
      });
      this.#childrenOf.set(key, loader);
    }
    return loader;
  }

  /**
   * Rows written by this request, primed as a parent's children (unpaged, default order) and by
   * id: the payload of a create is answered from them, not read back.
   */
  primeChildren(parentId: unknown, children: readonly Row[]): void {
    this.childrenOf({}).prime(parentId, [...children]);
    this.#prime(this.child, children);
  }

  /** Rows listed at the root, primed so that later lookups by id reuse them. */
  list(table: 'parent' | 'child' | 'tag', columns: string, args: Args): Promise<Row[]> {
    return select(this.#db, `SELECT ${columns} FROM ${table} ORDER BY id${page(args)}`).then((rows) => {
      if (table === 'parent') this.#prime(this.parent, rows);
      if (table === 'child') this.#prime(this.child, rows);
      return rows;
    });
  }

  /** Rows of `table` per `parent_id` in `ids`, 0 for a parent with none. */
  async #countBy(table: 'child' | 'parent_tag', ids: readonly unknown[]): Promise<number[]> {
    const rows = await select(
      this.#db,
      `SELECT parent_id AS ownerId, COUNT(*) AS n FROM ${table} WHERE parent_id IN (?) GROUP BY parent_id`,
      [ids],
    );
    const counts = new Map(rows.map((row) => [row['ownerId'], Number(row['n'])]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  async #byId(table: string, columns: string, ids: readonly unknown[]): Promise<Array<Row | null>> {
    const rows = await select(this.#db, `SELECT ${columns} FROM ${table} WHERE id IN (?)`, [ids]);
    const byId = new Map(rows.map((row) => [row['id'], row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  #prime(loader: DataLoader<unknown, Row | null>, rows: readonly Row[]): void {
    for (const row of rows) loader.prime(row['id'], row);
  }
}

interface Context {
  readonly pool: Pool;
  readonly loaders: Loaders;
}

/** What `Parent.childrenConnection` resolves to: the fields below it load the page and the count. */
interface ChildPage {
  readonly parentId: unknown;
  readonly first: number;
}

export async function createDataloaderImplementation(url: string): Promise<Implementation> {
  const pool = openPool(url);
  const schema = createSchema<Context>({
    Query: {
      parent: (_: never, { id }: Args, { loaders }: Context) => loaders.parent.load(id),
      parents: (_: never, args: Args, { loaders }: Context) => loaders.list('parent', 'id, name', args),
      children: (_: never, args: Args, { loaders }: Context) => loaders.list('child', childColumns, args),
      tags: (_: never, args: Args, { loaders }: Context) => loaders.list('tag', 'id, label', args),
    },
    Parent: {
      children: (parent: Row, args: Args, { loaders }: Context) => loaders.childrenOf(args).load(parent['id']),
      tags: (parent: Row, _: Args, { loaders }: Context) => loaders.tagsOf.load(parent['id']),
      associations: (parent: Row, _: Args, { loaders }: Context) => loaders.associationsOf.load(parent['id']),
      childrenConnection: (parent: Row, { first }: Args): ChildPage => ({ parentId: parent['id'], first: pageSize(first) }),
      tagsAggregate: (parent: Row) => ({ parentId: parent['id'] }),
    },
    // A page is the first `first` children by id: one window statement for every parent's page,
    // asking one row more for hasNextPage (the same loader serves nodes and pageInfo).
    ChildConnection: {
      nodes: async ({ parentId, first }: ChildPage, _: Args, { loaders }: Context) =>
        (await loaders.childrenOf({ limit: first + 1 }).load(parentId)).slice(0, first),
      pageInfo: async ({ parentId, first }: ChildPage, _: Args, { loaders }: Context) => ({
        hasNextPage: (await loaders.childrenOf({ limit: first + 1 }).load(parentId)).length > first,
      }),
      totalCount: ({ parentId }: ChildPage, _: Args, { loaders }: Context) => loaders.childCount.load(parentId),
    },
    TagAggregate: {
      count: ({ parentId }: { parentId: unknown }, _: Args, { loaders }: Context) => loaders.tagCount.load(parentId),
    },
    Child: {
      parent: (child: Row, _: Args, { loaders }: Context) => loaders.parent.load(child['parentId']),
    },
    Tag: {
      parents: (tag: Row, _: Args, { loaders }: Context) => loaders.parentsOf.load(tag['id']),
    },
    Association: {
      child: (association: Row, _: Args, { loaders }: Context) => loaders.child.load(association['childId']),
      parent: (association: Row, _: Args, { loaders }: Context) => loaders.parent.load(association['parentId']),
    },
    Mutation: {
      // The parent, then its children in one INSERT; the payload comes from the rows written.
      createParent: (_: never, { input }: Args, { pool, loaders }: Context) =>
        inTransaction(pool, async (tx) => {
          const { name, children } = input as ParentInput;
          const { insertId: id } = await run(tx, 'INSERT INTO parent (name) VALUES (?)', [name]);
          const created = await insertChildren(
            tx,
            id,
            (children?.create ?? []).map((child) => child.name),
          );
          loaders.primeChildren(
            id,
            created.map((child) => ({ ...child, parentId: id })),
          );
          const parent = { id, name };
          loaders.parent.prime(id, parent);
          return parent;
        }),
      updateParent: (_: never, { id, input }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const parent = await mustFind(tx, 'parent', 'id, name', [id]);
          const tags = (input as { tags?: TagInput }).tags ?? {};
          const connect = [...new Set((tags.connect ?? []).map((key) => key.id))];
          if (connect.length > 0) {
            await mustFind(tx, 'tag', 'id', connect);
            await run(tx, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES ? ON DUPLICATE KEY UPDATE parent_id = parent_id', [
              connect.map((tagId) => [id, tagId]),
            ]);
          }
          const disconnect = (tags.disconnect ?? []).map((key) => key.id);
          if (disconnect.length > 0) await run(tx, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id IN (?)', [id, disconnect]);
          return parent;
        }),
      addParentTag: (_: never, { id, tagId }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const parent = await mustFind(tx, 'parent', 'id, name', [id]);
          await mustFind(tx, 'tag', 'id', [tagId]);
          await run(tx, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE parent_id = parent_id', [
            id,
            tagId,
          ]);
          return parent;
        }),
      removeParentTag: (_: never, { id, tagId }: Args, { pool }: Context) =>
        inTransaction(pool, async (tx) => {
          const parent = await mustFind(tx, 'parent', 'id, name', [id]);
          await run(tx, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id = ?', [id, tagId]);
          return parent;
        }),
    },
  });
  return { handler: createGraphqlListener(schema, () => ({ pool, loaders: new Loaders(pool) })), close: () => pool.end() };
}

/** The rows of `table` with these ids, or NotFound naming the first id that is missing. */
async function mustFind(db: Queryable, table: string, columns: string, ids: readonly unknown[]): Promise<Row> {
  const rows = await select(db, `SELECT ${columns} FROM ${table} WHERE id IN (?)`, [ids]);
  const found = new Set(rows.map((row) => row['id']));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFound(`${table} with id ${String(missing)} was not found.`);
  return rows[0]!;
}
