/**
 * Per-request loaders. Every relationship field of one level of a query asks its loader for
 * its owner's rows; DataLoader collects those asks and the loader answers them with one
 * SELECT (`loaders/README.md` explains why this keeps a query at one statement per level).
 */
import DataLoader from 'dataloader';
import type { TableColumn } from '../declare/index.js';
import type { Dialect } from '../dialect/Dialect.js';
import type { Executor } from '../dialect/Driver.js';
import type { MappedAssociationProxy, MappedModel, MappedRelationship } from '../mapper/index.js';
import type { AggregateQuery, Filter, ListQuery, ReadScope } from '../sql/ListQuery.js';
import { relatedPath, type RelatedPath } from '../sql/relatedPath.js';
import { selectAggregate, selectRelatedAggregate } from '../sql/aggregateStatements.js';
import { selectByKeys, selectList, selectRelated } from '../sql/selectStatements.js';
import { decodeAggregate, emptyAggregate, type AggregateRow } from './aggregateRow.js';
import { runSelect } from './runSelect.js';
import { keyOf, keyString, valueKeyString, type Row } from '../rows/Row.js';
import { keyAlias } from '../sql/selectStatements.js';

export interface LoadersOptions {
  readonly dialect: Dialect;
  /** The driver for queries; a transaction's executor for the reads of a mutation. */
  readonly executor: Executor;
  /** The operation's row budget; unlimited when absent. */
  readonly budget?: RowBudget;
  /** The rows of each model the viewer may see; every statement ANDs it in. */
  readonly scope?: ReadScope;
}

/**
 * How many rows an operation may still fetch. Every SELECT asks for at most `remaining() + 1`
 * rows, so a statement that would exceed the budget stops in the database, and `charge()`
 * throws (QUERY_TOO_COMPLEX, decided by the caller) instead of handing the rows on.
 */
export interface RowBudget {
  remaining(): number;
  charge(rows: number): void;
}

type Key = readonly unknown[];

/**
 * @example
 * const loaders = createLoaders({ dialect: driver.dialect, executor: driver });
 * await loaders.row(Parent).load([1]);                       // Parent(id=1) or null
 * await loaders.related(Parent.children, query).load([1]);  // its children, one SELECT per batch
 */
export class Loaders {
  readonly #dialect: Dialect;
  readonly #executor: Executor;
  readonly #budget: RowBudget | undefined;
  readonly #scope: ReadScope | undefined;
  readonly #rows = new Map<MappedModel, DataLoader<Key, Row | null, string>>();
  readonly #related = new Map<string, DataLoader<Key, Row[], string>>();
  /**
   * Related rows already read for a loader id (`related()`'s key), by owner key: what
   * `relatedOf()` read answers that loader's later loads without a statement, as DataLoader's
   * own cache would, but without a promise per key.
   */
  readonly #relatedKnown = new Map<string, Map<string, Row[]>>();
  readonly #relatedIds = new Map<MappedRelationship | MappedAssociationProxy, number>();
  /**
   * Rows read by lists and relationship loads, by model, not yet indexed by primary key. A
   * lookup by key (`row()`) indexes them first, so a row read once is not read again; rows
   * nobody looks up by key cost nothing more (priming every row into DataLoader up front was
   * a tenth of the read path's time on wide fan-outs).
   */
  readonly #seen = new Map<MappedModel, Row[][]>();
  #fields = new WeakMap<object, object>();
  readonly #byKey = new Map<MappedModel, Map<string, Row>>();
  /** Keys a LEFT JOIN of an included relationship found no (visible) row for. */
  readonly #absent = new Map<MappedModel, Set<string>>();
  /** Aggregates already read, by loader id and owner key, as `#relatedKnown` keeps rows. */
  readonly #aggregatesKnown = new Map<string, Map<string, AggregateRow>>();
  readonly #aggregates = new Map<string, DataLoader<Key, AggregateRow, string>>();
  /** The link-table columns read with a row of a list that asked for them (`ListQuery.linkColumns`). */
  #links = new WeakMap<Row, Row>();

  constructor(options: LoadersOptions) {
    this.#dialect = options.dialect;
    this.#executor = options.executor;
    this.#budget = options.budget;
    this.#scope = options.scope;
  }

  /** Rows of `model` by primary key; rows loaded any other way in this request are reused. */
  row(model: MappedModel): DataLoader<Key, Row | null, string> {
    let loader = this.#rows.get(model);
    if (!loader) {
      loader = new DataLoader((keys) => this.#loadRows(model, keys), {
        cacheKeyFn: keyString,
        maxBatchSize: this.#batchSize(model.primaryKey.length),
      });
      this.#rows.set(model, loader);
    }
    return loader;
  }

  /** The rows of a root list; they also prime `row()`. */
  async list(model: MappedModel, query: ListQuery): Promise<Row[]> {
    const select = selectList(model, query, this.#scope);
    const { rows, included } = await runSelect(
      this.#executor,
      this.#dialect,
      { ...select, limit: this.#capped(select.limit) },
      model,
      [],
      query.include,
    );
    this.#budget?.charge(rows.length);
    // Partial rows (some columns only) must not answer a lookup that wants the others.
    if (!query.columns) this.#remember(model, rows);
    this.#rememberIncluded(query.include, rows, included);
    return rows;
  }

  /**
   * The related rows of owners, keyed by the owner's join values (`relatedPath().ownerColumns`).
   * One loader per relationship and list arguments: all owners at a level share it.
   */
  related(relationship: MappedRelationship | MappedAssociationProxy, query: ListQuery): DataLoader<Key, Row[], string> {
    const id = this.#relatedLoaderId(relationship, query);
    let loader = this.#related.get(id);
    if (!loader) {
      const path = relatedPath(relationship);
      const known = this.#knownRelated(id);
      loader = new DataLoader(
        async (keys) => {
          const missing = keys.filter((key) => !known.has(keyString(key)));
          if (missing.length > 0) await this.#readRelated(path, missing, query, known);
          return keys.map((key) => known.get(keyString(key)) ?? []);
        },
        { cacheKeyFn: keyString, maxBatchSize: this.#batchSize(path.keyColumns.length, isPaged(query)) },
      );
      this.#related.set(id, loader);
    }
    return loader;
  }

  /**
   * For the plan executor: the related rows of a whole level of owners in one call, by
   * `keyString()` of the owner key, with no promise per key. The statements are the ones
   * `related()` sends for the same keys (one per `maxBatchSize` keys), and what they read also
   * answers `related()` loads of this request, so a resolver of your own reuses the rows.
   *
   * @example
   * const byOwner = await loaders.relatedOf(Parent.children, query, [[1], [2]]);
   * byOwner.get(keyString([1])) // Parent 1's children
   */
  async relatedOf(
    relationship: MappedRelationship | MappedAssociationProxy,
    query: ListQuery,
    keys: readonly Key[],
  ): Promise<ReadonlyMap<string, Row[]>> {
    const known = this.#knownRelated(this.#relatedLoaderId(relationship, query));
    const path = relatedPath(relationship);
    await readMissing(keys, known, this.#batchSize(path.keyColumns.length, isPaged(query)), (batch) =>
      this.#readRelated(path, batch, query, known),
    );
    return known;
  }

  /**
   * For the plan executor: rows of `model` by primary key, as `row()` answers them (rows read
   * any other way in this request are reused), for many keys in one call, by `keyString()`.
   */
  async rowsOf(model: MappedModel, keys: readonly Key[]): Promise<ReadonlyMap<string, Row>> {
    const known = this.#index(model);
    const absent = this.#absent.get(model);
    const missing = new Map<string, Key>();
    for (const key of keys) {
      if (key.some((v) => v === null || v === undefined)) continue;
      const id = keyString(key);
      if (!known.has(id) && !absent?.has(id) && !missing.has(id)) missing.set(id, key);
    }
    if (missing.size > 0) {
      const size = this.#batchSize(model.primaryKey.length);
      const all = [...missing.values()];
      const reads: Array<Promise<Array<Row | null>>> = [];
      for (let i = 0; i < all.length; i += size) reads.push(this.#loadRows(model, all.slice(i, i + size)));
      const found = (await Promise.all(reads)).flat().filter((row): row is Row => row !== null);
      this.#remember(model, found);
      // A key looked up and not found costs no second statement either.
      const index = this.#index(model);
      let missed = this.#absent.get(model);
      for (const id of missing.keys()) if (!index.has(id)) (missed ??= new Set()).add(id);
      if (missed) this.#absent.set(model, missed);
    }
    return this.#index(model);
  }

  /**
   * The link-table row read with `row` (its columns named in `ListQuery.linkColumns`): an
   * association object's own columns, for a connection's edge.
   */
  linkOf(row: Row): Row | undefined {
    return this.#links.get(row);
  }

  /** The aggregates of a root list: one statement, no GROUP BY. */
  async aggregate(model: MappedModel, query: AggregateQuery): Promise<AggregateRow> {
    const result = await this.#executor.execute(this.#dialect.render(selectAggregate(model, query, this.#scope)));
    this.#budget?.charge(1);
    return decodeAggregate(this.#dialect, query, result.rows[0] as Record<string, unknown> | undefined);
  }

  /**
   * For the plan executor: the aggregates of a whole level of owners in one call (one `GROUP BY`
   * statement per batch of keys), by `keyString()` of the owner key; `aggregates()` shares them.
   */
  async aggregateOf(
    relationship: MappedRelationship | MappedAssociationProxy,
    query: AggregateQuery,
    keys: readonly Key[],
  ): Promise<ReadonlyMap<string, AggregateRow>> {
    const known = this.#knownAggregates(relationship, query);
    const path = relatedPath(relationship);
    await readMissing(keys, known, this.#batchSize(path.keyColumns.length), (batch) => this.#readAggregates(path, batch, query, known));
    return known;
  }

  /** The aggregates of owners' related rows, batched per level like `related()`. */
  aggregates(relationship: MappedRelationship | MappedAssociationProxy, query: AggregateQuery): DataLoader<Key, AggregateRow, string> {
    const id = this.#aggregateLoaderId(relationship, query);
    let loader = this.#aggregates.get(id);
    if (!loader) {
      const path = relatedPath(relationship);
      const known = this.#knownAggregates(relationship, query);
      loader = new DataLoader(
        async (keys) => {
          const missing = keys.filter((key) => !known.has(keyString(key)));
          if (missing.length > 0) await this.#readAggregates(path, missing, query, known);
          return keys.map((key) => known.get(keyString(key))!);
        },
        { cacheKeyFn: keyString, maxBatchSize: this.#batchSize(path.keyColumns.length) },
      );
      this.#aggregates.set(id, loader);
    }
    return loader;
  }

  /**
   * Which of the rows with these primary keys match `filter` (an authorization rule), in one
   * SELECT, read through this request's executor — inside a mutation's transaction.
   */
  async matching(model: MappedModel, keys: readonly Key[], filter: Filter): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const { rows } = await runSelect(
      this.#executor,
      this.#dialect,
      selectByKeys(model, model.primaryKey, keys, filter, this.#scope),
      model,
    );
    const found = new Set(rows.map((row) => keyString(keyOf(row, model.primaryKey))));
    return keys.map((key) => found.has(keyString(key)));
  }

  /**
   * What a field of the query uses — its loader, its query — made once per request by `create`:
   * the field's arguments are read, checked and turned into a loader once, not once per parent row.
   * `field` is the field's AST node (`info.fieldNodes[0]`), the same for every parent.
   */
  forField<T extends object>(field: object, create: () => T): T {
    let made = this.#fields.get(field) as T | undefined;
    if (!made) {
      made = create();
      this.#fields.set(field, made);
    }
    return made;
  }

  /** Forgets everything loaded: the next mutation field must see what the previous one wrote. */
  clear(): void {
    this.#rows.clear();
    this.#related.clear();
    this.#relatedKnown.clear();
    this.#seen.clear();
    this.#byKey.clear();
    this.#absent.clear();
    this.#aggregates.clear();
    this.#aggregatesKnown.clear();
    this.#links = new WeakMap();
    this.#fields = new WeakMap();
  }

  async #readAggregates(path: RelatedPath, keys: readonly Key[], query: AggregateQuery, known: Map<string, AggregateRow>): Promise<void> {
    const lookup = keys.filter((key) => key.every((v) => v !== null && v !== undefined));
    if (lookup.length > 0) {
      const result = await this.#executor.execute(this.#dialect.render(selectRelatedAggregate(path, lookup, query, this.#scope)));
      this.#budget?.charge(result.rows.length);
      const { keyColumns } = path;
      for (const raw of result.rows as Array<Record<string, unknown>>) {
        const owner =
          keyColumns.length === 1
            ? valueKeyString(this.#dialect.decode(keyColumns[0]!.type, raw[keyAlias(0)]))
            : keyString(keyColumns.map((column, k) => this.#dialect.decode(column.type, raw[keyAlias(k)])));
        known.set(owner, decodeAggregate(this.#dialect, query, raw));
      }
    }
    // Owners with no related rows have no group: a count of 0.
    let empty: AggregateRow | undefined;
    for (const key of keys) {
      const id = keyString(key);
      if (!known.has(id)) known.set(id, (empty ??= emptyAggregate(query)));
    }
  }

  #knownAggregates(relationship: MappedRelationship | MappedAssociationProxy, query: AggregateQuery): Map<string, AggregateRow> {
    const id = this.#aggregateLoaderId(relationship, query);
    let known = this.#aggregatesKnown.get(id);
    if (!known) this.#aggregatesKnown.set(id, (known = new Map()));
    return known;
  }

  #aggregateLoaderId(relationship: MappedRelationship | MappedAssociationProxy, query: AggregateQuery): string {
    return `${this.#relationshipId(relationship)}:${queryKey(query)}`;
  }

  async #loadRows(model: MappedModel, keys: readonly Key[]): Promise<Array<Row | null>> {
    const known = this.#index(model);
    const absent = this.#absent.get(model);
    const lookup = keys.filter(
      (key) => key.every((v) => v !== null && v !== undefined) && !known.has(keyString(key)) && !absent?.has(keyString(key)),
    );
    const found = new Map<string, Row>();
    if (lookup.length > 0) {
      const { rows } = await runSelect(
        this.#executor,
        this.#dialect,
        selectByKeys(model, model.primaryKey, lookup, undefined, this.#scope),
        model,
      );
      this.#budget?.charge(rows.length);
      for (const row of rows) found.set(keyString(keyOf(row, model.primaryKey)), row);
    }
    return keys.map((key) => {
      const id = keyString(key);
      return known.get(id) ?? found.get(id) ?? null;
    });
  }

  /** Reads the related rows of `keys` (at most one batch) into `known`, by owner key. */
  async #readRelated(path: RelatedPath, keys: readonly Key[], query: ListQuery, known: Map<string, Row[]>): Promise<void> {
    const groups = await this.#loadRelated(path, keys, query);
    for (let i = 0; i < keys.length; i++) known.set(keyString(keys[i]!), groups[i]!);
  }

  async #loadRelated(path: RelatedPath, keys: readonly Key[], query: ListQuery): Promise<Row[][]> {
    const groups = new Map<string, Row[]>(keys.map((key) => [keyString(key), []]));
    const lookup = keys.filter((key) => key.every((v) => v !== null && v !== undefined));
    if (lookup.length > 0) {
      const statement = selectRelated(path, lookup, query, this.#scope);
      const capped =
        statement.kind === 'select'
          ? { ...statement, limit: this.#capped(undefined) }
          : { ...statement, ...(this.#budget ? { totalLimit: this.#budget.remaining() + 1 } : {}) };
      const { rows, ownerKeys, included, links } = await runSelect(
        this.#executor,
        this.#dialect,
        capped,
        path.target,
        path.keyColumns,
        query.include,
        query.linkColumns,
      );
      this.#budget?.charge(rows.length);
      for (let i = 0; i < rows.length; i++) groups.get(ownerKeys[i]!)?.push(rows[i]!);
      for (let i = 0; i < links.length; i++) this.#links.set(rows[i]!, links[i]!);
      if (!query.columns) this.#remember(path.target, rows);
      this.#rememberIncluded(query.include, rows, included);
    }
    return keys.map((key) => groups.get(keyString(key))!);
  }

  /** A statement's own limit, lowered to one row past the budget left. */
  #capped(limit: number | undefined): number | undefined {
    if (!this.#budget) return limit;
    const ceiling = this.#budget.remaining() + 1;
    return limit === undefined ? ceiling : Math.min(limit, ceiling);
  }

  #remember(model: MappedModel, rows: Row[]): void {
    if (rows.length === 0) return;
    const batches = this.#seen.get(model);
    if (batches) batches.push(rows);
    else this.#seen.set(model, [rows]);
  }

  /**
   * The rows that included to-one relationships brought along: remembered like any row read, and
   * a key the join found nothing for is remembered as absent, so its lookup costs no statement.
   */
  #rememberIncluded(
    include: readonly MappedRelationship[] | undefined,
    rows: readonly Row[],
    included: ReadonlyArray<ReadonlyArray<Row | null>>,
  ): void {
    for (const [j, relationship] of (include ?? []).entries()) {
      const found = included[j]!.filter((row): row is Row => row !== null);
      this.#budget?.charge(found.length);
      this.#remember(relationship.target, found);
      let absent = this.#absent.get(relationship.target);
      rows.forEach((row, i) => {
        if (included[j]![i] !== null) return;
        const key = keyOf(
          row,
          relationship.join.map((pair) => pair.local),
        );
        if (key.some((v) => v === null || v === undefined)) return;
        absent ??= new Set();
        absent.add(keyString(key));
      });
      if (absent) this.#absent.set(relationship.target, absent);
    }
  }

  /** The rows of `model` read so far, by primary key, indexing the batches not indexed yet. */
  #index(model: MappedModel): Map<string, Row> {
    let index = this.#byKey.get(model);
    if (!index) {
      index = new Map();
      this.#byKey.set(model, index);
    }
    const batches = this.#seen.get(model);
    if (batches) {
      for (const batch of batches) for (const row of batch) index.set(keyString(keyOf(row, model.primaryKey)), row);
      this.#seen.delete(model);
    }
    return index;
  }

  /**
   * The most keys one statement may carry: a power of two (so IN-list buckets fill exactly),
   * leaving room for the parameters of filters. Paged lists without window functions repeat
   * the filter once per key (`unionPerKey`): 32 keys, so that 32 filters of the largest size
   * allowed still fit.
   */
  #batchSize(keyColumns: number, paged = false): number {
    const room = Math.max(1, Math.floor((this.#dialect.capabilities.maxBindParameters - 1000) / Math.max(1, keyColumns)));
    const size = 2 ** Math.floor(Math.log2(room));
    return paged && !this.#dialect.capabilities.windowFunctions ? Math.min(size, 32) : size;
  }

  #relatedLoaderId(relationship: MappedRelationship | MappedAssociationProxy, query: ListQuery): string {
    return `${this.#relationshipId(relationship)}:${queryKey(query)}`;
  }

  #knownRelated(id: string): Map<string, Row[]> {
    let known = this.#relatedKnown.get(id);
    if (!known) {
      known = new Map();
      this.#relatedKnown.set(id, known);
    }
    return known;
  }

  #relationshipId(relationship: MappedRelationship | MappedAssociationProxy): number {
    let id = this.#relatedIds.get(relationship);
    if (id === undefined) {
      id = this.#relatedIds.size;
      this.#relatedIds.set(relationship, id);
    }
    return id;
  }
}

/** Reads the keys `known` lacks (each once), `size` keys per call of `read`, all at once. */
async function readMissing(
  keys: readonly Key[],
  known: ReadonlyMap<string, unknown>,
  size: number,
  read: (batch: readonly Key[]) => Promise<void>,
): Promise<void> {
  const missing = new Map<string, Key>();
  for (const key of keys) {
    const id = keyString(key);
    if (!known.has(id) && !missing.has(id)) missing.set(id, key);
  }
  if (missing.size === 0) return;
  const all = [...missing.values()];
  const reads: Array<Promise<void>> = [];
  for (let i = 0; i < all.length; i += size) reads.push(read(all.slice(i, i + size)));
  await Promise.all(reads);
}

/** A list paged per owner: its statement is a `WindowedSelect`. */
function isPaged(query: ListQuery): boolean {
  return query.limit !== undefined || query.offset !== undefined;
}

export function createLoaders(options: LoadersOptions): Loaders {
  return new Loaders(options);
}

const queryKeys = new WeakMap<ListQuery | AggregateQuery, string>();

/**
 * Identifies list arguments: loaders for different filters or pages must not share rows. A
 * query object the plan executor reuses across requests is stringified once.
 */
function queryKey(query: ListQuery | AggregateQuery): string {
  let key = queryKeys.get(query);
  if (key === undefined) queryKeys.set(query, (key = stringifyQuery(query)));
  return key;
}

function stringifyQuery(query: ListQuery | AggregateQuery): string {
  return JSON.stringify(query, (key, value: unknown) => {
    if (key === 'column') return `${(value as TableColumn).table.name}.${(value as TableColumn).name}`;
    if (key === 'columns' || key === 'linkColumns') return (value as readonly TableColumn[]).map((column) => column.name);
    if (
      (value as { kind?: unknown } | null)?.kind === 'relationship' ||
      (value as { kind?: unknown } | null)?.kind === 'associationProxy'
    ) {
      const relationship = value as MappedRelationship | MappedAssociationProxy;
      return `${relationship.owner.name}.${relationship.name}`;
    }
    return value instanceof Date ? value.toISOString() : value;
  });
}
