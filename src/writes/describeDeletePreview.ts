/**
 * `previewDelete`'s answer (`previewDelete.ts`) as `Mutation.previewDeleteM(key)` gives it, in
 * `type DeletePreview`: keys shown as their fields show them, names as the schema names them.
 * Reads the schema only for the key fields' scalar types; executes nothing.
 */
import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import type { TableColumn } from '../declare/index.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel, MappedTable } from '../mapper/index.js';
import type { DeletePreviewGroups, PreviewCategory, PreviewGroup } from './previewDelete.js';

/** `type DeletePreview`, as `previewDeleteM` answers it. */
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

/**
 * @example
 * // mutation { previewDeleteAuthor(id: 1) { deleted { model count keys } } }
 * describeDeletePreview(await previewDelete(scope, target, [1], inflection), schema, inflection)
 * // { "deleted": [
 * //   { "model": "Author", "count": 1, "keys": [{ "id": 1 }] },
 * //   { "model": "BookAuthor", "count": 3, "keys": [{ "bookId": 2, "authorId": 1 }, …] } ], … }
 */
export function describeDeletePreview(groups: DeletePreviewGroups, schema: GraphQLSchema, inflection: Inflection): DeletePreviewResult {
  const answer = (category: PreviewCategory) => groups[category].map((group) => answerGroup(group, schema, inflection));
  return {
    deleted: answer('deleted'),
    nulled: answer('nulled'),
    unlinked: answer('unlinked'),
    handledByDatabase: answer('handledByDatabase'),
    refused: groups.refused,
  };
}

function answerGroup(group: PreviewGroup, schema: GraphQLSchema, inflection: Inflection): DeletePreviewRows {
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
