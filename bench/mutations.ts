/**
 * M1 (a 1,000-row link and unlink) and M2 (16 clients adding and removing the same 50 links),
 * with the checks of the tables afterwards, read with plain SQL on the bench's own connection.
 */
import type { Connection } from 'mysql2/promise';
import { postOk } from './client.js';
import { m1, m2Links, rows, sizes } from './dataset.js';
import { runLoad, type LoadResult } from './loadgen.js';
import type { StatementMeter } from './statusCounters.js';
import { m1Link, m1Unlink, m1Variables, m2Requests } from './workloads.js';

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

const seedLinks = new Set(rows().find((t) => t.table === 'parent_tag')!.rows.map(([p, t]) => `${p}-${t}`));
const m2Keys = new Set(m2Links.map(([p, t]) => `${p}-${t}`));
const body = (query: string) => JSON.stringify({ query, variables: m1Variables });

/**
 * Links then unlinks M1's 1,000 tags, once to warm up (prepared statements, pool) and then
 * `cycles` times measured, checking the rows after each mutation.
 */
export async function runM1(port: number, admin: Connection, meter: StatementMeter, cycles: number): Promise<M1Result> {
  const linked = async () => {
    const [result] = await admin.query('SELECT COUNT(*) AS n FROM parent_tag WHERE parent_id = ? AND tag_id BETWEEN ? AND ?', [m1.parentId, m1.tagIds[0], m1.tagIds.at(-1)]);
    return Number((result as Array<{ n: number }>)[0]!.n);
  };
  const samples = { link: [] as number[], unlink: [] as number[] };
  const counts = { link: [0, 0], unlink: [0, 0] };
  const bodies = ['', ''];
  for (let cycle = 0; cycle <= cycles; cycle++) {
    const measured = cycle > 0;
    for (const [kind, query, expected] of [['link', m1Link, m1.tagIds.length], ['unlink', m1Unlink, 0]] as const) {
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
      if (found !== expected) throw new Error(`M1 ${kind}: parent ${m1.parentId} has ${found} of the M1 tags afterwards, expected ${expected}.`);
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
export async function runM2(port: number, admin: Connection, meter: StatementMeter, durationMs: number, connections: number, onWindow?: (edge: 'start' | 'end') => void): Promise<M2Result> {
  const requests = m2Requests().map((request) => JSON.stringify(request));
  const counters = await meter.measure(async () => {
    for (const request of requests) await postOk(port, request, 'M2');
  });
  let load: LoadResult | undefined;
  const contended = await meter.measure(async () => {
    load = await runLoad({ port, bodies: requests, connections, warmupMs: 0, durationMs, order: 'random', ...(onWindow ? { onWindow } : {}) });
  });
  const problems = await checkM2Tables(admin);
  // Then a settled state: every even link added, every odd one removed, one request at a time.
  for (let i = 0; i < m2Links.length; i++) await postOk(port, requests[2 * i + (i % 2)]!, 'M2 settle');
  const [settled] = await admin.query(`SELECT parent_id, tag_id FROM parent_tag WHERE (parent_id, tag_id) IN (${m2Links.map(() => '(?, ?)').join(', ')})`, m2Links.flat());
  const present = new Set((settled as Array<{ parent_id: number; tag_id: number }>).map((r) => `${r.parent_id}-${r.tag_id}`));
  const wrong = m2Links.filter(([p, t], i) => present.has(`${p}-${t}`) !== (i % 2 === 0));
  if (wrong.length > 0) problems.push(`after adding the even links and removing the odd ones, ${wrong.length} links are in the wrong state, e.g. (${wrong[0]!.join(', ')})`);
  await admin.query(`DELETE FROM parent_tag WHERE (parent_id, tag_id) IN (${m2Links.map(() => '(?, ?)').join(', ')})`, m2Links.flat());
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
  const [duplicates] = await admin.query('SELECT parent_id, tag_id, COUNT(*) AS n FROM parent_tag GROUP BY parent_id, tag_id HAVING COUNT(*) > 1');
  for (const d of duplicates as Array<Record<string, number>>) problems.push(`parent_tag (${d['parent_id']}, ${d['tag_id']}) appears ${d['n']} times`);
  const [all] = await admin.query('SELECT parent_id, tag_id FROM parent_tag');
  const stray = (all as Array<{ parent_id: number; tag_id: number }>).filter((r) => !seedLinks.has(`${r.parent_id}-${r.tag_id}`) && !m2Keys.has(`${r.parent_id}-${r.tag_id}`));
  if (stray.length > 0) problems.push(`${stray.length} parent_tag rows are neither seed rows nor M2 links, e.g. (${stray[0]!.parent_id}, ${stray[0]!.tag_id})`);
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
