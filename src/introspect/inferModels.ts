/**
 * Infers the models of an existing database from its catalog, as a person would declare them:
 * a model per table with a primary key, a relationship pair per foreign key, a plain `Table`
 * as the `secondary` of a many-to-many, association objects with their proxies. The result is
 * a plain description of the module; `writeModelsModule` prints it. Nothing here knows SQL or
 * writes source text.
 */
import type { ColumnKind, ReferentialAction } from '../declare/index.js';
import type { Direction } from '../mapper/index.js';
import type { Catalog, CatalogForeignKey, CatalogTable } from './Catalog.js';
import { columnPosition, describeColumns, key, sameSet, type ColumnsContext } from './inferColumns.js';
import { FieldNames, assignModelNames, compare, detectConvention, firstFree } from './inferNames.js';
import {
  associationProxies,
  bySideOrder,
  foreignKeySides,
  manyToManySides,
  nameRelationships,
  type ModelDraft,
  type RelationshipsContext,
  type Side,
} from './inferRelationships.js';

export interface InferModelsOptions {
  /** Tables to map, as glob patterns (`*` any characters, `?` one); default: every table. */
  readonly include?: readonly string[];
  /** Tables to leave out, as glob patterns; applied after `include`. */
  readonly exclude?: readonly string[];
}

/** What the models module declares, in the order it declares it. */
export interface ModelsDescription {
  /** Models, in table-name order. */
  readonly models: readonly ModelDescription[];
  /** Plain tables, each the `secondary` of one many-to-many pair; in name order. */
  readonly tables: readonly LinkTableDescription[];
  /** Views and tables left out, with why; in name order. */
  readonly skipped: readonly SkippedTable[];
  /** What a reader of the module should know: renamed models, foreign keys and indexes not declared. */
  readonly notes: readonly string[];
}

export interface ModelDescription {
  readonly name: string;
  /** The module's constant for it: the name, unless an import or `Base` has it. */
  readonly binding: string;
  readonly tableName: string;
  readonly columns: readonly ColumnDescription[];
  /** Multi-column unique constraints and foreign keys. */
  readonly tableArgs: readonly ConstraintDescription[];
  /** Many-to-ones in column order, then one-to-manys and one-to-ones, then many-to-manys. */
  readonly relationships: readonly RelationshipDescription[];
  readonly proxies: readonly ProxyDescription[];
  /** A link table with columns of its own, mapped as a model: Association in the seed. */
  readonly associationObject: boolean;
}

export interface ColumnDescription {
  readonly attribute: string;
  /** The SQL name; `Column(name, ...)` gives it when it differs from the attribute. */
  readonly name: string;
  readonly type: TypeDescription;
  readonly foreignKeys: readonly ForeignKeyDescription[];
  /** Only the options that differ from relgraph's defaults. */
  readonly options: ColumnOptionsDescription;
  /** Said beside the column: what its declared type does not capture. */
  readonly comment?: string;
}

export interface TypeDescription {
  readonly kind: ColumnKind;
  readonly length?: number;
  readonly unsigned?: boolean;
  readonly precision?: number;
  readonly scale?: number;
  readonly values?: readonly string[];
  /** The GraphQL enum's name, when the default would clash. */
  readonly enumName?: string;
}

export interface ColumnOptionsDescription {
  readonly primaryKey?: true;
  readonly nullable?: false;
  readonly unique?: true;
  readonly index?: true;
  readonly autoincrement?: boolean;
  readonly default?: string | number | boolean;
  readonly serverDefault?: string;
}

export interface ForeignKeyDescription {
  /** `"table.column"`. */
  readonly target: string;
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
}

export type ConstraintDescription =
  | { readonly kind: 'unique'; readonly columns: readonly string[] }
  | ({ readonly kind: 'foreignKey'; readonly columns: readonly string[]; readonly targets: readonly string[] } & Omit<
      ForeignKeyDescription,
      'target'
    >);

export interface RelationshipDescription {
  readonly name: string;
  /** The target model's name. */
  readonly target: string;
  /** What `configure()` will derive from the foreign keys; not written. */
  readonly direction: Direction;
  readonly options: RelationshipOptionsDescription;
}

/** `relationship()` options, as written; lists of column names are `"table.column"` (foreignKeys) or column names (remoteSide). */
export interface RelationshipOptionsDescription {
  readonly secondary?: string;
  readonly backPopulates: string;
  readonly uselist?: false;
  readonly foreignKeys?: readonly string[];
  readonly remoteSide?: readonly string[];
  readonly cascade?: string;
  readonly passiveDeletes?: true;
}

export interface ProxyDescription {
  readonly name: string;
  /** The owner's one-to-many to the association objects. */
  readonly relationship: string;
  /** The association object's many-to-one to the far end. */
  readonly attribute: string;
  readonly target: string;
}

export interface LinkTableDescription {
  readonly name: string;
  readonly columns: readonly ColumnDescription[];
  readonly constraints: readonly ConstraintDescription[];
  /** Whether a primary key or unique index keeps each link once; `relgraph serve` asks for one. */
  readonly keyed: boolean;
  /** The many-to-many it carries: `["Book.genres", "Genre.books"]`. */
  readonly relationships: readonly [string, string];
}

export interface SkippedTable {
  readonly name: string;
  readonly kind: 'view' | 'table';
  readonly reason: string;
}

/**
 * @example
 * const description = inferModels(catalog, { exclude: ['audit_*'] });
 * description.models.map((m) => m.name) // ['Author', 'Book', 'BookAuthor', 'Genre']
 * writeModelsModule(description)
 */
export function inferModels(catalog: Catalog, options: InferModelsOptions = {}): ModelsDescription {
  const notes: string[] = [];
  const skipped: SkippedTable[] = catalog.views.map((name) => ({
    name,
    kind: 'view' as const,
    reason: 'a view has no primary key to look its rows up by',
  }));
  const selected: CatalogTable[] = [];
  for (const table of [...catalog.tables].sort((a, b) => compare(a.name, b.name)).map(canonical)) {
    const excludedBy = exclusionReason(table.name, options);
    if (excludedBy) skipped.push({ name: table.name, kind: 'table', reason: excludedBy });
    else selected.push(table);
  }
  const convention = detectConvention(selected.flatMap((t) => t.columns.map((c) => c.name)));
  const { links, modelTables } = classifyTables(selected, skipped, catalog);
  const modelNames = new Map(
    assignModelNames(modelTables.map((t) => t.name)).map((m) => {
      if (m.why) notes.push(`${m.why}.`);
      return [m.table, m.name] as const;
    }),
  );
  const context: InferContext = {
    convention,
    modelNames,
    notes,
    allModelNames: [...modelNames.values()],
    mappedForeignKeys: new Map(selected.map((t) => [t.name, mappedForeignKeys(t, catalog, modelNames, skipped, notes)])),
  };
  const drafts = new Map(modelTables.map((t) => [t.name, draftModel(t, context)]));
  const linkDrafts = links.map((t) => draftLinkTable(t, context));
  const sides = [
    ...modelTables.flatMap((t) => foreignKeySides(t, drafts, context)),
    ...links.flatMap((t) => manyToManySides(t, links, context)),
  ];
  nameRelationships(drafts, sides);
  const proxies = associationProxies(modelTables, drafts, sides, context);
  const bindings = moduleBindingsOf([...modelNames.values()]);
  return {
    models: modelTables.map((t) => finishModel(drafts.get(t.name)!, bindings.get(drafts.get(t.name)!.name)!, sides, proxies)),
    tables: linkDrafts.map((draft) => finishLinkTable(draft, sides)),
    skipped: skipped.sort((a, b) => compare(a.name, b.name)),
    notes,
  };
}

type InferContext = ColumnsContext & RelationshipsContext;

// ---------------------------------------------------------------------------------------------
// Which tables are models, link tables, or left out

/** Keys and indexes in one order, whatever order the catalog lists them in: foreign keys by column position. */
function canonical(table: CatalogTable): CatalogTable {
  const position = (columns: readonly string[]) => String(columnPosition(table, columns[0] ?? '')).padStart(6, '0');
  return {
    ...table,
    uniques: [...table.uniques].sort((a, b) => compare(key(a.columns), key(b.columns)) || compare(a.name, b.name)),
    indexes: [...table.indexes].sort((a, b) => compare(a.name, b.name)),
    foreignKeys: [...table.foreignKeys].sort(
      (a, b) =>
        compare(position(a.columns), position(b.columns)) ||
        compare(a.columns.join('\u0000'), b.columns.join('\u0000')) ||
        compare(a.targetTable, b.targetTable) ||
        compare(a.name, b.name),
    ),
  };
}

function exclusionReason(table: string, options: InferModelsOptions): string | undefined {
  const { include, exclude = [] } = options;
  if (include && include.length > 0 && !include.some((pattern) => globMatches(pattern, table))) {
    return `not matched by the include patterns (${include.map((p) => `"${p}"`).join(', ')})`;
  }
  const pattern = exclude.find((p) => globMatches(p, table));
  return pattern === undefined ? undefined : `excluded by the pattern "${pattern}"`;
}

/** `*` matches any characters, `?` one; everything else itself, case-sensitively (as MySQL on Linux). */
export function globMatches(pattern: string, name: string): boolean {
  const source = [...pattern]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(name);
}

/**
 * 1. A table that is only two foreign keys (no other column; no primary key, or one over
 *    exactly those columns), to tables with primary keys, and that no foreign key refers to,
 *    is a link table: a plain `Table` used as `secondary`.
 * 2. Any other table with a primary key is a model.
 * 3. The rest have no primary key: left out, with why.
 */
function classifyTables(
  tables: readonly CatalogTable[],
  skipped: SkippedTable[],
  catalog: Catalog,
): { links: CatalogTable[]; modelTables: CatalogTable[] } {
  const keyed = new Set(tables.filter((t) => t.primaryKey.length > 0).map((t) => t.name));
  const referenced = new Set(tables.flatMap((t) => t.foreignKeys.filter((fk) => fk.targetTable !== t.name).map((fk) => fk.targetTable)));
  const links: CatalogTable[] = [];
  const modelTables: CatalogTable[] = [];
  for (const table of tables) {
    const isLink =
      hasLinkShape(table) &&
      !referenced.has(table.name) &&
      table.foreignKeys.every((fk) => keyed.has(fk.targetTable) && fk.targetTable !== table.name && !foreignKeyProblem(table, fk, catalog));
    if (isLink) links.push(table);
    else if (table.primaryKey.length > 0) modelTables.push(table);
    else skipped.push({ name: table.name, kind: 'table', reason: noPrimaryKeyReason(table) });
  }
  return { links, modelTables };
}

function hasLinkShape(table: CatalogTable): boolean {
  if (table.foreignKeys.length !== 2) return false;
  const [a, b] = table.foreignKeys as [CatalogForeignKey, CatalogForeignKey];
  if (a.columns.some((c) => b.columns.includes(c))) return false;
  const linkColumns = [...a.columns, ...b.columns];
  return (
    sameSet(
      linkColumns,
      table.columns.map((c) => c.name),
    ) &&
    (table.primaryKey.length === 0 || sameSet(table.primaryKey, linkColumns))
  );
}

function noPrimaryKeyReason(table: CatalogTable): string {
  const linkColumns = table.foreignKeys.length === 2 ? table.foreignKeys.flatMap((fk) => fk.columns) : [];
  const extra = table.columns.map((c) => c.name).filter((c) => !linkColumns.includes(c));
  if (linkColumns.length > 0 && extra.length > 0 && new Set(linkColumns).size === linkColumns.length) {
    return `no primary key. As a link table with columns of its own (${extra.join(', ')}) it would be an association object, which needs one: ALTER TABLE ${table.name} ADD PRIMARY KEY (${linkColumns.join(', ')})`;
  }
  return 'no primary key, so its rows cannot be looked up, linked or updated. Add one and introspect again';
}

/**
 * Why a foreign key cannot be declared, if it cannot: `ForeignKey("table.column")` and
 * `foreignKeys: "table.column"` cannot name what holds a dot or a space, and SQLite keeps
 * foreign keys to columns that do not exist.
 */
function foreignKeyProblem(table: CatalogTable, fk: CatalogForeignKey, catalog: Catalog): string | undefined {
  if ([table.name, fk.targetTable, ...fk.columns, ...fk.targetColumns].some((name) => /[.\s]/.test(name))) {
    return 'a name in it holds a dot or a space, which ForeignKey("table.column") cannot name';
  }
  const target = catalog.tables.find((t) => t.name === fk.targetTable);
  const missing = fk.targetColumns.find((c) => target && !target.columns.some((d) => d.name === c));
  if (missing !== undefined) return `table "${fk.targetTable}" has no column "${missing}"`;
  if (fk.columns.length !== fk.targetColumns.length) return 'its columns and the columns it refers to differ in number';
  return undefined;
}

/** The table's foreign keys that can be declared; each one left out is noted. */
function mappedForeignKeys(
  table: CatalogTable,
  catalog: Catalog,
  modelNames: ReadonlyMap<string, string>,
  skipped: readonly SkippedTable[],
  notes: string[],
): CatalogForeignKey[] {
  const mapped: CatalogForeignKey[] = [];
  for (const fk of table.foreignKeys) {
    const label = `Foreign key (${fk.columns.join(', ')}) of table "${table.name}" to "${fk.targetTable}"`;
    const problem = foreignKeyProblem(table, fk, catalog);
    if (problem) {
      notes.push(`${label} is not declared: ${problem}.`);
    } else if (modelNames.has(fk.targetTable)) {
      mapped.push(fk);
      if (fk.lossy) notes.push(`${label}: ${fk.lossy}.`);
    } else if (modelNames.has(table.name)) {
      notes.push(`${label} is not declared: "${fk.targetTable}" ${leftOutBecause(fk.targetTable, skipped)}.`);
    }
  }
  return mapped;
}

function leftOutBecause(table: string, skipped: readonly SkippedTable[]): string {
  const entry = skipped.find((s) => s.name === table);
  if (!entry) return 'is not a table of the catalog';
  if (entry.kind === 'view') return 'is a view';
  return entry.reason.startsWith('no primary key') ? 'has no primary key' : 'is excluded by the patterns';
}

// ---------------------------------------------------------------------------------------------
// Drafts of models and link tables

interface ModelDraftWithArgs extends ModelDraft {
  readonly tableArgs: readonly ConstraintDescription[];
}

function draftModel(table: CatalogTable, context: InferContext): ModelDraftWithArgs {
  const name = context.modelNames.get(table.name)!;
  const fks = context.mappedForeignKeys.get(table.name)!;
  const { columns, constraints } = describeColumns(table, fks, name, context);
  return {
    table,
    name,
    columns,
    tableArgs: constraints,
    associationObject: isAssociationObject(table, fks),
    fields: new FieldNames(
      context.convention,
      columns.map((c) => c.attribute),
    ),
  };
}

/** Two foreign keys over distinct columns that together are the primary key or a unique key. */
function isAssociationObject(table: CatalogTable, fks: readonly CatalogForeignKey[]): boolean {
  if (fks.length !== 2 || table.foreignKeys.length !== 2) return false;
  const linkColumns = fks.flatMap((fk) => fk.columns);
  if (new Set(linkColumns).size !== linkColumns.length) return false;
  return [table.primaryKey, ...table.uniques.map((u) => u.columns)].some((columns) => sameSet(columns, linkColumns));
}

interface LinkDraft {
  readonly table: CatalogTable;
  readonly columns: ColumnDescription[];
  readonly constraints: ConstraintDescription[];
  readonly keyed: boolean;
}

function draftLinkTable(table: CatalogTable, context: InferContext): LinkDraft {
  const { columns, constraints } = describeColumns(table, table.foreignKeys, undefined, context);
  const keyed = table.primaryKey.length > 0 || table.uniques.length > 0;
  if (!keyed) {
    const list = table.foreignKeys.flatMap((fk) => fk.columns).join(', ');
    context.notes.push(
      `Link table "${table.name}" has no primary key or unique index over (${list}); relgraph serve keeps its links unique by locking and checking before insert (up to two statements more per add), which a key makes unnecessary: ALTER TABLE ${table.name} ADD PRIMARY KEY (${list}).`,
    );
  }
  return { table, columns, constraints, keyed };
}

// ---------------------------------------------------------------------------------------------
// The description

/** Names the declaration API and the module itself bind, which a model's constant cannot take. */
const moduleBindings = new Set([
  'Base',
  'Column',
  'ForeignKey',
  'ForeignKeyConstraint',
  'UniqueConstraint',
  'Table',
  'relationship',
  'associationProxy',
  'declarativeBase',
  'defaultInflection',
  'Inflection',
  'inflection',
  'Integer',
  'BigInteger',
  'SmallInteger',
  'TinyInteger',
  'Year',
  'String',
  'Text',
  'Boolean',
  'Float',
  'Numeric',
  'DateTime',
  'Date',
  'Time',
  'JSON',
  'Enum',
  'Set',
  'LargeBinary',
]);

/** `Column` → `ColumnModel`: the module's constant for each model, clear of the imports and of each other. */
function moduleBindingsOf(names: readonly string[]): Map<string, string> {
  const taken = new Set([...moduleBindings, ...names]);
  return new Map(
    [...names].sort(compare).map((name) => {
      if (!moduleBindings.has(name)) return [name, name];
      const binding = firstFree(`${name}Model`, 'camel', (candidate) => !taken.has(candidate));
      taken.add(binding);
      return [name, binding];
    }),
  );
}

function finishModel(
  draft: ModelDraftWithArgs,
  binding: string,
  sides: readonly Side[],
  proxies: ReadonlyMap<string, ProxyDescription[]>,
): ModelDescription {
  const owned = sides.filter((s) => s.owner === draft.name).sort(bySideOrder);
  return {
    name: draft.name,
    binding,
    tableName: draft.table.name,
    columns: draft.columns,
    tableArgs: draft.tableArgs,
    relationships: owned.map((side) => ({
      name: side.name!,
      target: side.target,
      direction: side.direction,
      options: {
        ...(side.options.secondary ? { secondary: side.options.secondary } : {}),
        backPopulates: side.partner!.name!,
        ...withoutSecondary(side.options),
      },
    })),
    proxies: proxies.get(draft.name) ?? [],
    associationObject: draft.associationObject,
  };
}

function withoutSecondary(options: Side['options']): Omit<Side['options'], 'secondary'> {
  const { secondary: _secondary, ...rest } = options;
  return rest;
}

function finishLinkTable(draft: LinkDraft, sides: readonly Side[]): LinkTableDescription {
  const [first, second] = sides.filter((s) => s.table === draft.table.name && s.direction === 'many-to-many');
  return {
    name: draft.table.name,
    columns: draft.columns,
    constraints: draft.constraints,
    keyed: draft.keyed,
    relationships: [`${first!.owner}.${first!.name}`, `${second!.owner}.${second!.name}`],
  };
}
