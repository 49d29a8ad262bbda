/**
 * Where a relationship's link is stored: the one question about a relationship's direction
 * that the layers above the unit of work ask (which side's input carries a foreign key, which
 * row a link mutation locks, how the schema describes the field). The unit of work itself asks
 * its dependency processors (`session/dependency/`), never the direction.
 */
import type { MappedRelationship } from './types.js';

/**
 * - `owner`: the owner's row holds a foreign key to the target (many-to-one);
 * - `target`: each target row holds a foreign key to the owner (one-to-many);
 * - `secondary`: a row of the `secondary` table links the two (many-to-many).
 */
export type LinkHolder = 'owner' | 'target' | 'secondary';

export function linkHolder(relationship: MappedRelationship): LinkHolder {
  switch (relationship.direction) {
    case 'many-to-one':
      return 'owner';
    case 'one-to-many':
      return 'target';
    case 'many-to-many':
      return 'secondary';
  }
}

/**
 * The GraphQL description of a relationship field.
 *
 * @example
 * describeRelationship(Parent.children) // 'One-to-many: the Child rows that refer to this Parent.'
 */
export function describeRelationship(relationship: MappedRelationship): string {
  const { owner, target, uselist, viewonly } = relationship;
  const how = {
    target: uselist
      ? `One-to-many: the ${target.name} rows that refer to this ${owner.name}.`
      : `One-to-one: the ${target.name} that refers to this ${owner.name}.`,
    owner: `Many-to-one: the ${target.name}${uselist ? ' rows' : ''} this ${owner.name} refers to.`,
    secondary: `Many-to-many: the ${target.name} rows linked to this ${owner.name}.`,
  }[linkHolder(relationship)];
  return viewonly ? `${how} Read-only.` : how;
}

/** How many rows stand on each side of a relationship, as an entity-relationship diagram draws it. */
export type Cardinality = 'one-to-many' | 'many-to-one' | 'one-to-one' | 'many-to-many';

/**
 * A relationship's cardinality: its direction, except that `uselist: false` on the side whose
 * target holds the foreign key — or on the reverse of a many-to-one — makes a one-to-one
 * (SQLAlchemy, "One To One").
 *
 * @example
 * cardinalityOf(Parent.children) // 'one-to-many'
 * cardinalityOf(Parent.child)    // 'one-to-one' (uselist: false)
 */
export function cardinalityOf(relationship: MappedRelationship): Cardinality {
  switch (relationship.direction) {
    case 'many-to-many':
      return 'many-to-many';
    case 'one-to-many':
      return relationship.uselist ? 'one-to-many' : 'one-to-one';
    case 'many-to-one':
      return relationship.reverse && !relationship.reverse.uselist ? 'one-to-one' : 'many-to-one';
  }
}
