/**
 * How the graphql-js resolvers read the fields that answer rows: root lookups and lists, and
 * relationship and association proxy fields of one owner row, a to-one's row or a list batched
 * with the other owners' lists (one statement per level, through the request's loaders). The
 * plan executor reads a whole level at once (`execute/fetchPlan.ts`), from the same `ReadQueries`.
 */
import type { ListArgs } from '../arguments/readListArgs.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import { keyOf, type Row } from '../rows/Row.js';
import { relatedPath } from '../sql/relatedPath.js';
import { isToOneByKey } from './includedToOne.js';
import type { FieldReader, ReadQueries } from './readQueries.js';

/**
 * `Query.parent(id)`: the row by its primary key, or null. Throws first when the viewer may not
 * read the model.
 *
 * @example
 * lookupReader(Parent, reads)(rootValue, { id: 1 }, context.relgraph, info); // Promise of { id: 1, name: 'p' }
 */
export function lookupReader(model: MappedModel, reads: ReadQueries): FieldReader<Record<string, unknown>, Promise<Row | null>> {
  return (_owner, args, { access, loaders }) => {
    access.assertReadable(model);
    return loaders.row(model).load(reads.keyFromArgs(model, args));
  };
}

/**
 * `Query.parents(where, orderBy, limit, offset)`: the rows, with the to-one rows the selection
 * reads joined in.
 *
 * @example
 * listReader(Parent, reads)(rootValue, { limit: 2 }, context.relgraph, info); // Promise of [{ id: 1 }, { id: 2 }]
 */
export function listReader(model: MappedModel, reads: ReadQueries): FieldReader<ListArgs, Promise<Row[]>> {
  return (_owner, args, { access, loaders }, { fieldNodes, fragments }) =>
    loaders.list(model, reads.rootList(model, args, access, fieldNodes, fragments));
}

/**
 * `Child.parent`: the owner's related row, or null when the owner's key has a null column or no
 * row is found. Throws first when the viewer may not read the field or its target.
 *
 * @example
 * toOneReader(Child.relationships.parent, reads)(childRow, {}, context.relgraph, info); // Promise of { id: 1, name: 'p' }
 */
export function toOneReader(relationship: MappedRelationship, reads: ReadQueries): FieldReader<unknown, Promise<Row | null>> {
  const path = relatedPath(relationship);
  // A many-to-one onto the target's primary key shares the by-key loader with root lookups
  // (and finds there the rows its owner's list brought along with a join).
  const byPrimaryKey = isToOneByKey(relationship);
  return async (owner, _args, { access, loaders }) => {
    const query = reads.toOne(relationship, access);
    const key = keyOf(owner, path.ownerColumns);
    if (key.some((v) => v === null || v === undefined)) return null;
    if (byPrimaryKey) return loaders.row(relationship.target).load(key);
    const rows = await loaders.related(relationship, query).load(key);
    return rows[0] ?? null;
  };
}

/**
 * `Parent.children(...)`, through a relationship or an association proxy: the owner's rows. The
 * field's arguments are read once per request (`forField`), not once per owner row.
 *
 * @example
 * relatedListReader(Parent.relationships.children, reads)(parentRow, { limit: 2 }, context.relgraph, info); // Promise of [{ id: 3 }, { id: 4 }]
 */
export function relatedListReader(
  field: MappedRelationship | MappedAssociationProxy,
  reads: ReadQueries,
): FieldReader<ListArgs, Promise<Row[]>> {
  const path = relatedPath(field);
  return (owner, args, { access, loaders }, { fieldNodes, fragments }) => {
    const loader = loaders.forField(fieldNodes[0]!, () =>
      loaders.related(field, reads.relatedList(field, args, access, fieldNodes, fragments)),
    );
    return loader.load(keyOf(owner, path.ownerColumns));
  };
}
