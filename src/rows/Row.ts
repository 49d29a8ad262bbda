/**
 * A row as relgraph hands it around — column values keyed by attribute name — and the keys that
 * name rows: what the loaders, the session and the executors share about rows, so that none of
 * them imports another for it.
 */
import type { TableColumn } from '../declare/index.js';

/** A row as relgraph hands it around: column values keyed by attribute name. */
export type Row = Readonly<Record<string, unknown>>;

/**
 * A stable string for a key tuple, so that keys compare by value: DataLoader's cache key, and
 * the grouping of related rows by owner. One number or string — the usual key — takes a short
 * path; anything else is JSON (which starts with `[`, so the two never meet).
 *
 * @example
 * keyString([7])          // 'n7'
 * keyString(['ab'])       // 'sab'
 * keyString([1, 'x'])     // '[1,"x"]'
 */
export function keyString(values: readonly unknown[]): string {
  if (values.length === 1) {
    const value = values[0];
    if (typeof value === 'number') return `n${value}`;
    if (typeof value === 'string') return `s${value}`;
  }
  return JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v)));
}

/** `keyString([value])`, without the array: once per row on the read path. */
export function valueKeyString(value: unknown): string {
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'string') return `s${value}`;
  return keyString([value]);
}

export function keyOf(row: Row, columns: readonly TableColumn[]): unknown[] {
  return columns.map((column) => row[column.attribute]);
}
