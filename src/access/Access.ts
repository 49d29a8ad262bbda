/**
 * One request's view of the authorization policy: each rule evaluated once with the request's
 * context, row filters turned into `Filter`s for the SQL builders, and the checks that answer
 * FORBIDDEN. Without a policy everything is allowed; with one, what it does not allow is denied.
 */
import { ForbiddenError } from '../errors/RelgraphError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel } from '../mapper/index.js';
import type { Policy, Rule, RuleValue } from '../policy/index.js';
import type { Filter, ReadScope } from '../sql/ListQuery.js';
import { readWhere } from '../arguments/readListArgs.js';
import type { FieldIndex } from '../inflect/FieldIndex.js';

export type WriteAction = 'create' | 'update' | 'delete' | 'link';
type Action = 'read' | WriteAction;

/** A rule, evaluated: every row, no row, or the rows a filter matches. */
export type Decision = boolean | Filter;

/** Matches nothing: what a denied model's rows look like from inside a filter. */
const nothing: Filter = { kind: 'or', items: [] };

export class Access {
  readonly #policy: Policy | undefined;
  readonly #context: unknown;
  readonly #fields: FieldIndex;
  readonly #inflection: Inflection;
  readonly #decisions = new Map<string, Decision>();

  constructor(policy: Policy | undefined, context: unknown, fields: FieldIndex, inflection: Inflection) {
    this.#policy = policy;
    this.#context = context;
    this.#fields = fields;
    this.#inflection = inflection;
  }

  get enforced(): boolean {
    return this.#policy !== undefined;
  }

  /** The rows of each model this viewer may read, for the SQL builders. */
  readonly scope: ReadScope = (model) => {
    const decision = this.decide('read', model);
    return decision === true ? undefined : decision === false ? nothing : decision;
  };

  /**
   * @param relationship for `link`: the relationship (or proxy) written through; its own rule
   *   in `links` wins over `link`.
   */
  decide(action: Action, model: MappedModel, relationship?: string): Decision {
    if (!this.#policy) return true;
    const key = `${action}|${model.name}|${relationship ?? ''}`;
    let decision = this.#decisions.get(key);
    if (decision === undefined) {
      const rules = this.#policy.models[model.name];
      const rule: Rule<unknown> | undefined =
        action === 'link' ? ((relationship !== undefined ? rules?.links?.[relationship] : undefined) ?? rules?.link) : rules?.[action];
      decision = this.#evaluate(model, rule);
      this.#decisions.set(key, decision);
    }
    return decision;
  }

  /** Throws FORBIDDEN when the viewer may not read `model` at all. */
  assertReadable(model: MappedModel): void {
    if (this.decide('read', model) === false) throw new ForbiddenError(`You may not read ${model.name}.`);
  }

  /** Whether a field (column, relationship or proxy attribute) is visible to this viewer. */
  fieldVisible(model: MappedModel, attribute: string): boolean {
    const rule = this.#policy?.models[model.name]?.fields?.[attribute];
    if (rule === undefined) return true;
    return typeof rule === 'function' ? rule(this.#context) === true : rule;
  }

  assertFieldVisible(model: MappedModel, attribute: string): void {
    if (!this.fieldVisible(model, attribute)) {
      throw new ForbiddenError(`You may not read ${model.name}.${this.#inflection.fieldName(attribute)}.`);
    }
  }

  /** Throws FORBIDDEN when `action` is denied on every row of `model`. */
  assertAllowed(action: WriteAction, model: MappedModel, relationship?: string): Decision {
    const decision = this.decide(action, model, relationship);
    if (decision === false) throw new ForbiddenError(forbiddenMessage(action, model, relationship, this.#inflection));
    return decision;
  }

  #evaluate(model: MappedModel, rule: Rule<unknown> | undefined): Decision {
    const value: RuleValue | undefined = typeof rule === 'function' ? rule(this.#context) : rule;
    if (value === undefined || value === false || value === null) return false;
    if (value === true) return true;
    if (typeof value !== 'object') {
      throw new TypeError(
        `A policy rule for ${model.name} returned ${String(value)}; rules return true, false or a filter like the model's Where input.`,
      );
    }
    return readWhere(model, value as Record<string, unknown>, this.#fields, { strict: true });
  }
}

export function forbiddenMessage(
  action: WriteAction,
  model: MappedModel,
  relationship: string | undefined,
  inflection: Inflection,
): string {
  if (action === 'link') return `You may not link or unlink ${model.name}.${inflection.fieldName(relationship ?? '')} here.`;
  return `You may not ${action} ${action === 'create' ? model.name : `this ${model.name}`}.`;
}
