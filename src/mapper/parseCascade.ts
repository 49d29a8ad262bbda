/** Parses a `cascade` string as SQLAlchemy's `CascadeOptions` does (ORM docs, Cascades). */
import { didYouMean } from '../util/didYouMean.js';
import type { Cascade } from './types.js';

const tokens = ['save-update', 'merge', 'refresh-expire', 'expunge', 'delete', 'delete-orphan', 'all', 'none'] as const;
const all = ['save-update', 'merge', 'refresh-expire', 'expunge', 'delete'];

/** The default `"save-update, merge"`. */
export const defaultCascade: Cascade = Object.freeze(toCascade(new Set(['save-update', 'merge'])));

/** What a viewonly relationship keeps (SQLAlchemy `_set_cascade`). */
export const viewonlyCascade: Cascade = Object.freeze(toCascade(new Set(['merge', 'refresh-expire', 'expunge'])));

/**
 * @example
 * parseCascade('all, delete-orphan') // { cascade: { delete: true, deleteOrphan: true, ... } }
 * parseCascade('save-update, expunj') // { error: 'unknown cascade option "expunj". Did you mean "expunge"? ...' }
 */
export function parseCascade(text: string): { cascade: Cascade } | { error: string } {
  const names = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const unknown = names.filter((name) => !(tokens as readonly string[]).includes(name));
  if (unknown.length > 0) {
    const first = unknown[0]!;
    return {
      error: `unknown cascade option ${unknown.map((n) => `"${n}"`).join(', ')}.${didYouMean(first, tokens)} Valid options are ${tokens.join(', ')}.`,
    };
  }
  const chosen = new Set<string>();
  for (const name of names) {
    if (name === 'all') all.forEach((n) => chosen.add(n));
    else if (name !== 'none') chosen.add(name);
  }
  if (names.includes('none') && names.length > 1) {
    return { error: `cascade "none" cannot be combined with other options.` };
  }
  return { cascade: Object.freeze(toCascade(chosen)) };
}

function toCascade(chosen: ReadonlySet<string>): Cascade {
  return {
    saveUpdate: chosen.has('save-update'),
    merge: chosen.has('merge'),
    refreshExpire: chosen.has('refresh-expire'),
    expunge: chosen.has('expunge'),
    delete: chosen.has('delete'),
    deleteOrphan: chosen.has('delete-orphan'),
  };
}

/** Prints a cascade back in SQLAlchemy's words, for messages and docs. */
export function formatCascade(cascade: Cascade): string {
  const names: string[] = [];
  if (cascade.saveUpdate) names.push('save-update');
  if (cascade.merge) names.push('merge');
  if (cascade.refreshExpire) names.push('refresh-expire');
  if (cascade.expunge) names.push('expunge');
  if (cascade.delete) names.push('delete');
  if (cascade.deleteOrphan) names.push('delete-orphan');
  return names.join(', ') || 'none';
}
