/** What every tier shares: the database, the report, the leak scan over every response, settings. */
import type { Database } from './harness.js';
import { outcome, type Reply } from './http.js';
import { findLeaks, type LeakPattern } from './leakScanner.js';
import type { Report } from './report.js';

export interface Config {
  readonly seed: number;
  /** Virtual clients of the load tier. */
  readonly clients: number;
  /** Seconds of each load phase. */
  readonly phaseSeconds: number;
}

export interface Suite {
  readonly db: Database;
  readonly report: Report;
  readonly config: Config;
  readonly patterns: readonly LeakPattern[];
  /** Responses scanned and leaks found, per tier (S1). */
  readonly scans: Map<string, { responses: number; findings: string[] }>;
}

/** Scans one production response for leaks (S1) and counts it for `tier`. */
export function scan(suite: Suite, tier: string, reply: Reply, requestText: string): string[] {
  const entry = suite.scans.get(tier) ?? { responses: 0, findings: [] };
  suite.scans.set(tier, entry);
  entry.responses += 1;
  const found = findLeaks(reply, requestText, suite.patterns);
  for (const finding of found) if (entry.findings.length < 20) entry.findings.push(`${outcome(reply)} ${finding}`);
  return found;
}

/** One row per tier: every production response of it was free of leaks. */
export function reportScans(suite: Suite, tier: string): void {
  const entry = suite.scans.get(tier);
  if (!entry) return;
  suite.report.add(
    tier,
    'S1: no stack, SQL, driver, table or host detail in any response',
    `${entry.responses} responses scanned (body and headers)`,
    entry.findings.length === 0,
    entry.findings.slice(0, 5).join(' | '),
  );
}
