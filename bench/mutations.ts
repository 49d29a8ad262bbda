/**
 * M1 (a 1,000-row link and unlink), M2 (16 clients adding and removing the same 50 links) and M3
 * (16 clients creating parents with 10 nested children each), with the checks of the tables
 * afterwards, read with plain SQL on the bench's own connection.
 */
import type { Connection } from 'mysql2/promise';
import { postOk } from './client.js';
import { m1, m2Links, rows, sizes } from './dataset.js';
import { runLoad, type LoadResult } from './loadgen.js';
import type { StatementMeter } from './statusCounters.js';
import { m1Link, m1Unlink, m1Variables, m2Requests, m3ChildName, m3ChildrenPerParent, m3ParentName, m3Request } from './workloads.js';

export interface M1Result {
  /** Statements per mutation, transaction control excluded: link, unlink. */
  readonly statements: readonly [number, number];
  readonly transactionControl: readonly [number, number];
  /** Median milliseconds per mutation: link, unlink. */
  readonly ms: readonly [number, number];
  readonly rowsPerSecond: number;
  readonly bodies: readonly [string, string];
}

export interface M2Result {
  readonly statements: number;
  readonly transactionControl: number;
  readonly load: LoadResult;
  /** InnoDB row-lock waits and deadlocks during the contended run. */
  readonly lockWaits: number;
  readonly deadlocks: number;
  readonly problems: readonly string[];
}

const seedLinks = new Set(
  rows()
    .find((t) => t.table === 'parent_tag')!
    .rows.map(([p, t]) => `${p}-${t}`),
);
const m2Keys = new Set(m2Links.map(([p, t]) => `${p}-${t}`));
const body = (query: string) => JSON.stringify({ query, variables: m1Variables });

/**
 * Links then unlinks M1's 1,000 tags, `warmUps` times to warm up (prepared statements, the pool,
 * and the JIT: a server that has answered a handful of such mutations, as one in production has)
 * and then `cycles` times measured, checking the rows after each mutation.
 */
export async function runM1(port: number, admin: Connection, meter: StatementMeter, cycles: number, warmUps = 5): Promise<M1Result> {
  const linked = async () => {
    const [result] = await admin.query('SELECT COUNT(*) AS n FROM parent_tag WHERE parent_id = ? AND tag_id BETWEEN ? AND ?', [
      m1.parentId,
      m1.tagIds[0],
      m1.tagIds.at(-1),
    ]);
    return Number((result as Array<{ n: number }>)[0]!.n);
  };
  const samples = { link: [] as number[], unlink: [] as number[] };
  const counts = { link: [0, 0], unlink: [0, 0] };
  const bodies = ['', ''];
  for (let cycle = 1 - warmUps; cycle <= cycles; cycle++) {
    const measured = cycle > 0;
    for (const [kind, query, expected] of [
      ['link', m1Link, m1.tagIds.length],
      ['unlink', m1Unlink, 0],
    ] as const) {
      let ms = 0;
      const counters = await meter.measure(async () => {
        const started = performance.now();
        const answer = await postOk(port, body(query), `M1 ${kind}`);
        ms = performance.now() - started;
        bodies[kind === 'link' ? 0 : 1] = answer.text;
      });
      if (measured) {
        samples[kind].push(ms);
        counts[kind][0]! += counters.questions - counters.transactionControl;
        counts[kind][1]! += counters.transactionControl;
      }
      const found = await linked();
      if (found !== expected)
        throw new Error(`M1 ${kind}: parent ${m1.parentId} has ${found} of the M1 tags afterwards, expected ${expected}.`);
    }
  }
  await checkSeedIntact(admin, 'M1');
  const linkMs = median(samples.link);
  return {
    statements: [counts.link[0]! / cycles, counts.unlink[0]! / cycles],
    transactionControl: [counts.link[1]! / cycles, counts.unlink[1]! / cycles],
    ms: [linkMs, median(samples.unlink)],
    rowsPerSecond: m1.tagIds.length / (linkMs / 1000),
    bodies: [bodies[0]!, bodies[1]!],
  };
}

/**
 * Sequential statement count over all 100 M2 mutations, then the contended run, the checks of
 * the table, a settled state checked link by link, and the 50 links removed for whoever runs next.
 */
export async function runM2(
  port: number,
  admin: Connection,
  meter: StatementMeter,
  durationMs: number,
  connections: number,
  onWindow?: (edge: 'start' | 'end') => void,
): Promise<M2Result> {
  const requests = m2Requests().map((request) => JSON.stringify(request));
  const counters = await meter.measure(async () => {
    for (const request of requests) await postOk(port, request, 'M2');
  });
  let load: LoadResult | undefined;
  const contended = await meter.measure(async () => {
    load = await runLoad({
      port,
      bodies: requests,
      connections,
      warmupMs: 0,
      durationMs,
      order: 'random',
      ...(onWindow ? { onWindow } : {}),
    });
  });
  const problems = await checkM2Tables(admin);
  // Then a settled state: every even link added, every odd one removed, one request at a time.
  for (let i = 0; i < m2Links.length; i++) await postOk(port, requests[2 * i + (i % 2)]!, 'M2 settle');
  const [settled] = await admin.query(
    `SELECT parent_id, tag_id FROM parent_tag WHERE (parent_id, tag_id) IN (${m2Links.map(() => '(?, ?)').join(', ')})`,
    m2Links.flat(),
  );
  const present = new Set((settled as Array<{ parent_id: number; tag_id: number }>).map((r) => `${r.parent_id}-${r.tag_id}`));
  const wrong = m2Links.filter(([p, t], i) => present.has(`${p}-${t}`) !== (i % 2 === 0));
  if (wrong.length > 0)
    problems.push(
      `after adding the even links and removing the odd ones, ${wrong.length} links are in the wrong state, e.g. (${wrong[0]!.join(', ')})`,
    );
  await removeM2Links(admin);
  return {
    statements: (counters.questions - counters.transactionControl) / requests.length,
    transactionControl: counters.transactionControl / requests.length,
    load: load!,
    lockWaits: contended.lockWaits,
    deadlocks: contended.deadlocks,
    problems,
  };
}

/** No pair twice; every row either a seed row or one of the 50; every seed row still there. */
async function checkM2Tables(admin: Connection): Promise<string[]> {
  const problems: string[] = [];
  const [duplicates] = await admin.query(
    'SELECT parent_id, tag_id, COUNT(*) AS n FROM parent_tag GROUP BY parent_id, tag_id HAVING COUNT(*) > 1',
  );
  for (const d of duplicates as Array<Record<string, number>>)
    problems.push(`parent_tag (${d['parent_id']}, ${d['tag_id']}) appears ${d['n']} times`);
  const [all] = await admin.query('SELECT parent_id, tag_id FROM parent_tag');
  const stray = (all as Array<{ parent_id: number; tag_id: number }>).filter(
    (r) => !seedLinks.has(`${r.parent_id}-${r.tag_id}`) && !m2Keys.has(`${r.parent_id}-${r.tag_id}`),
  );
  if (stray.length > 0)
    problems.push(`${stray.length} parent_tag rows are neither seed rows nor M2 links, e.g. (${stray[0]!.parent_id}, ${stray[0]!.tag_id})`);
  const present = new Set((all as Array<{ parent_id: number; tag_id: number }>).map((r) => `${r.parent_id}-${r.tag_id}`));
  const lost = [...seedLinks].filter((key) => !present.has(key));
  if (lost.length > 0) problems.push(`${lost.length} seed parent_tag rows are gone, e.g. ${lost[0]}`);
  return problems;
}

async function checkSeedIntact(admin: Connection, what: string): Promise<void> {
  const [result] = await admin.query('SELECT COUNT(*) AS n FROM parent_tag');
  const n = Number((result as Array<{ n: number }>)[0]!.n);
  const expected = sizes.parents * sizes.tagsPerParent;
  if (n !== expected) throw new Error(`${what}: parent_tag holds ${n} rows afterwards, expected the seed's ${expected}.`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export interface M3Result {
  readonly statements: number;
  readonly transactionControl: number;
  readonly load: LoadResult;
  /**
   * The answers to the first mutations, sent one at a time on tables whose auto-increment
   * counters were just reset: the same ids for every implementation, so the bodies compare.
   */
  readonly bodies: readonly string[];
  /** Mutations answered with data (all of them, the warm-up's and the sequential ones included). */
  readonly acknowledged: number;
  /** Mutations sent during the load and not answered with data (failed, or in flight at a socket's end). */
  readonly unacknowledged: number;
  readonly lockWaits: number;
  readonly deadlocks: number;
  readonly problems: readonly string[];
}

interface CreatedParent {
  readonly id: number;
  readonly name: string;
  readonly children: ReadonlyArray<{ readonly id: number; readonly name: string }>;
}

/** Mutations sent one at a time, after the first, for the statement count. */
const m3Counted = 10;
const seedParents = sizes.parents;
const seedChildren = sizes.parents * sizes.childrenPerParent;

/**
 * M3: tables reset to the seed; the first mutations one at a time (their answers compared
 * across implementations, their statements counted); then `settings.connections` clients each
 * creating parents with 10 children, names from the client and its counter; then the tables
 * checked against every answer (`checkM3Tables`) and reset again for whoever runs next.
 */
export async function runM3(
  port: number,
  admin: Connection,
  meter: StatementMeter,
  settings: { readonly durationMs: number; readonly warmupMs: number; readonly connections: number },
  onWindow?: (edge: 'start' | 'end') => void,
): Promise<M3Result> {
  await resetM3Tables(admin);
  const answered = new Map<string, CreatedParent>();
  const problems: string[] = [];
  const record = (name: string, text: string) => {
    const created = (JSON.parse(text) as { data?: { createParent?: CreatedParent } | null }).data?.createParent;
    if (!created) return false;
    const expected = Array.from({ length: m3ChildrenPerParent }, (_, i) => m3ChildName(name, i));
    if (created.name !== name || created.children.map((child) => child.name).join('|') !== expected.join('|')) {
      problems.push(`the answer to creating ${name} names other rows: ${text.slice(0, 200)}`);
    }
    answered.set(name, created);
    return true;
  };
  const send = async (name: string) => {
    const { text } = await postOk(port, JSON.stringify(m3Request(name)), `M3 ${name}`);
    record(name, text);
    return text;
  };
  const bodies = [await send(m3ParentName('first', 0))];
  const counters = await meter.measure(async () => {
    for (let i = 1; i <= m3Counted; i++) bodies.push(await send(m3ParentName('seq', i)));
  });
  // Each connection has one mutation in flight: the name it last sent is the one answered.
  const sent = new Set<string>();
  const inFlight: string[] = [];
  const sequence = new Array<number>(settings.connections).fill(0);
  let load: LoadResult | undefined;
  const contended = await meter.measure(async () => {
    load = await runLoad({
      port,
      bodies: [],
      connections: settings.connections,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      nextBody: (connection) => {
        const name = m3ParentName(`c${connection}`, ++sequence[connection]!);
        inFlight[connection] = name;
        sent.add(name);
        return JSON.stringify(m3Request(name));
      },
      onResponse: (connection, status, body) => {
        const name = inFlight[connection];
        if (name !== undefined && status === 200 && record(name, body.toString('utf8'))) sent.delete(name);
      },
      ...(onWindow ? { onWindow } : {}),
    });
  });
  problems.push(...(await checkM3Tables(admin, answered, sent)));
  await resetM3Tables(admin);
  return {
    statements: (counters.questions - counters.transactionControl) / m3Counted,
    transactionControl: counters.transactionControl / m3Counted,
    load: load!,
    bodies,
    acknowledged: answered.size,
    unacknowledged: sent.size,
    lockWaits: contended.lockWaits,
    deadlocks: contended.deadlocks,
    problems,
  };
}

/**
 * After the storm, with plain SQL: every answered mutation's parent exists once, with the id it
 * was answered with, and has exactly its 10 children, with the ids answered; a mutation not
 * answered left all of its rows or none (never a parent without its children); no other row
 * was added, and the seed's rows are all there.
 */
export async function checkM3Tables(
  admin: Connection,
  answered: ReadonlyMap<string, CreatedParent>,
  unanswered: ReadonlySet<string>,
): Promise<string[]> {
  const problems: string[] = [];
  const [seed] = await admin.query(
    'SELECT (SELECT COUNT(*) FROM parent WHERE id <= ?) AS parents, (SELECT COUNT(*) FROM child WHERE id <= ?) AS children',
    [seedParents, seedChildren],
  );
  const counts = (seed as Array<{ parents: number; children: number }>)[0]!;
  if (Number(counts.parents) !== seedParents || Number(counts.children) !== seedChildren)
    problems.push(`the seed's ${seedParents} parents and ${seedChildren} children are now ${counts.parents} and ${counts.children}`);
  const [parentRows] = await admin.query('SELECT id, name FROM parent WHERE id > ? ORDER BY id', [seedParents]);
  const [childRows] = await admin.query('SELECT id, name, parent_id FROM child WHERE id > ? ORDER BY id', [seedChildren]);
  const parents = parentRows as Array<{ id: number; name: string }>;
  const children = childRows as Array<{ id: number; name: string; parent_id: number }>;
  const childrenOf = new Map<number, Array<{ id: number; name: string }>>();
  for (const child of children) {
    const list = childrenOf.get(child.parent_id) ?? [];
    list.push(child);
    childrenOf.set(child.parent_id, list);
  }
  const byName = new Map<string, Array<{ id: number; name: string }>>();
  for (const parent of parents) byName.set(parent.name, [...(byName.get(parent.name) ?? []), parent]);
  const report = (what: string, examples: readonly string[]) => {
    if (examples.length > 0) problems.push(`${what}: ${examples.length}, e.g. ${examples[0]}`);
  };
  const sameChildren = (parent: { id: number; name: string }, expectedIds?: readonly number[]) => {
    const rows = childrenOf.get(parent.id) ?? [];
    const names = Array.from({ length: m3ChildrenPerParent }, (_, i) => m3ChildName(parent.name, i));
    return (
      rows.map((r) => r.name).join('|') === names.join('|') && (!expectedIds || rows.map((r) => r.id).join(',') === expectedIds.join(','))
    );
  };
  report(
    'parents created more than once',
    [...byName].filter(([, rows]) => rows.length > 1).map(([name, rows]) => `${name} ${rows.length} times`),
  );
  report(
    'parents no client asked for',
    parents.filter((p) => !answered.has(p.name) && !unanswered.has(p.name)).map((p) => `${p.name} (id ${p.id})`),
  );
  const lost: string[] = [];
  const wrong: string[] = [];
  for (const [name, created] of answered) {
    const rows = byName.get(name) ?? [];
    if (rows.length === 0) lost.push(name);
    else if (
      rows[0]!.id !== created.id ||
      !sameChildren(
        rows[0]!,
        created.children.map((c) => c.id),
      )
    )
      wrong.push(`${name} (answered id ${created.id}, found ${rows[0]!.id} with ${(childrenOf.get(rows[0]!.id) ?? []).length} children)`);
  }
  report('answered mutations whose parent is missing', lost);
  report('answered mutations whose rows differ from the answer (ids, or children other than its 10)', wrong);
  report(
    'unanswered mutations left half written (a parent without exactly its 10 children)',
    [...unanswered].flatMap((name) =>
      (byName.get(name) ?? [])
        .filter((p) => !sameChildren(p))
        .map((p) => `${name} (id ${p.id}) with ${(childrenOf.get(p.id) ?? []).length} children`),
    ),
  );
  const created = new Set(parents.map((p) => p.id));
  report(
    'new children under a parent the storm did not create',
    children.filter((c) => !created.has(c.parent_id)).map((c) => `${c.name} (id ${c.id}) under parent ${c.parent_id}`),
  );
  return problems;
}

/** Removes whatever M1's links left behind (a profile may stop after a link). */
export async function removeM1Links(admin: Connection): Promise<void> {
  await admin.query('DELETE FROM parent_tag WHERE parent_id = ? AND tag_id BETWEEN ? AND ?', [m1.parentId, m1.tagIds[0], m1.tagIds.at(-1)]);
}

/** Removes the 50 M2 links, whichever of them are there. */
export async function removeM2Links(admin: Connection): Promise<void> {
  await admin.query(`DELETE FROM parent_tag WHERE (parent_id, tag_id) IN (${m2Links.map(() => '(?, ?)').join(', ')})`, m2Links.flat());
}

/** Deletes every row M3 added and resets both auto-increment counters to just past the seed's ids. */
export async function resetM3Tables(admin: Connection): Promise<void> {
  await admin.query('DELETE FROM child WHERE id > ?', [seedChildren]);
  await admin.query('DELETE FROM parent WHERE id > ?', [seedParents]);
  // Below the highest id in use, InnoDB sets the counter to that id plus one.
  await admin.query('ALTER TABLE child AUTO_INCREMENT = 1');
  await admin.query('ALTER TABLE parent AUTO_INCREMENT = 1');
}
