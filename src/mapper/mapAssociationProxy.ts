/** Step 6 of `configure()`: association proxies, built on two mapped relationships (R7.5). */
import type { AssociationProxyDecl } from '../declare/index.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { didYouMean } from '../util/didYouMean.js';
import type { ModelDraft } from './draft.js';
import type { MappedAssociationProxy } from './types.js';

export function mapAssociationProxy(
  owner: ModelDraft,
  name: string,
  decl: AssociationProxyDecl,
  problems: ProblemCollector,
): MappedAssociationProxy | undefined {
  const label = `${owner.name}.${name}`;
  const relationship = owner.relationships.find((r) => r.name === decl.relationship);
  if (!relationship) {
    const names = owner.relationships.map((r) => r.name);
    problems.add(
      'invalid-association-proxy',
      `${label}: associationProxy("${decl.relationship}", "${decl.attribute}") names relationship "${decl.relationship}", which ${owner.name} does not have.${didYouMean(decl.relationship, names)} Name the relationship from ${owner.name} to the association objects.`,
    );
    return undefined;
  }
  if (!relationship.uselist) {
    problems.add(
      'invalid-association-proxy',
      `${label}: ${owner.name}.${relationship.name} is a scalar, but an association proxy reads through a list of association objects. Name a one-to-many relationship.`,
    );
    return undefined;
  }
  const association = relationship.target;
  const attribute = association.relationships.find((r) => r.name === decl.attribute);
  if (!attribute) {
    const names = association.relationships.map((r) => r.name);
    problems.add(
      'invalid-association-proxy',
      `${label}: associationProxy("${decl.relationship}", "${decl.attribute}") names "${decl.attribute}", but ${association.name} has no relationship by that name.${didYouMean(decl.attribute, names)} Name the relationship from ${association.name} to the final target.`,
    );
    return undefined;
  }
  if (attribute.uselist) {
    problems.add(
      'invalid-association-proxy',
      `${label}: ${association.name}.${attribute.name} is a list, but an association proxy expects a scalar at its second hop. Name a many-to-one relationship of ${association.name}.`,
    );
    return undefined;
  }
  return {
    kind: 'associationProxy',
    owner,
    name,
    relationship,
    attribute,
    target: attribute.target,
    creator: decl.options.creator,
    declaredAt: decl.declaredAt,
  };
}
