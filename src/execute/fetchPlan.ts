/**
 * The loads of a plan, level by level: each related field gets the rows of its whole level of
 * parents in one call to the request's loaders (`relatedOf`, `rowsOf`: one statement per
 * batch, no promise per key), and its own fields load as soon as its rows are in, in parallel
 * with its siblings. Nothing is shaped here; `shapeResponse` reads what this leaves in
 * `Fetched`.
 *
 * Errors are kept, not thrown: an argument a field refuses, a model the viewer may not read, a
 * failed statement. graphql-js would raise each one in the field's resolver for every parent
 * row, so the shaper does the same with the error kept here.
 */
import { getArgumentValues, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { emptyAggregate, type AggregateRow } from '../loaders/aggregateRow.js';
import { keyOf, keyString, type Row } from '../rows/Row.js';
import type { Loaders } from '../loaders/Loaders.js';
import { pageOf, type ConnectionArgs, type ConnectionQuery } from '../arguments/readConnectionArgs.js';
import type { Access } from '../access/Access.js';
import type { Problems } from '../arguments/checkOperation.js';
import type { ListArgs } from '../arguments/readListArgs.js';
import type { ReadQueries } from '../reads/readQueries.js';
import type { AggregateQuery, ListQuery } from '../sql/ListQuery.js';
import { toGraphQLError } from '../errors/toGraphQLError.js';
import type { AggregatePlan, ConnectionPlan, LoadPlan, ObjectPlan, OperationPlan, RelatedPlan, RootPlan } from './plan.js';

/** What a field read for one level of parents: one error for all of them, or rows. */
export type FieldData =
  | { readonly error: unknown }
  /** A list: parent `i`'s rows are `rows[starts[i]]` up to `rows[starts[i + 1]]`. */
  | { readonly starts: Int32Array; readonly rows: Row[] }
  /** One row (or none) per parent, by the parent's index. */
  | { readonly one: ReadonlyArray<Row | null> }
  | ConnectionData
  /** A connection's or aggregate's parent had no row: nothing to write (the parent is null). */
  | { readonly aggregates: ReadonlyArray<AggregateRow | undefined> };

/** Pages of a connection, one per parent, laid out as a list's rows are. */
export interface ConnectionData {
  readonly starts: Int32Array;
  readonly rows: Row[];
  readonly hasNext: Uint8Array;
  readonly hasPrevious: Uint8Array;
  /** `totalCount` per parent, when selected. */
  readonly counts: Int32Array | undefined;
  /** The association row of each of `rows`, when the edges carry its columns. */
  readonly links: Array<Row | undefined> | undefined;
  readonly query: ConnectionQuery;
}

export type Fetched = Map<RootPlan | LoadPlan, FieldData>;

export interface FetchContext {
  /** For a mutation's fields, which run their own resolvers: what graphql-js would pass them. */
  readonly execution: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'rootValue' | 'variableValues'> & {
    readonly contextValue: unknown;
  };
  readonly loaders: Loaders;
  readonly access: Access;
  readonly reads: ReadQueries;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  /** The operation's argument problems by root response key (`checkOperation`). */
  readonly problems: Problems;
}

const noRows: ReadonlyArray<Row | null> = [];

/**
 * The query of a field whose arguments read no variable, when no policy applies: the same for
 * every request, so read once (a refused argument is not remembered, and refused every time).
 */
const fixedQueries = new WeakMap<RootPlan | LoadPlan, unknown>();

function queryOf(field: RootPlan | RelatedPlan, context: FetchContext, read: () => ListQuery): ListQuery {
  return fixed(field, context, () => selecting(read(), field.object));
}

/** `read()`, or what it gave the first time, for a field that asks the same of every request. */
function fixed<Q>(field: RootPlan | LoadPlan, context: FetchContext, read: () => Q): Q {
  if (!field.fixedArguments || context.access.enforced) return read();
  let query = fixedQueries.get(field) as Q | undefined;
  if (query === undefined) fixedQueries.set(field, (query = read()));
  return query;
}

/**
 * The query asking only for the columns `object` reads, plus the foreign keys of the to-one
 * rows it joins in (the loaders match the joined rows by them); unchanged when that is every
 * column.
 */
function selecting(query: ListQuery, object: ObjectPlan): ListQuery {
  const { model } = object;
  let columns = object.columns;
  if (query.include?.length) {
    const needed = new Set([...columns, ...query.include.flatMap((relationship) => relationship.join.map((pair) => pair.local))]);
    columns = model.columns.filter((column) => needed.has(column));
  }
  return columns.length === model.columns.length ? query : { ...query, columns };
}

/**
 * A connection's page query asks for the columns its nodes read and the order columns its
 * cursors hold, and joins in the to-one rows its nodes read by key (as a list's query does).
 */
function pageSelecting(query: ListQuery, field: ConnectionPlan): ListQuery {
  const { model } = field;
  const include = [
    ...new Set(
      field.objects
        .flatMap((object) => object.related)
        .flatMap((related) =>
          related.kind === 'related' && related.byPrimaryKey && related.field.kind === 'relationship' ? [related.field] : [],
        ),
    ),
  ];
  const needed = new Set([
    ...field.objects.flatMap((object) => object.columns),
    ...model.primaryKey,
    ...query.orderBy.map((term) => term.column),
    ...include.flatMap((relationship) => relationship.join.map((pair) => pair.local)),
  ]);
  const columns = needed.size === model.columns.length ? undefined : model.columns.filter((column) => needed.has(column));
  return { ...query, ...(include.length > 0 ? { include } : {}), ...(columns ? { columns } : {}) };
}

/** Loads everything `plan` needs; resolves when every level is in (or has failed). */
export async function fetchPlan(plan: OperationPlan, context: FetchContext): Promise<Fetched> {
  const fetched: Fetched = new Map();
  const roots = plan.roots.filter(
    (root): root is RootPlan => root.kind !== 'typename' && root.kind !== 'connection' && root.kind !== 'aggregate',
  );
  if (plan.operation.operation === 'mutation') {
    await runWrites(plan, roots, context, fetched);
    return fetched;
  }
  await Promise.all([
    ...roots.filter((root) => root.kind === 'list').map((root) => fetchList(root, context, fetched)),
    ...fetchLookups(
      roots.filter((root) => root.kind === 'lookup'),
      context,
      fetched,
    ),
    ...plan.roots.map((root) =>
      root.kind === 'connection' || root.kind === 'aggregate' ? fetchLevel(root, rootParent, context, fetched) : undefined,
    ),
  ]);
  return fetched;
}

/** The one "parent" of a root connection or aggregate. */
const rootParent: ReadonlyArray<Row | null> = [{}];

/**
 * A mutation's fields one after another, as graphql-js runs them: each field's own resolver does
 * its write (the unit of work, the checks) and hands back the payload row, whose selection is
 * then loaded before the next field runs — so each payload shows the state after its own write.
 * A field that fails ends the operation: its type is non-null, so `data` is null (and the
 * transaction rolls back).
 */
async function runWrites(plan: OperationPlan, roots: readonly RootPlan[], context: FetchContext, fetched: Fetched): Promise<void> {
  const { execution } = context;
  for (const root of roots) {
    let row: Row | null;
    try {
      const args = getArgumentValues(root.definition, root.nodes[0]!, context.variables);
      const info: GraphQLResolveInfo = {
        fieldName: root.definition.name,
        fieldNodes: root.nodes,
        returnType: root.definition.type,
        parentType: plan.rootType,
        path: { prev: undefined, key: root.key, typename: plan.rootType.name },
        schema: execution.schema,
        fragments: context.fragments,
        rootValue: execution.rootValue,
        operation: execution.operation,
        variableValues: execution.variableValues,
      };
      row = (await root.definition.resolve!(execution.rootValue, args, execution.contextValue, info)) as Row | null;
    } catch (error) {
      fetched.set(root, { error });
      return;
    }
    fetched.set(root, { one: [row] });
    await fetchObject(root.object, [row], context, fetched);
  }
}

async function fetchList(root: RootPlan, context: FetchContext, fetched: Fetched): Promise<void> {
  let rows: Row[];
  try {
    // As graphql-js: the arguments are read, then the root resolver checks the operation.
    const query = queryOf(root, context, () => {
      const args = getArgumentValues(root.definition, root.nodes[0]!, context.variables) as ListArgs;
      assertNoProblem(root, context);
      return context.reads.rootList(root.model, args, context.access, root.nodes, context.fragments);
    });
    assertNoProblem(root, context);
    rows = await context.loaders.list(root.model, query);
  } catch (error) {
    fetched.set(root, { error: toGraphQLError(error) });
    return;
  }
  fetched.set(root, { starts: Int32Array.of(0, rows.length), rows });
  await fetchObject(root.object, rows, context, fetched);
}

/**
 * Root lookups of one model share a statement, as DataLoader batches them under graphql-js:
 * `a: parent(id: 1) b: parent(id: 2)` reads both rows at once.
 */
function fetchLookups(lookups: readonly RootPlan[], context: FetchContext, fetched: Fetched): Array<Promise<void>> {
  const byModel = new Map<RootPlan['model'], Array<{ root: RootPlan; key: unknown[] }>>();
  for (const root of lookups) {
    try {
      const args = getArgumentValues(root.definition, root.nodes[0]!, context.variables);
      assertNoProblem(root, context);
      context.access.assertReadable(root.model);
      const key = context.reads.keyFromArgs(root.model, args);
      const group = byModel.get(root.model);
      if (group) group.push({ root, key });
      else byModel.set(root.model, [{ root, key }]);
    } catch (error) {
      fetched.set(root, { error: toGraphQLError(error) });
    }
  }
  return [...byModel].map(async ([model, group]) => {
    let found: ReadonlyMap<string, Row>;
    try {
      found = await context.loaders.rowsOf(
        model,
        group.map(({ key }) => key),
      );
    } catch (error) {
      for (const { root } of group) fetched.set(root, { error: toGraphQLError(error) });
      return;
    }
    await Promise.all(
      group.map(({ root, key }) => {
        const row = found.get(keyString(key)) ?? null;
        fetched.set(root, { one: [row] });
        return fetchObject(root.object, [row], context, fetched);
      }),
    );
  });
}

/** The level below rows of `object`: every related field at once. */
function fetchObject(
  object: ObjectPlan,
  parents: ReadonlyArray<Row | null>,
  context: FetchContext,
  fetched: Fetched,
): Promise<unknown> | undefined {
  if (object.related.length === 0 || parents.length === 0) return undefined;
  return Promise.all(object.related.map((field) => fetchLevel(field, parents, context, fetched)));
}

async function fetchLevel(field: LoadPlan, parents: ReadonlyArray<Row | null>, context: FetchContext, fetched: Fetched): Promise<void> {
  // graphql-js calls a field's resolver only for parents that exist; with none, nothing fails.
  const keys: Array<unknown[] | undefined> = new Array(parents.length);
  const ids: Array<string | undefined> = new Array(parents.length);
  const lookup: unknown[][] = [];
  let anyParent = false;
  for (let i = 0; i < parents.length; i++) {
    const parent = parents[i];
    if (!parent) continue;
    anyParent = true;
    const key = keyOf(parent, field.ownerColumns);
    if (key.some((v) => v === null || v === undefined)) continue;
    keys[i] = key;
    ids[i] = keyString(key);
    lookup.push(key);
  }
  if (!anyParent) {
    fetched.set(field, { one: noRows });
    return;
  }
  let data: FieldData;
  try {
    if (field.kind === 'connection') data = await readPages(field, parents, ids, lookup, context);
    else if (field.kind === 'aggregate') data = await readAggregates(field, parents, ids, lookup, context);
    else data = await readLevel(field, parents, ids, lookup, context);
  } catch (error) {
    fetched.set(field, { error: toGraphQLError(error) });
    return;
  }
  fetched.set(field, data);
  if (field.kind === 'connection')
    await Promise.all(field.objects.map((object) => fetchObject(object, (data as ConnectionData).rows, context, fetched)));
  else if (field.kind === 'aggregate') return;
  else if ('rows' in data) await fetchObject(field.object, data.rows, context, fetched);
  else if ('one' in data) await fetchObject(field.object, data.one, context, fetched);
}

/** Whether the field is at the root (its one parent is `rootParent`). */
function atRoot(field: ConnectionPlan | AggregatePlan): boolean {
  return field.list === undefined;
}

function rootProblem(field: ConnectionPlan | AggregatePlan, context: FetchContext): void {
  if (atRoot(field)) assertNoProblem(field, context);
}

/**
 * Each parent's page (`size + 1` rows, to tell whether there is more) in one statement for the
 * level, and its `totalCount` in one more, in parallel, when selected.
 */
async function readPages(
  field: ConnectionPlan,
  parents: ReadonlyArray<Row | null>,
  ids: ReadonlyArray<string | undefined>,
  lookup: unknown[][],
  context: FetchContext,
): Promise<ConnectionData> {
  const { loaders, access, reads } = context;
  const query = fixed(field, context, () => {
    const args = getArgumentValues(field.definition, field.nodes[0]!, context.variables) as ConnectionArgs;
    rootProblem(field, context);
    const read = field.list
      ? reads.relatedConnection(field.list, args, access, field.nodes, context.fragments)
      : reads.rootConnection(field.model, args, access, field.nodes, context.fragments);
    return { ...read, page: pageSelecting(read.page, field) };
  });
  rootProblem(field, context);
  const list = field.list;
  // At the root, the one parent's rows and count are filed under the key `undefined`.
  let byOwner: ReadonlyMap<string | undefined, Row[]>;
  let counts: ReadonlyMap<string | undefined, AggregateRow> | undefined;
  if (!list) {
    const [rows, aggregate] = await Promise.all([
      loaders.list(field.model, query.page),
      field.counted ? loaders.aggregate(field.model, query.count) : undefined,
    ]);
    byOwner = new Map([[undefined, rows]]);
    counts = aggregate && new Map([[undefined, aggregate]]);
  } else {
    [byOwner, counts] = await Promise.all([
      lookup.length > 0 ? loaders.relatedOf(list, query.page, lookup) : new Map<string, Row[]>(),
      field.counted && lookup.length > 0 ? loaders.aggregateOf(list, query.count, lookup) : undefined,
    ]);
  }
  const starts = new Int32Array(parents.length + 1);
  const hasNext = new Uint8Array(parents.length);
  const hasPrevious = new Uint8Array(parents.length);
  const totals = field.counted ? new Int32Array(parents.length) : undefined;
  const rows: Row[] = [];
  for (let i = 0; i < parents.length; i++) {
    starts[i] = rows.length;
    const id = list ? ids[i] : undefined;
    const found = !list || id !== undefined ? byOwner.get(id) : undefined;
    if (!found) continue;
    const page = pageOf(query, found);
    for (const row of page.rows) rows.push(row);
    hasNext[i] = page.hasNextPage ? 1 : 0;
    hasPrevious[i] = page.hasPreviousPage ? 1 : 0;
    if (totals) totals[i] = counts?.get(id)?.count ?? 0;
  }
  starts[parents.length] = rows.length;
  const links = field.edge ? rows.map((row) => loaders.linkOf(row)) : undefined;
  return { starts, rows, hasNext, hasPrevious, counts: totals, links, query };
}

/** Each parent's aggregates: one `GROUP BY` statement for the level (none at the root). */
async function readAggregates(
  field: AggregatePlan,
  parents: ReadonlyArray<Row | null>,
  ids: ReadonlyArray<string | undefined>,
  lookup: unknown[][],
  context: FetchContext,
): Promise<FieldData> {
  const { loaders, access, reads } = context;
  const query = fixed(field, context, (): AggregateQuery => {
    const { where } = getArgumentValues(field.definition, field.nodes[0]!, context.variables) as { where?: Record<string, unknown> | null };
    rootProblem(field, context);
    return field.list
      ? reads.relatedAggregate(field.list, where, field.selected, access)
      : reads.rootAggregate(field.model, where, field.selected, access);
  });
  rootProblem(field, context);
  if (!field.list) return { aggregates: [await loaders.aggregate(field.model, query)] };
  const byOwner = lookup.length > 0 ? await loaders.aggregateOf(field.list, query, lookup) : undefined;
  const empty = emptyAggregate(query);
  return { aggregates: parents.map((parent, i) => (parent ? (byOwner?.get(ids[i]!) ?? empty) : undefined)) };
}

async function readLevel(
  field: RelatedPlan,
  parents: ReadonlyArray<Row | null>,
  ids: ReadonlyArray<string | undefined>,
  lookup: unknown[][],
  context: FetchContext,
): Promise<FieldData> {
  const { loaders, access, reads } = context;
  if (field.list) {
    const query = queryOf(field, context, () => {
      const args = getArgumentValues(field.definition, field.nodes[0]!, context.variables) as ListArgs;
      return reads.relatedList(field.field, args, access, field.nodes, context.fragments);
    });
    const byOwner = lookup.length > 0 ? await loaders.relatedOf(field.field, query, lookup) : new Map<string, Row[]>();
    const starts = new Int32Array(parents.length + 1);
    const rows: Row[] = [];
    for (let i = 0; i < parents.length; i++) {
      starts[i] = rows.length;
      const id = ids[i];
      const group = id === undefined ? undefined : byOwner.get(id);
      if (group) for (const row of group) rows.push(row);
    }
    starts[parents.length] = rows.length;
    return { starts, rows };
  }
  if (field.field.kind !== 'relationship') throw new TypeError(`${field.label}: an association proxy is always a list.`);
  const query = reads.toOne(field.field, access);
  const one: Array<Row | null> = new Array(parents.length).fill(null);
  if (lookup.length === 0) return { one };
  if (field.byPrimaryKey) {
    const byKey = await loaders.rowsOf(field.field.target, lookup);
    for (let i = 0; i < parents.length; i++) if (ids[i] !== undefined) one[i] = byKey.get(ids[i]!) ?? null;
  } else {
    const byOwner = await loaders.relatedOf(field.field, query, lookup);
    for (let i = 0; i < parents.length; i++) if (ids[i] !== undefined) one[i] = byOwner.get(ids[i]!)?.[0] ?? null;
  }
  return { one };
}

/** A root field whose arguments `checkOperation` refused fails as its resolver would. */
function assertNoProblem(root: RootPlan | ConnectionPlan | AggregatePlan, context: FetchContext): void {
  const problem = context.problems.get(root.key);
  if (problem) throw problem;
}
