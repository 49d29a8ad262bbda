/**
 * What `deleteM(key)` would do, without doing it: the row loaded as the delete loads it, the
 * delete's own checks passed, then the flush it would run, asked of the operation's session
 * (`Session.previewFlush`, which plans it with the code that deletes and reads the rows the plan
 * touches), grouped by table, relationship and foreign key. Nothing is marked or written.
 *
 * Under a policy the preview also shows no row the viewer could not read: every row it lists
 * (and each row a listed link points at) must pass the viewer's read rule, and the fields it
 * names must be visible, or it is FORBIDDEN.
 */
import type { Access } from '../access/Access.js';
import { forbiddenMessage } from '../access/Access.js';
import { RowChecks } from '../access/RowChecks.js';
import type { TableColumn } from '../declare/index.js';
import { ForbiddenError, NotFoundError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { MappedModel, MappedRelationship, MappedTable } from '../mapper/index.js';
import type { FlushPreview, PreviewRow } from '../session/index.js';
import { chunk } from '../util/chunk.js';
import { notFoundMessage } from './applyInput.js';
import { mapWriteError } from './mapWriteError.js';
import type { WriteScope, WriteTarget } from './Writes.js';

export type PreviewCategory = 'deleted' | 'nulled' | 'unlinked' | 'handledByDatabase';

/** The delete's rows by category, and whether the database would refuse it. */
export type DeletePreviewGroups = Record<PreviewCategory, PreviewGroup[]> & { readonly refused: boolean };

/** @example previewDelete(scope, { name: 'previewDeleteAuthor', model: Author }, [1], inflection) */
export async function previewDelete(
  scope: WriteScope,
  target: WriteTarget,
  key: unknown[],
  inflection: Inflection,
): Promise<DeletePreviewGroups> {
  const { session, dialect, access } = scope;
  const { model, name } = target;
  // The delete's own checks: previewing a delete needs the permission to do it.
  const decision = access.assertAllowed('delete', model);
  access.assertReadable(model);
  let preview: FlushPreview;
  let instance: object;
  try {
    const found = await session.get(model, key);
    if (!found) throw new NotFoundError(notFoundMessage({ inflection }, model, key));
    instance = found as object;
    await new RowChecks(() => scope.loaders).require(model, [instance], decision, forbiddenMessage('delete', model, undefined, inflection));
    preview = await session.previewFlush({ delete: [instance] });
  } catch (error) {
    throw mapWriteError(dialect, error, name);
  }
  const groups = groupPreview(preview, instance);
  if (access.enforced) await assertReadable(groups, access, scope.loaders, inflection);
  return { ...groups, refused: preview.refused };
}

/** One group of rows before it is answered: the rows, and what the viewer must be able to read for it. */
export interface PreviewGroup {
  readonly table: MappedTable;
  readonly via: MappedRelationship | undefined;
  readonly columns: readonly TableColumn[];
  readonly onDelete: string | null;
  readonly refuses: boolean;
  readonly rows: PreviewRow[];
}

/**
 * The preview's rows per list, grouped by table, relationship and foreign key: deleted rows in
 * the order the delete's cascades reach them (the row the delete names first), the others in the
 * order the plan meets them.
 */
function groupPreview(preview: FlushPreview, named: object): Record<PreviewCategory, PreviewGroup[]> {
  const groups: Record<PreviewCategory, Map<string, PreviewGroup>> = {
    deleted: new Map(),
    nulled: new Map(),
    unlinked: new Map(),
    handledByDatabase: new Map(),
  };
  const add = (
    category: PreviewCategory,
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

/**
 * Under a policy: every row the preview lists, and every row a listed link points at, must be
 * one the viewer may read, and the fields the preview names (keys, foreign keys, the
 * relationship) visible to the viewer. One SELECT per model and rule at most.
 */
async function assertReadable(
  groups: Record<PreviewCategory, PreviewGroup[]>,
  access: Access,
  loaders: Loaders,
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
