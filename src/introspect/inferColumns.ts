/**
 * The columns of an introspected table as declarations: types, keys, defaults and indexes, with
 * only the options that differ from relgraph's defaults, and what a declaration cannot say
 * noted. Used by `inferModels` for models and link tables alike.
 */
import { enumValueName, isIntegerKind } from '../declare/columnTypes.js';
import type { ColumnKind, ReferentialAction } from '../declare/index.js';
import { pascalCase } from '../util/camelCase.js';
import type { CatalogColumn, CatalogForeignKey, CatalogTable, CatalogType } from './Catalog.js';
import type { ColumnDescription, ColumnOptionsDescription, ConstraintDescription, TypeDescription } from './inferModels.js';
import { attributeNames, compare, enumNameOverride, type Convention } from './inferNames.js';

/** What describing columns needs to know beyond the table. */
export interface ColumnsContext {
  readonly convention: Convention;
  /** Every model's name, for the GraphQL enum names. */
  readonly allModelNames: readonly string[];
  /** Collects what the module's opening comment should say. */
  readonly notes: string[];
}

/**
 * The columns of a model (`modelName`) or link table, with the options that differ from
 * relgraph's defaults, and the constraints a column cannot carry: composite foreign keys and
 * multi-column unique keys. Plain indexes over several columns have no declaration; each is
 * noted.
 */
export function describeColumns(
  table: CatalogTable,
  fks: readonly CatalogForeignKey[],
  modelName: string | undefined,
  context: ColumnsContext,
): { columns: ColumnDescription[]; constraints: ConstraintDescription[] } {
  const kept = keptColumns(table, fks, context.notes);
  const keptNames = new Set(kept.map((c) => c.name));
  const attributes = attributeNames(
    kept.map((c) => c.name),
    context.convention,
  );
  const primaryKey = table.primaryKey;
  const constraints: ConstraintDescription[] = [];
  const uniqueColumns = new Set<string>();
  const seenKeys = new Set([key(primaryKey)]);
  for (const unique of table.uniques) {
    if (seenKeys.has(key(unique.columns)) || !unique.columns.every((c) => keptNames.has(c))) continue;
    seenKeys.add(key(unique.columns));
    if (unique.columns.length === 1) uniqueColumns.add(unique.columns[0]!);
    else constraints.push({ kind: 'unique', columns: unique.columns });
  }
  for (const fk of fks) {
    if (fk.columns.length > 1) {
      constraints.push({
        kind: 'foreignKey',
        columns: fk.columns,
        targets: fk.targetColumns.map((c) => `${fk.targetTable}.${c}`),
        ...actions(fk),
      });
    }
  }
  const foreignKeyColumns = new Set(fks.filter((fk) => fk.columns.length === 1).map((fk) => fk.columns[0]!));
  const indexColumns = new Set<string>();
  for (const index of table.indexes) {
    if (!index.columns.every((c) => keptNames.has(c))) continue;
    if (index.columns.length === 1) {
      if (!foreignKeyColumns.has(index.columns[0]!)) indexColumns.add(index.columns[0]!);
    } else if (!fks.some((fk) => sameList(fk.columns, index.columns))) {
      context.notes.push(
        `Index "${index.name}" of table "${table.name}" over (${index.columns.join(', ')}) is not declared: a declaration has single-column indexes only.`,
      );
    }
  }
  const columns = kept.map((column) =>
    describeColumn(column, {
      table,
      attribute: attributes.get(column.name)!,
      modelName,
      context,
      foreignKeys: fks.filter((fk) => fk.columns.length === 1 && fk.columns[0] === column.name),
      unique: uniqueColumns.has(column.name),
      index: indexColumns.has(column.name) && !uniqueColumns.has(column.name) && !sameList(table.primaryKey, [column.name]),
    }),
  );
  return { columns, constraints };
}

/**
 * The columns to declare. A generated column is computed by the database, and a declared one
 * would be written on insert, so it is left out (and noted), unless a key needs it.
 */
function keptColumns(table: CatalogTable, fks: readonly CatalogForeignKey[], notes: string[]): CatalogColumn[] {
  const needed = new Set([...table.primaryKey, ...fks.flatMap((fk) => fk.columns)]);
  return table.columns.filter((column) => {
    if (!column.generated || needed.has(column.name)) return true;
    notes.push(
      `Column "${column.name}" of table "${table.name}" is not declared: the database computes it (a generated column), and relgraph would write a declared column on insert.`,
    );
    return false;
  });
}

interface ColumnContext {
  readonly table: CatalogTable;
  readonly attribute: string;
  readonly modelName: string | undefined;
  readonly context: ColumnsContext;
  readonly foreignKeys: readonly CatalogForeignKey[];
  readonly unique: boolean;
  readonly index: boolean;
}

function describeColumn(column: CatalogColumn, at: ColumnContext): ColumnDescription {
  const { table, attribute, modelName, context, foreignKeys } = at;
  const described = describeType(column.type);
  const comment = [described.comment, column.generated ? 'generated by the database: never write it' : undefined]
    .filter(Boolean)
    .join('; ');
  let type = described.type;
  if ((type.kind === 'enum' || type.kind === 'set') && modelName) {
    const enumName = enumNameOverride(`${modelName}${pascalCase(attribute)}`, context.allModelNames);
    if (enumName) type = { ...type, enumName };
  }
  const primaryKey = table.primaryKey.includes(column.name);
  const integer = isIntegerKind(type.kind);
  // Table.ts: a lone integer primary key that is not a foreign key autoincrements by default.
  const defaultAutoincrement = primaryKey && table.primaryKey.length === 1 && integer && foreignKeys.length === 0;
  const options: ColumnOptionsDescription = {
    ...(primaryKey ? { primaryKey: true } : {}),
    ...(!primaryKey && !column.nullable ? { nullable: false } : {}),
    ...(at.unique && !(primaryKey && table.primaryKey.length === 1) ? { unique: true } : {}),
    ...(at.index ? { index: true } : {}),
    // SQLite numbers an INTEGER PRIMARY KEY itself, but a key that is a foreign key takes the parent's.
    ...(column.autoincrement !== defaultAutoincrement && !(column.autoincrement && foreignKeys.length > 0)
      ? { autoincrement: column.autoincrement }
      : {}),
    ...describeDefault(column, type.kind),
  };
  return {
    attribute,
    name: column.name,
    type,
    foreignKeys: foreignKeys.map((fk) => ({ target: `${fk.targetTable}.${fk.targetColumns[0]}`, ...actions(fk) })),
    options,
    ...(comment ? { comment } : {}),
  };
}

/** `ON DELETE`/`ON UPDATE`; `NO ACTION` is what both databases do when none is given. */
export function actions(fk: CatalogForeignKey): { onDelete?: ReferentialAction; onUpdate?: ReferentialAction } {
  return {
    ...(fk.onDelete && fk.onDelete !== 'NO ACTION' ? { onDelete: fk.onDelete } : {}),
    ...(fk.onUpdate && fk.onUpdate !== 'NO ACTION' ? { onUpdate: fk.onUpdate } : {}),
  };
}

/**
 * The declared type. An `ENUM` (or `SET`) two of whose values would get one GraphQL name
 * (`'a-b'` and `'a_b'`) cannot be an `Enum` (`Set`), so it is a `String` as long as its longest
 * value (`Text` for a set), with a comment saying so.
 */
export function describeType(type: CatalogType): { type: TypeDescription; comment?: string } {
  const comments = type.lossy ? [`${type.native}: ${type.lossy}`] : [];
  let described: TypeDescription;
  switch (type.kind) {
    case 'enum':
    case 'set': {
      const values = type.values ?? [];
      // Enum() gives a value that is not a GraphQL name one (`PG-13` → PG_13); two values that
      // would get the same name cannot both be declared so.
      const names = values.map(enumValueName);
      const clash = names.findIndex((name, i) => names.indexOf(name) !== i);
      if (values.length > 0 && clash < 0) {
        described = { kind: type.kind, values };
      } else {
        const length = Math.max(1, ...values.map((v) => v.length));
        described = type.kind === 'set' ? { kind: 'text' } : { kind: 'string', length };
        comments.push(
          values.length === 0
            ? `${type.native}: an ${type.kind} without values, declared as ${type.kind === 'set' ? 'Text' : 'String'}`
            : `${type.native}: "${values[names.indexOf(names[clash]!)]}" and "${values[clash]}" would have one GraphQL name, so the column is ${type.kind === 'set' ? 'Text' : 'a String'}`,
        );
      }
      break;
    }
    case 'string':
    case 'largeBinary':
      described = isPositiveInteger(type.length) ? { kind: type.kind, length: type.length } : { kind: type.kind };
      break;
    case 'smallInteger':
    case 'tinyInteger':
      described = type.unsigned ? { kind: type.kind, unsigned: true } : { kind: type.kind };
      break;
    case 'numeric': {
      const precision = type.precision;
      const scale = type.scale ?? 0;
      described =
        isPositiveInteger(precision) && Number.isInteger(scale) && scale >= 0 && scale <= precision
          ? { kind: 'numeric', precision, scale }
          : { kind: 'numeric' };
      if (described.precision === undefined && precision !== undefined)
        comments.push(`${type.native}: declared with Numeric's default precision`);
      break;
    }
    default:
      described = { kind: type.kind };
  }
  return comments.length > 0 ? { type: described, comment: comments.join('; ') } : { type: described };
}

/**
 * A literal default becomes `default:` (relgraph fills it on insert and writes it in its DDL),
 * in the type the column's values have; an expression becomes `serverDefault:`. A date-time or
 * JSON literal stays in the database too (`serverDefault: "'2000-01-01 00:00:00'"`): its value
 * is not a string in relgraph.
 */
export function describeDefault(column: CatalogColumn, kind: ColumnKind): { default?: string | number | boolean; serverDefault?: string } {
  const given = column.default;
  if (!given) return {};
  if ('expression' in given) return { serverDefault: given.expression };
  const { value } = given;
  const text = String(value);
  switch (kind) {
    case 'integer':
    case 'smallInteger':
    case 'tinyInteger':
    case 'year':
      return /^-?\d+$/.test(text) ? { default: Number(text) } : { serverDefault: sqlLiteral(value) };
    case 'float':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? { default: Number(text) } : { serverDefault: sqlLiteral(value) };
    case 'bigInteger':
      return /^-?\d+$/.test(text) ? { default: text } : { serverDefault: sqlLiteral(value) };
    case 'numeric':
      return /^-?\d*\.?\d+$/.test(text) ? { default: text } : { serverDefault: sqlLiteral(value) };
    case 'boolean':
      if (['1', 'true', 'TRUE'].includes(text)) return { default: true };
      if (['0', 'false', 'FALSE'].includes(text)) return { default: false };
      return { serverDefault: sqlLiteral(value) };
    // A set's value is a list, and bytes are a Buffer: their defaults stay in the database too.
    case 'dateTime':
    case 'json':
    case 'set':
    case 'largeBinary':
      return { serverDefault: sqlLiteral(value) };
    default:
      return { default: text };
  }
}

function sqlLiteral(value: string | number | boolean): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `'${value.replaceAll("'", "''")}'`;
}

export function key(columns: readonly string[]): string {
  return [...columns].sort(compare).join('\u0000');
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && key(a) === key(b);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => b[i] === c);
}

function isPositiveInteger(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value > 0;
}

export function columnPosition(table: CatalogTable, column: string): number {
  return table.columns.findIndex((c) => c.name === column);
}
