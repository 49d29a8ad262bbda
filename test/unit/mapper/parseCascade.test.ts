/** Parsing `cascade` strings as SQLAlchemy's CascadeOptions does (R6.1). */
import { describe, expect, it } from 'vitest';
import { defaultCascade, formatCascade, parseCascade, viewonlyCascade } from '../../../src/mapper/parseCascade.js';

function parsed(text: string): string {
  const result = parseCascade(text);
  if ('error' in result) throw new Error(result.error);
  return formatCascade(result.cascade);
}

describe('mapper: cascade', () => {
  it('defaults to save-update, merge', () => {
    expect(formatCascade(defaultCascade)).toBe('save-update, merge');
  });

  it('keeps merge, refresh-expire and expunge for viewonly relationships', () => {
    expect(formatCascade(viewonlyCascade)).toBe('merge, refresh-expire, expunge');
  });

  it('expands all to every option except delete-orphan', () => {
    expect(parsed('all')).toBe('save-update, merge, refresh-expire, expunge, delete');
  });

  it('parses the owned-children setting', () => {
    expect(parsed('all, delete-orphan')).toBe('save-update, merge, refresh-expire, expunge, delete, delete-orphan');
  });

  it('ignores spaces, empty entries and repeats', () => {
    expect(parsed(' save-update ,, delete,save-update ')).toBe('save-update, delete');
  });

  it('reads none, and the empty string, as no cascade', () => {
    expect(parsed('none')).toBe('none');
    expect(parsed('')).toBe('none');
  });

  it('refuses unknown options, suggesting the closest', () => {
    expect(parseCascade('save-update, expunj')).toEqual({
      error:
        'unknown cascade option "expunj". Did you mean "expunge"? Valid options are save-update, merge, refresh-expire, expunge, delete, delete-orphan, all, none.',
    });
  });

  it('lists every unknown option', () => {
    expect(parseCascade('everything, nothing')).toEqual({
      error:
        'unknown cascade option "everything", "nothing". Valid options are save-update, merge, refresh-expire, expunge, delete, delete-orphan, all, none.',
    });
  });

  it('refuses none combined with other options', () => {
    expect(parseCascade('none, delete')).toEqual({ error: 'cascade "none" cannot be combined with other options.' });
  });

  it('returns a frozen cascade', () => {
    const result = parseCascade('all');
    expect('cascade' in result && Object.isFrozen(result.cascade)).toBe(true);
  });
});
