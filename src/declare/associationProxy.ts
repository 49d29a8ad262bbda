/** `associationProxy()`: a list of targets reached through an association object, in one field. */
import { callSite } from '../util/callSite.js';

export interface AssociationProxyOptions {
  /**
   * Builds the association object for a target added through the proxy (SQLAlchemy's
   * `creator`). Default: a new association with its relationship `attribute` set to the target.
   */
  readonly creator?: (target: any) => object;
}

export interface AssociationProxyDecl {
  readonly kind: 'associationProxy';
  /** The owner's relationship to the association objects, e.g. `"childAssociations"`. */
  readonly relationship: string;
  /** The association's relationship to the final target, e.g. `"child"`. */
  readonly attribute: string;
  readonly options: AssociationProxyOptions;
  readonly declaredAt: string | undefined;
}

/**
 * @example
 * children: associationProxy('childAssociations', 'child',
 *   { creator: (child) => new Association({ child }) })
 */
export function associationProxy(relationship: string, attribute: string, options: AssociationProxyOptions = {}): AssociationProxyDecl {
  if (typeof relationship !== 'string' || typeof attribute !== 'string') {
    throw new TypeError(
      `associationProxy(relationship, attribute) expects two attribute names, but got: ${String(relationship)}, ${String(attribute)}.`,
    );
  }
  if (options.creator !== undefined && typeof options.creator !== 'function') {
    throw new TypeError(
      `associationProxy("${relationship}", "${attribute}"): creator must be a function, but got: ${String(options.creator)}.`,
    );
  }
  return Object.freeze({
    kind: 'associationProxy',
    relationship,
    attribute,
    options: Object.freeze({ ...options }),
    declaredAt: callSite(),
  });
}

export function isAssociationProxyDecl(value: unknown): value is AssociationProxyDecl {
  return (value as { kind?: unknown } | null)?.kind === 'associationProxy';
}
