/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per function and per package or
 * relgraph folder, so the report can say where a request's CPU goes.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly where: string;
  readonly ms: number;
  /** Share of the busy time (idle excluded), in percent. */
  readonly percent: number;
}

export interface ProfileSummary {
  readonly busyMs: number;
  readonly idleMs: number;
  readonly functions: readonly SelfTime[];
  readonly categories: readonly SelfTime[];
  /** relgraph's own functions by total time (callees included), each counted once per stack. */
  readonly relgraphTotals: readonly SelfTime[];
  /** Where the sampled allocations were made (ms fields hold MiB here), when a heap profile was taken. */
  readonly allocations?: { readonly totalMib: number; readonly functions: readonly SelfTime[]; readonly categories: readonly SelfTime[] };
}

export function summarizeProfile(file: string, top = 25, allocationsFile?: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const functions = new Map<string, { name: string; where: string; us: number }>();
  const categories = new Map<string, number>();
  let idleUs = 0;
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const where = url ? (lineNumber > 0 ? `${shortUrl(url)}:${lineNumber + 1}` : shortUrl(url)) : '';
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    const category = categorize(functionName, url);
    categories.set(category, (categories.get(category) ?? 0) + us);
  }
  const asSelfTime = (name: string, where: string, us: number): SelfTime => ({
    name,
    where,
    ms: us / 1000,
    percent: (100 * us) / Math.max(1, busyUs),
  });
  return {
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    functions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => asSelfTime(f.name, f.where, f.us)),
    categories: [...categories].sort((a, b) => b[1] - a[1]).map(([name, us]) => asSelfTime(name, '', us)),
    relgraphTotals: relgraphTotals(profile, selfUs, busyUs).slice(0, 15),
    ...(allocationsFile ? { allocations: summarizeAllocations(allocationsFile, top) } : {}),
  };
}

/** Total time of each relgraph `src/` function: its self time plus its callees', once per stack. */
function relgraphTotals(profile: CpuProfile, selfUs: ReadonlyMap<number, number>, busyUs: number): SelfTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const childIds = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  const totals = new Map<string, { name: string; where: string; us: number }>();
  const walk = (id: number, onStack: ReadonlySet<string>): number => {
    const node = byId.get(id)!;
    let us = node.callFrame.functionName === '(idle)' ? 0 : (selfUs.get(id) ?? 0);
    const { functionName, url } = node.callFrame;
    const own = categorize(functionName, url).startsWith('relgraph src/') ? `${functionName}@${shortUrl(url)}` : undefined;
    const stack = own && !onStack.has(own) ? new Set([...onStack, own]) : onStack;
    for (const child of node.children ?? []) us += walk(child, stack);
    if (own && !onStack.has(own)) {
      const entry = totals.get(own) ?? { name: functionName || '(anonymous)', where: shortUrl(url), us: 0 };
      entry.us += us;
      totals.set(own, entry);
    }
    return us;
  };
  for (const node of profile.nodes) if (!childIds.has(node.id)) walk(node.id, new Set());
  return [...totals.values()]
    .sort((a, b) => b.us - a.us)
    .map((t) => ({ name: t.name, where: t.where, ms: t.us / 1000, percent: (100 * t.us) / Math.max(1, busyUs) }));
}

interface AllocationNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children: readonly AllocationNode[];
}

/** Sampled allocation bytes per function and per package (V8's sampling heap profiler). */
export function summarizeAllocations(file: string, top = 25): NonNullable<ProfileSummary['allocations']> {
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: AllocationNode };
  const functions = new Map<string, { name: string; where: string; bytes: number }>();
  const categories = new Map<string, number>();
  let total = 0;
  const visit = (node: AllocationNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (node.selfSize > 0) {
      total += node.selfSize;
      const where = url ? (lineNumber > 0 ? `${shortUrl(url)}:${lineNumber + 1}` : shortUrl(url)) : '';
      const key = `${functionName}@${where}`;
      const entry = functions.get(key) ?? { name: functionName || '(anonymous)', where, bytes: 0 };
      entry.bytes += node.selfSize;
      functions.set(key, entry);
      const category = categorize(functionName, url);
      categories.set(category, (categories.get(category) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child);
  };
  visit(head);
  const mib = (bytes: number) => bytes / 1024 / 1024;
  const share = (bytes: number) => (100 * bytes) / Math.max(1, total);
  return {
    totalMib: mib(total),
    functions: [...functions.values()]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, ms: mib(f.bytes), percent: share(f.bytes) })),
    categories: [...categories]
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => ({ name, where: '', ms: mib(bytes), percent: share(bytes) })),
  };
}

/** `file:///…/node_modules/graphql/execution/execute.js` → `graphql/execution/execute.js`; relgraph's own files from `src/`. */
function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length);
  const src = path.lastIndexOf('/src/');
  if (src >= 0) return path.slice(src + 1);
  const bench = path.lastIndexOf('/bench/');
  return bench >= 0 ? path.slice(bench + 1) : path;
}

/** The package (or relgraph folder, or V8/Node bucket) a function belongs to. */
export function categorize(functionName: string, url: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'V8: garbage collector';
    if (functionName === '(program)') return 'V8/Node native (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('node:')) return `Node core: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = path.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = path.lastIndexOf('/src/');
  if (src >= 0) return `relgraph src/${path.slice(src + 5).split('/')[0]}`;
  return path.includes('/bench/') ? 'bench harness' : path;
}
