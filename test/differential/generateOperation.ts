/**
 * `operationArbitrary(schema, options)`: random query operations for any schema relgraph builds,
 * read from the `GraphQLSchema` alone (root lookups and lists, column fields, relationship and
 * association-proxy fields with their list arguments, the `…Where` and `…OrderBy` inputs, and
 * beside every list its `…Connection` — edges with cursors and association columns, nodes, page
 * info, totalCount, paged by `first`/`last`/`after`/`before` — and its `…Aggregate`).
 *
 * A generator cannot know real cursors: an `after`/`before` it means to be valid is written as a
 * marker (`@cursor:…`, see `CursorRef`) naming the connection field, its `orderBy` and which row;
 * the harness replaces it before running with a cursor that field returned (`readCursorMarker`).
 * Others are garbage strings, or cursors of another ordering: BAD_USER_INPUT on both executors.
 *
 * An operation is generated as plain data (fields, fragments, literals, variables) and printed
 * only at the end. Printing does two things that generation cannot do locally:
 *
 * - It hoists: a fragment spread becomes a named fragment (one name per distinct body), and a
 *   variable becomes a definition (one per distinct type, value and way of passing it).
 * - It keeps the document valid: fields that end up under one response key with different
 *   names or arguments (GraphQL refuses to merge them) get a fresh alias. Fields with the same
 *   key and arguments are kept, so that overlapping fragments still merge.
 *
 * Everything is built from fast-check combinators without `chain`, so that a failing operation
 * shrinks well (fewer fields, shallower nesting, plainer arguments).
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Rows of each object type as GraphQL returned them (column fields only): values that hit real rows. */
export type Samples = Readonly<Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>>>;

export interface OperationOptions {
  /** Values to filter and look up by; without them, only fixed values are used. */
  readonly samples?: Samples;
  /** The executor's largest accepted `limit` and `offset`: one more is BAD_USER_INPUT. */
  readonly maxLimit: number;
  readonly maxOffset: number;
  /** The deepest level a relationship field may sit at (a root field is level 1). Default 4. */
  readonly maxDepth?: number;
  /**
   * Now and then an argument relgraph refuses (BAD_USER_INPUT): a `limit` or `offset` out of
   * range, a field named twice in `orderBy`, `lt: null`, `first` with `last`, a `first` or
   * `last` out of range, a cursor that is not one. Default true; false keeps to valid ones.
   */
  readonly invalidArguments?: boolean;
}

export interface GeneratedOperation {
  readonly document: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
}

// ---------------------------------------------------------------------------------------------
// The generated data, before printing.

/** An enum value in a literal: printed bare, sent as its name in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

/**
 * A variable in place of a value. `given`: defined and sent; `default`: defined with the value as
 * its default and not sent; `absent`: defined, nullable, not sent (the argument or input field
 * counts as not given); `null`: sent as null.
 */
class VariableRef {
  constructor(
    readonly type: string,
    readonly value: Literal,
    readonly mode: 'given' | 'default' | 'absent' | 'null',
  ) {}
}

/**
 * A cursor the generator wants to be real: the `index`-th edge (modulo their number) that the
 * connection field `field` (`Parent.childrenConnection`, `Query.parentsConnection`) returns when
 * ordered by `orderBy` (undefined: not given). Printed as its `marker`, which the harness
 * replaces (`readCursorMarker`). An `orderBy` other than the field's own makes a cursor of
 * another ordering, which relgraph refuses (unless the two come to the same order).
 */
export class CursorRef {
  readonly marker: string;
  constructor(
    readonly field: string,
    readonly orderBy: unknown,
    readonly index: number,
  ) {
    const spec: CursorSpec = { field, index, ...(orderBy !== undefined ? { orderBy } : {}) };
    this.marker = `@cursor:${Buffer.from(JSON.stringify(spec)).toString('base64url')}`;
  }
}

/** What a cursor marker asks for (see `CursorRef`). */
export interface CursorSpec {
  readonly field: string;
  /** The `orderBy` value as JSON (enum names as strings); absent when not given. */
  readonly orderBy?: unknown;
  readonly index: number;
}

/** Every cursor marker in a document or a variable's value. */
export const cursorMarkerPattern = /@cursor:[A-Za-z0-9_-]+/g;

/** The spec of a marker `CursorRef` printed. */
export function readCursorMarker(marker: string): CursorSpec {
  return JSON.parse(Buffer.from(marker.slice('@cursor:'.length), 'base64url').toString('utf8')) as CursorSpec;
}

type Literal =
  | null
  | boolean
  | number
  | string
  | EnumValue
  | VariableRef
  | CursorRef
  | readonly Literal[]
  | { readonly [key: string]: Literal };

interface Directive {
  readonly name: 'include' | 'skip';
  readonly if: boolean | VariableRef;
}

interface FieldSelection {
  readonly kind: 'field';
  readonly name: string;
  readonly alias: string | undefined;
  readonly args: ReadonlyArray<readonly [string, Literal]>;
  readonly directives: readonly Directive[];
  readonly selections: readonly Selection[] | undefined;
}

interface FragmentSelection {
  /** `inline`: `... on T { }` or `... { }`; `spread`: a named fragment, hoisted when printed. */
  readonly kind: 'inline' | 'spread';
  readonly typeCondition: boolean;
  readonly directives: readonly Directive[];
  readonly selections: readonly Selection[];
}

type Selection = FieldSelection | FragmentSelection;

interface Operation {
  readonly selections: readonly Selection[];
  /** Named `Main`; with a decoy, the document also holds `query Decoy` and names the operation to run. */
  readonly named: boolean;
  readonly decoy: boolean;
}

// ---------------------------------------------------------------------------------------------
// Generation.

const fallbackValues: Record<string, readonly unknown[]> = {
  Int: [0, 1, 2, 3, 7, 42, -1, 999, 2147483647],
  Float: [0, 1.5, -2.25, 0.1, 1e21],
  String: ['', 'a', 'alpha', 'Beta', 'zzz', 'ü'],
  Boolean: [true, false],
  BigInt: ['0', '1', '42', '9007199254740993', '-5'],
  Decimal: ['0', '1.50', '-3.25', '99.99', '10.5'],
  DateTime: ['2024-01-02T03:04:05.678Z', '2000-01-01T00:00:00.000Z', '2030-06-01T12:00:00Z'],
  Date: ['2024-01-02', '1999-12-31', '2030-06-01'],
  ID: ['1', '2'],
};

/**
 * @example
 * fc.assert(fc.asyncProperty(operationArbitrary(schema, { maxLimit: 1000, maxOffset: 100000, samples }), async (op) => { ... }));
 */
export function operationArbitrary(schema: GraphQLSchema, options: OperationOptions): fc.Arbitrary<GeneratedOperation> {
  const generator = new Generator(schema, options);
  return generator.operation().map((operation) => withToString(printOperation(operation, schema)));
}

class Generator {
  readonly #schema: GraphQLSchema;
  readonly #options: OperationOptions;
  readonly #maxDepth: number;
  /** `ParentWhere` → `Parent`: which rows a filter's values come from. */
  readonly #whereOwner = new Map<string, string>();
  readonly #memo = new Map<string, fc.Arbitrary<unknown>>();

  constructor(schema: GraphQLSchema, options: OperationOptions) {
    this.#schema = schema;
    this.#options = options;
    this.#maxDepth = options.maxDepth ?? 4;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const where = field.args.find((arg) => arg.name === 'where');
        if (where) this.#whereOwner.set(getNamedType(where.type).name, getNamedType(field.type).name);
      }
    }
  }

  operation(): fc.Arbitrary<Operation> {
    const query = this.#schema.getQueryType();
    if (!query) throw new Error('The schema has no Query type.');
    return fc
      .record({
        selections: this.#selectionSet(query, 1, 0),
        named: fc.boolean(),
        decoy: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      })
      .map((operation) => ({ ...operation, named: operation.named || operation.decoy }));
  }

  #memoized<T>(key: string, build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
    let arbitrary = this.#memo.get(key);
    if (!arbitrary) this.#memo.set(key, (arbitrary = build()));
    return arbitrary as fc.Arbitrary<T>;
  }

  /** The selections of one object type; `level` is the level of the fields in it (root fields: 1). */
  #selectionSet(type: GraphQLObjectType, level: number, fragmentLevel: number): fc.Arbitrary<Selection[]> {
    return this.#memoized(`set:${type.name}:${level}:${fragmentLevel}`, () => {
      const fields = Object.values(type.getFields());
      const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0);
      const objects = level <= this.#maxDepth ? fields.filter((field) => isObjectType(getNamedType(field.type))) : [];
      const connections = objects.filter((field) => isConnectionType(getNamedType(field.type)));
      const aggregates = objects.filter((field) => isAggregateType(getNamedType(field.type)));
      const related = objects.filter((field) => !connections.includes(field) && !aggregates.includes(field));
      const lists = [...related.filter((field) => isListType(getNullableType(field.type))), ...connections];
      const choices: Array<fc.WeightedArbitrary<Selection[]>> = [];
      const one = (arbitrary: fc.Arbitrary<Selection>) => arbitrary.map((selection) => [selection]);
      if (leaves.length > 0)
        choices.push({ weight: 6, arbitrary: one(fc.oneof(...leaves.map((field) => this.#field(type, field, level)))) });
      choices.push({ weight: 1, arbitrary: one(this.#field(type, { name: '__typename' }, level)) });
      // Fewer relationships further down, so that the answers stay small; beside them (fewer
      // still) the connections and aggregates of the lists.
      // Connections whose edges carry association columns twice as often as the others.
      const some = (weights: readonly number[], list: ReadonlyArray<GraphQLField<unknown, unknown>>) => {
        if (list.length === 0) return;
        const each = list.map((field) => ({
          weight: hasEdgeColumns(getNamedType(field.type)) ? 2 : 1,
          arbitrary: this.#field(type, field, level),
        }));
        choices.push({ weight: weights[level] ?? 1, arbitrary: one(fc.oneof(...each)) });
      };
      some([0, 8, 3, 2, 1], related);
      some([0, 4, 2, 1, 1], connections);
      some([0, 2, 1, 1, 1], aggregates);
      // The same list (or connection) twice, under two keys, with arguments of its own each.
      if (lists.length > 0) {
        choices.push({
          weight: level === 1 ? 2 : 1,
          arbitrary: fc
            .oneof(...lists.map((field) => fc.tuple(this.#field(type, field, level), this.#field(type, field, level))))
            .map(([first, second]) => [
              { ...first, alias: first.alias ?? 'first' },
              { ...second, alias: 'second' },
            ]),
        });
      }
      if (fragmentLevel < 2) {
        choices.push({ weight: 1, arbitrary: one(this.#fragment(this.#selectionSet(type, level, fragmentLevel + 1))) });
      }
      const width = level === 1 ? 3 : level === 2 ? 4 : 3;
      return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: width }).map((groups) => groups.flat());
    });
  }

  #field(
    parent: GraphQLObjectType,
    field: Pick<GraphQLField<unknown, unknown>, 'name'> & Partial<GraphQLField<unknown, unknown>>,
    level: number,
  ): fc.Arbitrary<FieldSelection> {
    return this.#memoized(`field:${parent.name}.${field.name}:${level}`, () => {
      const target = field.type ? getNamedType(field.type) : undefined;
      const otherNames = Object.keys(parent.getFields())
        .filter((name) => name !== field.name)
        .slice(0, 3);
      const alias = fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'x', field.name, ...otherNames) },
      );
      // A connection's parts, an edge's and an aggregate's sit at the level of the connection
      // or aggregate field: the rows (`nodes`, `edges { node }`) one level below, as a list's.
      const selections =
        !target || !isObjectType(target)
          ? fc.constant(undefined)
          : isConnectionType(target)
            ? this.#connectionSet(target, level, 0)
            : isEdgeType(target)
              ? this.#edgeSet(target, level, 0)
              : isAggregateType(target)
                ? this.#aggregateSet(target, level, 0)
                : this.#selectionSet(target, level + 1, 0);
      return fc.record({
        kind: fc.constant('field' as const),
        name: fc.constant(field.name),
        alias,
        args: this.#args(parent, field, target),
        directives: this.#directives(),
        selections,
      });
    });
  }

  /**
   * The parts of a connection (`edges`, `nodes`, `pageInfo`, `totalCount`, `__typename`), one or
   * two (more through fragments), in fragments now and then; `level` is the connection field's.
   */
  #connectionSet(type: GraphQLObjectType, level: number, fragmentLevel: number): fc.Arbitrary<Selection[]> {
    return this.#memoized(`connection:${type.name}:${level}:${fragmentLevel}`, () => {
      const fields = type.getFields();
      const part = (name: string) => this.#field(type, fields[name]!, level);
      const one = (arbitrary: fc.Arbitrary<Selection>) => arbitrary.map((selection) => [selection]);
      const choices: Array<fc.WeightedArbitrary<Selection[]>> = [
        { weight: hasEdgeColumns(type) ? 6 : 4, arbitrary: one(part('edges')) },
        { weight: 3, arbitrary: one(part('nodes')) },
        { weight: 3, arbitrary: one(part('pageInfo')) },
        { weight: 3, arbitrary: one(part('totalCount')) },
        { weight: 1, arbitrary: one(this.#field(type, { name: '__typename' }, level)) },
      ];
      if (fragmentLevel < 2)
        choices.push({ weight: 1, arbitrary: one(this.#fragment(this.#connectionSet(type, level, fragmentLevel + 1))) });
      return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 2 }).map((groups) => groups.flat());
    });
  }

  /** The fields of an edge: `cursor`, `node`, an association object's columns, `__typename`. */
  #edgeSet(type: GraphQLObjectType, level: number, fragmentLevel: number): fc.Arbitrary<Selection[]> {
    return this.#memoized(`edge:${type.name}:${level}:${fragmentLevel}`, () => {
      const fields = type.getFields();
      const columns = Object.values(fields).filter((field) => field.name !== 'cursor' && field.name !== 'node');
      const one = (arbitrary: fc.Arbitrary<Selection>) => arbitrary.map((selection) => [selection]);
      const choices: Array<fc.WeightedArbitrary<Selection[]>> = [
        { weight: 3, arbitrary: one(this.#field(type, fields['cursor']!, level)) },
        { weight: 4, arbitrary: one(this.#field(type, fields['node']!, level)) },
        { weight: 1, arbitrary: one(this.#field(type, { name: '__typename' }, level)) },
      ];
      if (columns.length > 0)
        choices.push({ weight: 5, arbitrary: one(fc.oneof(...columns.map((field) => this.#field(type, field, level)))) });
      if (fragmentLevel < 2) choices.push({ weight: 1, arbitrary: one(this.#fragment(this.#edgeSet(type, level, fragmentLevel + 1))) });
      return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 2 }).map((groups) => groups.flat());
    });
  }

  /** `count` and whichever of `sum`, `avg`, `min`, `max` the aggregate type has (each with its columns). */
  #aggregateSet(type: GraphQLObjectType, level: number, fragmentLevel: number): fc.Arbitrary<Selection[]> {
    return this.#memoized(`aggregate:${type.name}:${level}:${fragmentLevel}`, () => {
      const fields = type.getFields();
      const functions = Object.values(fields).filter((field) => field.name !== 'count');
      const one = (arbitrary: fc.Arbitrary<Selection>) => arbitrary.map((selection) => [selection]);
      const choices: Array<fc.WeightedArbitrary<Selection[]>> = [
        { weight: 3, arbitrary: one(this.#field(type, fields['count']!, level)) },
        { weight: 1, arbitrary: one(this.#field(type, { name: '__typename' }, level)) },
      ];
      if (functions.length > 0)
        choices.push({ weight: 5, arbitrary: one(fc.oneof(...functions.map((field) => this.#field(type, field, level)))) });
      if (fragmentLevel < 2)
        choices.push({ weight: 1, arbitrary: one(this.#fragment(this.#aggregateSet(type, level, fragmentLevel + 1))) });
      return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 2 }).map((groups) => groups.flat());
    });
  }

  /** An inline fragment or a spread around `inner`, with or without a type condition and directives. */
  #fragment(inner: fc.Arbitrary<Selection[]>): fc.Arbitrary<Selection> {
    return fc.record({
      kind: fc.constantFrom('inline' as const, 'spread' as const),
      typeCondition: fc.boolean(),
      directives: this.#directives(),
      selections: inner,
    });
  }

  #args(
    parent: GraphQLObjectType,
    field: Partial<GraphQLField<unknown, unknown>>,
    target: ReturnType<typeof getNamedType> | undefined,
  ): fc.Arbitrary<Array<readonly [string, Literal]>> {
    const args = field.args ?? [];
    if (args.length === 0 || !target) return fc.constant([]);
    const byName = Object.fromEntries(args.map((arg) => [arg.name, arg]));
    if (byName['first'] && byName['last'] && isConnectionType(target))
      return this.#connectionArgs(`${parent.name}.${field.name!}`, byName, getNamedType(target.getFields()['nodes']!.type));
    if (byName['where'] || byName['limit']) {
      // A list: each argument is left out more often than not.
      const entries = args.map((arg) => {
        const value = this.#listArg(arg.name, arg.type);
        if (!value) return fc.constant(undefined);
        return fc.oneof(
          { weight: 3, arbitrary: fc.constant(undefined) },
          { weight: 2, arbitrary: this.#maybeVariable(value, arg.type).map((v) => [arg.name, v] as const) },
        );
      });
      return fc.tuple(...entries).map((pairs) => pairs.filter((pair): pair is readonly [string, Literal] => pair !== undefined));
    }
    // A lookup: its key arguments, mostly from one real row, sometimes a key that is not there.
    const rows = this.#options.samples?.[target.name] ?? [];
    const fromRow =
      rows.length > 0 ? fc.constantFrom(...rows).map((row) => args.map((arg) => toLiteral(row[arg.name] ?? 0, arg.type))) : undefined;
    const made = fc.tuple(...args.map((arg) => this.#scalarValue(arg.type, [])));
    const values = fc.oneof(...(fromRow ? [{ weight: 4, arbitrary: fromRow }] : []), { weight: 1, arbitrary: made });
    return fc
      .tuple(values, fc.tuple(...args.map((arg) => passing(arg.type))))
      .map(([literals, ways]) => args.map((arg, i) => [arg.name, pass(literals[i]!, arg.type, ways[i]!)] as const));
  }

  /**
   * A connection's arguments: `where` and `orderBy` as a list's, and a way of paging — none (the
   * default page), `first` or `last`, each with a cursor or not, now and then crossed (`first`
   * with `before`), and, as invalid input, `first` with `last` or a size out of range. A cursor
   * is mostly a real one of the field and its `orderBy` (a `CursorRef`), else one of another
   * ordering, a garbage string or null.
   */
  #connectionArgs(
    label: string,
    byName: Readonly<Record<string, GraphQLArgument>>,
    node: GraphQLNamedType,
  ): fc.Arbitrary<Array<readonly [string, Literal]>> {
    const invalid = this.#options.invalidArguments ?? true;
    const { maxLimit } = this.#options;
    const orderType = byName['orderBy'] ? getNamedType(byName['orderBy'].type) : undefined;
    const unorderable = isObjectType(node)
      ? Object.values(node.getFields())
          .filter((field) => getNamedType(field.type).name === 'JSON')
          .map((field) => field.name)
      : [];
    const orderBy = orderType && isInputObjectType(orderType) ? this.#orderBy(orderType, unorderable) : undefined;
    const optional = (name: string) => {
      const arg = byName[name];
      const value = name === 'orderBy' ? orderBy : arg ? this.#listArg(name, arg.type) : undefined;
      if (!arg || !value) return fc.constant(undefined);
      return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: this.#maybeVariable(value, arg.type) });
    };
    // Small pages, so that there is a next (or previous) page; the size refused once in 45 or so.
    const size = fc.oneof(
      { weight: 28, arbitrary: fc.integer({ min: 0, max: 2 }) },
      { weight: 12, arbitrary: fc.integer({ min: 3, max: 5 }) },
      { weight: 4, arbitrary: fc.constantFrom<Literal>(maxLimit, null) },
      ...(invalid ? [{ weight: 1, arbitrary: fc.constantFrom<Literal>(-1, maxLimit + 1) }] : []),
    );
    type Cursor = { readonly real: number; readonly otherOrder: Literal | undefined } | { readonly fixed: string | null };
    const otherOrder = orderBy
      ? fc.oneof(fc.constant<Literal | undefined>(undefined), orderBy as fc.Arbitrary<Literal | undefined>)
      : fc.constant<Literal | undefined>(undefined);
    // Mostly a real cursor; one in 14 or so is refused.
    const cursor: fc.Arbitrary<Cursor> = fc.oneof(
      { weight: 24, arbitrary: fc.nat({ max: 9 }).map((real): Cursor => ({ real, otherOrder: undefined })) },
      { weight: 2, arbitrary: fc.constant<Cursor>({ fixed: null }) },
      ...(invalid
        ? [
            {
              weight: 1,
              arbitrary: fc.tuple(fc.nat({ max: 9 }), otherOrder).map(([real, order]): Cursor => ({ real, otherOrder: order ?? [] })),
            },
            { weight: 1, arbitrary: fc.constantFrom(...garbageCursors).map((fixed): Cursor => ({ fixed })) },
          ]
        : []),
    );
    const sized = (name: 'first' | 'last') => this.#maybeVariable(size, byName[name]!.type).map((value) => ({ name, value }) as const);
    const cursorArg = (name: 'after' | 'before') =>
      fc.tuple(cursor, passing(byName[name]!.type)).map(([value, way]) => ({ name, cursor: value, way }) as const);
    type Part = { readonly name: string; readonly value: Literal } | { readonly name: string; readonly cursor: Cursor; readonly way: Way };
    const paging: fc.Arbitrary<readonly Part[]> = fc.oneof(
      { weight: 6, arbitrary: fc.constant([]) },
      { weight: 8, arbitrary: fc.tuple(sized('first')) },
      { weight: 6, arbitrary: fc.tuple(sized('last')) },
      { weight: 10, arbitrary: fc.tuple(sized('first'), cursorArg('after')) },
      { weight: 8, arbitrary: fc.tuple(sized('last'), cursorArg('before')) },
      { weight: 2, arbitrary: fc.oneof(fc.tuple(cursorArg('after')), fc.tuple(cursorArg('before'))) },
      {
        weight: 2,
        arbitrary: fc.oneof(
          fc.tuple(sized('first'), cursorArg('before')),
          fc.tuple(sized('last'), cursorArg('after')),
          fc.tuple(sized('first'), cursorArg('after'), cursorArg('before')),
        ),
      },
      ...(invalid ? [{ weight: 1, arbitrary: fc.tuple(sized('first'), sized('last')) }] : []),
    );
    return fc.tuple(optional('where'), optional('orderBy'), paging).map(([where, orderBy, parts]) => {
      // The field's own `orderBy` as a variable would carry it: what a real cursor is made with.
      const ownOrder = orderBy === undefined ? undefined : toJson(withoutVariables(orderBy));
      const args: Array<readonly [string, Literal]> = parts.map((part) => {
        if ('value' in part) return [part.name, part.value] as const;
        const made: Literal =
          'fixed' in part.cursor
            ? part.cursor.fixed
            : new CursorRef(label, part.cursor.otherOrder !== undefined ? toJson(part.cursor.otherOrder) : ownOrder, part.cursor.real);
        return [part.name, pass(made, byName[part.name]!.type, part.way)] as const;
      });
      if (where !== undefined) args.push(['where', where]);
      if (orderBy !== undefined) args.push(['orderBy', orderBy]);
      return args;
    });
  }

  #listArg(name: string, type: GraphQLInputType): fc.Arbitrary<Literal> | undefined {
    const named = getNamedType(type);
    const { maxLimit, maxOffset } = this.#options;
    const invalid = this.#options.invalidArguments ?? true;
    switch (name) {
      case 'where':
        return isInputObjectType(named) ? this.#where(named, 0) : undefined;
      case 'orderBy':
        return isInputObjectType(named) ? this.#orderBy(named) : undefined;
      case 'limit':
        return fc.oneof(
          { weight: 24, arbitrary: fc.integer({ min: 0, max: 5 }) },
          { weight: 1, arbitrary: fc.constantFrom<Literal>(maxLimit, null) },
          ...(invalid ? [{ weight: 1, arbitrary: fc.constantFrom<Literal>(-1, maxLimit + 1) }] : []),
        );
      case 'offset':
        return fc.oneof(
          { weight: 24, arbitrary: fc.integer({ min: 0, max: 4 }) },
          { weight: 1, arbitrary: fc.constant<Literal>(null) },
          ...(invalid ? [{ weight: 1, arbitrary: fc.constantFrom<Literal>(-1, maxOffset + 1) }] : []),
        );
      default:
        return undefined;
    }
  }

  /** A value, or now and then a variable holding it, passed in one of the ways a variable can be. */
  #maybeVariable(value: fc.Arbitrary<Literal>, type: GraphQLInputType, nullRefused = false): fc.Arbitrary<Literal> {
    // Where null is refused, a null comes only from `value` (rarely): not from the variable's mode too.
    return fc.tuple(value, passing(type, !nullRefused)).map(([literal, way]) => pass(literal, type, way));
  }

  #where(type: GraphQLInputObjectType, depth: number): fc.Arbitrary<Literal> {
    return this.#memoized(`where:${type.name}:${depth}`, () => {
      const owner = this.#whereOwner.get(type.name) ?? '';
      const entries: Array<fc.WeightedArbitrary<readonly [string, Literal]>> = [];
      const fields = Object.values(type.getFields());
      const columnFilters = fields.filter((field) => isColumnFilter(field));
      if (columnFilters.length > 0) {
        entries.push({
          weight: 8,
          arbitrary: fc.oneof(
            ...columnFilters.map((field) => this.#columnFilter(owner, field).map((value) => [field.name, value] as const)),
          ),
        });
      }
      if (depth < 2) {
        const nested = (target: GraphQLInputObjectType) => this.#where(target, depth + 1);
        const listFilters = fields.filter(
          (field) =>
            isInputObjectType(getNamedType(field.type)) && 'some' in (getNamedType(field.type) as GraphQLInputObjectType).getFields(),
        );
        const toOne = fields.filter(
          (field) =>
            !['AND', 'OR', 'NOT'].includes(field.name) &&
            isInputObjectType(getNamedType(field.type)) &&
            'AND' in (getNamedType(field.type) as GraphQLInputObjectType).getFields(),
        );
        if (listFilters.length > 0) {
          entries.push({
            weight: 3,
            arbitrary: fc.oneof(
              ...listFilters.map((field) => {
                const filter = getNamedType(field.type) as GraphQLInputObjectType;
                const quantifiers = Object.values(filter.getFields()).map((quantifier) =>
                  fc.tuple(fc.constant(quantifier.name), nested(getNamedType(quantifier.type) as GraphQLInputObjectType)),
                );
                return fc
                  .uniqueArray(fc.oneof(...quantifiers), { minLength: 1, maxLength: 2, selector: ([name]) => name })
                  .map((pairs) => [field.name, Object.fromEntries(pairs)] as const);
              }),
            ),
          });
        }
        if (toOne.length > 0) {
          entries.push({
            weight: 2,
            arbitrary: fc.oneof(
              ...toOne.map((field) =>
                nested(getNamedType(field.type) as GraphQLInputObjectType).map((value) => [field.name, value] as const),
              ),
            ),
          });
        }
        entries.push({
          weight: 2,
          arbitrary: fc.oneof(
            fc.array(nested(type), { maxLength: 2 }).map((items) => ['AND', items] as const),
            fc.array(nested(type), { maxLength: 3 }).map((items) => ['OR', items] as const),
            nested(type).map((item) => ['NOT', item] as const),
          ),
        });
      }
      if (entries.length === 0) return fc.constant({});
      return fc.uniqueArray(fc.oneof(...entries), { maxLength: 2, selector: ([name]) => name }).map((pairs) => Object.fromEntries(pairs));
    });
  }

  /** `{ eq: 3 }`, `{ in: [1, 2], isNull: false }`, `{ like: "al%" }`: one or two operators. */
  #columnFilter(owner: string, field: GraphQLInputField): fc.Arbitrary<Literal> {
    const filter = getNamedType(field.type) as GraphQLInputObjectType;
    const operators = Object.values(filter.getFields()).map((operator) => {
      const value = this.#operatorValue(owner, field.name, operator);
      const nullRefused = !['eq', 'ne', 'isNull'].includes(operator.name);
      return fc.tuple(fc.constant(operator.name), this.#maybeVariable(value, operator.type, nullRefused)) as fc.Arbitrary<
        readonly [string, Literal]
      >;
    });
    return fc
      .uniqueArray(fc.oneof(...operators), { minLength: 1, maxLength: 2, selector: ([name]) => name })
      .map((pairs) => Object.fromEntries(pairs));
  }

  #operatorValue(owner: string, column: string, operator: GraphQLInputField): fc.Arbitrary<Literal> {
    const named = getNamedType(operator.type) as GraphQLInputType;
    // A null that relgraph refuses (`lt: null`, `in: null`), now and then.
    const rare = <T>(arbitrary: fc.Arbitrary<T>, value: T) =>
      (this.#options.invalidArguments ?? true)
        ? fc.oneof({ weight: 40, arbitrary }, { weight: 1, arbitrary: fc.constant(value) })
        : arbitrary;
    switch (operator.name) {
      case 'isNull':
        return fc.oneof({ weight: 15, arbitrary: fc.boolean() as fc.Arbitrary<Literal> }, { weight: 1, arbitrary: fc.constant(null) });
      case 'like':
        return rare(this.#pattern(owner, column), null as Literal);
      case 'in':
      case 'notIn':
        return rare(
          fc.array(this.#scalarValue(named, this.#sampled(owner, column)), { maxLength: 3 }) as fc.Arbitrary<Literal>,
          null as Literal,
        );
      case 'eq':
      case 'ne':
        return fc.oneof(
          { weight: 8, arbitrary: this.#scalarValue(named, this.#sampled(owner, column)) },
          { weight: 1, arbitrary: fc.constant(null) },
        );
      default:
        // lt, lte, gt, gte: null is refused (BAD_USER_INPUT), now and then.
        return rare(this.#scalarValue(named, this.#sampled(owner, column)), null as Literal);
    }
  }

  #sampled(owner: string, column: string): unknown[] {
    const rows = this.#options.samples?.[owner] ?? [];
    return [
      ...new Set(rows.map((row) => row[column]).filter((value) => value !== null && value !== undefined && typeof value !== 'object')),
    ];
  }

  /** A value of a scalar or enum type: mostly one stored in the column, else a fixed one. */
  #scalarValue(type: GraphQLInputType, sampled: readonly unknown[]): fc.Arbitrary<Literal> {
    const named = getNamedType(type);
    const fixed = isEnumType(named) ? named.getValues().map((value) => value.name) : (fallbackValues[named.name] ?? ['0']);
    const choices = [{ weight: 1, arbitrary: fc.constantFrom(...fixed) }];
    if (sampled.length > 0) choices.push({ weight: 3, arbitrary: fc.constantFrom(...sampled) });
    return fc.oneof(...choices).map((value) => toLiteral(value, type));
  }

  /** LIKE patterns made from stored strings: whole, prefix%, %suffix, with `_`, or odd ones. */
  #pattern(owner: string, column: string): fc.Arbitrary<Literal> {
    const strings = this.#sampled(owner, column).filter((value): value is string => typeof value === 'string');
    const odd = fc.constantFrom('%', '', '_', '%a%', '%\\_%', '%\\%%', 'B%', 'b%');
    if (strings.length === 0) return odd;
    const made = fc.tuple(fc.constantFrom(...strings), fc.constantFrom('whole', 'prefix', 'suffix', 'underscore')).map(([text, how]) => {
      const chars = Array.from(text);
      switch (how) {
        case 'whole':
          return text;
        case 'prefix':
          return `${chars.slice(0, 2).join('')}%`;
        case 'suffix':
          return `%${chars.slice(-2).join('')}`;
        default:
          return chars.map((char, i) => (i === 1 ? '_' : char)).join('');
      }
    });
    return fc.oneof({ weight: 4, arbitrary: made }, { weight: 1, arbitrary: odd });
  }

  /**
   * One or two entries, mostly valid; now and then a field named twice, an empty entry, or two
   * fields in one. `unorderable`: fields only those odd ones name (a connection's JSON columns,
   * which a cursor cannot resume from).
   */
  #orderBy(type: GraphQLInputObjectType, unorderable: readonly string[] = []): fc.Arbitrary<Literal> {
    const fields = Object.keys(type.getFields()).filter((name) => !unorderable.includes(name));
    if (fields.length === 0) return fc.constant([]);
    const direction = fc.constantFrom(new EnumValue('ASC'), new EnumValue('DESC'));
    const entry = fc.tuple(fc.constantFrom(...fields), direction).map(([name, dir]) => ({ [name]: dir }));
    // `[]` is valid too: no order given, so the primary key's (not the relationship's default).
    const valid = fc.oneof(
      { weight: 20, arbitrary: fc.uniqueArray(entry, { minLength: 1, maxLength: 2, selector: (item) => Object.keys(item)[0] }) },
      { weight: 1, arbitrary: fc.constant([]) },
    );
    const twice = fc.tuple(entry, direction).map(([item, dir]) => [item, { [Object.keys(item)[0]!]: dir }]);
    const odd = fc.oneof(
      twice,
      fc.constant([{}]),
      fc.tuple(entry, entry).map(([a, b]) => [{ ...b, ...a }]),
      ...(unorderable.length > 0 ? [fc.tuple(fc.constantFrom(...unorderable), direction).map(([name, dir]) => [{ [name]: dir }])] : []),
    );
    if (!(this.#options.invalidArguments ?? true)) return valid;
    return fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: odd });
  }

  /** Mostly none; sometimes `@include` / `@skip` with a literal or a variable. */
  #directives(): fc.Arbitrary<Directive[]> {
    const condition: fc.Arbitrary<boolean | VariableRef> = fc.oneof(
      fc.boolean(),
      fc
        .tuple(fc.boolean(), fc.constantFrom<VariableRef['mode']>('given', 'given', 'default'))
        .map(([value, mode]) => new VariableRef('Boolean!', value, mode)),
    );
    const directive: fc.Arbitrary<Directive> = fc.record({ name: fc.constantFrom('include' as const, 'skip' as const), if: condition });
    return fc.oneof(
      { weight: 5, arbitrary: fc.constant<Directive[]>([]) },
      { weight: 1, arbitrary: fc.uniqueArray(directive, { minLength: 1, maxLength: 2, selector: (d) => d.name }) },
    );
  }
}

/**
 * Strings that are not cursors: empty, no dot, a payload with a tag of the wrong length or
 * value, a payload that is not JSON, characters outside base64url.
 */
const garbageCursors = ['', 'x', '.', 'abc.def', 'WzFd', 'WzFd.AAAAAAAAAAAAAAAA', 'bm90IGpzb24.AAAAAAAAAAAAAAAA', 'W251bGxd.', '%%%.***'];

/** `ParentConnection`: `edges`, `nodes`, `pageInfo`, `totalCount`. */
function isConnectionType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'nodes' in fields && 'pageInfo' in fields && 'totalCount' in fields;
}

/** `ParentEdge`, `AssociationChildEdge`: `cursor` and `node`, and the association's columns. */
function isEdgeType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'cursor' in fields && 'node' in fields;
}

/** A connection type whose edges carry an association object's columns. */
function hasEdgeColumns(type: GraphQLNamedType): boolean {
  if (!isConnectionType(type)) return false;
  const edge = getNamedType(type.getFields()['edges']!.type);
  return isObjectType(edge) && Object.keys(edge.getFields()).some((name) => name !== 'cursor' && name !== 'node');
}

/** `ParentAggregate`: `count`, and `sum` / `avg` / `min` / `max` where the model has such columns. */
function isAggregateType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type) || !type.name.endsWith('Aggregate')) return false;
  const fields = Object.keys(type.getFields());
  return fields.includes('count') && fields.every((name) => ['count', 'sum', 'avg', 'min', 'max'].includes(name));
}

type Way = 'inline' | VariableRef['mode'];

/**
 * How a value of `type` is passed: mostly written in place, else through a variable. `nullable`
 * false: never as a null variable (where relgraph refuses null and only valid input is wanted).
 */
function passing(type: GraphQLInputType, nullable = true): fc.Arbitrary<Way> {
  const modes: Way[] = isNonNullType(type)
    ? ['given', 'given', 'default']
    : ['given', 'given', 'default', 'absent', ...(nullable ? ['null' as const] : [])];
  return fc.oneof({ weight: 5, arbitrary: fc.constant<Way>('inline') }, { weight: 1, arbitrary: fc.constantFrom(...modes) });
}

function pass(literal: Literal, type: GraphQLInputType, way: Way): Literal {
  if (way === 'inline') return literal;
  const value = withoutVariables(literal);
  // A default must be a value: when there is none (null), the variable is sent instead.
  const mode = way === 'default' && value === null ? 'given' : way;
  return new VariableRef(String(type), mode === 'absent' || mode === 'null' ? null : value, mode);
}

function isColumnFilter(field: GraphQLInputField): boolean {
  const named = getNamedType(field.type);
  return isInputObjectType(named) && 'isNull' in named.getFields();
}

/** A value in GraphQL's output form as a literal of `type`: enum names become enum values. */
function toLiteral(value: unknown, type: GraphQLInputType): Literal {
  const named = getNamedType(type);
  if (Array.isArray(value)) return value.map((item) => toLiteral(item, type));
  if (isEnumType(named) && typeof value === 'string') return new EnumValue(value);
  return value as Literal;
}

/** A literal with each variable replaced by what it stands for: the value of a variable, which cannot hold variables. */
function withoutVariables(literal: Literal): Literal {
  if (literal instanceof VariableRef) return literal.mode === 'absent' || literal.mode === 'null' ? null : literal.value;
  if (Array.isArray(literal)) return literal.map(withoutVariables);
  if (literal !== null && typeof literal === 'object' && !(literal instanceof EnumValue) && !(literal instanceof CursorRef)) {
    return Object.fromEntries(
      Object.entries(literal)
        .filter(([, value]) => !(value instanceof VariableRef && value.mode === 'absent'))
        .map(([key, value]) => [key, withoutVariables(value)]),
    );
  }
  return literal;
}

// ---------------------------------------------------------------------------------------------
// Printing.

type Scope = Map<string, { signature: string; child: Scope }>;

function printOperation(operation: Operation, schema: GraphQLSchema): GeneratedOperation {
  const variables = new Map<string, { name: string; ref: VariableRef }>();
  const fragments = new Map<string, { name: string; text: string }>();

  const literal = (value: Literal): string => {
    if (value === null) return 'null';
    if (value instanceof EnumValue) return value.name;
    if (value instanceof CursorRef) return JSON.stringify(value.marker);
    if (value instanceof VariableRef) {
      const key = `${value.type}|${value.mode}|${JSON.stringify(toJson(value.value))}`;
      let entry = variables.get(key);
      if (!entry) variables.set(key, (entry = { name: `v${variables.size + 1}`, ref: value }));
      return `$${entry.name}`;
    }
    if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
    if (typeof value === 'object')
      return `{${Object.entries(value as Record<string, Literal>)
        .map(([key, item]) => `${key}: ${literal(item)}`)
        .join(', ')}}`;
    if (typeof value === 'string') return JSON.stringify(value);
    return String(value);
  };
  const directives = (list: readonly Directive[]) => list.map((d) => ` @${d.name}(if: ${literal(d.if)})`).join('');

  const selections = (list: readonly Selection[], type: GraphQLObjectType, scope: Scope): string =>
    list
      .map((selection) => {
        if (selection.kind === 'field') {
          const args =
            selection.args.length > 0 ? `(${selection.args.map(([name, value]) => `${name}: ${literal(value)}`).join(', ')})` : '';
          const signature = `${selection.name}${args}`;
          let key = selection.alias ?? selection.name;
          let alias = selection.alias;
          // GraphQL merges fields under one key only when they are the same field with the same
          // arguments: another one gets a key of its own.
          if (scope.has(key) && scope.get(key)!.signature !== signature) {
            let n = 2;
            while (scope.has(`${key}_${n}`) && scope.get(`${key}_${n}`)!.signature !== signature) n++;
            alias = key = `${key}_${n}`;
          }
          let entry = scope.get(key);
          if (!entry) scope.set(key, (entry = { signature, child: new Map() }));
          const fieldType = selection.name === '__typename' ? undefined : getNamedType(type.getFields()[selection.name]!.type);
          const inner =
            selection.selections && fieldType && isObjectType(fieldType)
              ? ` { ${selections(selection.selections, fieldType, entry.child)} }`
              : '';
          return `${alias !== undefined ? `${alias}: ` : ''}${selection.name}${args}${directives(selection.directives)}${inner}`;
        }
        const body = selections(selection.selections, type, scope);
        if (selection.kind === 'inline')
          return `...${selection.typeCondition ? ` on ${type.name}` : ''}${directives(selection.directives)} { ${body} }`;
        const key = `${type.name}|${body}`;
        let fragment = fragments.get(key);
        if (!fragment)
          fragments.set(
            key,
            (fragment = { name: `F${fragments.size + 1}`, text: `fragment F${fragments.size + 1} on ${type.name} { ${body} }` }),
          );
        return `...${fragment.name}${directives(selection.directives)}`;
      })
      .join(' ');

  const query = schema.getQueryType()!;
  const body = selections(operation.selections, query, new Map());
  const definitions = [...variables.values()].map(
    ({ name, ref }) => `$${name}: ${ref.type}${ref.mode === 'default' ? ` = ${literal(ref.value)}` : ''}`,
  );
  const header =
    operation.named || definitions.length > 0
      ? `query${operation.named ? ' Main' : ''}${definitions.length > 0 ? `(${definitions.join(', ')})` : ''} `
      : '';
  const parts = [`${header}{ ${body} }`, ...[...fragments.values()].map((fragment) => fragment.text)];
  if (operation.decoy) parts.unshift('query Decoy { __typename }');
  const values: Record<string, unknown> = {};
  for (const { name, ref } of variables.values()) {
    if (ref.mode === 'given') values[name] = toJson(ref.value);
    else if (ref.mode === 'null') values[name] = null;
  }
  return {
    document: print(parse(parts.join('\n'))),
    variables: values,
    ...(operation.decoy ? { operationName: 'Main' } : {}),
  };
}

function toJson(value: Literal): unknown {
  if (value instanceof EnumValue) return value.name;
  if (value instanceof CursorRef) return value.marker;
  if (value instanceof VariableRef) return toJson(withoutVariables(value));
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value as Record<string, Literal>).map(([key, item]) => [key, toJson(item)]));
  return value;
}

/** fast-check prints a counterexample with this: the document as it would be sent. */
function withToString(operation: GeneratedOperation): GeneratedOperation {
  return Object.defineProperty(operation, fc.toStringMethod, {
    value: () => describeOperation(operation),
    enumerable: false,
  });
}

/** The operation as a reader wants it in a failure message. */
export function describeOperation(operation: GeneratedOperation): string {
  return [
    operation.document,
    `variables: ${JSON.stringify(operation.variables)}`,
    ...(operation.operationName ? [`operationName: ${operation.operationName}`] : []),
  ].join('\n');
}
