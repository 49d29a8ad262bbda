/**
 * An association object's own columns, for the edges of a connection that goes through it: the
 * `extra_data` of `Parent.children = associationProxy('childAssociations', 'child')`, or of a
 * many-to-many whose `secondary` table is also mapped as a model. Columns that only link the
 * two ends are left out: they are the owner's and the node's keys.
 */
import type { TableColumn } from '../declare/index.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from './types.js';

export interface EdgeColumns {
  /** The association model whose rows the edges are. */
  readonly association: MappedModel;
  readonly columns: readonly TableColumn[];
}

export function edgeColumns(field: MappedRelationship | MappedAssociationProxy): EdgeColumns | undefined {
  let association: MappedModel | undefined;
  let linking: TableColumn[];
  if (field.kind === 'associationProxy') {
    association = field.relationship.target;
    linking = [...field.relationship.join.map((pair) => pair.remote), ...field.attribute.join.map((pair) => pair.local)];
  } else {
    association = field.secondary?.model;
    linking = [...field.join.map((pair) => pair.remote), ...field.secondaryJoin.map((pair) => pair.secondary)];
  }
  if (!association) return undefined;
  const columns = association.columns.filter((column) => !linking.includes(column));
  return columns.length > 0 ? { association, columns } : undefined;
}
