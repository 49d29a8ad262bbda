/** Case conversions for generated names: attribute `parent_id` becomes field `parentId`. */

/**
 * @example
 * camelCase('parent_id')  // 'parentId'
 * camelCase('extra_data') // 'extraData'
 * camelCase('parentId')   // 'parentId'
 */
export function camelCase(name: string): string {
  let cased = camelCased.get(name);
  if (cased === undefined) {
    const words = name.split(/[_\-\s]+/).filter((word) => word.length > 0);
    cased = words.map((word, i) => (i === 0 ? lowerFirst(word) : upperFirst(word))).join('');
    // Names come from declarations, so the cache stays small; the bound is for any other caller.
    if (camelCased.size < 10_000) camelCased.set(name, cased);
  }
  return cased;
}

/** Field names are asked for per row and per value on the write path (`inflection.fieldName`). */
const camelCased = new Map<string, string>();

/**
 * @example
 * pascalCase('child_association') // 'ChildAssociation'
 */
export function pascalCase(name: string): string {
  return upperFirst(camelCase(name));
}

export function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}
