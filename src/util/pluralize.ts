/** English plurals and singulars for generated names (`child` ↔ `children`), via the `pluralize` package. */
import pluralizeLibrary from 'pluralize';

/**
 * Pluralizes the last word of a camelCase name.
 *
 * @example
 * plural('child')          // 'children'
 * plural('parentTag')      // 'parentTags'
 */
export function plural(name: string): string {
  return mapLastWord(name, (word) => pluralizeLibrary.plural(word));
}

/**
 * Singularizes the last word of a camelCase name.
 *
 * @example
 * singular('children')          // 'child'
 * singular('childAssociations') // 'childAssociation'
 */
export function singular(name: string): string {
  return mapLastWord(name, (word) => pluralizeLibrary.singular(word));
}

function mapLastWord(name: string, transform: (word: string) => string): string {
  const match = /^(.*?)([A-Z]?[a-z0-9]+|[A-Z]+)$/.exec(name);
  if (!match) return transform(name);
  const [, head = '', last = ''] = match;
  const transformed = transform(last.toLowerCase());
  const restored =
    last[0] === last[0]?.toUpperCase() && /[A-Z]/.test(last[0] ?? '')
      ? transformed.charAt(0).toUpperCase() + transformed.slice(1)
      : transformed;
  return head + restored;
}
