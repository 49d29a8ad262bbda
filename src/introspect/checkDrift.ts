/**
 * Declarations against the database they serve (`relgraph check`, and `relgraph serve` at
 * start): what the declarations need and the database lacks — a table, a column, the foreign
 * key a `passiveDeletes` relationship leaves deletes to — is a problem, each one line naming
 * the model, the column and the fix; what merely differs — a type, a length, nullability, a
 * foreign key's rule — is a warning. SQLite stores dates, times, JSON and enums as TEXT, so
 * those kinds are not compared there.
 */
import { isIntegerKind, type ColumnKind, type ColumnType, type TableColumn } from '../declare/index.js';
import { linkHolder, type MappedRelationship, type MappedTable, type Mapping } from '../mapper/index.js';
import type { Catalog, CatalogColumn, CatalogTable, CatalogType } from './Catalog.js';

export interface Drift {
  /** Pieces the declarations need that the database lacks: serving would fail on them. */
  readonly problems: readonly string[];
  /** Differences relgraph can serve through, but someone should look at. */
  readonly warnings: readonly string[];
}

/**
 * @example
 * const drift = checkDrift(configure(Base), await readCatalog(driver), driver.dialect.name);
 * drift.problems // ['Model Book: table "book" has no column "isbn" (Book.isbn). Add it, or ...']
 */
export function checkDrift(mapping: Mapping, catalog: Catalog, dialect: 'mysql' | 'sqlite'): Drift {
  const problems: string[] = [];
  const warnings: string[] = [];
  const tables = new Map(catalog.tables.map((table) => [table.name.toLowerCase(), table]));
  for (const table of mapping.tables) {
    const found = tables.get(table.name.toLowerCase());
    const owner = ownerOf(table);
    if (!found) {
      problems.push(
        `${owner}: the database has no table "${table.name}". Create it with "relgraph create-tables <models> --db <url>" (or your migrations), or fix the ${table.model ? "model's tableName" : 'Table name'}.`,
      );
      continue;
    }
    const columns = new Map(found.columns.map((column) => [column.name.toLowerCase(), column]));
    for (const column of table.columns) {
      const label = table.model ? `${table.model.name}.${column.attribute}` : `${table.name}.${column.name}`;
      const actual = columns.get(column.name.toLowerCase());
      if (!actual) {
        problems.push(
          `${owner}: table "${table.name}" has no column "${column.name}" (${label}). Add it to the table, or remove ${label} from the declarations.`,
        );
        continue;
      }
      const inKey = found.primaryKey.some((name) => name.toLowerCase() === column.name.toLowerCase());
      warnings.push(...columnDifferences(label, column, actual, inKey, dialect));
    }
    const declaredKey = table.primaryKey.map((column) => column.name.toLowerCase()).join(', ');
    const actualKey = found.primaryKey.map((name) => name.toLowerCase()).join(', ');
    if (declaredKey && declaredKey !== actualKey) {
      warnings.push(
        `${owner}: the primary key is declared as (${declaredKey}) but table "${table.name}" has ${actualKey ? `(${actualKey})` : 'none'}; lookups by key assume the declared one is unique.`,
      );
    }
    checkForeignKeys(mapping, table, found, owner, problems, warnings);
  }
  return { problems, warnings };
}

function ownerOf(table: MappedTable): string {
  return table.model ? `Model ${table.model.name}` : `Table "${table.name}"`;
}

/** `inKey`: the column is in the table's primary key (which `createAll` gives a `secondary` declared without one). */
function columnDifferences(
  label: string,
  declared: TableColumn,
  actual: CatalogColumn,
  inKey: boolean,
  dialect: 'mysql' | 'sqlite',
): string[] {
  const found: string[] = [];
  if (!sameKind(declared.type, actual.type, dialect)) {
    found.push(
      `${label} is declared ${describeType(declared.type)}, but the column is ${actual.type.native}: values may not read back as declared.`,
    );
  } else if (
    declared.type.kind === 'string' &&
    declared.type.length !== undefined &&
    actual.type.length !== undefined &&
    declared.type.length !== actual.type.length
  ) {
    found.push(
      `${label} is declared String(${declared.type.length}), but the column holds ${actual.type.length} characters: relgraph checks lengths against the declaration.`,
    );
  }
  if (!declared.nullable && actual.nullable && !declared.primaryKey) {
    found.push(
      `${label} is declared NOT NULL, but the column accepts NULL: rows written elsewhere may hold NULL, which a non-null GraphQL field cannot return.`,
    );
  } else if (declared.nullable && !actual.nullable && !inKey && !actual.autoincrement && actual.default === undefined) {
    found.push(`${label} is declared nullable, but the column is NOT NULL without a default: writes that leave it out will fail.`);
  }
  return found;
}

/** Kinds SQLite keeps as TEXT, where its catalog cannot tell them apart. */
const textual: ReadonlySet<ColumnKind> = new Set(['string', 'text', 'date', 'dateTime', 'json', 'enum', 'set']);

function sameKind(declared: ColumnType, actual: CatalogType, dialect: 'mysql' | 'sqlite'): boolean {
  if (declared.kind === actual.kind) return true;
  if (dialect === 'sqlite' && textual.has(declared.kind) && textual.has(actual.kind)) return true;
  // An integer key column reads back as any integer kind (SQLite's rowid alias is INTEGER); a
  // narrower or wider integer still holds the values a reader expects.
  if (isIntegerKind(declared.kind) && isIntegerKind(actual.kind)) return true;
  // MySQL's BOOLEAN is TINYINT(1); a wider TINYINT still holds 0 and 1.
  return declared.kind === 'boolean' && isIntegerKind(actual.kind) && /tinyint/i.test(actual.native);
}

function describeType(type: ColumnType): string {
  switch (type.kind) {
    case 'string':
      return type.length === undefined ? 'String' : `String(${type.length})`;
    case 'numeric':
      return `Numeric(${type.precision ?? ''}${type.scale === undefined ? '' : `, ${type.scale}`})`;
    case 'enum':
    case 'set':
      return `${type.kind === 'set' ? 'Set' : 'Enum'}([${(type.values ?? []).map((value) => `'${value}'`).join(', ')}])`;
    case 'bigInteger':
      return 'BigInteger';
    case 'dateTime':
      return 'DateTime';
    default:
      return type.kind.charAt(0).toUpperCase() + type.kind.slice(1);
  }
}

/**
 * A declared foreign key the database lacks is a warning (relgraph joins on the declared
 * columns either way), unless a `passiveDeletes` relationship leaves deleting the dependent rows
 * to the database's ON DELETE: then it is a problem, or deletes would leave orphans.
 */
function checkForeignKeys(
  mapping: Mapping,
  table: MappedTable,
  found: CatalogTable,
  owner: string,
  problems: string[],
  warnings: string[],
): void {
  for (const foreignKey of table.foreignKeys) {
    const columns = foreignKey.columns.map((column) => column.name.toLowerCase()).join(',');
    const actual = found.foreignKeys.find(
      (candidate) =>
        candidate.columns.map((c) => c.toLowerCase()).join(',') === columns &&
        candidate.targetTable.toLowerCase() === foreignKey.targetTable.name.toLowerCase(),
    );
    const described = `(${foreignKey.columns.map((c) => c.name).join(', ')}) → ${foreignKey.targetTable.name}(${foreignKey.targets.map((c) => c.name).join(', ')})`;
    if (!actual) {
      const relying = passiveRelationships(mapping, foreignKey.columns);
      const statement = `ALTER TABLE ${table.name} ADD FOREIGN KEY (${foreignKey.columns.map((c) => c.name).join(', ')}) REFERENCES ${foreignKey.targetTable.name} (${foreignKey.targets.map((c) => c.name).join(', ')})${foreignKey.onDelete ? ` ON DELETE ${foreignKey.onDelete}` : ''}`;
      if (relying.length > 0) {
        problems.push(
          `${owner}: ${relying.map((r) => `${r.owner.name}.${r.name}`).join(' and ')} leave${relying.length === 1 ? 's' : ''} deletes to the database (passiveDeletes), but table "${table.name}" has no foreign key ${described}. Add it: ${statement}.`,
        );
      } else {
        warnings.push(
          `${owner}: table "${table.name}" has no foreign key ${described}; relgraph joins on it as declared, but the database will not keep it consistent. Add it: ${statement}.`,
        );
      }
      continue;
    }
    if (
      foreignKey.onDelete !== undefined &&
      foreignKey.onDelete !== 'NO ACTION' &&
      foreignKey.onDelete !== 'RESTRICT' &&
      actual.onDelete !== foreignKey.onDelete
    ) {
      warnings.push(
        `${owner}: the foreign key ${described} is declared ON DELETE ${foreignKey.onDelete}, but the database's rule is ${actual.onDelete ?? 'NO ACTION'}.`,
      );
    }
  }
}

/** The one-to-many (or many-to-many) relationships with passiveDeletes whose rows these columns point from. */
function passiveRelationships(mapping: Mapping, columns: readonly TableColumn[]): MappedRelationship[] {
  return mapping.models
    .flatMap((model) => model.relationships)
    .filter(
      (relationship) =>
        relationship.passiveDeletes !== false &&
        linkHolder(relationship) !== 'owner' &&
        [...relationship.join.map((pair) => pair.remote), ...relationship.secondaryJoin.map((pair) => pair.secondary)].some((column) =>
          columns.includes(column),
        ),
    );
}
