/**
 * The two executors side by side over one database: `executor: 'plan'` (the one under test) and
 * `executor: 'graphql-js'` (the reference, graphql-js's own `execute`). Shared by the vitest file
 * and `scripts/differential.ts`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { createAll } from '../../src/dialect/createAll.js';
import type { Driver } from '../../src/dialect/Driver.js';
import type { DeclarativeBase } from '../../src/declare/index.js';
import type { Mapping } from '../../src/mapper/index.js';
import { configure } from '../../src/session/configure.js';
import { createRelgraph, type Relgraph } from '../../src/server/createRelgraph.js';
import {
  cursorMarkerPattern,
  operationArbitrary,
  readCursorMarker,
  type CursorSpec,
  type GeneratedOperation,
  type OperationOptions,
  type Samples,
} from './generateOperation.js';
import { createDriftedTables, insertSeedRows, seedRows, type SeedTable } from './seedRows.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SchemaModule {
  /** `seed/one-to-many`, `bookstore`, `bench`, `differential`. */
  readonly name: string;
  readonly base: DeclarativeBase;
}

/**
 * Every example schema — `examples/seed/*.ts`, the bookstore and the benchmark's models — and
 * this test's own (`models.ts`: what the examples leave out).
 */
export async function loadSchemas(): Promise<SchemaModule[]> {
  const seedDir = path.join(root, 'examples/seed');
  const files = [
    ...readdirSync(seedDir)
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => [`seed/${file.slice(0, -3)}`, path.join(seedDir, file)] as const),
    ['bookstore', path.join(root, 'examples/bookstore/models.ts')] as const,
    ['bench', path.join(root, 'bench/models.ts')] as const,
    ['differential', path.join(root, 'test/differential/models.ts')] as const,
  ];
  return Promise.all(
    files.map(async ([name, file]) => {
      const module = (await import(file)) as { default?: DeclarativeBase };
      if (!module.default) throw new Error(`${file} has no default export (its declarative base).`);
      return { name, base: module.default };
    }),
  );
}

/** A stable number from a name: the seed of its data and of its fast-check run. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return hash;
}

export interface Verdict {
  readonly agree: boolean;
  /** `JSON.stringify` of each answer (or `THROWN: …` when `execute` rejected). */
  readonly reference: string;
  readonly plan: string;
  /** How they were compared: byte for byte, by the positions errors null (`compareResults`), or `data` only. */
  readonly comparison: 'bytes' | 'regions' | 'data only';
  /** The operation as it ran: cursor markers replaced by real cursors (`resolveCursors`). */
  readonly operation?: GeneratedOperation;
  /** How many of its cursor markers became a cursor the connection returned (the others, garbage). */
  readonly realCursors?: number;
}

export interface Differential {
  readonly mapping: Mapping;
  readonly plan: Relgraph;
  readonly reference: Relgraph;
  readonly tables: readonly SeedTable[];
  /** What `operationArbitrary` needs: real values, and the executor's limits. */
  readonly generatorOptions: OperationOptions;
  readonly schema: GraphQLSchema;
  /**
   * Runs one operation through both executors, one after the other, and compares the answers.
   * Cursor markers in it (`CursorRef`) are first replaced by cursors (`resolveCursors`).
   */
  check(operation: GeneratedOperation): Promise<Verdict>;
  /**
   * The operation with each cursor marker replaced: by the cursor of the marker's row among the
   * edges its connection field returns with its `orderBy` — read by a first query, through
   * graphql-js, over every parent when the field is nested (a cursor holds the row's order
   * values, not its parent's) — or, when that query fails or finds no rows, by a garbage string.
   */
  resolveCursors(operation: GeneratedOperation): Promise<{ operation: GeneratedOperation; real: number }>;
  /** Which executor `executor: 'plan'` used for the operation, and why when it handed it over. */
  explain(operation: GeneratedOperation): Promise<{ executor: string; reason?: string }>;
  /**
   * Resolves once no statement is in flight. graphql-js 16 answers as soon as a null reaches
   * `data` (or a nullable parent) and leaves the rest of that subtree loading: wait for it
   * before closing the database.
   */
  idle(): Promise<void>;
}

export interface OpenOptions {
  readonly seed: number;
  /** `"table.column"` names declared NOT NULL that the tables allow NULL in, and that get some. */
  readonly drift?: ReadonlySet<string>;
  /**
   * `'exact'` (the default, and all the vitest file uses): `compareResults`. `'data only'`: the
   * `data` bytes, and whether there are errors, but not which: for `scripts/differential.ts` to
   * look past differences in the errors reported, never to pass the test.
   */
  readonly comparison?: 'exact' | 'data only';
  /**
   * The reference executor's own driver over the same database (a driver of another dialect
   * profile, say); default the same driver as the plan executor's. Seeding goes through `database`.
   */
  readonly referenceDatabase?: Driver;
}

/**
 * Creates the tables of `base` on `driver` (an empty database), fills them, and opens both
 * executors on it.
 */
export async function openDifferential(base: DeclarativeBase, database: Driver, options: OpenOptions): Promise<Differential> {
  const { driver, idle: planIdle } = trackInFlight(database);
  const mapping = configure(base);
  if (options.drift) await createDriftedTables(mapping, driver, options.drift);
  else await createAll(mapping, driver);
  const tables = seedRows(mapping, { seed: options.seed, ...(options.drift ? { nullInto: options.drift } : {}) });
  await insertSeedRows(driver, mapping, tables);
  const plan = createRelgraph(base, { driver, executor: 'plan' });
  const referenceDriver = options.referenceDatabase ? trackInFlight(options.referenceDatabase) : undefined;
  const idle = async () => {
    await planIdle();
    await referenceDriver?.idle();
  };
  const reference = createRelgraph(base, { driver: referenceDriver?.driver ?? driver, executor: 'graphql-js' });
  // Only to learn whether the plan executor answered an operation itself or handed it to
  // graphql-js (`extensions.relgraph`): a differential test of an executor that always hands
  // over would compare graphql-js with itself. Never compared; run on a sample (`explain`).
  const explained = createRelgraph(base, { driver, executor: 'plan', explain: true });
  const samples = await readSamples(reference);
  const generatorOptions = { samples, maxLimit: plan.limits.maxLimit, maxOffset: plan.limits.maxOffset };

  const run = async (
    relgraph: Relgraph,
    operation: GeneratedOperation,
    document: DocumentNode,
  ): Promise<ExecutionResult | { thrown: string }> => {
    try {
      return await relgraph.execute({
        schema: relgraph.schema,
        document,
        variableValues: operation.variables,
        ...(operation.operationName ? { operationName: operation.operationName } : {}),
        contextValue: relgraph.createContext(),
      });
    } catch (error) {
      return { thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };

  const probes = new Map<string, Promise<string[]>>();
  const cursorsOf = (spec: CursorSpec): Promise<string[]> => {
    const key = JSON.stringify([spec.field, spec.orderBy]);
    let cursors = probes.get(key);
    if (!cursors) probes.set(key, (cursors = probeCursors(reference, spec, idle)));
    return cursors;
  };
  const resolveCursors = async (operation: GeneratedOperation): Promise<{ operation: GeneratedOperation; real: number }> => {
    const markers = new Set([...operation.document.matchAll(cursorMarkerPattern)].map((match) => match[0]));
    for (const match of JSON.stringify(operation.variables).matchAll(cursorMarkerPattern)) markers.add(match[0]);
    if (markers.size === 0) return { operation, real: 0 };
    const resolved = new Map<string, string>();
    let real = 0;
    for (const marker of markers) {
      const spec = readCursorMarker(marker);
      const cursors = await cursorsOf(spec);
      if (cursors.length > 0) real += 1;
      resolved.set(marker, cursors.length > 0 ? cursors[spec.index % cursors.length]! : 'no.rows');
    }
    const replace = (text: string) => text.replace(cursorMarkerPattern, (marker) => resolved.get(marker)!);
    const replaceIn = (value: unknown): unknown => {
      if (typeof value === 'string') return replace(value);
      if (Array.isArray(value)) return value.map(replaceIn);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceIn(v)]));
      return value;
    };
    return {
      operation: {
        ...operation,
        document: replace(operation.document),
        variables: replaceIn(operation.variables) as Record<string, unknown>,
      },
      real,
    };
  };

  const check = async (generated: GeneratedOperation): Promise<Verdict> => {
    const { operation, real } = await resolveCursors(generated);
    const document = parse(operation.document);
    // The generator promises valid documents; an invalid one is its bug, not the executors'.
    const invalid = validate(plan.schema, document);
    if (invalid.length > 0)
      throw new Error(
        `The generator produced an invalid document: ${invalid.map((error) => error.message).join('; ')}\n${operation.document}`,
      );
    const expected = await run(reference, operation, document);
    // An answer with errors may leave graphql-js loading in the background: let it finish, so
    // that the plan executor runs alone.
    if ('thrown' in expected || expected.errors) await idle();
    const actual = await run(plan, operation, document);
    const verdict = options.comparison === 'data only' ? compareData(expected, actual) : compareResults(expected, actual);
    return { ...verdict, operation, realCursors: real };
  };

  const explain = async (generated: GeneratedOperation) => {
    const { operation } = await resolveCursors(generated);
    const result = await run(explained, operation, parse(operation.document));
    const relgraph =
      'thrown' in result ? undefined : (result.extensions?.['relgraph'] as { executor: string; reason?: string } | undefined);
    return { executor: relgraph?.executor ?? 'unknown', ...(relgraph?.reason ? { reason: relgraph.reason } : {}) };
  };

  return { mapping, plan, reference, tables, generatorOptions, schema: reference.schema, check, resolveCursors, explain, idle };
}

/**
 * The cursors of every edge the connection field `spec.field` returns ordered by `spec.orderBy`,
 * as graphql-js answers: `{ c: parentsConnection(first: max, orderBy: $o) { edges { cursor } } }`
 * at the root, else the same under the root list of the field's type. Empty when that fails
 * (an `orderBy` relgraph refuses) or there are no rows.
 */
async function probeCursors(relgraph: Relgraph, spec: CursorSpec, idle: () => Promise<void>): Promise<string[]> {
  const schema = relgraph.schema;
  const query = schema.getQueryType()!;
  const [typeName, fieldName] = spec.field.split('.') as [string, string];
  const owner = schema.getType(typeName);
  const field = isObjectType(owner) ? owner.getFields()[fieldName] : undefined;
  const orderArg = field?.args.find((arg) => arg.name === 'orderBy');
  if (!field || !orderArg) return [];
  const ordered = spec.orderBy !== undefined;
  const connection = `c: ${fieldName}(first: ${relgraph.limits.maxLimit}${ordered ? ', orderBy: $o' : ''}) { edges { cursor } }`;
  let body = connection;
  if (owner !== query) {
    const list = Object.values(query.getFields()).find(
      (root) =>
        isListType(getNullableType(root.type)) && getNamedType(root.type) === owner && root.args.every((arg) => !isNonNullType(arg.type)),
    );
    if (!list) return [];
    body = `l: ${list.name} { ${connection} }`;
  }
  const document = `query Probe${ordered ? `($o: ${String(orderArg.type)})` : ''} { ${body} }`;
  const result = await relgraph.execute({
    schema,
    document: parse(document),
    variableValues: ordered ? { o: spec.orderBy } : {},
    contextValue: relgraph.createContext(),
  });
  if (result.errors || !result.data) {
    // Let graphql-js finish what it left loading, as `check` does, before the operation runs.
    await idle();
    return [];
  }
  const found = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'cursor' && typeof item === 'string') found.add(item);
        else collect(item);
      }
    }
  };
  collect(result.data);
  return [...found];
}

/** What a document exercises beyond plain fields: for the run's statistics. */
export interface Features {
  readonly connection: boolean;
  /** A connection below the root (a related list's). */
  readonly nestedConnection: boolean;
  readonly aggregate: boolean;
  /** An aggregate's `sum`, `avg`, `min` or `max`, not only `count`. */
  readonly aggregateValues: boolean;
  /** An edge's association column (`AssociationChildEdge.extraData`). */
  readonly edgeColumn: boolean;
  /** `first` or `last`, `after` or `before` given in a connection's arguments. */
  readonly paged: boolean;
}

export function featuresOf(schema: GraphQLSchema, document: DocumentNode): Features {
  const typeInfo = new TypeInfo(schema);
  const found = { connection: false, nestedConnection: false, aggregate: false, aggregateValues: false, edgeColumn: false, paged: false };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const definition = typeInfo.getFieldDef();
        if (!parent || !definition) return;
        const parentFields = isObjectType(parent) ? parent.getFields() : {};
        const named = getNamedType(definition.type);
        if (isObjectType(named) && 'pageInfo' in named.getFields() && 'totalCount' in named.getFields()) {
          found.connection = true;
          if (parent !== schema.getQueryType()) found.nestedConnection = true;
          if (node.arguments?.some((arg) => ['first', 'last', 'after', 'before'].includes(arg.name.value) && arg.value.kind !== Kind.NULL))
            found.paged = true;
        }
        if (isObjectType(named) && named.name.endsWith('Aggregate') && 'count' in named.getFields()) found.aggregate = true;
        if (parent.name.endsWith('Aggregate') && 'count' in parentFields && definition.name !== 'count' && definition.name !== '__typename')
          found.aggregateValues = true;
        if ('cursor' in parentFields && 'node' in parentFields && !['cursor', 'node', '__typename'].includes(definition.name))
          found.edgeColumn = true;
      },
    }),
  );
  return found;
}

/**
 * Byte-identical `JSON.stringify`, or else — when the answers carry errors — equal by region:
 *
 * - `data` byte-identical (so the same positions are null), and nothing else differs;
 * - the errors grouped by the position they null (the shortest prefix of their path that is
 *   null in `data`; `data` itself when it is null): the same groups on both sides;
 * - in each group the plan executor reports one error, and when graphql-js reports one at the
 *   same path, the two are byte-identical.
 *
 * Why not every byte: when an error propagates (a non-null field fails and nulls its nearest
 * nullable parent, or `data`), several errors can compete for that position, and graphql-js
 * keeps the one whose promise settled first. That follows which statement returned first — on
 * MariaDB two runs of one operation can report different errors — and graphql-js may still
 * add errors from below the nulled position that settled before it. The plan executor keeps
 * the first error in document and row order and drops those below. What the client can rely
 * on is the same on both sides: which positions are null, and that each comes with an error
 * that names where it happened.
 */
export function compareResults(reference: ExecutionResult | { thrown: string }, plan: ExecutionResult | { thrown: string }): Verdict {
  const referenceText = 'thrown' in reference ? `THROWN: ${reference.thrown}` : JSON.stringify(reference);
  const planText = 'thrown' in plan ? `THROWN: ${plan.thrown}` : JSON.stringify(plan);
  if (referenceText === planText) return { agree: true, reference: referenceText, plan: planText, comparison: 'bytes' };
  if ('thrown' in reference || 'thrown' in plan || !reference.errors?.length || !plan.errors?.length) {
    return { agree: false, reference: referenceText, plan: planText, comparison: 'bytes' };
  }
  const sameRest =
    JSON.stringify(reference.data) === JSON.stringify(plan.data) &&
    'data' in reference === 'data' in plan &&
    JSON.stringify({ ...reference, errors: undefined, data: undefined }) ===
      JSON.stringify({ ...plan, errors: undefined, data: undefined });
  const expected = byRegion(reference);
  const actual = byRegion(plan);
  const agree =
    sameRest &&
    JSON.stringify([...expected.keys()].sort()) === JSON.stringify([...actual.keys()].sort()) &&
    [...actual].every(([region, errors]) => {
      if (errors.length !== 1) return false;
      const error = errors[0]!;
      const twin = expected.get(region)!.find((other) => JSON.stringify(other.path) === JSON.stringify(error.path));
      return twin === undefined || JSON.stringify(twin) === JSON.stringify(error);
    });
  return { agree, reference: referenceText, plan: planText, comparison: 'regions' };
}

/** The errors of an answer by the position they null: the first null on their path. */
function byRegion(result: ExecutionResult): Map<string, GraphQLFormattedErrorLike[]> {
  const regions = new Map<string, GraphQLFormattedErrorLike[]>();
  for (const error of result.errors ?? []) {
    const path = (error.path ?? []) as ReadonlyArray<string | number>;
    let region = 'data';
    if (result.data !== null && result.data !== undefined && path.length > 0) {
      let at: unknown = result.data;
      for (let i = 0; i < path.length; i++) {
        at = (at as Record<string | number, unknown> | null)?.[path[i]!];
        if (at === null || at === undefined) {
          region = JSON.stringify(path.slice(0, i + 1));
          break;
        }
      }
    }
    const group = regions.get(region);
    const formatted = JSON.parse(JSON.stringify(error)) as GraphQLFormattedErrorLike;
    if (group) group.push(formatted);
    else regions.set(region, [formatted]);
  }
  return regions;
}

interface GraphQLFormattedErrorLike {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
}

/** Only `data` and whether there were errors: a looser look, for exploring (`OpenOptions.comparison`). */
export function compareData(reference: ExecutionResult | { thrown: string }, plan: ExecutionResult | { thrown: string }): Verdict {
  const text = (result: ExecutionResult | { thrown: string }) => ('thrown' in result ? `THROWN: ${result.thrown}` : JSON.stringify(result));
  const loose = (result: ExecutionResult | { thrown: string }) =>
    'thrown' in result ? text(result) : JSON.stringify({ errors: (result.errors?.length ?? 0) > 0, data: result.data });
  return { agree: loose(reference) === loose(plan), reference: text(reference), plan: text(plan), comparison: 'data only' };
}

/** Every row of every root list, column fields only, as the reference executor answers them. */
async function readSamples(relgraph: Relgraph): Promise<Samples> {
  const query = relgraph.schema.getQueryType();
  const samples: Record<string, Array<Record<string, unknown>>> = {};
  for (const field of Object.values(query?.getFields() ?? {})) {
    const target = getNamedType(field.type);
    if (!isListType(getNullableType(field.type)) || !isObjectType(target)) continue;
    const columns = Object.values(target.getFields())
      .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
      .map((f) => f.name);
    const read = async (fields: readonly string[]) => {
      const result = await relgraph.execute({
        schema: relgraph.schema,
        document: parse(`{ rows: ${field.name}(limit: ${relgraph.limits.maxLimit}) { ${fields.join(' ')} } }`),
        contextValue: relgraph.createContext(),
      });
      return result.errors ? undefined : (result.data?.['rows'] as Array<Record<string, unknown>>);
    };
    // In a drifted database a NULL in a NOT NULL column fails the whole list: then the columns
    // are read one by one, and a column that fails gives no samples.
    let rows = await read(columns);
    if (!rows) {
      const byColumn = await Promise.all(columns.map(async (column) => [column, await read([column])] as const));
      const length = Math.max(0, ...byColumn.map(([, values]) => values?.length ?? 0));
      rows = Array.from({ length }, (_, i) =>
        Object.fromEntries(byColumn.flatMap(([column, values]) => (values ? [[column, values[i]?.[column]]] : []))),
      );
    }
    samples[target.name] = rows;
  }
  return samples;
}

export interface RunOptions {
  readonly numRuns: number;
  /** fast-check's seed; with `path`, replays one case and its shrinking. */
  readonly seed: number;
  readonly path?: string;
  /** Ask which executor answered every n-th case (`Differential.explain`). Default 8. */
  readonly explainEvery?: number;
  /** Overrides of the generator's options (`invalidArguments: false`, `maxDepth`). */
  readonly generator?: Partial<OperationOptions>;
}

export interface RunStats {
  cases: number;
  /** Cases whose reference answer had errors / more than one / `data: null`. */
  withErrors: number;
  severalErrors: number;
  nullData: number;
  /** Cases whose reference answer had some non-empty data. */
  withRows: number;
  /** Of the explained cases: answered by the plan executor, or handed to graphql-js (by reason). */
  planned: number;
  handedOver: Record<string, number>;
  /** Cases with a connection / one below the root / paged by first, last, after or before. */
  connections: number;
  nestedConnections: number;
  paged: number;
  /** Cases with at least one cursor marker replaced by a cursor the connection returned. */
  realCursors: number;
  /** Cases with an association column on an edge. */
  edgeColumns: number;
  /** Cases with an aggregate / with sum, avg, min or max in one. */
  aggregates: number;
  aggregateValues: number;
  /** Of the explained cases with a connection or an aggregate: answered by the plan executor. */
  plannedConnectionsOrAggregates: number;
  explainedConnectionsOrAggregates: number;
}

export interface Counterexample {
  readonly operation: GeneratedOperation;
  /** The two answers when they differed, or the error the check threw (an invalid document, say). */
  readonly verdict: Verdict | undefined;
  readonly error: string | undefined;
  /**
   * The same operation run once more. When its answers agree, the difference came and went:
   * one executor's answer (graphql-js's, in practice) depends on which load settled first.
   */
  readonly rerun: Verdict | undefined;
  readonly seed: number;
  readonly path: string | undefined;
  readonly shrinks: number;
}

/**
 * Runs `numRuns` random operations through both executors; on the first disagreement fast-check
 * shrinks the operation, and the smallest one found is returned with both answers.
 */
export async function runDifferential(
  differential: Differential,
  options: RunOptions,
): Promise<{ stats: RunStats; counterexample: Counterexample | undefined }> {
  const stats: RunStats = {
    cases: 0,
    withErrors: 0,
    severalErrors: 0,
    nullData: 0,
    withRows: 0,
    planned: 0,
    handedOver: {},
    connections: 0,
    nestedConnections: 0,
    paged: 0,
    realCursors: 0,
    edgeColumns: 0,
    aggregates: 0,
    aggregateValues: 0,
    plannedConnectionsOrAggregates: 0,
    explainedConnectionsOrAggregates: 0,
  };
  const explainEvery = options.explainEvery ?? 8;
  let shrinking = false;
  // The answers of the last operation that failed: fast-check's counterexample is the last
  // failing value it met, so these are its answers as they were when it failed.
  let lastFailure: { operation: GeneratedOperation; verdict: Verdict } | undefined;
  const property = fc.asyncProperty(
    operationArbitrary(differential.schema, { ...differential.generatorOptions, ...options.generator }),
    async (operation) => {
      const verdict = await differential.check(operation);
      if (!shrinking) {
        stats.cases += 1;
        const answer = verdict.reference.startsWith('{') ? (JSON.parse(verdict.reference) as ExecutionResult) : undefined;
        if (answer?.errors) stats.withErrors += 1;
        if ((answer?.errors?.length ?? 0) > 1) stats.severalErrors += 1;
        if (answer && answer.data === null) stats.nullData += 1;
        if (answer?.data && holdsRows(answer.data)) stats.withRows += 1;
        const features = featuresOf(differential.schema, parse(operation.document));
        if (features.connection) stats.connections += 1;
        if (features.nestedConnection) stats.nestedConnections += 1;
        if (features.paged) stats.paged += 1;
        if ((verdict.realCursors ?? 0) > 0) stats.realCursors += 1;
        if (features.edgeColumn) stats.edgeColumns += 1;
        if (features.aggregate) stats.aggregates += 1;
        if (features.aggregateValues) stats.aggregateValues += 1;
        if (stats.cases % explainEvery === 0) {
          const { executor, reason } = await differential.explain(operation);
          if (executor === 'plan') stats.planned += 1;
          else stats.handedOver[reason ?? executor] = (stats.handedOver[reason ?? executor] ?? 0) + 1;
          if (features.connection || features.aggregate) {
            stats.explainedConnectionsOrAggregates += 1;
            if (executor === 'plan') stats.plannedConnectionsOrAggregates += 1;
          }
        }
        if (!verdict.agree) shrinking = true;
      }
      if (!verdict.agree) lastFailure = { operation, verdict };
      return verdict.agree;
    },
  );
  const details = await fc.check(property, {
    numRuns: options.numRuns,
    seed: options.seed,
    ...(options.path ? { path: options.path } : {}),
  });
  if (!details.failed || !details.counterexample) return { stats, counterexample: undefined };
  const [generated] = details.counterexample;
  const verdict = lastFailure?.operation === generated ? lastFailure.verdict : undefined;
  let rerun: Verdict | undefined;
  let error: string | undefined;
  try {
    rerun = await differential.check(generated);
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  if (!verdict && !error && details.errorInstance)
    error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return {
    stats,
    counterexample: {
      // As it ran: with real cursors in place of the generator's markers.
      operation: verdict?.operation ?? rerun?.operation ?? generated,
      verdict: verdict ?? rerun,
      rerun,
      error,
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      shrinks: details.numShrinks,
    },
  };
}

/** A counterexample as the reader needs it: where it came from, the operation, both answers. */
export function formatCounterexample(where: string, counterexample: Counterexample): string {
  const { operation, verdict, error } = counterexample;
  return [
    `Counterexample (${where}; fast-check seed ${counterexample.seed}, path "${counterexample.path ?? ''}", shrunk ${counterexample.shrinks} times):`,
    '--- document',
    operation.document,
    '--- variables',
    JSON.stringify(operation.variables),
    ...(operation.operationName ? ['--- operationName', operation.operationName] : []),
    ...(verdict ? [`--- graphql-js (compared: ${verdict.comparison})`, verdict.reference, '--- plan', verdict.plan] : []),
    ...rerunLines(verdict, counterexample.rerun),
    ...(error ? ['--- error', error] : []),
  ].join('\n');
}

/** What running the counterexample once more showed, when it showed something else. */
function rerunLines(verdict: Verdict | undefined, rerun: Verdict | undefined): string[] {
  if (!rerun || rerun === verdict) return [];
  if (rerun.agree) return ['--- run once more, the answers agreed: the difference depends on which load settled first'];
  if (rerun.reference === verdict?.reference && rerun.plan === verdict.plan) return [];
  return ['--- run once more, graphql-js', rerun.reference, '--- plan', rerun.plan];
}

/**
 * Some root field answered a row: a non-empty list, a lookup that found one, a connection or an
 * aggregate with a row in it (a non-empty list, a count above 0, a value) — not just empty lists,
 * nulls and zero counts.
 */
function holdsRows(data: Record<string, unknown>): boolean {
  const within = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.length > 0;
    if (value !== null && typeof value === 'object')
      return Object.entries(value).some(([key, item]) => key !== '__typename' && within(item));
    return typeof value === 'string' || (typeof value === 'number' && value !== 0);
  };
  return Object.values(data).some((value) => (Array.isArray(value) ? value.length > 0 : within(value)));
}

/** The driver, counting the statements in flight, and a wait for there to be none. */
function trackInFlight(database: Driver): { driver: Driver; idle(): Promise<void> } {
  let inFlight = 0;
  const counted = <T>(work: () => Promise<T>): Promise<T> => {
    inFlight += 1;
    return work().finally(() => {
      inFlight -= 1;
    });
  };
  const driver: Driver = {
    get dialect() {
      return database.dialect;
    },
    execute: (query) => counted(() => database.execute(query)),
    transaction: (work) => counted(() => database.transaction(work)),
    close: () => database.close(),
  };
  const idle = async () => {
    // A settled statement can start the next one a few ticks later: idle twice in a row.
    for (let quiet = 0; quiet < 2; ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      quiet = inFlight === 0 ? quiet + 1 : 0;
    }
  };
  return { driver, idle };
}
