/** Finds the first lone UTF-16 surrogate of a string: the part of it that is not Unicode text. */

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one (code units: no `u` flag). */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The index of the first code unit in U+D800–U+DFFF that is not half of a surrogate pair, or -1
 * when `text` is well-formed (ECMAScript's `IsStringWellFormedUnicode`). Such a string has no
 * UTF-8 encoding: a driver writing it replaces the code unit with U+FFFD (or the database
 * refuses it), so the database would hold something other than what was sent.
 *
 * @example
 * findLoneSurrogate('a\ud83d\ude00b') // -1 (a pair: 😀)
 * findLoneSurrogate('ab\ud800')       // 2
 * findLoneSurrogate('\udc00\ud800')   // 0 (a low surrogate first, then a high one: no pair)
 */
export function findLoneSurrogate(text: string): number {
  return text.search(loneSurrogate);
}
