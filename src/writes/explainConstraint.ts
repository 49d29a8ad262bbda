/**
 * A constraint the database refused, said in the terms of the declarations: which row, which
 * relationship, and the declaration that would allow the write. The unit of work knows which of
 * its writes failed (`failedFlushOp`); the mapping knows the relationships over those columns.
 */
import type { TableColumn } from '../declare/index.js';
import type { DatabaseErrorKind } from '../dialect/Dialect.js';
import type { Inflection } from '../inflect/inflection.js';
import { linkHolder, type MappedModel, type MappedRelationship } from '../mapper/index.js';
import type { FlushOp } from '../session/index.js';
import { withArticle } from '../util/withArticle.js';
import { rowName } from '../arguments/checkWriteInput.js';

/**
 * @example
 * // removeLanguageFilm(languageId: 1, filmId: 1), film.language_id NOT NULL:
 * // "removeLanguageFilm failed: removing Film with filmId 1 from Language.films would leave it
 * //  without a Language, which Film.languageId does not allow. Link the Film to another Language
 * //  instead, or declare Language.films with cascade: 'all, delete-orphan' so that a Film removed
 * //  from it is deleted."
 */
export function explainConstraint(
  op: FlushOp | undefined,
  kind: DatabaseErrorKind,
  what: string,
  inflection: Inflection,
): string | undefined {
  if (!op) return undefined;
  // Columns as clients know them (GraphQL fields); relationships as the declarations name them.
  const columns = (model: MappedModel, list: readonly TableColumn[]) =>
    list.map((column) => `${model.name}.${inflection.fieldName(column.attribute)}`).join(', ');
  if (kind === 'not-null-violation' && op.kind === 'update') {
    const model = op.state.model;
    // A link given up: the child's many-to-one over the columns the update empties.
    const link = model.relationships.find(
      (r) => linkHolder(r) === 'owner' && r.syncPairs.length > 0 && r.syncPairs.every((pair) => op.columns.includes(pair.to)),
    );
    if (!link) return undefined;
    const row = rowName(inflection, model, op.state.key('committed'));
    const list = link.reverse && !link.reverse.viewonly ? link.reverse : undefined;
    const how = list ? `removing ${row} from ${declared(list)}` : `unlinking ${declared(link)} of ${row}`;
    const keep = `Link the ${model.name} to another ${link.target.name} instead`;
    const orphan = list
      ? `, or declare ${declared(list)} with cascade: 'all, delete-orphan' so that a ${model.name} removed from it is deleted`
      : '';
    return `${what} failed: ${how} would leave it without ${withArticle(link.target.name)}, which ${columns(
      model,
      link.syncPairs.map((p) => p.to),
    )} does not allow. ${keep}${orphan}.`;
  }
  if (kind === 'not-null-violation' && op.kind === 'clearReferences') {
    const { relationship, parent } = op;
    return `${what} failed: deleting ${rowName(inflection, parent.model, parent.key('committed'))} would leave its ${relationship.target.name} rows (${declared(relationship)}) without ${withArticle(parent.model.name)}, which ${columns(
      relationship.target,
      relationship.syncPairs.map((p) => p.to),
    )} does not allow. ${deleteWith(relationship)}`;
  }
  if (kind === 'foreign-key-violation' && op.kind === 'delete') {
    const model = op.state.model;
    const row = rowName(inflection, model, op.state.key('committed'));
    // Rows that still refer to it: a list that neither deletes nor unlinks them (passiveDeletes
    // without the database's ON DELETE), or a table no relationship of this model reaches.
    const holding = model.relationships.filter(
      (r) => linkHolder(r) !== 'owner' && !r.viewonly && !r.cascade.delete && r.passiveDeletes !== false,
    );
    if (holding.length > 0) {
      const names = holding.map(declared).join(', ');
      return `${what} failed: rows still refer to ${row} through ${names}, and passiveDeletes leaves them to the database, whose foreign key refuses. ${deleteWith(holding[0]!)}`;
    }
    return `${what} failed: other rows still refer to ${row}, and no relationship of ${model.name} deletes or unlinks them. Delete them first, or declare the relationship to them on ${model.name} with cascade: 'all, delete-orphan'.`;
  }
  return undefined;
}

/** `Language.films`: a relationship as its declaration names it. */
function declared(relationship: MappedRelationship): string {
  return `${relationship.owner.name}.${relationship.name}`;
}

function deleteWith(relationship: MappedRelationship): string {
  const name = declared(relationship);
  return `Delete them with it (cascade: 'all, delete-orphan' on ${name}), let the database do it (passiveDeletes: true on ${name} with ON DELETE CASCADE on the foreign key), or move them to another ${relationship.owner.name} first.`;
}
