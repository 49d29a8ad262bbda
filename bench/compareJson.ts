/** Compares two JSON answers and describes where they differ, path by path. */

export interface JsonDifference {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
  /** Only the order of an object's keys differs here (same keys, same values). */
  readonly keyOrderOnly: boolean;
}

/**
 * Up to `limit` differences between `expected` and `actual`, in document order. Key order counts:
 * a GraphQL response lists fields in the order of the selection set (GraphQL spec, "Serialized
 * Map Ordering"), so a different order is a difference too, marked `keyOrderOnly`.
 *
 * @example
 * jsonDifferences({ a: [1, 2] }, { a: [1, 3] }) // [{ path: '$.a[1]', expected: '2', actual: '3', keyOrderOnly: false }]
 */
export function jsonDifferences(expected: unknown, actual: unknown, limit = 10): JsonDifference[] {
  const found: JsonDifference[] = [];
  const visit = (path: string, a: unknown, b: unknown): void => {
    if (found.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length)
        found.push({ path: `${path}.length`, expected: String(a.length), actual: String(b.length), keyOrderOnly: false });
      for (let i = 0; i < Math.min(a.length, b.length); i++) visit(`${path}[${i}]`, a[i], b[i]);
      return;
    }
    if (isObject(a) && isObject(b)) {
      const keysA = Object.keys(a);
      const keysB = Object.keys(b);
      if (keysA.join() !== keysB.join()) {
        const sameSet = keysA.length === keysB.length && keysA.every((key) => key in b);
        found.push({ path: `${path} (keys)`, expected: keysA.join(', '), actual: keysB.join(', '), keyOrderOnly: sameSet });
      }
      for (const key of keysA) if (key in b) visit(`${path}.${key}`, a[key], b[key]);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push({ path, expected: show(a), actual: show(b), keyOrderOnly: false });
  };
  visit('$', expected, actual);
  return found;
}

export function formatDifferences(expectedName: string, actualName: string, differences: readonly JsonDifference[]): string {
  return differences
    .map(
      (d) =>
        `  at ${d.path}${d.keyOrderOnly ? ' (same keys, other order)' : ''}\n    ${expectedName}: ${d.expected}\n    ${actualName}: ${d.actual}`,
    )
    .join('\n');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
