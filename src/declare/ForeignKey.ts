/** Foreign keys and table constraints, as declared; the mapper resolves the names they hold. */

export type ReferentialAction = 'CASCADE' | 'SET NULL' | 'RESTRICT' | 'NO ACTION';

export interface ForeignKeyOptions {
  /** `ON DELETE` in the DDL, e.g. `'CASCADE'` for rows that go with their parent. */
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
  /** The constraint's name in the DDL (default: `fk_<table>_<columns>`). */
  readonly name?: string;
}

/** A column-level foreign key: `ForeignKey('parent.id')`. */
export interface ForeignKeyDecl extends ForeignKeyOptions {
  readonly kind: 'foreignKey';
  /** `"table.column"`, as written. */
  readonly target: string;
}

const referentialActions = new Set(['CASCADE', 'SET NULL', 'RESTRICT', 'NO ACTION']);

/**
 * @example
 * parent_id: Column(Integer, ForeignKey('parent.id', { onDelete: 'CASCADE' }))
 */
export function ForeignKey(target: string, options: ForeignKeyOptions = {}): ForeignKeyDecl {
  if (typeof target !== 'string' || !/^[^.\s]+\.[^.\s]+$/.test(target)) {
    throw new TypeError(`ForeignKey(target) expects "table.column", but got: ${JSON.stringify(target)}.`);
  }
  checkActions('ForeignKey', options);
  return Object.freeze({ kind: 'foreignKey', target, ...options });
}

/** A foreign key over several columns, declared on the table. */
export interface ForeignKeyConstraintDecl extends ForeignKeyOptions {
  readonly kind: 'foreignKeyConstraint';
  /** Column names of the declaring table. */
  readonly columns: readonly string[];
  /** `"table.column"` for each of `columns`, in the same order. */
  readonly targets: readonly string[];
}

/**
 * A composite foreign key, as SQLAlchemy's `ForeignKeyConstraint`. One column-level
 * `ForeignKey` per column would be two separate paths, not one.
 *
 * @example
 * Table('grade', Base.metadata, Column('student_id', Integer), Column('term', Integer),
 *   ForeignKeyConstraint(['student_id', 'term'], ['enrolment.student_id', 'enrolment.term']))
 */
export function ForeignKeyConstraint(
  columns: readonly string[],
  targets: readonly string[],
  options: ForeignKeyOptions = {},
): ForeignKeyConstraintDecl {
  if (!Array.isArray(columns) || !Array.isArray(targets) || columns.length === 0 || columns.length !== targets.length) {
    throw new TypeError(
      `ForeignKeyConstraint(columns, targets) expects two non-empty arrays of the same length, but got ${columns?.length} and ${targets?.length} names.`,
    );
  }
  for (const target of targets) ForeignKey(target);
  checkActions('ForeignKeyConstraint', options);
  return Object.freeze({ kind: 'foreignKeyConstraint', columns: [...columns], targets: [...targets], ...options });
}

export interface UniqueConstraintDecl {
  readonly kind: 'uniqueConstraint';
  readonly columns: readonly string[];
  readonly name?: string;
}

/**
 * @example
 * UniqueConstraint(['parent_id', 'position'])
 */
export function UniqueConstraint(columns: readonly string[], options: { name?: string } = {}): UniqueConstraintDecl {
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new TypeError(`UniqueConstraint(columns) expects a non-empty array of column names, but got: ${String(columns)}.`);
  }
  return Object.freeze({ kind: 'uniqueConstraint', columns: [...columns], ...options });
}

export type TableConstraintDecl = ForeignKeyConstraintDecl | UniqueConstraintDecl;

export function isTableConstraint(value: unknown): value is TableConstraintDecl {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'foreignKeyConstraint' || kind === 'uniqueConstraint';
}

function checkActions(where: string, options: ForeignKeyOptions): void {
  for (const key of ['onDelete', 'onUpdate'] as const) {
    const action = options[key];
    if (action !== undefined && !referentialActions.has(action)) {
      throw new TypeError(`${where}: ${key} expects one of CASCADE, SET NULL, RESTRICT, NO ACTION, but got: ${JSON.stringify(action)}.`);
    }
  }
}
