/**
 * Canaries for S2 (§4.4): a unique injection-shaped string per String argument, and a unique
 * sentinel per Int argument, so the general log shows how each value reached the server.
 */
let next = 0;

/** `rgcanary_<n>'";-- ` — quotes, a statement end and a comment, all of which must stay data. */
export function canary(): string {
  next += 1;
  return `rgcanary_${next}'";-- `;
}

/** 987650000 + n: an Int nobody else sends. */
export function sentinel(): number {
  next += 1;
  return 987_650_000 + next;
}

export function canariesSent(): number {
  return next;
}

/** A GraphQL string literal of `value` (quotes and backslashes escaped). */
export const literal = (value: string) => JSON.stringify(value);
