/**
 * Throws, naming the option, when one of `names` is given and is not a whole number of at least
 * `min`: a wrong figure fails where it is configured (at startup), never on a request.
 *
 * @example
 * checkCounts('listen(): webSockets', { heartbeatMs: -1 }, ['heartbeatMs'])
 * // TypeError: listen(): webSockets.heartbeatMs expects a whole number of at least 1, but got: -1.
 */
export function checkCounts<O extends object>(where: string, options: O, names: ReadonlyArray<keyof O & string>, min = 1): void {
  for (const name of names) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)) {
      throw new TypeError(`${where}.${name} expects a whole number of at least ${min}, but got: ${String(value)}.`);
    }
  }
}
