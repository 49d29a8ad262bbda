/**
 * Turns what a write met into the contract's codes: database constraint errors become
 * CONSTRAINT_VIOLATION (or BAD_USER_INPUT for values the column cannot take), a refused flush
 * BAD_USER_INPUT, a stale versioned row STALE_DATA (its key named by GraphQL fields). Messages
 * speak of models, never of SQL constraints or tables. A duplicate key that a `connectOrCreate`
 * may have met by losing a race is also noted on the session (`lostConnectOrCreateRace`), for the
 * unit of work to rerun the operation.
 */
import type { Dialect } from '../dialect/Dialect.js';
import { FlushError } from '../errors/FlushError.js';
import { BadUserInputError, ConstraintViolationError, isRelgraphError } from '../errors/RelgraphError.js';
import { StaleDataError } from '../errors/StaleDataError.js';
import type { Inflection } from '../inflect/inflection.js';
import { failedFlushOp } from '../session/index.js';
import { mayBeConnectOrCreateRace } from './applyInput.js';
import { explainConstraint } from './explainConstraint.js';

/** Sessions whose flush met a duplicate key that a `connectOrCreate` may have raced for. */
const raced = new WeakSet<object>();

/**
 * Whether `session`'s operation failed on a duplicate key that a `connectOrCreate` of it may
 * have met because another operation inserted the same key first (`applyInput.ts` explains the
 * race): rerun, its lookup finds that row. The error itself stays CONSTRAINT_VIOLATION, which is
 * what the client gets once the reruns are spent.
 */
export function lostConnectOrCreateRace(session: object): boolean {
  return raced.has(session);
}

/**
 * @param what e.g. `"createParent"`, the field that was writing.
 * @param inflection given, a refused constraint is explained by the write that failed
 *   (`explainConstraint`): the row, the relationship, the declaration that would allow it.
 */
export function mapWriteError(dialect: Dialect, error: unknown, what: string, inflection?: Inflection): unknown {
  if (error instanceof StaleDataError && inflection) return error.withFieldNames((attribute) => inflection.fieldName(attribute));
  if (isRelgraphError(error)) return error;
  if (error instanceof FlushError) return new BadUserInputError(error.message);
  const { kind } = dialect.classifyError(error);
  const failed = failedFlushOp(error);
  if (kind === 'unique-violation' && failed?.kind === 'insert' && failed.state.session && mayBeConnectOrCreateRace(failed.state)) {
    raced.add(failed.state.session);
  }
  const explained = inflection && explainConstraint(failed, kind, what, inflection);
  if (explained) return new ConstraintViolationError(explained, { cause: error });
  switch (kind) {
    case 'unique-violation':
      return new ConstraintViolationError(`${what} failed: a row with the same key or unique value exists already.`, { cause: error });
    case 'foreign-key-violation':
      return new ConstraintViolationError(
        `${what} failed: it refers to a row that does not exist, or removes one that other rows still refer to.`,
        { cause: error },
      );
    case 'not-null-violation':
      return new ConstraintViolationError(`${what} failed: a required value would be empty (for example a link that may not be removed).`, {
        cause: error,
      });
    case 'check-violation':
      return new ConstraintViolationError(`${what} failed: a value is not allowed by the table's rules.`, { cause: error });
    case 'data-too-long':
      return new BadUserInputError(`${what} failed: a value is too long for its field.`);
    case 'bad-value':
      return new BadUserInputError(`${what} failed: a value does not fit its field.`);
    default:
      return error;
  }
}
