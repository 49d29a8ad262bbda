/**
 * Authorization checks on the rows a mutation touches. A rule that is a filter is checked in
 * SQL inside the mutation's transaction: before the write for rows that exist (so a denied
 * write sends no DML), after the flush for rows it creates or changes (and a failure rolls the
 * whole operation back, as Hasura's post-checks do).
 */
import { ForbiddenError } from '../errors/RelgraphError.js';
import type { Loaders } from '../loaders/Loaders.js';
import type { MappedModel } from '../mapper/index.js';
import { stateOf } from '../session/index.js';
import type { Filter } from '../sql/ListQuery.js';
import type { Decision } from './Access.js';

interface Deferred {
  readonly model: MappedModel;
  readonly instance: object;
  readonly filter: Filter;
  readonly message: string;
}

export class RowChecks {
  readonly #loaders: () => Loaders;
  readonly #deferred: Deferred[] = [];

  /** `loaders` is asked each time: a mutation replaces its loaders between fields. */
  constructor(loaders: () => Loaders) {
    this.#loaders = loaders;
  }

  /** Rows that exist now must match `decision`, checked at once. */
  async require(model: MappedModel, instances: readonly object[], decision: Decision, message: string): Promise<void> {
    if (decision === true || instances.length === 0) return;
    await this.requireKeys(
      model,
      instances.map((instance) => stateOf(instance).key('committed')),
      decision,
      message,
    );
  }

  /** The rows with these primary keys, which exist now, must match `decision`: checked at once. */
  async requireKeys(model: MappedModel, keys: ReadonlyArray<readonly unknown[]>, decision: Decision, message: string): Promise<void> {
    if (decision === true || keys.length === 0) return;
    if (decision === false) throw new ForbiddenError(message);
    const matches = await this.#loaders().matching(model, keys, decision);
    if (matches.some((match) => !match)) throw new ForbiddenError(message);
  }

  /** A row as it will be after the flush must match `decision`: checked by `runDeferred()`. */
  defer(model: MappedModel, instance: object, decision: Decision, message: string): void {
    if (decision === true) return;
    if (decision === false) throw new ForbiddenError(message);
    this.#deferred.push({ model, instance, filter: decision, message });
  }

  /** After the flush: every deferred check, one SELECT per model and rule. */
  async runDeferred(): Promise<void> {
    const checks = this.#deferred.splice(0);
    for (const check of checks) {
      const [match] = await this.#loaders().matching(check.model, [stateOf(check.instance).key('current')], check.filter);
      if (!match) throw new ForbiddenError(check.message);
    }
  }
}
