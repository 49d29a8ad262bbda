/**
 * Value conversions both dialects share. Inside relgraph a `dateTime` is a JS `Date`, a `date` a
 * `YYYY-MM-DD` string, `bigInteger` and `numeric` decimal strings, `json` any JSON value.
 */
import type { ColumnType } from '../declare/index.js';
import { inspect } from '../util/inspect.js';

/**
 * @example
 * toDate('2026-11-25T09:30:00Z') // Date 2026-11-25T09:30:00.000Z
 * toDate('2026-11-25 09:30:00')  // the same instant: text without a zone is UTC, as stored
 */
export function toDate(value: unknown): Date {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') date = new Date(zonelessAsUtc(value));
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new TypeError(`Expected a date and time (a Date or an ISO-8601 string), but got: ${inspect(value)}.`);
  }
  return date;
}

/** `'2026-11-25 09:30:00.123'` → `'2026-11-25T09:30:00.123Z'`; text with a zone is left alone. */
function zonelessAsUtc(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(text);
  return match ? `${match[1]}T${match[2]}Z` : text;
}

/**
 * MySQL's `DATETIME(3)` literal, in UTC (the session's `time_zone` is `+00:00`).
 *
 * @example
 * formatUtcDateTime(new Date('2026-11-25T09:30:00.123Z')) // '2026-11-25 09:30:00.123'
 */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().slice(0, 23).replace('T', ' ');
}

/**
 * @example
 * toDateString('2026-11-25')                        // '2026-11-25'
 * toDateString(new Date('2026-11-25T23:30:00Z'))    // '2026-11-25' (the UTC date)
 */
export function toDateString(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new TypeError(`Expected a date "YYYY-MM-DD", but got: ${inspect(value)}.`);
}

/**
 * @example
 * toDecimalString(12.5, 2)   // '12.50'
 * toDecimalString('12.50')   // '12.50'
 * toDecimalString(9007199254740993n) // '9007199254740993'
 */
export function toDecimalString(value: unknown, scale?: number): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isFinite(value)) return scale === undefined ? String(value) : value.toFixed(scale);
  throw new TypeError(`Expected a decimal number, but got: ${inspect(value)}.`);
}

/**
 * JSON text as the database returned it (a string, or a Buffer) to the value it holds.
 *
 * @example
 * parseJson('{"a":[1,2]}') // { a: [1, 2] }
 * parseJson('"text"')      // 'text'
 */
export function parseJson(value: unknown): unknown {
  if (typeof value === 'string') return JSON.parse(value);
  if (value instanceof Uint8Array) return JSON.parse(Buffer.from(value).toString('utf8'));
  return value;
}

/** `true`, `1`, `'1'` and `1n` are true; `false`, `0`, `'0'` and `0n` false. */
export function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return value !== 0 && value !== 0n;
  if (typeof value === 'string') return value !== '0' && value !== '' && value !== 'false';
  throw new TypeError(`Expected a boolean, but got: ${inspect(value)}.`);
}

/**
 * The members of a `Set` column as the database stores them: joined by commas, each once, in
 * the order the column declares them (MySQL stores a SET so, whatever order it was given in).
 *
 * @example
 * joinSetMembers(Set(['a', 'b', 'c']), ['c', 'a', 'c']) // 'a,c'
 * joinSetMembers(Set(['a', 'b', 'c']), [])              // ''
 */
export function joinSetMembers(type: ColumnType, value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) throw new TypeError(`Expected a list of set members, but got: ${inspect(value)}.`);
  const given = new Set(value);
  return (type.values ?? []).filter((member) => given.has(member)).join(',');
}

/**
 * @example
 * splitSetMembers('a,c') // ['a', 'c']
 * splitSetMembers('')    // []
 */
export function splitSetMembers(value: unknown): string[] {
  const text = typeof value === 'string' ? value : value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : String(value);
  return text === '' ? [] : text.split(',');
}

/** Bytes as a Buffer: what both drivers bind and return for BLOBs. Text is taken as UTF-8. */
export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  throw new TypeError(`Expected bytes (a Buffer), but got: ${inspect(value)}.`);
}

/**
 * A value as a driver returned it, to relgraph's representation of its column type. Both
 * drivers are configured to hand over the same shapes (see each dialect's notes), so one
 * decoder serves both: integers as numbers, BIGINT and DECIMAL as decimal strings (written
 * back with the column's scale), booleans as 0/1, DATETIME as a Date or UTC text, DATE as
 * `YYYY-MM-DD`, JSON as text, TIME as `HH:MM:SS` text, SET as its members joined by commas,
 * BLOB as a Buffer.
 *
 * @example
 * decodeColumnValue(Numeric(10, 2), 12.5)      // '12.50'
 * decodeColumnValue(Boolean, 1)                // true
 * decodeColumnValue(JSON, '{"a":[1,2]}')       // { a: [1, 2] }
 */
export function decodeColumnValue(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case 'integer':
    case 'smallInteger':
    case 'tinyInteger':
    case 'year':
    case 'float':
      return typeof value === 'number' ? value : Number(value);
    case 'bigInteger':
      return toDecimalString(value);
    case 'numeric':
      return toDecimalString(value, type.scale);
    case 'boolean':
      return toBoolean(value);
    case 'dateTime':
      return toDate(value);
    case 'date':
      return toDateString(value);
    case 'json':
      return parseJson(value);
    case 'set':
      return splitSetMembers(value);
    case 'largeBinary':
      return toBuffer(value);
    case 'string':
    case 'text':
    case 'time':
    case 'enum':
      return typeof value === 'string' ? value : String(value);
  }
}
