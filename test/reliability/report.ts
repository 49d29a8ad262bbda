/** The suite's result table: one row per check, what it tried and whether the promise held. */

export interface Row {
  readonly tier: string;
  readonly check: string;
  /** What was sent or injected, with numbers. */
  readonly tried: string;
  readonly held: boolean;
  /** Measurements, or what failed. */
  readonly detail: string;
}

export class Report {
  readonly rows: Row[] = [];

  add(tier: string, check: string, tried: string, held: boolean, detail = ''): boolean {
    this.rows.push({ tier, check, tried, held, detail });
    const mark = held ? 'ok  ' : 'FAIL';
    process.stdout.write(`[${tier}] ${mark} ${check}${held ? '' : ` — ${detail}`}\n`);
    return held;
  }

  /** Runs `fn` as one check; an exception fails the row with its message. */
  async check(tier: string, check: string, fn: () => Promise<{ tried: string; held: boolean; detail?: string }>): Promise<boolean> {
    try {
      const { tried, held, detail } = await fn();
      return this.add(tier, check, tried, held, detail ?? '');
    } catch (error) {
      return this.add(
        tier,
        check,
        'threw',
        false,
        error instanceof Error ? `${error.message}${error.stack ? ` @ ${error.stack.split('\n')[1]?.trim()}` : ''}` : String(error),
      );
    }
  }

  get passed(): number {
    return this.rows.filter((r) => r.held).length;
  }

  get failed(): number {
    return this.rows.filter((r) => !r.held).length;
  }

  /** The table, then `N passed, N failed` as the last line. */
  print(write: (text: string) => void = (text) => process.stdout.write(text)): void {
    const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
    const widths = { tier: 5, check: 58, tried: 60 };
    const line = (tier: string, held: string, check: string, tried: string, detail: string) =>
      `${tier.padEnd(widths.tier)} ${held.padEnd(4)} ${check.padEnd(widths.check)} ${tried.padEnd(widths.tried)} ${detail}\n`;
    write('\n');
    write(line('tier', 'held', 'check', 'tried', 'detail'));
    write(`${'-'.repeat(widths.tier)} ---- ${'-'.repeat(widths.check)} ${'-'.repeat(widths.tried)} ${'-'.repeat(40)}\n`);
    for (const row of this.rows) {
      write(
        line(
          row.tier,
          row.held ? 'yes' : 'NO',
          clip(row.check, widths.check),
          clip(row.tried, widths.tried),
          clip(row.detail.replace(/\s+/g, ' '), 400),
        ),
      );
    }
    write(`\n${this.passed} passed, ${this.failed} failed\n`);
  }
}

/** A seeded PRNG (mulberry32), so that a failing run replays with the same `RG_SEED`. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
