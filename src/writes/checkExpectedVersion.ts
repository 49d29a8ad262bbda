/**
 * Optimistic locking across requests: the version a client read and sends back to `updateM` or
 * `deleteM` (`updateParent(id: 3, version: 4, input: …)`) must still be the row's, or the write
 * is refused with STALE_DATA before anything is written. The flush then checks, in the UPDATE or
 * DELETE itself, that no other transaction changed the row since this one read it.
 */
import { StaleDataError } from '../errors/StaleDataError.js';
import type { Inflection } from '../inflect/inflection.js';
import type { MappedModel } from '../mapper/index.js';
import { stateOf } from '../session/index.js';
import { sameVersion } from '../session/versioning.js';

/**
 * @example
 * // Parent(id=3) holds version 5:
 * checkExpectedVersion(inflection, Parent, parent, 4) // from updateParent(id: 3, version: 4, …)
 * // StaleDataError: Parent with id 3 was changed or deleted by someone else since it was read (version 4 expected). Read it again and retry.
 */
export function checkExpectedVersion(inflection: Inflection, model: MappedModel, instance: object, expected: unknown): void {
  const column = model.versionColumn;
  if (!column || expected === undefined || expected === null) return;
  const state = stateOf(instance);
  if (sameVersion(state.committed.get(column.attribute), expected)) return;
  const key = state.key('committed');
  throw new StaleDataError(
    { model: model.name, key: model.primaryKey.map((c, i) => [c.attribute, key[i]] as const), expected, count: 1 },
    (attribute) => inflection.fieldName(attribute),
  );
}
