/**
 * End to end, in a real browser: `npm start`'s bookstore serves its diagram beside GraphiQL;
 * every model has its box, and clicking one shows its GraphQL type and root fields in the side
 * panel, with nothing fetched from anywhere else. Debian's chromium, driven by playwright-core
 * (`test/support/browser.ts`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Base from '../../examples/bookstore/models.js';
import { configure, type RunningServer } from '../../src/index.js';
import { chromiumFor, openBrowserOnBookstore, type BrowserAndBookstore } from '../support/browser.js';

const available = chromiumFor('the diagram browser test');

const models = configure(Base).models.map((model) => model.name);

describe.skipIf(!available)('the diagram page in a browser', () => {
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

  it("finds every model's box, and a click shows the model's GraphQL type and root fields", async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) elsewhere.push(request.url());
    });
    const response = await page.goto(`${server.url}/diagram`, { waitUntil: 'load', timeout: 60_000 });
    expect(response?.status()).toBe(200);
    for (const model of models) await expect.poll(() => page.locator(`g#model-${model}.relgraph-model`).count()).toBe(1);
    expect(await page.locator('g.relgraph-model').count()).toBe(models.length);
    expect(await page.locator('g.relgraph-link-table').count()).toBe(2);

    const details = page.locator('#details');
    expect(await details.innerText()).toContain('Click a model');
    await page.locator('g#model-Book').click();
    await expect.poll(() => details.innerText()).toContain('type Book {');
    const text = await details.innerText();
    expect(text).toContain('publisher: Publisher!');
    expect(text).toContain('Query.book(id: Int!): Book');
    expect(text).toContain('Mutation.createBook(input: BookCreateInput!): Book!');
    expect(text).toContain('Publisher.books ↔ Book.publisher: one-to-many');
    expect(await page.locator('g#model-Book').getAttribute('class')).toContain('selected');

    // Another box replaces the panel; a link table has no GraphQL type of its own.
    await page.locator('g#table-book_genre').click();
    await expect.poll(() => details.innerText()).toContain('book_genre (link table)');
    expect(await details.innerText()).not.toContain('type Book {');
    expect(await details.innerText()).toContain('Book.genres ↔ Genre.books: many-to-many through book_genre');

    // The page links back to GraphiQL, and works offline: nothing was fetched from elsewhere.
    expect(await page.locator('header a', { hasText: 'GraphiQL' }).getAttribute('href')).toBe('/graphql');
    expect(elsewhere).toEqual([]);
  }, 120_000);
});
