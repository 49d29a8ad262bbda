/** Splits a list into pieces of at most `size` items. */

/**
 * @example
 * chunk([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4], [5]]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new TypeError(`chunk() expects a size of at least 1, but got: ${size}.`);
  const pieces: T[][] = [];
  for (let start = 0; start < items.length; start += size) pieces.push(items.slice(start, start + size));
  return pieces;
}
