/** Step 1 of `configure()`: every table of the metadata, with its foreign keys resolved. */
import type { ColumnKind, MetaData, TableColumn, TableDecl } from '../declare/index.js';
import type { ProblemCollector } from '../errors/MappingError.js';
import { didYouMean } from '../util/didYouMean.js';
import type { TableDraft } from './draft.js';
import type { ResolvedForeignKey } from './types.js';

/** How a table column is named in messages: `Child.parent_id`, or `Table "association", column "left_id"`. */
export function columnLabel(column: TableColumn): string {
  const { table } = column;
  return table.modelName ? `${table.modelName}.${column.attribute}` : `Table "${table.name}", column "${column.name}"`;
}

export function tableLabel(table: TableDecl): string {
  return table.modelName ? `${table.modelName} (table "${table.name}")` : `Table "${table.name}"`;
}

/** Finds a column by SQL name, then by attribute name. */
export function findColumn(table: TableDecl, name: string): TableColumn | undefined {
  return table.column(name) ?? table.columns.find((c) => c.attribute === name);
}

export function resolveTables(metadata: MetaData, problems: ProblemCollector): Map<string, TableDraft> {
  const drafts = new Map<string, TableDraft>();
  for (const decl of metadata.tables.values()) {
    drafts.set(decl.name, {
      name: decl.name,
      decl,
      columns: decl.columns,
      primaryKey: decl.columns.filter((c) => c.primaryKey),
      foreignKeys: [],
      model: undefined,
      isSecondary: false,
      column: (name) => decl.column(name),
    });
  }
  for (const draft of drafts.values()) {
    checkDuplicateColumns(draft.decl, problems);
    checkKeyTypes(draft.decl, problems);
    for (const column of draft.decl.columns) {
      for (const fk of column.foreignKeys) {
        const target = resolveReference(fk.target, columnLabel(column), `ForeignKey("${fk.target}")`, drafts, problems);
        if (!target) continue;
        draft.foreignKeys.push({
          table: draft,
          columns: [column],
          targetTable: target.table,
          targets: [target.column],
          onDelete: fk.onDelete,
          onUpdate: fk.onUpdate,
          name: fk.name,
        });
      }
    }
    for (const constraint of draft.decl.constraints) {
      if (constraint.kind !== 'foreignKeyConstraint') continue;
      const fk = resolveConstraint(draft, constraint.columns, constraint.targets, drafts, problems);
      if (fk) draft.foreignKeys.push({ ...fk, onDelete: constraint.onDelete, onUpdate: constraint.onUpdate, name: constraint.name });
    }
    for (const constraint of draft.decl.constraints) {
      if (constraint.kind !== 'uniqueConstraint') continue;
      for (const name of constraint.columns) {
        if (!findColumn(draft.decl, name)) {
          problems.add(
            'unknown-column',
            `${tableLabel(draft.decl)}: UniqueConstraint names column "${name}", which the table does not have.${didYouMean(
              name,
              draft.decl.columns.map((c) => c.name),
            )}`,
          );
        }
      }
    }
  }
  return drafts;
}

function checkDuplicateColumns(table: TableDecl, problems: ProblemCollector): void {
  const seen = new Set<string>();
  for (const column of table.columns) {
    if (seen.has(column.name)) {
      problems.add('duplicate-column', `${tableLabel(table)}: column "${column.name}" is declared twice. Give each column its own name.`);
    }
    seen.add(column.name);
  }
}

/** Kinds a key cannot be made of: a key is compared, looked up and put in cursors and IN lists. */
const unkeyable: Readonly<Partial<Record<ColumnKind, string>>> = { set: 'Set', largeBinary: 'LargeBinary', json: 'JSON' };

function checkKeyTypes(table: TableDecl, problems: ProblemCollector): void {
  for (const column of table.columns) {
    const type = unkeyable[column.type.kind];
    if (type === undefined) continue;
    const role = column.primaryKey ? 'part of the primary key' : column.foreignKeys.length > 0 ? 'a foreign key' : undefined;
    if (role)
      problems.add(
        'unsupported-key-type',
        `${columnLabel(column)} is a ${type} column and ${role}, which a ${type} column cannot be. Key the table by an Integer, String or other plain column.`,
      );
  }
}

function resolveReference(
  reference: string,
  where: string,
  written: string,
  drafts: Map<string, TableDraft>,
  problems: ProblemCollector,
): { table: TableDraft; column: TableColumn } | undefined {
  const [tableName = '', columnName = ''] = reference.split('.');
  const table = drafts.get(tableName);
  if (!table) {
    problems.add(
      'unknown-table',
      `${where}: ${written} refers to table "${tableName}", which is not declared.${didYouMean(tableName, drafts.keys())} Declare the table, or correct the name.`,
    );
    return undefined;
  }
  const column = table.decl.column(columnName);
  if (!column) {
    const names = table.decl.columns.map((c) => c.name);
    const fix = didYouMean(columnName, names) || ` Its columns are ${names.map((n) => `"${n}"`).join(', ')}.`;
    problems.add(
      'unknown-column',
      `${where}: ${written} refers to column "${columnName}" of table "${tableName}", which does not exist.${fix}`,
    );
    return undefined;
  }
  return { table, column };
}

function resolveConstraint(
  draft: TableDraft,
  columnNames: readonly string[],
  references: readonly string[],
  drafts: Map<string, TableDraft>,
  problems: ProblemCollector,
): Omit<ResolvedForeignKey, 'onDelete' | 'onUpdate' | 'name'> | undefined {
  const where = `${tableLabel(draft.decl)}: ForeignKeyConstraint([${columnNames.map((n) => `"${n}"`).join(', ')}])`;
  const columns: TableColumn[] = [];
  const targets: Array<{ table: TableDraft; column: TableColumn }> = [];
  for (const [i, name] of columnNames.entries()) {
    const column = findColumn(draft.decl, name);
    if (!column) {
      problems.add(
        'unknown-column',
        `${where} names column "${name}", which the table does not have.${didYouMean(
          name,
          draft.decl.columns.map((c) => c.name),
        )}`,
      );
      return undefined;
    }
    const target = resolveReference(references[i]!, where, `"${references[i]}"`, drafts, problems);
    if (!target) return undefined;
    columns.push(column);
    targets.push(target);
  }
  const targetTable = targets[0]!.table;
  if (targets.some((t) => t.table !== targetTable)) {
    problems.add('unknown-table', `${where} refers to more than one table. A foreign-key constraint references columns of a single table.`);
    return undefined;
  }
  return { table: draft, columns, targetTable, targets: targets.map((t) => t.column) };
}
