/**
 * `Mutation.previewDeleteM(key)`: what `deleteM(key)` would do, without doing it. It loads the
 * row as the delete does, passes the delete's own checks, and asks the operation's session for
 * the flush it would run (`Session.previewFlush`), which plans it with the code that deletes and
 * reads the rows that plan touches. Nothing is marked or written: a field after it in the same
 * operation finds the session and the tables as they were.
 *
 * Under a policy the preview also shows no row the viewer could not read: every row it lists
 * (and each row a listed link points at) must pass the viewer's read rule, and the fields it
 * names must be visible, or the field answers FORBIDDEN.
 */
import { getNamedType, isLeafType, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import { ForbiddenError, NotFoundError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel, MappedRelationship, MappedTable } from '../mapper/index.js';
import type { FieldResolver } from '../schema/index.js';
import type { FlushPreview, PreviewRow } from '../session/index.js';
import { chunk } from '../util/chunk.js';
import { forbiddenMessage, type Access } from './Access.js';
import { notFoundMessage } from './applyInput.js';
import { inUnitOfWork } from './createWriteResolvers.js';
import { mapWriteError } from './mapWriteError.js';
import type { RelgraphContext } from './RelgraphContext.js';
import { RowChecks } from './RowChecks.js';
import { withErrorCodes } from './toGraphQLError.js';

/** `type DeletePreview`, as the resolver answers it. */
export interface DeletePreviewResult {
  readonly deleted: DeletePreviewRows[];
  readonly nulled: DeletePreviewRows[];
  readonly unlinked: DeletePreviewRows[];
  readonly handledByDatabase: DeletePreviewRows[];
  readonly refused: boolean;
}

/** `type DeletePreviewRows`. */
export interface DeletePreviewRows {
  readonly model: string | null;
  readonly relationship: string | null;
  readonly fields: string[];
  readonly onDelete: string | null;
  readonly refuses: boolean;
  readonly count: number;
  readonly keys: Array<Record<string, unknown>>;
}

/** One group of rows before it is answered: the rows, and what the viewer must be able to read for it. */
interface Group {
  readonly table: MappedTable;
  readonly via: MappedRelationship | undefined;
  readonly columns: readonly TableColumn[];
  readonly onDelete: string | null;
  readonly refuses: boolean;
  readonly rows: PreviewRow[];
}

type Category = 'deleted' | 'nulled' | 'unlinked' | 'handledByDatabase';

/**
 * @example
 * // mutation { previewDeleteAuthor(id: 1) { deleted { model count keys } } }
 * // { "previewDeleteAuthor": { "deleted": [
 * //   { "model": "Author", "count": 1, "keys": [{ "id": 1 }] },
 * //   { "model": "BookAuthor", "count": 3, "keys": [{ "bookId": 2, "authorId": 1 }, …] } ] } }
 */
export function createDeletePreviewResolver(inflection: Inflection): (model: MappedModel) => FieldResolver {
  return (model) => {
    const name = inflection.deletePreviewMutation(model);
    return withErrorCodes((_source: unknown, args: Record<string, unknown>, context: RelgraphContext, info: GraphQLResolveInfo) =>
      inUnitOfWork(context, name, async (relgraph) => {
        const { session, dialect, loaders, access } = relgraph;
        // The delete's own checks: previewing a delete needs the permission to do it.
        const decision = access.assertAllowed('delete', model);
        access.assertReadable(model);
        const key = model.primaryKey.map((column) => args[inflection.fieldName(column.attribute)]);
        let preview: FlushPreview;
        let instance: object;
        try {
          const found = await session.get(model, key);
          if (!found) throw new NotFoundError(notFoundMessage({ inflection }, model, key));
          instance = found as object;
          await new RowChecks(() => loaders).require(model, [instance], decision, forbiddenMessage('delete', model, undefined, inflection));
          preview = await session.previewFlush({ delete: [instance] });
        } catch (error) {
          throw mapWriteError(dialect, error, name);
        }
        const groups = groupPreview(preview, instance);
        if (access.enforced) await assertReadable(groups, access, relgraph.loaders, inflection);
        const answer = (category: Category) => groups[category].map((group) => answerGroup(group, info.schema, inflection));
        return {
          deleted: answer('deleted'),
          nulled: answer('nulled'),
          unlinked: answer('unlinked'),
          handledByDatabase: answer('handledByDatabase'),
          refused: preview.refused,
        } satisfies DeletePreviewResult;
      }),
    );
  };
}

/**
 * The preview's rows per list, grouped by table, relationship and foreign key: deleted rows in
 * the order the delete's cascades reach them (the row the delete names first), the others in the
 * order the plan meets them.
 */
function groupPreview(preview: FlushPreview, named: object): Record<Category, Group[]> {
  const groups: Record<Category, Map<string, Group>> = {
    deleted: new Map(),
    nulled: new Map(),
    unlinked: new Map(),
    handledByDatabase: new Map(),
  };
  const add = (
    category: Category,
    row: PreviewRow,
    via: MappedRelationship | undefined,
    columns: readonly TableColumn[],
    onDelete: string | null,
    refuses: boolean,
  ) => {
    const id = `${row.table.name}|${via ? `${via.owner.name}.${via.name}` : ''}|${columns.map((c) => c.name).join(',')}`;
    let group = groups[category].get(id);
    if (!group) {
      group = { table: row.table, via, columns, onDelete, refuses, rows: [] };
      groups[category].set(id, group);
    }
    group.rows.push(row);
  };
  // Deleted rows in the order the cascades reach them (the named row first); the others as the plan meets them.
  const via = new Map(preview.writes.flatMap((write) => (write.kind === 'delete' ? [[write.row.instance, write.via] as const] : [])));
  for (const row of preview.deleted) add('deleted', row, row.instance === named ? undefined : via.get(row.instance), [], null, false);
  for (const write of preview.writes) {
    // A delete preview plans deletes only: the operation's session has nothing else pending.
    if (write.kind === 'nullify') add('nulled', write.row, write.via, write.columns, null, write.refused);
    else if (write.kind === 'linkDelete') add('unlinked', write.row, write.via, [], null, false);
  }
  for (const action of preview.handledByDatabase) {
    add('handledByDatabase', action.row, action.via, action.foreignKey.columns, action.onDelete ?? 'NO ACTION', action.refused);
  }
  return {
    deleted: [...groups.deleted.values()],
    nulled: [...groups.nulled.values()],
    unlinked: [...groups.unlinked.values()],
    handledByDatabase: [...groups.handledByDatabase.values()],
  };
}

function answerGroup(group: Group, schema: GraphQLSchema, inflection: Inflection): DeletePreviewRows {
  const serializers = group.rows[0]!.keyColumns.map((column) => keySerializer(schema, inflection, group.table, column));
  const names = group.rows[0]!.keyColumns.map((column) => inflection.fieldName(column.attribute));
  return {
    model: group.table.model ? inflection.typeName(group.table.model) : null,
    relationship: group.via ? `${inflection.typeName(group.via.owner)}.${inflection.fieldName(group.via.name)}` : null,
    fields: group.columns.map((column) => inflection.fieldName(column.attribute)),
    onDelete: group.onDelete,
    refuses: group.refuses,
    count: group.rows.length,
    keys: group.rows.map((row) =>
      Object.fromEntries(row.key.map((value, i) => [names[i]!, value === null || value === undefined ? null : serializers[i]!(value)])),
    ),
  };
}

/**
 * How a key column's value is sent: as the field that shows the column sends it (a `BigInt` as
 * a string, a date as its string). A `secondary` table's column is shown by the key it refers to.
 */
function keySerializer(
  schema: GraphQLSchema,
  inflection: Inflection,
  table: MappedTable,
  column: TableColumn,
): (value: unknown) => unknown {
  let shown: [MappedModel, TableColumn] | undefined = table.model ? [table.model, column] : undefined;
  if (!shown) {
    const foreignKey = table.foreignKeys.find((fk) => fk.columns.includes(column));
    const target = foreignKey?.targets[foreignKey.columns.indexOf(column)];
    if (foreignKey?.targetTable.model && target) shown = [foreignKey.targetTable.model, target];
  }
  const type = shown ? schema.getType(inflection.typeName(shown[0])) : undefined;
  const field = shown && isObjectType(type) ? type.getFields()[inflection.fieldName(shown[1].attribute)] : undefined;
  const leaf = field ? getNamedType(field.type) : undefined;
  if (leaf && isLeafType(leaf)) return (value) => leaf.serialize(value);
  return (value) => (typeof value === 'bigint' ? value.toString() : value);
}

/**
 * Under a policy: every row the preview lists, and every row a listed link points at, must be
 * one the viewer may read, and the fields the preview names (keys, foreign keys, the
 * relationship) visible to the viewer. One SELECT per model and rule at most.
 */
async function assertReadable(
  groups: Record<Category, Group[]>,
  access: Access,
  loaders: RelgraphContext['relgraph']['loaders'],
  inflection: Inflection,
): Promise<void> {
  const refuse = (what: string) => new ForbiddenError(`You may not preview this delete: it reaches ${what} that you may not read.`);
  const keysByModel = new Map<MappedModel, Map<string, unknown[]>>();
  const need = (model: MappedModel, key: unknown[]) => {
    const keys = keysByModel.get(model) ?? new Map<string, unknown[]>();
    keys.set(
      JSON.stringify(key, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
      key,
    );
    keysByModel.set(model, keys);
  };
  const visible = (model: MappedModel, attribute: string) => {
    if (!access.fieldVisible(model, attribute)) throw refuse(`${model.name}.${inflection.fieldName(attribute)}`);
  };
  for (const group of Object.values(groups).flat()) {
    if (group.via) visible(group.via.owner, group.via.name);
    const { model } = group.table;
    if (model) {
      for (const column of [...model.primaryKey, ...group.columns]) visible(model, column.attribute);
      for (const row of group.rows) need(model, [...row.key]);
      continue;
    }
    // A link row shows the keys of the rows it links.
    for (const foreignKey of group.table.foreignKeys) {
      const target = foreignKey.targetTable.model;
      if (!target?.primaryKey.every((column) => foreignKey.targets.includes(column))) continue;
      for (const column of target.primaryKey) visible(target, column.attribute);
      for (const row of group.rows) {
        const key = target.primaryKey.map(
          (column) => row.key[row.keyColumns.indexOf(foreignKey.columns[foreignKey.targets.indexOf(column)]!)],
        );
        if (key.every((value) => value !== null && value !== undefined)) need(target, key);
      }
    }
  }
  for (const [model, keys] of keysByModel) {
    const decision = access.decide('read', model);
    if (decision === true) continue;
    if (decision === false) throw refuse(`${model.name} rows`);
    for (const part of chunk([...keys.values()], 500)) {
      const matches = await loaders.matching(model, part, decision);
      if (matches.some((match) => !match)) throw refuse(`${model.name} rows`);
    }
  }
}
