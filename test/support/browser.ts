/**
 * The browser tests' setup: Debian's chromium driven by playwright-core (its own browser
 * download cannot work here), and `npm start`'s bookstore on a temp SQLite file. `.ci/run`
 * installs chromium; without it a developer's run skips with the reason, a CI run fails.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startBookstore } from '../../examples/bookstore/server.js';
import { createLogger, type RunningServer } from '../../src/index.js';

const chromiumPath = '/usr/bin/chromium';

/** Whether chromium is there for `subject`; prints why not, or throws under CI=true. */
export function chromiumFor(subject: string): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env['CI'] === 'true') throw new Error(`${subject} needs ${chromiumPath}; .ci/run installs Debian's chromium.`);
  console.warn(
    `[relgraph tests] "${subject}" skipped: ${chromiumPath} is missing (apt-get install chromium). Under CI=true this fails instead.`,
  );
  return false;
}

export interface BrowserAndBookstore {
  readonly browser: Browser;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** Headless chromium, and the bookstore with its demo data serving on a free loopback port. */
export async function openBrowserOnBookstore(): Promise<BrowserAndBookstore> {
  const directory = await mkdtemp(path.join(tmpdir(), 'rg-e2e-'));
  const server = await startBookstore({
    databaseUrl: `sqlite:${path.join(directory, 'bookstore.db')}`,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('warn'),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
