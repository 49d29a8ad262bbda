/** A unit of work that cannot be written as asked: names the objects and the relationship. */

/**
 * Raised by `Session.flush()` before any SQL runs, e.g. when two relationships write the same
 * row of an association table. Resolvers report it as `BAD_USER_INPUT`.
 */
export class FlushError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlushError';
  }
}
