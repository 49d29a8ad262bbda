/**
 * Optimistic locking's version column (`versionIdCol`, SQLAlchemy's `version_id_col`): which
 * column a model names, and whether it can serve. Every UPDATE and DELETE of a row checks the
 * version it read and bumps it, so the column must hold a value that can be compared and
 * advanced, and only the model may write its table.
 */
import { isRelationshipDecl, type ColumnKind, type ModelClass, type TableColumn } from '../declare/index.js';
import { columnTypeName } from '../declare/columnTypes.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { didYouMean } from '../util/didYouMean.js';
import { inspect } from '../util/inspect.js';
import type { RelationshipDraft, TableDraft } from './draft.js';

/** Kinds a version can be: a counter, or the time of the last write (SQLAlchemy's `version_id_generator`). */
export const versionKinds: ReadonlySet<ColumnKind> = new Set(['integer', 'bigInteger', 'dateTime']);

const example = 'e.g. version: Column(Integer, { nullable: false })';

/**
 * The column a model's `versionIdCol` names, or undefined (none asked for, or a problem
 * reported).
 *
 * @example
 * Base.model('Parent', { tableName: 'parent', versionIdCol: 'name', id: ..., name: Column(String(50)) })
 * // problem invalid-version-column:
 * // Parent.name is a String column, so it cannot be the version column (versionIdCol). Name an Integer, BigInteger or DateTime column, e.g. version: Column(Integer, { nullable: false }).
 */
export function resolveVersionColumn(model: ModelClass, table: TableDraft, problems: ProblemCollector): TableColumn | undefined {
  const option: unknown = model.versionIdCol;
  if (option === undefined) return undefined;
  const name = model.modelName;
  const columns = table.columns.map((column) => column.attribute);
  if (typeof option !== 'string') {
    problems.add(
      'invalid-version-column',
      `${name}: versionIdCol expects the attribute name of a column as a string, e.g. versionIdCol: 'version', but got: ${inspect(option)}.`,
    );
    return undefined;
  }
  const column = table.columns.find((c) => c.attribute === option);
  if (!column) {
    problems.add(
      'invalid-version-column',
      Object.hasOwn(model.attributes, option)
        ? `${name}: versionIdCol names "${option}", which is ${isRelationshipDecl(model.attributes[option]) ? 'a relationship' : 'an association proxy'}, not a column. Name an Integer, BigInteger or DateTime column of ${name}, ${example}.`
        : `${name}: versionIdCol names "${option}", but ${name} has no column by that name.${didYouMean(option, columns)} Declare the column, ${example}, or correct the name.`,
    );
    return undefined;
  }
  const label = `${name}.${column.attribute}`;
  const problem = !versionKinds.has(column.type.kind)
    ? `${label} is a ${columnTypeName(column.type.kind)} column, so it cannot be the version column (versionIdCol). Name an Integer, BigInteger or DateTime column, ${example}.`
    : column.primaryKey
      ? `${label} is part of the primary key, so it cannot be the version column (versionIdCol): a key identifies the row and never changes. Add a column of its own, ${example}.`
      : isForeignKey(table, column)
        ? `${label} is a foreign key, so links write it; it cannot also be the version column (versionIdCol). Add a column of its own, ${example}.`
        : column.nullable
          ? `${label} may be NULL, and a NULL version never compares equal, so no write could check it (versionIdCol). Declare it with nullable: false.`
          : undefined;
  if (problem) {
    problems.add('invalid-version-column', problem);
    return undefined;
  }
  return column;
}

/**
 * A writable relationship whose `secondary` is a versioned model's table would insert and delete
 * that model's rows without their version. It must be `viewonly`, with writes going through the
 * model (the association-object pattern, R7.2).
 */
export function checkVersionedSecondaries(relationships: readonly RelationshipDraft[], problems: ProblemCollector): void {
  for (const relationship of relationships) {
    const model = relationship.secondary?.model;
    if (relationship.viewonly || !model?.versionColumn) continue;
    problems.add(
      'invalid-version-column',
      `${relationship.owner.name}.${relationship.name} writes table "${relationship.secondary!.name}" as its secondary, but that is the table of ${model.name}, whose rows carry a version (versionIdCol "${model.versionColumn.attribute}") that the link rows would not keep. Mark ${relationship.owner.name}.${relationship.name} viewonly and write the links as ${model.name} objects, or remove versionIdCol.`,
    );
  }
}

function isForeignKey(table: TableDraft, column: TableColumn): boolean {
  return column.foreignKeys.length > 0 || table.foreignKeys.some((fk) => fk.columns.includes(column));
}
