/**
 * Turns a failure to reach the database into the error the caller can act on:
 * `DatabaseUrlError` when the URL can never work as written, `DatabaseUnavailableError` when
 * the database cannot be reached now. Each dialect says which of its errors are which.
 */
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError.js';
import { DatabaseUrlError } from '../errors/DatabaseUrlError.js';

/** What went wrong with a connection, in words for the operator, as a dialect reads its driver's error. */
export interface ConnectionProblem {
  /**
   * Retrying cannot help: the server refused the user or the database, or the TLS asked for
   * cannot work. Otherwise the database cannot be reached right now (down, restarting, full).
   */
  readonly lasting: boolean;
  /** What failed, ending with the driver's code: `nothing accepts connections there (ECONNREFUSED)`. */
  readonly what: string;
  /** What to do about it: `start the database, or fix the host and port`. */
  readonly fix: string;
}

/**
 * One sentence: where (`target`, the URL with its password hidden), what failed, the fix.
 *
 * @example
 * connectionFailure('The database URL (--db or DATABASE_URL) points at mysql://app:***@db:3306/shop',
 *   { lasting: false, what: 'nothing accepts connections there (ECONNREFUSED)', fix: 'start the database, or fix the host and port' }, error)
 * // DatabaseUnavailableError: The database URL (--db or DATABASE_URL) points at mysql://app:***@db:3306/shop, but nothing accepts connections there (ECONNREFUSED); start the database, or fix the host and port.
 */
export function connectionFailure(target: string, problem: ConnectionProblem, cause: unknown): DatabaseUrlError | DatabaseUnavailableError {
  const message = `${target}, but ${problem.what}; ${problem.fix}.`;
  return problem.lasting ? new DatabaseUrlError(message, { cause }) : new DatabaseUnavailableError(message, { cause });
}
