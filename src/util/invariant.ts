/** Asserts something that cannot happen unless relgraph itself has a bug. */

/**
 * @example
 * invariant(relationship.reverse !== undefined, 'a backref always has a reverse');
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`relgraph internal error: ${message}`);
}
