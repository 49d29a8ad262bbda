/**
 * relgraph's limits, on by default (`docs/reliability.md` §0 has where each figure comes
 * from). Every figure can be changed through `createHandler(models, { limits })`.
 */
export interface Limits {
  /**
   * Selection depth, counted as graphql-armor counts it (root field 1, leaves count), except that
   * a connection's and an aggregate's wrapper objects (`edges`, `node`, `nodes`, `pageInfo`,
   * `sum`, …) add no level (`selectionLimits.ts`), and they add no cost either.
   */
  readonly depth: number;
  /** Aliases per operation (`__typename` exempt). */
  readonly aliases: number;
  readonly directives: number;
  /** Tokens per document. */
  readonly tokens: number;
  /**
   * graphql-armor's static cost (objectCost 2, scalarCost 1, depthCostFactor 1.5), with fragments
   * flattened, connection wrappers free and no multiplier for `first` / `last` (`selectionLimits.ts`).
   */
  readonly cost: number;
  /** Characters of query text. */
  readonly queryLength: number;
  /** Bytes of a request body; larger ones get 413 before they are parsed. */
  readonly bodyBytes: number;
  /** Rows one operation may fetch, all lists together. */
  readonly rowBudget: number;
  /** The largest `limit`, `first` or `last` accepted (larger is BAD_USER_INPUT, never clamped). */
  readonly maxLimit: number;
  /**
   * The page size of a connection given neither `first` nor `last`. Plain lists have no default
   * limit: they return every matching row, within the row budget.
   */
  readonly defaultLimit: number;
  /** The largest `offset` a list accepts. */
  readonly maxOffset: number;
  /** Items in one nested-write list (`connect`, `disconnect`, `set`, `create`). */
  readonly nestedListItems: number;
  /** Nesting of input objects: a `create` inside a `create` inside a `create`. */
  readonly inputDepth: number;
  /**
   * Conditions and values in one `where`: each comparison, each `in` / `notIn` value, each
   * `AND` / `OR` item, each `NOT` and each relationship filter counts one. 500 keeps a filter
   * within the 1,000 bind parameters the loaders leave for it (IN lists are padded up to twice
   * their length) and within SQLite's expression depth of 1,000 (an `OR` of n items is n deep).
   */
  readonly filterSize: number;
  /**
   * Nesting of one JSON value, as MySQL's `JSON_DEPTH` counts it (a scalar is 1, `[1]` is 2).
   * 32 is MariaDB's own limit for a JSON column, so both dialects accept the same values.
   */
  readonly jsonDepth: number;
}

export const defaultLimitValues: Limits = {
  depth: 6,
  aliases: 15,
  directives: 50,
  tokens: 1000,
  cost: 5000,
  queryLength: 15_000,
  bodyBytes: 100 * 1024,
  rowBudget: 25_000,
  maxLimit: 1000,
  defaultLimit: 100,
  maxOffset: 100_000,
  nestedListItems: 1000,
  inputDepth: 3,
  filterSize: 500,
  jsonDepth: 32,
};

/** Every figure filled in, each validated: a wrong option fails at startup, not on a request. */
export function getValidLimits(limits: Partial<Limits> = {}): Limits {
  const merged = { ...defaultLimitValues, ...limits };
  for (const [name, value] of Object.entries(merged)) {
    if (!(name in defaultLimitValues)) {
      throw new TypeError(`createHandler(): limits has no option "${name}". Options: ${Object.keys(defaultLimitValues).join(', ')}.`);
    }
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`createHandler(): limits.${name} must be a non-negative integer, but got: ${String(value)}.`);
    }
  }
  return merged;
}
