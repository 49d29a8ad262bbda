/**
 * The workloads: GraphQL documents sent, byte for byte, to every implementation (but those a read
 * workload lists in `notImplementedBy`). The raw endpoint recognises the same documents (and
 * variables) instead of parsing GraphQL.
 */
import { m1, m2Links } from './dataset.js';

export interface ReadWorkload {
  readonly id: 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6';
  readonly title: string;
  readonly query: string;
  /** Statements per request the benchmark reports against (one per level of nesting). */
  readonly target: number;
  /**
   * Baselines that do not answer this workload, each with the reason: the run sends them nothing
   * and reports the row as not implemented. raw, the reference, answers every workload.
   */
  readonly notImplementedBy?: Readonly<Record<string, string>>;
}

export const readWorkloads: readonly ReadWorkload[] = [
  { id: 'W1', title: 'many-to-one', target: 2, query: '{ children(limit: 200) { id name parent { id name } } }' },
  {
    id: 'W2',
    title: 'nested mix',
    target: 4,
    query: '{ parents(limit: 50) { id name children { id name } tags { id label } associations { extraData child { id name } } } }',
  },
  { id: 'W3', title: 'many-to-many fan-out', target: 3, query: '{ tags(limit: 20) { id label parents { id name children { id } } } }' },
  { id: 'W4', title: 'point lookup', target: 2, query: '{ parent(id: 777) { id name children { id } } }' },
  {
    id: 'W5',
    title: 'per-parent page',
    target: 2,
    query: '{ parents(limit: 100) { id children(limit: 3, orderBy: [{ id: DESC }]) { id } } }',
  },
  {
    // Issue 14: a connection page per parent (primary-key order; hasNextPage from a fourth row),
    // its totalCount, and a many-to-many count. One statement for the parents, one window for the
    // 100 pages, one GROUP BY per count.
    id: 'W6',
    title: 'connections and aggregates',
    target: 4,
    query:
      '{ parents(limit: 100) { id childrenConnection(first: 3) { nodes { id name } pageInfo { hasNextPage } totalCount } tagsAggregate { count } } }',
    notImplementedBy: { 'join-monster': 'Join Monster 4 has no aggregates (tagsAggregate would be hand-written SQL beside it)' },
  },
];

/**
 * M1: link 1,000 tags to one parent in one mutation, then unlink them in another. The keys go in
 * variables, as a client would send them (and as relgraph's token limit requires).
 */
export const m1Link = 'mutation Link($id: Int!, $tags: [TagKey!]!) { updateParent(id: $id, input: { tags: { connect: $tags } }) { id } }';
export const m1Unlink =
  'mutation Unlink($id: Int!, $tags: [TagKey!]!) { updateParent(id: $id, input: { tags: { disconnect: $tags } }) { id } }';
export const m1Variables = { id: m1.parentId, tags: m1.tagIds.map((id) => ({ id })) };
/** M1 may cost this many statements, transaction control not counted. */
export const m1Target = 4;

/** M2 costs relgraph at most this many statements per mutation (issue 16: the payload from the identity map), transaction control not counted. */
export const m2Target = 3;

export const m2Add = 'mutation Add($id: Int!, $tagId: Int!) { addParentTag(id: $id, tagId: $tagId) { id } }';
export const m2Remove = 'mutation Remove($id: Int!, $tagId: Int!) { removeParentTag(id: $id, tagId: $tagId) { id } }';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly operationName?: string;
}

/** Every M2 request: adding and removing each of the 50 links. */
export function m2Requests(): GraphqlRequest[] {
  return m2Links.flatMap(([id, tagId]) => [
    { query: m2Add, variables: { id, tagId }, operationName: 'Add' },
    { query: m2Remove, variables: { id, tagId }, operationName: 'Remove' },
  ]);
}

/**
 * M3: a parent created with 10 nested children in one mutation, by 16 clients at once. The
 * payload asks for every row written, so that each answer names the ids the database gave.
 * Names are unique per request (the client and its counter), so that the rows of every answered
 * mutation can be found and checked afterwards.
 */
export const m3Create =
  'mutation Create($name: String!, $children: [ChildCreateInput!]!) { createParent(input: { name: $name, children: { create: $children } }) { id name children { id name } } }';
export const m3ChildrenPerParent = 10;
/** Rows written by one M3 mutation: the parent and its children. */
export const m3RowsPerMutation = 1 + m3ChildrenPerParent;
/** Every M3 parent's name starts so; a child's is its parent's, a dot and its index. */
export const m3NamePrefix = 'm3-';

/** The name of the `sequence`th parent created by `client` (a short word or a number). */
export function m3ParentName(client: string | number, sequence: number): string {
  return `${m3NamePrefix}${client}-${sequence}`;
}

export function m3ChildName(parentName: string, index: number): string {
  return `${parentName}.${index}`;
}

/** One M3 request: the parent `name` and its 10 children. */
export function m3Request(name: string): GraphqlRequest {
  return {
    query: m3Create,
    variables: { name, children: Array.from({ length: m3ChildrenPerParent }, (_, i) => ({ name: m3ChildName(name, i) })) },
    operationName: 'Create',
  };
}
