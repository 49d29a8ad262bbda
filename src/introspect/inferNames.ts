/**
 * Names for introspected models: model names from table names, attribute names from column
 * names, relationship and proxy names from foreign keys, each valid as a GraphQL name once the
 * inflection camelCases it, and none clashing with another name relgraph generates. Every
 * choice depends only on the catalog, so that running `relgraph introspect` again gives the
 * same names.
 */
import { defaultInflection } from '../inflect/inflection.js';
import { compareCodePoints as compare } from '../util/compareCodePoints.js';
import type { MappedModel } from '../mapper/index.js';
import { camelCase, lowerFirst, upperFirst } from '../util/camelCase.js';
import { plural, singular } from '../util/pluralize.js';

/** How the database spells multi-word names: `billing_address_id` or `billingAddressId`. */
export type Convention = 'snake' | 'camel';

const graphQLName = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Keys of a model declaration that are not attributes. */
const declarationKeys = new Set(['tableName', 'tableArgs', 'versionIdCol', '__proto__']);

/**
 * Type names every schema has, or may have, beside the models' own: the roots, the scalars and
 * their filters, `PageInfo`, `SortDirection`.
 */
const builtinTypeNames = new Set([
  'Query',
  'Mutation',
  'Subscription',
  'PageInfo',
  'SortDirection',
  ...['Int', 'Float', 'String', 'Boolean', 'ID', 'BigInt', 'Decimal', 'DateTime', 'Date', 'JSON'].flatMap((s) => [s, `${s}Filter`]),
]);

/** What the default inflection appends to a model's name for its other types (`ParentWhere`, ...). */
const modelTypeSuffixes = [
  'Where',
  'OrderBy',
  'Key',
  'CreateInput',
  'UpdateInput',
  'ListRelationInput',
  'RelationInput',
  'ListFilter',
  'Connection',
  'Edge',
  'Aggregate',
  'SumFields',
  'AvgFields',
  'MinFields',
  'MaxFields',
];

/**
 * Snake case unless most multi-word column names are camelCase: relationship names are then
 * spelt the way the columns beside them are.
 *
 * @example
 * detectConvention(['id', 'parent_id', 'created_at']) // 'snake'
 * detectConvention(['id', 'parentId', 'createdAt'])   // 'camel'
 */
export function detectConvention(columnNames: Iterable<string>): Convention {
  let snake = 0;
  let camel = 0;
  for (const name of columnNames) {
    if (name.includes('_')) snake += 1;
    else if (/[a-z0-9][A-Z]/.test(name)) camel += 1;
  }
  return camel > snake ? 'camel' : 'snake';
}

/**
 * @example
 * joinWords('snake', 'billing_address', 'customers') // 'billing_address_customers'
 * joinWords('camel', 'billingAddress', 'customers')  // 'billingAddressCustomers'
 */
export function joinWords(convention: Convention, ...parts: string[]): string {
  const words = parts.filter((part) => part.length > 0);
  return convention === 'snake' ? words.join('_') : words.map((w, i) => (i === 0 ? w : upperFirst(w))).join('');
}

/**
 * A model name as a word of an attribute name.
 *
 * @example
 * modelWord('snake', 'BookAuthor') // 'book_author'
 * modelWord('camel', 'BookAuthor') // 'bookAuthor'
 */
export function modelWord(convention: Convention, modelName: string): string {
  if (convention === 'camel') return lowerFirst(modelName);
  return modelName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `'parent_id'` → `'parent'`, `'billingAddressId'` → `'billingAddress'`; `undefined` without an id suffix. */
export function idStem(column: string): string | undefined {
  const match = /^(.+?)(?:_id|_ID|_Id|(?<=[a-z0-9])Id|(?<=[a-z0-9])ID)$/.exec(column);
  const stem = match?.[1]?.replace(/_+$/, '');
  return stem ? stem : undefined;
}

export { plural, singular };

/** Whether the inflection turns `attribute` into a valid GraphQL field name. */
export function isUsableAttribute(attribute: string): boolean {
  const field = defaultInflection.fieldName(attribute);
  return graphQLName.test(field) && !field.startsWith('__') && !declarationKeys.has(attribute);
}

/**
 * Words of a name that may hold any character, as letters and digits only, with a leading
 * number moved to the end (a GraphQL name cannot start with a digit).
 *
 * @example
 * safeWords('2024-orders') // ['orders', '2024']
 * safeWords('e-mail')      // ['e', 'mail']
 */
function safeWords(name: string): string[] {
  const { letters, leading } = nameWords(name);
  return [...letters, ...leading];
}

/**
 * The attribute for each column: the column's own name where the inflection can use it, else
 * a name made of its letters and digits (the column's name is then given to `Column`); the
 * second of two columns whose GraphQL fields would coincide gets a numeric suffix.
 */
export function attributeNames(columns: readonly string[], convention: Convention): Map<string, string> {
  const result = new Map<string, string>();
  const fields = new Set<string>();
  for (const column of columns) {
    let base = column;
    if (!isUsableAttribute(column)) {
      const words = safeWords(column);
      base = words.length === 0 ? 'column' : joinWords(convention, ...words.map((w, i) => (i === 0 ? w : w.toLowerCase())));
      if (!isUsableAttribute(base)) base = joinWords(convention, base, 'column');
    }
    const attribute = firstFree(
      base,
      convention,
      (candidate) => !fields.has(defaultInflection.fieldName(candidate)) && isUsableAttribute(candidate),
    );
    fields.add(defaultInflection.fieldName(attribute));
    result.set(column, attribute);
  }
  return result;
}

/** `base`, then `base_2`, `base_3`, ... (`base2` in camel case): the first that `free` accepts. */
export function firstFree(base: string, convention: Convention, free: (candidate: string) => boolean): string {
  if (free(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = convention === 'snake' || /[0-9]$/.test(base) ? `${base}_${n}` : `${base}${n}`;
    if (free(candidate)) return candidate;
  }
}

export interface ModelName {
  readonly table: string;
  readonly name: string;
  /** Why the name is not simply the table's name in PascalCase singular, for the module's notes. */
  readonly why: string | undefined;
}

/**
 * PascalCase singular of the table name (`parent_tag` → `ParentTag`, `books` → `Book`). A
 * name that is taken gets a numeric suffix: by another table's model, by a type every schema
 * has (`Date`, `Query`), or by a type generated for another model (`ApiKey` is model `Api`'s
 * key input). Tables already singular choose first, so `order` keeps `Order` beside `orders`.
 *
 * @example
 * assignModelNames(['books', 'parent_tag']) // Book, ParentTag
 * assignModelNames(['2024-orders'])         // Order2024 (why: a GraphQL name cannot start with a digit)
 */
export function assignModelNames(tables: readonly string[]): ModelName[] {
  const bases = new Map(tables.map((table) => [table, baseModelName(table)]));
  const order = [...tables].sort((a, b) => Number(!isSingular(a)) - Number(!isSingular(b)) || compare(a, b));
  const assigned = new Map<string, ModelName>();
  const taken = new Set<string>();
  const rootFields = new Set<string>();
  const derivedFromOther = (candidate: string, table: string) =>
    [...bases].some(([other, base]) => other !== table && modelTypeSuffixes.some((suffix) => candidate === `${base.name}${suffix}`));
  for (const table of order) {
    const base = bases.get(table)!;
    const name = firstFree(
      base.name,
      'camel',
      (candidate) =>
        !taken.has(candidate) &&
        !builtinTypeNames.has(candidate) &&
        !derivedFromOther(candidate, table) &&
        !rootFieldsOf(candidate).some((field) => rootFields.has(field)),
    );
    taken.add(name);
    for (const field of rootFieldsOf(name)) rootFields.add(field);
    const why = name === base.name ? base.why : `${clashReason(base.name, table, bases)}, so it is ${name}`;
    assigned.set(table, { table, name, why });
  }
  return tables.map((table) => assigned.get(table)!);
}

function baseModelName(table: string): { name: string; why: string | undefined } {
  const { letters, leading } = nameWords(table);
  const name = (letters.length === 0 ? 'Table' : upperFirst(singular(camelCase(letters.join('_'))))) + leading.join('');
  let why: string | undefined;
  if (leading.length > 0) why = `Table "${table}" is model ${name}: a GraphQL name cannot start with a digit`;
  else if (/[^A-Za-z0-9_]/.test(table)) why = `Table "${table}" is model ${name}: a GraphQL name has letters, digits and underscores only`;
  return { name, why };
}

/** `'2024-orders'` → letters `['orders']`, leading `['2024']`; an all-capitals word is lower-cased. */
function nameWords(name: string): { letters: string[]; leading: string[] } {
  const words = name
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => (w === w.toUpperCase() ? w.toLowerCase() : w));
  const leading: string[] = [];
  while (words.length > 0 && /^[0-9]/.test(words[0]!)) leading.push(words.shift()!);
  return { letters: words, leading };
}

function clashReason(base: string, table: string, bases: Map<string, { name: string }>): string {
  if (builtinTypeNames.has(base)) return `Table "${table}" would be model ${base}, a type every relgraph schema has`;
  for (const [other, { name }] of bases) {
    if (other === table) continue;
    if (name === base) return `Table "${table}" would be model ${base}, as table "${other}" is`;
    if (modelTypeSuffixes.some((suffix) => base === `${name}${suffix}`)) {
      return `Table "${table}" would be model ${base}, a type relgraph generates for model ${name} (table "${other}")`;
    }
  }
  return `Table "${table}" would be model ${base}, whose query fields another model has`;
}

function isSingular(table: string): boolean {
  const last = (nameWords(table).letters.at(-1) ?? '').toLowerCase();
  return singular(last) === last;
}

/** The lookup and list fields of `Query` the default inflection gives a model. */
function rootFieldsOf(modelName: string): string[] {
  const model = { name: modelName } as MappedModel;
  return [defaultInflection.lookupField(model), defaultInflection.listField(model)];
}

/**
 * The GraphQL enum name for an enum column, when the default (model name + attribute in
 * PascalCase) would be the name of a model or of a type generated for one.
 */
export function enumNameOverride(defaultName: string, modelNames: readonly string[]): string | undefined {
  const taken =
    builtinTypeNames.has(defaultName) ||
    modelNames.some((model) => defaultName === model || modelTypeSuffixes.some((suffix) => defaultName === `${model}${suffix}`));
  return taken ? `${defaultName}Enum` : undefined;
}

/**
 * The GraphQL fields of one model's type, as relationship and proxy names are handed out: a
 * name is free when neither it nor, for a list, its `…Connection` and `…Aggregate` fields are
 * taken (by a column or an earlier name).
 */
export class FieldNames {
  readonly #fields = new Set<string>();
  readonly #convention: Convention;

  constructor(convention: Convention, attributes: Iterable<string>) {
    this.#convention = convention;
    for (const attribute of attributes) this.#fields.add(defaultInflection.fieldName(attribute));
  }

  /** The first free candidate (then the first with a numeric suffix), now taken. */
  claim(candidates: readonly string[], list: boolean): string {
    const free = (name: string) => isUsableAttribute(name) && this.#fieldsOf(name, list).every((f) => !this.#fields.has(f));
    const name = candidates.find(free) ?? firstFree(candidates[0]!, this.#convention, free);
    for (const field of this.#fieldsOf(name, list)) this.#fields.add(field);
    return name;
  }

  #fieldsOf(name: string, list: boolean): string[] {
    const field = defaultInflection.fieldName(name);
    return list ? [field, defaultInflection.connectionField(field), defaultInflection.aggregateField(field)] : [field];
  }
}

export { compare };
