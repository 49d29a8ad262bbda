/**
 * Authorization rules, declared beside the models: who may read a model and which of its rows
 * and fields, and who may create, update, delete or link. A rule is `true`, `false`, or a row
 * filter written like the model's GraphQL `Where` input — or a function of the request's
 * context returning one of those. With a policy, whatever it does not allow is denied.
 */

/** A filter in the shape of the model's `Where` input: `{ owner: { eq: 'ann' } }`. */
export type WhereRule = { readonly [field: string]: unknown };

export type RuleValue = boolean | WhereRule;

export type Rule<C> = RuleValue | ((context: C) => RuleValue);

export interface ModelRules<C> {
  /** Which rows may be read (root lists and lookups, relationships, filters on relationships). */
  readonly read?: Rule<C>;
  /** May a row be created; a filter is checked against the new row before COMMIT. */
  readonly create?: Rule<C>;
  /** Which rows may be updated; checked before the change and again after it. */
  readonly update?: Rule<C>;
  /** Which rows may be deleted. */
  readonly delete?: Rule<C>;
  /**
   * Which rows of this model may be linked or unlinked through its relationships (link
   * mutations, nested connect / disconnect / set / create).
   */
  readonly link?: Rule<C>;
  /** `link` for one relationship (or association proxy), by name; overrides `link` for it. */
  readonly links?: { readonly [relationship: string]: Rule<C> };
  /** Columns or relationships readable only where their rule says true (default: readable). */
  readonly fields?: { readonly [attribute: string]: boolean | ((context: C) => boolean) };
}

export interface Policy<C = any> {
  readonly kind: 'policy';
  /** By model name. A model without rules is denied everything. */
  readonly models: { readonly [model: string]: ModelRules<C> };
}

/**
 * @example
 * export const policy = definePolicy<{ role: string; user?: string }>({
 *   Parent: { read: true, link: (ctx) => ctx.role === 'linker' && { owner: { eq: ctx.user } } },
 *   Child: { read: (ctx) => ctx.role !== 'anon' && { secret: { eq: false } }, fields: { secret: false } },
 * });
 */
export function definePolicy<C>(models: { readonly [model: string]: ModelRules<C> }): Policy<C> {
  if (typeof models !== 'object' || models === null) {
    throw new TypeError(`definePolicy(models) expects an object of rules by model name, but got: ${String(models)}.`);
  }
  return Object.freeze({ kind: 'policy', models: Object.freeze({ ...models }) });
}

export function isPolicy(value: unknown): value is Policy {
  return (value as { kind?: unknown } | null)?.kind === 'policy';
}
