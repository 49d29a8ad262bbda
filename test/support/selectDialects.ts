/** Reads `RELGRAPH_DIALECTS`: which dialects a test run covers. Shared by the global setup and `DIALECTS`. */

export const dialectNames = ['sqlite', 'mariadb'] as const;
export type DialectName = (typeof dialectNames)[number];

/**
 * @example
 * selectDialects(undefined)          // ['sqlite', 'mariadb']
 * selectDialects('sqlite')           // ['sqlite']
 * selectDialects('sqlite, mariadb')  // ['sqlite', 'mariadb']
 */
export function selectDialects(value: string | undefined): DialectName[] {
  if (value === undefined || value.trim() === '') return [...dialectNames];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(dialectNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `RELGRAPH_DIALECTS names unknown dialects: ${unknown.map((n) => `"${n}"`).join(', ')}. Use a comma-separated list of ${dialectNames.map((n) => `"${n}"`).join(', ')}.`,
    );
  }
  return dialectNames.filter((name) => names.includes(name));
}
