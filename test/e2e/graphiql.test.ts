/**
 * End to end, in a real browser: `npm start`'s bookstore serves GraphiQL with the ready query
 * loaded; running it shows the data in the result pane; a subscription running in one tab ticks
 * when a mutation run in a second tab commits. Debian's chromium, driven by playwright-core
 * (`test/support/browser.ts`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/index.js';
import { chromiumFor, openBrowserOnBookstore, type BrowserAndBookstore } from '../support/browser.js';

const available = chromiumFor('the GraphiQL browser test');

describe.skipIf(!available)('GraphiQL in a browser', () => {
  let opened: BrowserAndBookstore | undefined;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    opened = await openBrowserOnBookstore();
    ({ server, browser } = opened);
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('runs the ready query and shows the publishers in the result pane', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(server.url, { waitUntil: 'load', timeout: 60_000 });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 60_000 });
    // The editor holds the ready query before anything runs.
    // Monaco draws spaces as no-break spaces.
    const editorText = async () => (await page.locator('.graphiql-query-editor').innerText()).replaceAll('\u00a0', ' ');
    await expect.poll(editorText, { timeout: 30_000 }).toContain('publishers(limit: 3');
    await run.click();
    const result = page.locator('.graphiql-response');
    const resultText = async () => (await result.innerText()).replaceAll('\u00a0', ' ');
    await expect.poll(resultText, { timeout: 30_000 }).toContain('"publishers"');
    const text = await resultText();
    expect(text).toContain('"books"');
    expect(text).toContain('"authors"');
    expect(text).not.toContain('"errors"');
    // Nothing was fetched from the internet: the page works offline.
    expect(failed.filter((url) => !url.startsWith(server.url.replace(/\/graphql$/, '')))).toEqual([]);
  }, 120_000);

  it('shows a live subscription ticking when a second tab runs a mutation', async () => {
    const open = async () => {
      const page = await browser.newPage();
      await page.goto(server.url, { waitUntil: 'load', timeout: 60_000 });
      await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 60_000 });
      await expect.poll(async () => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('publishers');
      return page;
    };
    /** Replaces the editor's text (Monaco would close brackets typed one by one) and runs it. */
    const run = async (page: Awaited<ReturnType<typeof open>>, operation: string) => {
      await page.locator('.graphiql-query-editor .monaco-editor').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(operation);
      await page.locator('.graphiql-execute-button').click();
    };
    const resultOf = (page: Awaited<ReturnType<typeof open>>) => async () =>
      (await page.locator('.graphiql-response').innerText()).replaceAll('\u00a0', ' ');
    const live = await open();
    await run(live, 'subscription { publisherChanged { operation publisher { name country } } }');
    // The SSE stream is open once the server has the subscription; then the other tab writes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const other = await open();
    await run(other, 'mutation { createPublisher(input: { name: "Live Press", country: "GB" }) { id name } }');
    await expect.poll(resultOf(other), { timeout: 30_000 }).toContain('"createPublisher"');
    await expect.poll(resultOf(live), { timeout: 30_000 }).toContain('Live Press');
    const text = await resultOf(live)();
    expect(text).toContain('"CREATED"');
    expect(text).not.toContain('"errors"');
  }, 120_000);
});
