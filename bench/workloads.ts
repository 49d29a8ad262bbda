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
    id: 'W2', title: 'nested mix', target: 4,
    query: '{ parents(limit: 50) { id name children { id name } tags { id label } associations { extraData child { id name } } } }',
  },
  { id: 'W3', title: 'many-to-many fan-out', target: 3, query: '{ tags(limit: 20) { id label parents { id name children { id } } } }' },
  { id: 'W4', title: 'point lookup', target: 2, query: '{ parent(id: 777) { id name children { id } } }' },
  { id: 'W5', title: 'per-parent page', target: 2, query: '{ parents(limit: 100) { id children(limit: 3, orderBy: [{ id: DESC }]) { id } } }' },
  {
    // Issue 14: a connection page per parent (primary-key order; hasNextPage from a fourth row),
    // its totalCount, and a many-to-many count. One statement for the parents, one window for the
    // 100 pages, one GROUP BY per count.
    id: 'W6', title: 'connections and aggregates', target: 4,
    query: '{ parents(limit: 100) { id childrenConnection(first: 3) { nodes { id name } pageInfo { hasNextPage } totalCount } tagsAggregate { count } } }',
    notImplementedBy: { 'join-monster': 'Join Monster 4 has no aggregates (tagsAggregate would be hand-written SQL beside it)' },
  },
];

/**
 * M1: link 1,000 tags to one parent in one mutation, then unlink them in another. The keys go in
 * variables, as a client would send them (and as relgraph's token limit requires).
 */
export const m1Link = 'mutation Link($id: Int!, $tags: [TagKey!]!) { updateParent(id: $id, input: { tags: { connect: $tags } }) { id } }';
export const m1Unlink = 'mutation Unlink($id: Int!, $tags: [TagKey!]!) { updateParent(id: $id, input: { tags: { disconnect: $tags } }) { id } }';
export const m1Variables = { id: m1.parentId, tags: m1.tagIds.map((id) => ({ id })) };
/** M1 may cost this many statements, transaction control not counted. */
export const m1Target = 4;

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
