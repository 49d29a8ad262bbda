/** Asserts something that cannot happen unless relgraph itself has a bug. */

/**
 * A message that names values is given as a function, so that it is built only on failure: an
 * invariant checked per row must not format two instances per row.
 *
 * @example
 * invariant(relationship.reverse !== undefined, 'a backref always has a reverse');
 * invariant(value !== undefined, () => `the key of ${state} is known`);
 */
export function invariant(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(`relgraph internal error: ${typeof message === 'function' ? message() : message}`);
}
