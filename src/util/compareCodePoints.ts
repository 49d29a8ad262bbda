/**
 * Code-unit order, the same on every machine (unlike `localeCompare`): for output that must not
 * depend on where it was made (generated modules, sorted catalogs).
 *
 * @example
 * ['b', 'B', 'a'].sort(compareCodePoints) // ['B', 'a', 'b']
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
