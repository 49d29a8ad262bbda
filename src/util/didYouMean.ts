/** Suggests the closest names to a misspelt one, for the "fix" part of an error message. */

/**
 * Returns ` Did you mean "children"?` (with a leading space) or `''`.
 *
 * @example
 * didYouMean('childs', ['children', 'name']) // ' Did you mean "children"?'
 */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const close = suggestionList(input, candidates).slice(0, 3);
  if (close.length === 0) return '';
  const quoted = close.map((name) => `"${name}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` Did you mean ${list}?`;
}

/** Candidates within an edit distance of about 40% of the input's length, closest first. */
export function suggestionList(input: string, candidates: Iterable<string>): string[] {
  const scored: Array<[string, number]> = [];
  const threshold = Math.floor(input.length * 0.4) + 1;
  for (const candidate of candidates) {
    const distance = input.toLowerCase() === candidate.toLowerCase() ? 0.5 : editDistance(input, candidate);
    const prefix = candidate.toLowerCase().startsWith(input.toLowerCase().slice(0, 4)) && input.length >= 4;
    if (distance <= threshold || prefix) scored.push([candidate, distance]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** Levenshtein distance, case-insensitive. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}
