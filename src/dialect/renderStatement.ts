/**
 * Renders `sql/` statements to text with `?` placeholders. The SQL both dialects share lives
 * here; each dialect passes the few pieces that differ (`SqlFlavor`).
 */
import type { ColumnType } from '../declare/index.js';
import type {
  AggregateCall,
  ColumnRef,
  CompiledQuery,
  Expr,
  Insert,
  Select,
  Statement,
  ValueNode,
  WindowedSelect,
} from '../sql/statements.js';

export interface SqlFlavor {
  quote(identifier: string): string;
  encode(type: ColumnType | undefined, value: unknown): unknown;
  /** The clause that makes an INSERT skip rows whose key exists. */
  ignoreConflicts(insert: Insert): { prefix: string; suffix: string };
  readonly insertReturning: boolean;
  /** How to write "no limit" when only an offset is given. */
  readonly noLimit: string;
  /** Whether `SELECT ... FOR UPDATE` exists (it does not in SQLite). */
  readonly lockingReads: boolean;
  /** The clause of a shared locking read: ` LOCK IN SHARE MODE`, or ` FOR UPDATE` where there is none. */
  readonly shareLock: string;
  /** `ROW_NUMBER() OVER (...)` (MariaDB 10.2+, MySQL 8, SQLite 3.25+); without it, pages per parent are a UNION ALL. */
  readonly windowFunctions: boolean;
  /** How ORDER BY sorts an enum column: by declaration (MySQL's ENUM) or as text (SQLite's TEXT). */
  readonly enumOrder: 'declaration' | 'text';
  /**
   * Whether the comma-joined set `column` has the member `member` (both rendered SQL): true,
   * false, or NULL when the column is NULL, as a comparison would be.
   */
  setHas(column: string, member: string): string;
}

/** IN lists are padded to these sizes, so the number of distinct statements stays small. */
export function bucketSize(count: number): number {
  let size = 1;
  while (size < count) size *= 2;
  return size;
}

export function renderStatement(statement: Statement, flavor: SqlFlavor): CompiledQuery {
  const params: unknown[] = [];
  const writer = new SqlWriter(flavor, params);
  switch (statement.kind) {
    case 'select':
      return { sql: writer.select(statement), params, kind: 'select' };
    case 'windowedSelect':
      return { sql: writer.windowedSelect(statement), params, kind: 'select' };
    case 'insert':
      return { sql: writer.insert(statement), params, kind: 'insert' };
    case 'update': {
      const set = statement.set
        .map(
          (item) =>
            `${flavor.quote(item.column)} = ${'increment' in item ? writer.increment(item.column, item.increment) : writer.value(item.value)}`,
        )
        .join(', ');
      return { sql: `UPDATE ${flavor.quote(statement.table)} SET ${set} WHERE ${writer.expr(statement.where)}`, params, kind: 'update' };
    }
    case 'delete':
      return { sql: `DELETE FROM ${flavor.quote(statement.table)} WHERE ${writer.expr(statement.where)}`, params, kind: 'delete' };
  }
}

class SqlWriter {
  readonly #flavor: SqlFlavor;
  readonly #params: unknown[];

  constructor(flavor: SqlFlavor, params: unknown[]) {
    this.#flavor = flavor;
    this.#params = params;
  }

  value(node: ValueNode): string {
    this.#params.push(this.#flavor.encode(node.type, node.value));
    return '?';
  }

  /** `"version" + 1`: the column's own value advanced, for an UPDATE's SET; `n` is code's, never a request's. */
  increment(column: string, n: number): string {
    if (!Number.isSafeInteger(n)) throw new TypeError(`An UPDATE's increment must be an integer, but got: ${n}.`);
    return `${this.#flavor.quote(column)} + ${n}`;
  }

  column(ref: ColumnRef): string {
    return `${this.#flavor.quote(ref.table)}.${this.#flavor.quote(ref.name)}`;
  }

  select(select: Select, extraColumns: string[] = []): string {
    const q = this.#flavor.quote;
    const columns = [
      ...select.columns.map((c) => `${c.expr.kind === 'aggregate' ? this.aggregate(c.expr) : this.column(c.expr)} AS ${q(c.alias)}`),
      ...extraColumns,
    ];
    // An EXISTS subquery selects no columns: `SELECT 1`.
    let sql = `SELECT ${columns.length > 0 ? columns.join(', ') : '1'} FROM ${q(select.from.table)} AS ${q(select.from.alias)}`;
    for (const join of select.joins)
      sql += ` ${join.type === 'left' ? 'LEFT' : 'INNER'} JOIN ${q(join.table)} AS ${q(join.alias)} ON ${this.expr(join.on)}`;
    if (select.where) sql += ` WHERE ${this.expr(select.where)}`;
    if (select.groupBy && select.groupBy.length > 0) sql += ` GROUP BY ${select.groupBy.map((ref) => this.column(ref)).join(', ')}`;
    if (extraColumns.length === 0) sql += this.orderAndPage(select);
    return sql;
  }

  aggregate(call: AggregateCall): string {
    const arg = call.arg ? this.column(call.arg) : '*';
    // `1e0` is a double literal in MySQL and a REAL in SQLite: the product, and its average, are doubles.
    return `${call.fn.toUpperCase()}(${call.asDouble ? `${arg} * 1e0` : arg})`;
  }

  orderAndPage(select: Select): string {
    let sql = '';
    if (select.orderBy.length > 0) {
      sql += ` ORDER BY ${select.orderBy.map((o) => `${this.column(o.expr)}${o.descending ? ' DESC' : ' ASC'}`).join(', ')}`;
    }
    if (select.limit !== undefined) sql += ` LIMIT ${this.integer(select.limit)}`;
    else if (select.offset !== undefined) sql += ` LIMIT ${this.#flavor.noLimit}`;
    if (select.offset !== undefined) sql += ` OFFSET ${this.integer(select.offset)}`;
    if (select.lock && this.#flavor.lockingReads) sql += select.lock === 'share' ? this.#flavor.shareLock : ' FOR UPDATE';
    return sql;
  }

  /**
   * `SELECT * FROM (SELECT ..., ROW_NUMBER() OVER (PARTITION BY p ORDER BY o) AS _rg_rn ...) AS
   * _rg_page WHERE _rg_rn > offset AND _rg_rn <= offset + limit ORDER BY _rg_rn`: a page per
   * parent in one statement (MariaDB 10.2+, MySQL 8, SQLite 3.25+).
   */
  windowedSelect(windowed: WindowedSelect): string {
    if (!this.#flavor.windowFunctions) return this.unionPerKey(windowed);
    const q = this.#flavor.quote;
    const { select } = windowed;
    const order = select.orderBy.map((o) => `${this.column(o.expr)}${o.descending ? ' DESC' : ' ASC'}`).join(', ');
    const partition = windowed.partitionBy.map((ref) => this.column(ref)).join(', ');
    const rowNumber = `ROW_NUMBER() OVER (PARTITION BY ${partition}${order ? ` ORDER BY ${order}` : ''}) AS ${q('_rg_rn')}`;
    const keys: Expr = { kind: 'in', columns: windowed.partitionBy, rows: windowed.keys, negated: false };
    const inner = this.select({ ...select, where: select.where ? { kind: 'and', items: [keys, select.where] } : keys }, [rowNumber]);
    let sql = `SELECT * FROM (${inner}) AS ${q('_rg_page')} WHERE ${q('_rg_rn')} > ${this.integer(windowed.offset)}`;
    if (windowed.limit !== undefined) sql += ` AND ${q('_rg_rn')} <= ${this.integer(windowed.offset + windowed.limit)}`;
    sql += ` ORDER BY ${q('_rg_rn')}`;
    if (windowed.totalLimit !== undefined) sql += ` LIMIT ${this.integer(windowed.totalLimit)}`;
    return sql;
  }

  /**
   * The same pages without window functions: per owner key, its own ordered and limited SELECT,
   * each wrapped so that both MySQL and SQLite accept its ORDER BY and LIMIT inside UNION ALL.
   * Each part carries its number and its order values, so the outer ORDER BY keeps every
   * owner's rows together and in order (UNION ALL itself promises no order). Keys are not
   * padded here: a repeated key would repeat its rows.
   */
  unionPerKey(windowed: WindowedSelect): string {
    const q = this.#flavor.quote;
    const { select } = windowed;
    const parts = windowed.keys.map((key, part) => {
      const match: Expr[] = windowed.partitionBy.map((ref, i) => ({ kind: 'compare', op: '=', left: ref, right: key[i]! }));
      const conditions = select.where ? [...match, select.where] : match;
      const where: Expr = conditions.length === 1 ? conditions[0]! : { kind: 'and', items: conditions };
      const extra = [
        `${this.integer(part)} AS ${q('_rg_part')}`,
        ...select.orderBy.map((o, i) => `${this.column(o.expr)} AS ${q(`_rg_o${i}`)}`),
      ];
      const body =
        this.select({ ...select, where }, extra) +
        this.orderAndPage({ ...select, limit: windowed.limit, offset: windowed.offset || undefined });
      return `SELECT * FROM (${body}) AS ${q(`_rg_p${part}`)}`;
    });
    const order = [q('_rg_part'), ...select.orderBy.map((o, i) => `${q(`_rg_o${i}`)}${o.descending ? ' DESC' : ' ASC'}`)].join(', ');
    let sql = `SELECT * FROM (${parts.join(' UNION ALL ')}) AS ${q('_rg_page')} ORDER BY ${order}`;
    if (windowed.totalLimit !== undefined) sql += ` LIMIT ${this.integer(windowed.totalLimit)}`;
    return sql;
  }

  insert(insert: Insert): string {
    const q = this.#flavor.quote;
    const rows = insert.rows.map((row) => `(${row.map((v) => this.value(v)).join(', ')})`).join(', ');
    const conflict = insert.onConflict === 'ignore' ? this.#flavor.ignoreConflicts(insert) : { prefix: '', suffix: '' };
    let sql = `INSERT${conflict.prefix} INTO ${q(insert.table)} (${insert.columns.map(q).join(', ')}) VALUES ${rows}${conflict.suffix}`;
    if (insert.returning.length > 0 && this.#flavor.insertReturning) sql += ` RETURNING ${insert.returning.map(q).join(', ')}`;
    return sql;
  }

  /** Integers for LIMIT, OFFSET and row numbers travel as parameters too: one text per shape. */
  integer(n: number): string {
    if (!Number.isSafeInteger(n) || n < 0) throw new TypeError(`Expected a non-negative integer for LIMIT or OFFSET, but got: ${n}.`);
    this.#params.push(n);
    return '?';
  }

  expr(expr: Expr): string {
    switch (expr.kind) {
      case 'column':
        return this.column(expr);
      case 'value':
        return this.value(expr);
      case 'compare':
        if (
          expr.op !== '=' &&
          expr.op !== '<>' &&
          expr.right.kind === 'value' &&
          expr.right.type?.kind === 'enum' &&
          this.#flavor.enumOrder === 'declaration'
        ) {
          return this.enumCompare(expr.left, expr.op, expr.right);
        }
        return `${this.expr(expr.left)} ${expr.op} ${this.expr(expr.right)}`;
      case 'in':
        return this.inList(expr.columns, expr.rows, expr.negated);
      case 'isNull':
        return `${this.expr(expr.expr)} IS ${expr.negated ? 'NOT ' : ''}NULL`;
      case 'setHas': {
        // A column pushes no parameter, so the member's placeholder may come before or after it.
        const column = this.expr(expr.expr);
        return this.#flavor.setHas(column, this.value(expr.member));
      }
      case 'like':
        // ESCAPE makes `\` the escape character on both dialects (MySQL's default; SQLite has none).
        return `${this.expr(expr.expr)} LIKE ${this.value(expr.pattern)} ESCAPE ${this.value({ kind: 'value', value: '\\', type: undefined })}`;
      case 'and':
      case 'or':
        return `(${expr.items.map((item) => this.expr(item)).join(expr.kind === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `NOT (${this.expr(expr.expr)})`;
      case 'exists':
        return `EXISTS (${this.select(expr.select)})`;
      case 'literal':
        return expr.value ? '(1 = 1)' : '(1 = 0)';
    }
  }

  /**
   * An order comparison of an ENUM where the database sorts enums by their declaration (MySQL):
   * by position, as ORDER BY sorts them, not as text, as `col > 'x'` would compare (a cursor's
   * keyset condition needs the two to agree). `col + 0` is the value's 1-based position, and
   * `FIELD(?, 'a', 'b', ...)` the given value's.
   */
  enumCompare(left: Expr, op: string, right: ValueNode): string {
    // Parameters are pushed in the order their placeholders appear.
    const column = this.expr(left);
    const given = this.value(right);
    const values = (right.type?.values ?? []).map((value) => this.value({ kind: 'value', value, type: undefined }));
    return `(${column} + 0) ${op} FIELD(${given}, ${values.join(', ')})`;
  }

  /**
   * Pads the list to a power of two by repeating its last row: `IN (?, ?, ?)` is sent as
   * `IN (?, ?, ?, ?)`, so a server's prepared-statement cache holds a few shapes, not one per
   * list length (`docs/reliability.md` §3.6).
   */
  inList(columns: readonly ColumnRef[], rows: ReadonlyArray<readonly ValueNode[]>, negated: boolean): string {
    if (rows.length === 0) return negated ? '(1 = 1)' : '(1 = 0)';
    if (columns.length > 1) return this.tupleIn(columns, rows, negated);
    const items = padToBucket(rows).map((row) => this.value(row[0]!));
    return `${this.column(columns[0]!)} ${negated ? 'NOT IN' : 'IN'} (${items.join(', ')})`;
  }

  /**
   * A composite key list, written so that indexes serve it: MariaDB scans the whole table for
   * a row-constructor `(a, b) IN ((?, ?), ...)` (measured: a one-pair DELETE from a 10,000-row
   * link table took 4–7 ms against 0.3–0.6 ms). Rows are grouped by all but their last column:
   * `(a = ? AND b IN (?, ?)) OR (a = ? AND b IN (?))`. Groups and each group's list are padded
   * to powers of two, as single-column lists are.
   */
  tupleIn(columns: readonly ColumnRef[], rows: ReadonlyArray<readonly ValueNode[]>, negated: boolean): string {
    const groups = new Map<string, { prefix: readonly ValueNode[]; last: ValueNode[] }>();
    for (const row of rows) {
      const prefix = row.slice(0, -1);
      const key = JSON.stringify(prefix.map((v) => (v.value instanceof Date ? v.value.toISOString() : v.value)));
      const group = groups.get(key) ?? { prefix, last: [] };
      group.last.push(row.at(-1)!);
      groups.set(key, group);
    }
    const lastColumn = this.column(columns.at(-1)!);
    const terms = padToBucket([...groups.values()]).map(({ prefix, last }) => {
      const equalities = prefix.map((value, i) => `${this.column(columns[i]!)} = ${this.value(value)}`);
      return `(${[
        ...equalities,
        `${lastColumn} IN (${padToBucket(last)
          .map((v) => this.value(v))
          .join(', ')})`,
      ].join(' AND ')})`;
    });
    const any = terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`;
    return negated ? `NOT ${any}` : any;
  }
}

/** The list, its last item repeated up to the next power of two. */
function padToBucket<T>(items: readonly T[]): T[] {
  const padded = [...items];
  while (padded.length < bucketSize(items.length)) padded.push(items[items.length - 1]!);
  return padded;
}
