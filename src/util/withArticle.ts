/** "a Parent", "an Author": the indefinite article for a name, by its first letter. */

/**
 * @example
 * withArticle('Parent') // 'a Parent'
 * withArticle('Author') // 'an Author'
 */
export function withArticle(name: string): string {
  return `${/^[AEIOUaeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}
