/**
 * A link mutation's arguments as `Writes.link` takes them: `addParentChild(id: 1, childId: 2)`,
 * `setChildParent(id: 2, parentId: null)`, and a proxy's add mutation with the association
 * object's own columns beside the two keys (`extraData`).
 */
import type { FieldIndex } from '../inflect/FieldIndex.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedAssociationProxy, MappedRelationship } from '../mapper/index.js';
import type { LinkAction } from './Writes.js';

type Args = Record<string, unknown>;

export interface LinkArguments {
  readonly ownerKey: unknown[];
  /** None when `setMR(id, target: null)` clears a to-one. */
  readonly targetKey: unknown[] | undefined;
  /** The association object's own columns, by attribute (empty unless the link is through a proxy). */
  readonly extra: Record<string, unknown>;
}

/** The link mutation's GraphQL name: `addParentChild`, `removeParentChild`, `setChildParent`. */
export function linkMutationName(
  inflection: Inflection,
  relationship: MappedRelationship | MappedAssociationProxy,
  action: LinkAction,
): string {
  const owner = relationship.owner;
  return action === 'add'
    ? inflection.addLinkMutation(owner, relationship)
    : action === 'remove'
      ? inflection.removeLinkMutation(owner, relationship)
      : inflection.setLinkMutation(owner, relationship as MappedRelationship);
}

/**
 * @example
 * const read = linkArguments(Parent.relationships.children, 'add', inflection, fields);
 * read({ id: 1, childId: 2 }); // { ownerKey: [1], targetKey: [2], extra: {} }
 */
export function linkArguments(
  relationship: MappedRelationship | MappedAssociationProxy,
  action: LinkAction,
  inflection: Inflection,
  fields: FieldIndex,
): (args: Args) => LinkArguments {
  const targetArgument = inflection.linkTargetArgument(relationship);
  // Argument names worked out once per field, not once per request.
  const ownerArguments = relationship.owner.primaryKey.map((column) => inflection.fieldName(column.attribute));
  return (args) => {
    const targetKey = args[targetArgument];
    // `setMR(id, target: null)` clears a to-one: no target to load.
    const cleared = action === 'set' && (targetKey === null || targetKey === undefined);
    return {
      ownerKey: ownerArguments.map((name) => args[name]),
      targetKey: cleared ? undefined : [targetKey],
      extra: extraColumns(relationship, args, inflection, fields),
    };
  };
}

/** The association's own columns given to a proxy's add mutation (`extraData`), by attribute. */
function extraColumns(
  relationship: MappedRelationship | MappedAssociationProxy,
  args: Args,
  inflection: Inflection,
  fields: FieldIndex,
): Record<string, unknown> {
  if (relationship.kind !== 'associationProxy') return {};
  const association = relationship.relationship.target;
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    const column = fields.field(association, name);
    if (!column || 'kind' in column || value === undefined) continue;
    // The owner's key and the target argument name the link itself, not extra columns.
    if (name === inflection.linkTargetArgument(relationship)) continue;
    if (relationship.owner.primaryKey.some((c) => inflection.fieldName(c.attribute) === name)) continue;
    extra[column.attribute] = value;
  }
  return extra;
}
