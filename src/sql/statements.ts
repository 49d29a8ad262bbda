/**
 * Dialect-neutral SQL statements as plain data. `loaders/` and `session/` build them; a
 * `Dialect` renders them to text with `?` placeholders. Nothing here holds SQL text, and every
 * value a request supplies travels as a `value` node, so it can only ever become a parameter.
 */
import type { ColumnType } from '../declare/index.js';

/** A column of a table in the FROM list, by the alias given to that table. */
export interface ColumnRef {
  readonly kind: 'column';
  readonly table: string;
  readonly name: string;
}

/** A bound parameter. `type` tells the dialect how to encode it (dates, booleans, JSON). */
export interface ValueNode {
  readonly kind: 'value';
  readonly value: unknown;
  readonly type: ColumnType | undefined;
}

export type Expr =
  | ColumnRef
  | ValueNode
  | { readonly kind: 'compare'; readonly op: '=' | '<>' | '<' | '<=' | '>' | '>='; readonly left: Expr; readonly right: Expr }
  /** `(a, b) IN ((?, ?), ...)`; one column gives `a IN (?, ...)`. Empty `rows` is false (true when negated). */
  | {
      readonly kind: 'in';
      readonly columns: readonly ColumnRef[];
      readonly rows: ReadonlyArray<readonly ValueNode[]>;
      readonly negated: boolean;
    }
  | { readonly kind: 'isNull'; readonly expr: Expr; readonly negated: boolean }
  /** `expr LIKE pattern ESCAPE '\'`, the same on every dialect. */
  | { readonly kind: 'like'; readonly expr: Expr; readonly pattern: ValueNode }
  /** A `Set` column has the member: `FIND_IN_SET(?, col) > 0` on MySQL. */
  | { readonly kind: 'setHas'; readonly expr: ColumnRef; readonly member: ValueNode }
  | { readonly kind: 'and' | 'or'; readonly items: readonly Expr[] }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'exists'; readonly select: Select }
  | { readonly kind: 'literal'; readonly value: boolean };

export interface OrderItem {
  readonly expr: ColumnRef;
  readonly descending: boolean;
}

export interface TableRef {
  readonly table: string;
  readonly alias: string;
}

export interface Join extends TableRef {
  readonly on: Expr;
  /** LEFT keeps the outer row when nothing matches (a to-one relationship loaded alongside). */
  readonly type?: 'inner' | 'left';
}

/** `COUNT(*)`, or `SUM` / `AVG` / `MIN` / `MAX` of a column: what an aggregate field reads. */
export interface AggregateCall {
  readonly kind: 'aggregate';
  readonly fn: 'count' | 'sum' | 'avg' | 'min' | 'max';
  /** The column aggregated; none for `COUNT(*)`. */
  readonly arg: ColumnRef | undefined;
  /**
   * Aggregate the column as a double: an average of integers, which MySQL would answer as a
   * DECIMAL with four places and SQLite as a double.
   */
  readonly asDouble?: boolean;
}

export interface SelectColumn {
  readonly expr: ColumnRef | AggregateCall;
  /** The key of this value in the returned rows. */
  readonly alias: string;
}

export interface Select {
  readonly kind: 'select';
  readonly columns: readonly SelectColumn[];
  readonly from: TableRef;
  readonly joins: readonly Join[];
  readonly where: Expr | undefined;
  /** `GROUP BY`: one row per owner key, for aggregates. */
  readonly groupBy?: readonly ColumnRef[];
  readonly orderBy: readonly OrderItem[];
  readonly limit: number | undefined;
  readonly offset: number | undefined;
  /**
   * A locking read, where the dialect has row locks (SQLite's single writer needs none): the
   * rows read stay as read until the transaction ends. `update` (`FOR UPDATE`) for rows this
   * transaction will change; `share` (`LOCK IN SHARE MODE`) for rows it only needs to exist
   * unchanged — the ends of a link — which other transactions may share.
   */
  readonly lock?: LockMode;
}

/** How a locking read locks its rows (`Select.lock`). */
export type LockMode = 'update' | 'share';

/**
 * A page per parent in one statement. Where the database has window functions: rows numbered
 * within each partition (`ROW_NUMBER() OVER (PARTITION BY ...)`), kept where
 * `offset < n <= offset + limit`. Where it has none (MySQL 5.7, MariaDB 10.1): one ordered,
 * limited SELECT per owner key, glued with `UNION ALL`.
 */
export interface WindowedSelect {
  readonly kind: 'windowedSelect';
  /** The rows of every owner, without the owner-key condition (the dialect adds it per form). */
  readonly select: Select;
  /** The owner-key columns the rows carry. */
  readonly partitionBy: readonly ColumnRef[];
  /** The owner keys, tuples in `partitionBy` order. */
  readonly keys: ReadonlyArray<readonly ValueNode[]>;
  readonly limit: number | undefined;
  readonly offset: number;
  /** At most this many rows over all parents (the operation's row budget), if set. */
  readonly totalLimit?: number;
}

export interface Insert {
  readonly kind: 'insert';
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly ValueNode[]>;
  /**
   * `'ignore'`: a row whose key already exists is skipped, and only that conflict (MySQL
   * `ON DUPLICATE KEY UPDATE c = c`, SQLite `ON CONFLICT DO NOTHING`). Never `INSERT IGNORE`,
   * which would also swallow foreign-key and NOT NULL errors.
   */
  readonly onConflict: 'error' | 'ignore';
  /** Columns to return for each inserted row, where the dialect can (`RETURNING`). */
  readonly returning: readonly string[];
}

/** One assignment of an UPDATE: `column = ?`, or `column = column + n` (a version counter, bumped where it stands). */
export type Assignment = { readonly column: string; readonly value: ValueNode } | { readonly column: string; readonly increment: number };

export interface Update {
  readonly kind: 'update';
  readonly table: string;
  readonly set: readonly Assignment[];
  /** Column references use the table's own name as alias. */
  readonly where: Expr;
}

export interface Delete {
  readonly kind: 'delete';
  readonly table: string;
  readonly where: Expr;
}

export type Statement = Select | WindowedSelect | Insert | Update | Delete;

/** The rendered form: SQL text and its parameters, in order. Produced only by a `Dialect`. */
export interface CompiledQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** What the statement does, for logs and counters. */
  readonly kind: 'select' | 'insert' | 'update' | 'delete' | 'ddl' | 'transaction' | 'session';
}
