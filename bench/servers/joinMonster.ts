/**
 * Join Monster 4 in batch mode: graphql-js with the baselines' schema (`graphqlFront.ts`, so the
 * answers are the same JSON) decorated with `extensions.joinMonster`, as Join Monster's docs
 * describe for graphql-js 16. Each root field calls `joinMonster(...)`, which compiles the
 * selection into SQL and runs it through mysql2 (`database.ts`'s pool); every other field is
 * resolved from the objects it hydrates.
 *
 * - Many-to-one (`Child.parent`, `Association.parent`, `Association.child`): `sqlJoin`, a LEFT
 *   JOIN in the statement of the level that owns the key (Join Monster's usual choice for a to-one).
 * - One-to-many (`Parent.children`, `Parent.associations`): `sqlBatch`, one
 *   `WHERE parent_id IN (...)` statement per level.
 * - Many-to-many (`Parent.tags`, `Tag.parents`): `junction` with `sqlBatch`, one statement per
 *   level joining `parent_tag` to the far table.
 * - Lists and pages: `orderBy` plus Join Monster's `limit`/`offset` on the field. At the root it
 *   wraps the table in `(SELECT ..., count(*) OVER () ... ORDER BY ... LIMIT n)`. Per parent
 *   (W5: `children(limit: 3, orderBy: [{ id: DESC }])`) the mariadb dialect expresses the page in
 *   batch mode itself: still one statement, a UNION of one `(... WHERE parent_id = k ORDER BY
 *   ... LIMIT 3)` per parent, so no DataLoader or hand-written SQL is needed for it. The window
 *   count (Relay's `total`, unused by a plain list) comes with both and is Join Monster's own
 *   SQL: at the root it makes MariaDB read every row of the table before the LIMIT (W1: all
 *   20,000 children per request).
 *
 * Mutations: Join Monster only reads. The writes mirror the hand-written DataLoader server's
 * (`dataloader.ts`, whose resolvers are not exported: the same set-based statements in a
 * transaction), and then, as Join Monster's docs do for mutations, `joinMonster(...)` resolves the
 * payload's selection (`where: id = ...`) after COMMIT. That fetch doubles as the check that the
 * parent exists, in place of dataloader.ts's `SELECT` of the parent before the writes, so the
 * statements per link mutation are the same as dataloader's; a link to a missing parent fails on the
 * foreign key (errno 1452) and rolls back. `createParent` (M3) gives its new id to the payload's
 * `where` through the context, and its payload (the parent, then a batch for its children) costs
 * two statements that dataloader.ts answers from the rows it wrote.
 *
 * One deviation from the stock dialect: Join Monster 4's mariadb/mysql `compositeKey` (the row
 * identity of `parent_tag` and `association` rows while hydrating) is `CONCAT(a, b)` with no
 * separator, so (4, 44) and (44, 4) collide and two rows of one batch merge into one object: with
 * the stock dialect W2 loses tag 44 of parent 4. The `dialectModule` option (a documented one)
 * swaps it for `CONCAT_WS('-', a, b)`; nothing else changes.
 *
 * Join Monster 4.0.1 `require`s lodash without declaring it: here it comes hoisted from another
 * devDependency (@graphql-codegen/cli).
 */
import { createRequire } from 'node:module';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import joinMonsterModule, { type FieldConfigExtension, type ObjectTypeExtension } from 'join-monster';
import type { Pool } from 'mysql2/promise';
import { inTransaction, insertChildren, NotFound, openPool, run, select, type Queryable } from './database.js';
import { createGraphqlListener, createSchema } from './graphqlFront.js';
import type { Implementation } from './Implementation.js';

const joinMonster = joinMonsterModule.default;

type Args = Record<string, unknown>;
interface TagInput {
  readonly connect?: Array<{ id: number }>;
  readonly disconnect?: Array<{ id: number }>;
}
interface ParentInput {
  readonly name: string;
  readonly children?: { readonly create?: Array<{ name: string }> };
}
interface Context {
  readonly pool: Pool;
  /** The id `createParent` wrote, for its payload's `where` (Join Monster's docs pass it so). */
  readonly createdId?: number;
}
type FieldMetadata = FieldConfigExtension<unknown, Context, Args>;

interface Dialect {
  readonly name: string;
  quote(identifier: string): string;
  compositeKey(table: string, keys: readonly string[]): string;
}

const require = createRequire(import.meta.url);
const mariadb = require('join-monster/dist/stringifiers/dialects/mariadb.js') as Dialect;
/** The stock mariadb dialect with a separator in composite keys (see the module comment). */
const dialectModule: Dialect = {
  ...mariadb,
  compositeKey: (table, keys) => `CONCAT_WS('-', ${keys.map((key) => `${mariadb.quote(table)}.${mariadb.quote(key)}`).join(', ')})`,
};
const options = { dialectModule };

/** Int arguments, validated by graphql-js, so safe to inline as Join Monster's `where` requires. */
const int = (value: unknown) => String(Math.trunc(Number(value)));
const whereId = (table: string, args: Args) => `${table}.\`id\` = ${int(args['id'])}`;

/**
 * Join Monster's `limit` and `offset` thunks from the `limit:`/`offset:` arguments (an offset
 * alone pages to the end). No `limit:` leaves the field unpaged: the thunk's undefined means "no
 * LIMIT" to Join Monster, which its typings (a number) do not say; `offset` is not in them at all.
 */
const page = {
  limit: ((args: Args) =>
    typeof args['limit'] === 'number' ? args['limit'] : typeof args['offset'] === 'number' ? Number.MAX_SAFE_INTEGER : undefined) as (
    args: Args,
  ) => number,
  offset: (args: Args) => (typeof args['offset'] === 'number' ? args['offset'] : undefined),
};

const childColumns: Record<string, string> = { id: 'id', name: 'name', parentId: 'parent_id' };

/** `Parent.children(orderBy:)` as Join Monster orderings; the primary key ascending by default. */
function childOrder(args: Args): Array<{ column: string; direction: 'ASC' | 'DESC' }> {
  const terms = ((args['orderBy'] as Array<Record<string, string>> | undefined) ?? []).flatMap((entry) =>
    Object.entries(entry).map(([field, direction]) => ({
      column: childColumns[field]!,
      direction: direction === 'DESC' ? ('DESC' as const) : ('ASC' as const),
    })),
  );
  return terms.length > 0 ? terms : [{ column: 'id', direction: 'ASC' }];
}

const types: Record<string, ObjectTypeExtension<unknown, Context>> = {
  Parent: { sqlTable: 'parent', uniqueKey: 'id' },
  Child: { sqlTable: 'child', uniqueKey: 'id' },
  Tag: { sqlTable: 'tag', uniqueKey: 'id' },
  Association: { sqlTable: 'association', uniqueKey: ['parent_id', 'child_id'] },
};

const fields: Record<string, Record<string, FieldMetadata>> = {
  Query: {
    parent: { where: whereId },
    parents: { orderBy: 'id', ...page },
    children: { orderBy: 'id', ...page },
    tags: { orderBy: 'id', ...page },
  },
  Mutation: {
    createParent: { where: (table: string, _args: Args, context: Context) => `${table}.\`id\` = ${int(context.createdId)}` },
    updateParent: { where: whereId },
    addParentTag: { where: whereId },
    removeParentTag: { where: whereId },
  },
  Parent: {
    children: { sqlBatch: { thisKey: 'parent_id', parentKey: 'id' }, orderBy: childOrder, ...page },
    tags: {
      junction: {
        sqlTable: 'parent_tag',
        uniqueKey: ['parent_id', 'tag_id'],
        sqlBatch: { thisKey: 'parent_id', parentKey: 'id', sqlJoin: (parentTag, tag) => `${parentTag}.tag_id = ${tag}.id` },
      },
      orderBy: 'id',
    },
    associations: { sqlBatch: { thisKey: 'parent_id', parentKey: 'id' }, orderBy: 'child_id' },
  },
  Child: {
    parentId: { sqlColumn: 'parent_id' },
    parent: { sqlJoin: (child, parent) => `${child}.parent_id = ${parent}.id` },
  },
  Tag: {
    parents: {
      junction: {
        sqlTable: 'parent_tag',
        uniqueKey: ['tag_id', 'parent_id'],
        sqlBatch: { thisKey: 'tag_id', parentKey: 'id', sqlJoin: (parentTag, parent) => `${parentTag}.parent_id = ${parent}.id` },
      },
      orderBy: 'id',
    },
  },
  Association: {
    parentId: { sqlColumn: 'parent_id' },
    childId: { sqlColumn: 'child_id' },
    extraData: { sqlColumn: 'extra_data' },
    parent: { sqlJoin: (association, parent) => `${association}.parent_id = ${parent}.id` },
    child: { sqlJoin: (association, child) => `${association}.child_id = ${child}.id` },
  },
};

/** Sets `extensions.joinMonster` on the schema's types and fields, failing on a name it lacks. */
function decorate(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, metadata] of Object.entries(types)) {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) throw new Error(`The baseline schema has no object type "${typeName}".`);
    type.extensions = { ...type.extensions, joinMonster: metadata };
  }
  for (const [typeName, byField] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) throw new Error(`The baseline schema has no object type "${typeName}".`);
    for (const [fieldName, metadata] of Object.entries(byField)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`The baseline schema has no field "${typeName}.${fieldName}".`);
      field.extensions = { ...field.extensions, joinMonster: metadata };
    }
  }
  return schema;
}

/** The root resolver: Join Monster fetches the whole selection below this field. */
const root = (_: never, _args: Args, context: Context, info: GraphQLResolveInfo) =>
  joinMonster(info, context, (sql: string) => select(context.pool, sql), options);

/** A mutation's payload, fetched by Join Monster after the write; NotFound when the parent is missing. */
async function payload(id: unknown, context: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const parent: unknown = await joinMonster(info, context, (sql: string) => select(context.pool, sql), options);
  if (parent == null) throw new NotFound(`parent with id ${String(id)} was not found.`);
  return parent;
}

/** A link INSERT: the foreign key on `parent_id` (errno 1452) reports a missing parent (the tags are checked first). */
async function link(db: Queryable, id: unknown, sql: string, values: unknown[]): Promise<void> {
  try {
    await run(db, sql, values);
  } catch (error) {
    if ((error as { errno?: number }).errno === 1452) throw new NotFound(`parent with id ${String(id)} was not found.`);
    throw error;
  }
}

/** NotFound naming the first of these tag ids that does not exist (as dataloader.ts's `mustFind`). */
async function mustFindTags(db: Queryable, ids: readonly unknown[]): Promise<void> {
  const found = new Set((await select(db, 'SELECT id FROM tag WHERE id IN (?)', [ids])).map((row) => row['id']));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFound(`tag with id ${String(missing)} was not found.`);
}

export async function createJoinMonsterImplementation(url: string): Promise<Implementation> {
  const pool = openPool(url);
  const schema = decorate(
    createSchema<Context>({
      Query: { parent: root, parents: root, children: root, tags: root },
      Mutation: {
        createParent: async (_: never, { input }: Args, context: Context, info: GraphQLResolveInfo) => {
          const { name, children } = input as ParentInput;
          const createdId = await inTransaction(context.pool, async (tx) => {
            const { insertId } = await run(tx, 'INSERT INTO parent (name) VALUES (?)', [name]);
            await insertChildren(
              tx,
              insertId,
              (children?.create ?? []).map((child) => child.name),
            );
            return insertId;
          });
          return payload(createdId, { ...context, createdId }, info);
        },
        updateParent: async (_: never, { id, input }: Args, context: Context, info: GraphQLResolveInfo) => {
          await inTransaction(context.pool, async (tx) => {
            const tags = (input as { tags?: TagInput }).tags ?? {};
            const connect = [...new Set((tags.connect ?? []).map((key) => key.id))];
            if (connect.length > 0) {
              await mustFindTags(tx, connect);
              await link(tx, id, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES ? ON DUPLICATE KEY UPDATE parent_id = parent_id', [
                connect.map((tagId) => [id, tagId]),
              ]);
            }
            const disconnect = (tags.disconnect ?? []).map((key) => key.id);
            if (disconnect.length > 0) await run(tx, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id IN (?)', [id, disconnect]);
          });
          return payload(id, context, info);
        },
        addParentTag: async (_: never, { id, tagId }: Args, context: Context, info: GraphQLResolveInfo) => {
          await inTransaction(context.pool, async (tx) => {
            await mustFindTags(tx, [tagId]);
            await link(tx, id, 'INSERT INTO parent_tag (parent_id, tag_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE parent_id = parent_id', [
              id,
              tagId,
            ]);
          });
          return payload(id, context, info);
        },
        removeParentTag: async (_: never, { id, tagId }: Args, context: Context, info: GraphQLResolveInfo) => {
          await inTransaction(context.pool, (tx) => run(tx, 'DELETE FROM parent_tag WHERE parent_id = ? AND tag_id = ?', [id, tagId]));
          return payload(id, context, info);
        },
      },
    }),
  );
  return { handler: createGraphqlListener(schema, () => ({ pool })), close: () => pool.end() };
}
