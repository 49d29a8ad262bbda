/**
 * The cluster test's clients: each sends one request at a time to its relgraph server (one per
 * Galera node), moving to the next server when its own does not answer or says the database is
 * unavailable, as a load balancer's health check would. The mix: nested reads; creates of a
 * parent with nested children and a tag; link add/remove on rows every node writes; updates of
 * shared children; deletes that cascade to children and links. Every mutation's verdict
 * (`test/reliability/oracle.ts`) is recorded for the checks on every node at the end.
 */
import { gql, outcome, type Reply } from '../reliability/http.js';
import { HotOracle, verdict, type Verdict } from '../reliability/oracle.js';
import { random } from '../reliability/report.js';
import type { RelgraphServer } from './relgraph.js';

/** Rows every node writes: 8 parents × 8 tags of links, 16 children moved between 8 parents. */
export const SHARED = {
  parents: [1, 2, 3, 4, 5, 6, 7, 8],
  tags: [1, 2, 3, 4, 5, 6, 7, 8],
  children: Array.from({ length: 16 }, (_, i) => i + 1),
};

/** Children each created parent is created with. */
export const NESTED_CHILDREN = 3;

/** What became of one created parent: its create's verdict, and its delete's, if one was sent. */
export interface Created {
  readonly name: string;
  readonly tag: number;
  /** From the create's payload, when it was acknowledged. */
  id?: number;
  create: Verdict;
  delete?: Verdict;
}

export class Stats {
  requests = 0;
  mutations = 0;
  readonly latencies: number[] = [];
  readonly codes = new Map<string, number>();
  readonly verdicts = { ACK: 0, REJECT: 0, INDETERMINATE: 0 };
  /** Payloads that contradict their own write. */
  readonly violations: string[] = [];
  /** Times a client moved to another server. */
  failovers = 0;

  record(reply: Reply): void {
    this.requests += 1;
    this.latencies.push(reply.ms);
    const code = outcome(reply);
    if (code !== 'OK') this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }

  violation(text: string): void {
    if (this.violations.length < 50) this.violations.push(text);
  }
}

export interface Workload {
  readonly stats: Stats;
  readonly oracle: HotOracle;
  readonly created: Map<string, Created>;
}

export interface WorkloadOptions {
  readonly servers: readonly RelgraphServer[];
  readonly clients: number;
  readonly seed: number;
  /** The client gives up on a request after this long. */
  readonly timeoutMs: number;
  /** Clients stop when it resolves true (checked before each request). */
  readonly done: () => boolean;
  /** The seed's child → parent and link set, for the oracle's initial state. */
  readonly children: Map<number, number | null>;
  readonly links: Set<string>;
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const ids = (list: unknown): number[] => (Array.isArray(list) ? list.map((item) => Number((item as { id: unknown }).id)) : []);

/** Runs the clients until `done()`; resolves with what they saw. */
export async function runWorkload(options: WorkloadOptions): Promise<Workload> {
  const linkKeys = SHARED.parents.flatMap((p) => SHARED.tags.map((t) => `${p}:${t}`));
  const workload: Workload = {
    stats: new Stats(),
    oracle: new HotOracle(options.children, options.links, SHARED.children, linkKeys),
    created: new Map(),
  };
  const seeds = random(options.seed);
  await Promise.all(
    Array.from({ length: options.clients }, (_, client) => runClient(options, workload, client, random(Math.floor(seeds() * 2 ** 32)))),
  );
  return workload;
}

async function runClient(options: WorkloadOptions, workload: Workload, client: number, rng: () => number): Promise<void> {
  const { stats } = workload;
  let server = client % options.servers.length;
  /** Parents this client created and saw acknowledged, not yet deleted. */
  const mine: Created[] = [];
  const send = async (query: string): Promise<Reply> => {
    const reply = await gql(options.servers[server]!.url, query, undefined, options.timeoutMs);
    stats.record(reply);
    const code = reply.body?.errors?.[0]?.extensions?.code;
    if (reply.status === 0 || code === 'DATABASE_UNAVAILABLE' || reply.status >= 500) {
      server = (server + 1) % options.servers.length;
      stats.failovers += 1;
    }
    return reply;
  };
  const mutate = async (query: string, check: (data: any) => string | undefined): Promise<Verdict> => {
    const reply = await send(query);
    stats.mutations += 1;
    const v = verdict(reply);
    stats.verdicts[v] += 1;
    if (v === 'ACK') {
      const wrong = check(reply.body!.data);
      if (wrong) stats.violation(wrong);
    }
    return v;
  };
  for (let n = 0; !options.done(); n++) {
    const draw = rng() * 100;
    if (draw < 40) {
      const kind = rng();
      if (kind < 0.5)
        await send(`{ parent(id: ${pick(rng, SHARED.parents)}) { id name children { id name } tags { id parents(limit: 5) { id } } } }`);
      else
        await send(
          `{ child(id: ${pick(rng, SHARED.children)}) { id parent { id tags { id } children(limit: 20) { id } } } parents(limit: 10, orderBy: [{ id: DESC }]) { id children { id } } }`,
        );
      continue;
    }
    if (draw < 62) {
      const p = pick(rng, SHARED.parents);
      const t = pick(rng, SHARED.tags);
      const add = rng() < 0.5;
      const field = add ? 'addParentTag' : 'removeParentTag';
      const v = await mutate(`mutation { ${field}(id: ${p}, tagId: ${t}) { id tags { id } } }`, (d) =>
        ids(d[field].tags).includes(t) === add ? undefined : `${field}(${p}, ${t}): payload tags ${ids(d[field].tags).join(',')}`,
      );
      workload.oracle.link(`${p}:${t}`, add, v);
      continue;
    }
    if (draw < 75) {
      const c = pick(rng, SHARED.children);
      // Never null: with delete-orphan, a child taken from its parent without a new one is deleted.
      const to = pick(rng, SHARED.parents);
      const v = await mutate(`mutation { setChildParent(id: ${c}, parentId: ${to}) { id parent { id } } }`, (d) =>
        d.setChildParent.parent?.id === to ? undefined : `setChildParent(${c}, ${to}): payload parent ${d.setChildParent.parent?.id}`,
      );
      workload.oracle.child(c, { kind: 'set', value: to }, v);
      continue;
    }
    if (draw < 90 || mine.length === 0) {
      const name = `cl-${client}-${n}`;
      const tag = pick(rng, SHARED.tags);
      const children = Array.from({ length: NESTED_CHILDREN }, (_, i) => `{ name: "${name}-c${i}" }`).join(', ');
      const entry: Created = { name, tag, create: 'INDETERMINATE' };
      workload.created.set(name, entry);
      let createdId: number | undefined;
      entry.create = await mutate(
        `mutation { createParent(input: { name: "${name}", owner: "cluster", children: { create: [${children}] }, tags: { connect: [{ id: ${tag} }] } }) { id name children { id name } tags { id } } }`,
        (d) => {
          createdId = Number(d.createParent.id);
          return d.createParent.children.length === NESTED_CHILDREN && ids(d.createParent.tags).includes(tag)
            ? undefined
            : `createParent ${name}: payload has ${d.createParent.children.length} children, tags ${ids(d.createParent.tags).join(',')}`;
        },
      );
      if (createdId !== undefined) entry.id = createdId;
      if (entry.create === 'ACK') mine.push(entry);
      continue;
    }
    // A delete of a parent this client created: its children go by cascade, its links with it.
    const entry = mine.splice(Math.floor(rng() * mine.length), 1)[0]!;
    const id = entry.id!;
    entry.delete = await mutate(`mutation { deleteParent(id: ${id}) { id name } }`, (d) =>
      d.deleteParent.name === entry.name ? undefined : `deleteParent(${id}): payload names ${d.deleteParent.name}`,
    );
    // NOT_FOUND from a node that has not applied the create yet: nothing was written; try later.
    if (entry.delete === 'REJECT') {
      mine.push(entry);
      delete entry.delete;
    }
  }
}
