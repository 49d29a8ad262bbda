/**
 * A write that found a versioned row changed or deleted since it was read: optimistic locking's
 * refusal (SQLAlchemy's `StaleDataError`, raised when an UPDATE or DELETE with `version_id_col`
 * matches fewer rows than expected).
 */
import { ErrorCode } from './codes.js';
import { RelgraphError } from './RelgraphError.js';

export interface StaleRow {
  /** The model's name, `Parent`. */
  readonly model: string;
  /** The row's primary key as `[attribute, value]` pairs. */
  readonly key: ReadonlyArray<readonly [string, unknown]>;
  /** The version the write expected the row to hold. */
  readonly expected: unknown;
  /** How many rows of the same write were stale, this one included. */
  readonly count: number;
}

/**
 * Raised by a flush (and by the update and delete mutations when the version a client sent is
 * not the row's): nothing of the flush is kept, since its transaction rolls back. Clients get
 * `STALE_DATA`; it is never retried, as a deadlock would be: the same write would meet the
 * same newer row again.
 *
 * @example
 * new StaleDataError({ model: 'Parent', key: [['id', 3]], expected: 4, count: 1 }).message
 * // 'Parent with id 3 was changed or deleted by someone else since it was read (version 4 expected). Read it again and retry.'
 */
export class StaleDataError extends RelgraphError {
  readonly row: StaleRow;

  /** @param fieldName how the key's attributes are named in the message (GraphQL field names for clients). */
  constructor(row: StaleRow, fieldName: (attribute: string) => string = (attribute) => attribute) {
    super(ErrorCode.STALE_DATA, staleMessage(row, fieldName));
    this.row = row;
  }

  /** The same error, naming the key by the fields clients know (`parentId`, not `parent_id`). */
  withFieldNames(fieldName: (attribute: string) => string): StaleDataError {
    return new StaleDataError(this.row, fieldName);
  }
}

function staleMessage(row: StaleRow, fieldName: (attribute: string) => string): string {
  const key = row.key.map(([attribute, value]) => `${fieldName(attribute)} ${JSON.stringify(value)}`).join(' and ');
  const version = `version ${JSON.stringify(row.expected)} expected`;
  if (row.count <= 1) {
    return `${row.model} with ${key} was changed or deleted by someone else since it was read (${version}). Read it again and retry.`;
  }
  const more = row.count - 1;
  return `${row.model} with ${key} (${version}) and ${more} more ${row.model} row${more === 1 ? '' : 's'} were changed or deleted by someone else since they were read. Read them again and retry.`;
}
