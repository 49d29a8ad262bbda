/**
 * Column types, named as SQLAlchemy names them. Each records what the database stores; the
 * dialects render it in DDL and the schema maps it to a GraphQL scalar. The phantom
 * `valueType` carries the TypeScript type of a value, so rows are typed from declarations.
 */

export type ColumnKind =
  | 'integer'
  | 'bigInteger'
  | 'smallInteger'
  | 'tinyInteger'
  | 'year'
  | 'string'
  | 'text'
  | 'boolean'
  | 'float'
  | 'numeric'
  | 'dateTime'
  | 'date'
  | 'time'
  | 'json'
  | 'enum'
  | 'set'
  | 'largeBinary';

declare const valueType: unique symbol;

/** A JSON value as stored in a `JSON` column. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface ColumnType<T = unknown> {
  readonly kind: ColumnKind;
  /** `String(n)`: the maximum length in characters; `LargeBinary(n)`: in bytes. */
  readonly length?: number;
  /** `SmallInteger({ unsigned: true })`, `TinyInteger({ unsigned: true })`: MySQL's UNSIGNED. */
  readonly unsigned?: boolean;
  /** `Numeric(precision, scale)`. */
  readonly precision?: number;
  readonly scale?: number;
  /** `Enum([...])`, `Set([...])`: the allowed values, and the GraphQL enum's name when given. */
  readonly values?: readonly string[];
  readonly enumName?: string;
  /** `Enum([...])`: the GraphQL name of each value, in `values` order (`'PG-13'` → `PG_13`). */
  readonly graphqlNames?: readonly string[];
  readonly [valueType]?: T;
}

/** A column type, or a factory such as `String` that can also be used without arguments. */
export type ColumnTypeLike<T = unknown> = ColumnType<T> | (() => ColumnType<T>);

export function isColumnType(value: unknown): value is ColumnType {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ColumnType).kind === 'string' &&
    (value as { kind: string }).kind in declaredNames
  );
}

/** Each kind's name as a declaration spells it (`Integer`, `DateTime`): what messages and diagrams show. */
const declaredNames: Readonly<Record<ColumnKind, string>> = {
  integer: 'Integer',
  bigInteger: 'BigInteger',
  smallInteger: 'SmallInteger',
  tinyInteger: 'TinyInteger',
  year: 'Year',
  string: 'String',
  text: 'Text',
  boolean: 'Boolean',
  float: 'Float',
  numeric: 'Numeric',
  dateTime: 'DateTime',
  date: 'Date',
  time: 'Time',
  json: 'JSON',
  enum: 'Enum',
  set: 'Set',
  largeBinary: 'LargeBinary',
};

/** `Integer` for kind `integer`: the type's name as declared. */
export function columnTypeName(kind: ColumnKind): string {
  return declaredNames[kind];
}

/** The kinds that hold whole numbers a key can be made of (and that may autoincrement). */
export function isIntegerKind(kind: ColumnKind): boolean {
  return kind === 'integer' || kind === 'bigInteger' || kind === 'smallInteger' || kind === 'tinyInteger';
}

/**
 * Whether rows may be ordered by the column. A set's order is its bit mask on MySQL and its text
 * on SQLite, and bytes have no order a reader means; neither is offered in `orderBy`.
 */
export function isSortableKind(kind: ColumnKind): boolean {
  return kind !== 'set' && kind !== 'largeBinary';
}

/**
 * The values a narrow integer column holds, as MySQL stores them; `undefined` for `Integer`
 * (GraphQL's `Int` is already its range) and `BigInteger`.
 *
 * @example
 * integerRange(TinyInteger)                      // { min: -128, max: 127 }
 * integerRange(SmallInteger({ unsigned: true })) // { min: 0, max: 65535 }
 * integerRange(Year)                             // { min: 1901, max: 2155 }
 */
export function integerRange(type: ColumnType): { min: number; max: number } | undefined {
  switch (type.kind) {
    case 'tinyInteger':
      return type.unsigned ? { min: 0, max: 255 } : { min: -128, max: 127 };
    case 'smallInteger':
      return type.unsigned ? { min: 0, max: 65535 } : { min: -32768, max: 32767 };
    case 'year':
      return { min: 1901, max: 2155 };
    default:
      return undefined;
  }
}

/** Resolves `String` (a factory used bare, as in SQLAlchemy) and `String(50)` to a column type. */
export function toColumnType(value: unknown): ColumnType | undefined {
  if (typeof value === 'function') {
    return bareFactories.has(value) ? (value as () => ColumnType)() : undefined;
  }
  return isColumnType(value) ? value : undefined;
}

/** A 32-bit integer: `INT` on MySQL, `INTEGER` on SQLite, GraphQL `Int`. */
export const Integer: ColumnType<number> = Object.freeze({ kind: 'integer' });

/**
 * A 64-bit integer: `BIGINT`, GraphQL `BigInt`. Values travel as decimal strings, so ids above
 * 2^53 keep every digit in JavaScript and in JSON.
 */
export const BigInteger: ColumnType<string> = Object.freeze({ kind: 'bigInteger' });

/**
 * A 16-bit integer: `SMALLINT` (with `unsigned: true`, MySQL's `SMALLINT UNSIGNED`, 0 to 65535),
 * GraphQL `Int`. A value outside the range is refused with `BAD_USER_INPUT`.
 *
 * @example
 * actorId: Column(SmallInteger({ unsigned: true }), { primaryKey: true })
 * rank: Column(SmallInteger)
 */
export function SmallInteger(options: { unsigned?: boolean } = {}): ColumnType<number> {
  return narrowInteger('smallInteger', 'SmallInteger', options);
}

/** An 8-bit integer: `TINYINT` (unsigned: 0 to 255), GraphQL `Int`. `Boolean` is MySQL's `TINYINT(1)`. */
export function TinyInteger(options: { unsigned?: boolean } = {}): ColumnType<number> {
  return narrowInteger('tinyInteger', 'TinyInteger', options);
}

function narrowInteger(kind: 'smallInteger' | 'tinyInteger', name: string, options: { unsigned?: boolean }): ColumnType<number> {
  if (typeof options !== 'object' || options === null || (options.unsigned !== undefined && typeof options.unsigned !== 'boolean')) {
    throw new TypeError(`${name}(options) expects { unsigned?: boolean }, but got: ${String(options)}.`);
  }
  return Object.freeze(options.unsigned ? { kind, unsigned: true } : { kind });
}

/** A year from 1901 to 2155: MySQL's `YEAR`, an INTEGER on SQLite, GraphQL `Int`. */
export const Year: ColumnType<number> = Object.freeze({ kind: 'year' });

/**
 * A string of at most `length` characters: `VARCHAR(length)`, GraphQL `String`.
 *
 * @example
 * Column(String(50), { nullable: false })
 */
function StringType(length?: number): ColumnType<string> {
  if (length !== undefined && !(Number.isInteger(length) && length > 0)) {
    throw new TypeError(`String(length) expects a positive integer, but got: ${length}.`);
  }
  return Object.freeze(length === undefined ? { kind: 'string' } : { kind: 'string', length });
}
export { StringType as String };

/** Unbounded text: `TEXT`, GraphQL `String`. */
export const Text: ColumnType<string> = Object.freeze({ kind: 'text' });

/** `BOOLEAN` (MySQL stores `TINYINT(1)`; SQLite 0/1), GraphQL `Boolean`. */
export const BooleanType: ColumnType<boolean> = Object.freeze({ kind: 'boolean' });
export { BooleanType as Boolean };

/** A double-precision float: `DOUBLE` / `REAL`, GraphQL `Float`. */
export const Float: ColumnType<number> = Object.freeze({ kind: 'float' });

/**
 * An exact decimal: `DECIMAL(precision, scale)`, GraphQL `Decimal`. Values travel as strings,
 * so no digit is lost to floating point.
 */
export function Numeric(precision = 10, scale = 2): ColumnType<string> {
  if (!Number.isInteger(precision) || !Number.isInteger(scale) || scale < 0 || precision < 1 || scale > precision) {
    throw new TypeError(`Numeric(precision, scale) expects integers with 0 <= scale <= precision, but got: ${precision}, ${scale}.`);
  }
  return Object.freeze({ kind: 'numeric', precision, scale });
}

/** A point in time: `DATETIME(3)` on MySQL, ISO-8601 text on SQLite, GraphQL `DateTime`. */
export const DateTime: ColumnType<Date> = Object.freeze({ kind: 'dateTime' });

/** A calendar date `YYYY-MM-DD`: `DATE`, GraphQL `Date`. */
export const DateType: ColumnType<string> = Object.freeze({ kind: 'date' });
export { DateType as Date };

/**
 * A time of day `HH:MM:SS`: `TIME` on MySQL, text on SQLite, GraphQL `Time`. MySQL's TIME can
 * also hold durations up to 838:59:59; such values read as they are, but only times of day are
 * accepted as input.
 */
export const Time: ColumnType<string> = Object.freeze({ kind: 'time' });

/**
 * Bytes: `BLOB` (`BLOB(length)` lets MySQL pick the smallest blob type that holds `length`
 * bytes), `BLOB` on SQLite, GraphQL `Base64`. Values are Buffers inside relgraph.
 *
 * @example
 * picture: Column(LargeBinary)
 */
export function LargeBinary(length?: number): ColumnType<Uint8Array> {
  if (length !== undefined && !(Number.isInteger(length) && length > 0)) {
    throw new TypeError(`LargeBinary(length) expects a positive integer, but got: ${length}.`);
  }
  return Object.freeze(length === undefined ? { kind: 'largeBinary' } : { kind: 'largeBinary', length });
}

/** The factories whose arguments all have defaults, so that `Column(String)` works. */
const bareFactories = new Set<unknown>([StringType, Numeric, SmallInteger, TinyInteger, LargeBinary]);

/** A JSON document: `JSON` on MySQL, text on SQLite, GraphQL `JSON`. */
export const JSONType: ColumnType<JsonValue> = Object.freeze({ kind: 'json' });
export { JSONType as JSON };

/**
 * One of a fixed set of strings: `ENUM(...)` on MySQL, a CHECK constraint on SQLite, a GraphQL
 * enum named `name` (default: model name + attribute name in PascalCase). The database keeps
 * the values as given; GraphQL shows each under a name it accepts: the value itself when it is
 * a GraphQL name, else the value with every other character turned into `_` (`'PG-13'` →
 * `PG_13`, `'4K'` → `_4K`, `'true'` → `true_`), or the name `names` gives it.
 *
 * @example
 * status: Column(Enum(['draft', 'published'], { name: 'PostStatus' }), { nullable: false })
 * rating: Column(Enum(['G', 'PG', 'PG-13', 'R', 'NC-17']))            // GraphQL: G PG PG_13 R NC_17
 * size: Column(Enum(['s', 'm', 'l'], { names: { s: 'SMALL', m: 'MEDIUM', l: 'LARGE' } }))
 */
export function Enum<const V extends string>(
  values: readonly V[],
  options: { name?: string; names?: Readonly<Partial<Record<V, string>>> } = {},
): ColumnType<V> {
  return Object.freeze({ kind: 'enum', ...namedValues('Enum', values, options) });
}

/**
 * Any subset of a fixed set of strings: MySQL's `SET(...)`, text on SQLite (the members joined
 * by commas, in declaration order, as MySQL stores them), GraphQL a list of an enum named as
 * `Enum` names it. Members are named for GraphQL as `Enum` names its values; a member may not
 * hold a comma, which MySQL uses to join them.
 *
 * @example
 * specialFeatures: Column(Set(['Trailers', 'Commentaries', 'Deleted Scenes', 'Behind the Scenes']))
 * // GraphQL: specialFeatures: [FilmSpecialFeatures!]   with values Trailers, Commentaries, Deleted_Scenes, ...
 */
function SetType<const V extends string>(
  values: readonly V[],
  options: { name?: string; names?: Readonly<Partial<Record<V, string>>> } = {},
): ColumnType<V[]> {
  const comma = Array.isArray(values) ? values.find((v) => typeof v === 'string' && v.includes(',')) : undefined;
  if (comma !== undefined) {
    throw new TypeError(
      `Set values: "${comma}" holds a comma, which a SET cannot store (its members are joined by commas). Choose a value without one.`,
    );
  }
  if (Array.isArray(values) && values.length > 64) {
    throw new TypeError(`Set(values) takes at most 64 values, as MySQL's SET does, but got ${values.length}.`);
  }
  return Object.freeze({ kind: 'set', ...namedValues('Set', values, options) });
}
export { SetType as Set };

/** The values of an `Enum` or a `Set`, checked, with the GraphQL name of each. */
function namedValues(
  what: 'Enum' | 'Set',
  values: readonly string[],
  options: { name?: string; names?: Readonly<Record<string, string | undefined>> },
): Pick<ColumnType, 'values' | 'graphqlNames' | 'enumName'> {
  if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
    throw new TypeError(`${what}(values) expects a non-empty array of non-empty strings, but got: ${String(values)}.`);
  }
  const duplicate = values.find((v, i) => values.indexOf(v) !== i);
  if (duplicate !== undefined) throw new TypeError(`${what}(values): "${duplicate}" is given twice. Give each value once.`);
  const names = values.map((value) => options.names?.[value] ?? enumValueName(value));
  const badName = names.find((name) => !graphqlName.test(name) || reservedEnumNames.has(name));
  if (badName !== undefined) {
    throw new TypeError(
      `${what} names: "${badName}" is not a name a GraphQL enum value can have; use letters, digits and underscores, not starting with a digit, and not true, false or null.`,
    );
  }
  const seen = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    const other = seen.get(name);
    if (other !== undefined) {
      throw new TypeError(
        `${what} values "${other}" and "${values[i]}" would both be ${name} in GraphQL; name them apart with ${what}(values, { names: { ${JSON.stringify(values[i])}: '...' } }).`,
      );
    }
    seen.set(name, values[i]!);
  }
  return {
    values: Object.freeze([...values]),
    ...(names.some((name, i) => name !== values[i]) ? { graphqlNames: Object.freeze(names) } : {}),
    ...(options.name ? { enumName: options.name } : {}),
  };
}

const graphqlName = /^[_A-Za-z][_0-9A-Za-z]*$/;
const reservedEnumNames: ReadonlySet<string> = new Set(['true', 'false', 'null']);

/**
 * The GraphQL name of an enum value with no name given.
 *
 * @example
 * enumValueName('PG-13') // 'PG_13'
 * enumValueName('4K')    // '_4K'
 * enumValueName('null')  // 'null_'
 */
export function enumValueName(value: string): string {
  if (reservedEnumNames.has(value)) return `${value}_`;
  const name = value.replace(/[^_0-9A-Za-z]/g, '_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
