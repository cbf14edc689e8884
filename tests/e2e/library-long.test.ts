/**
 * A long library stays fluid: only the rows near the visible ones are in the page, scrolling to
 * the end shows the last articles, the filter answers at once, and a row reached by the keyboard
 * is there to take the focus; a search there reaches every one of its hundreds of hits. Three
 * thousand articles are fifteen times the point where the rows are windowed; the timings at
 * 20,000 and 100,000 are the bench's (`npm run -s bench -- scale`), which keeps the suite within
 * its three minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyTitle, writeManyArticles } from '../fixtures/many-articles';
import { startApp, type AppSession } from './support/app';

const N = 3_000;

describe('a library of 3,000 articles', () => {
  let app: AppSession;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-many-'));
    writeManyArticles(folder, N);
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const rows = () => app.page.locator('tr[data-row]');

  it('renders a window of rows and scrolls to the last article', async () => {
    await app.open('#/library');
    await rows().first().waitFor();
    expect(await app.page.locator('#compare-hint').innerText()).toMatch(/^3,000 articles/);
    // the first rows come with the folder's description (200 of them, windowed already: the
    // folder holds more); the whole listing follows, and only a window of it is in the page
    await expect.poll(() => app.page.locator('table.data').getAttribute('aria-rowcount')).toBe(String(N + 1));
    await expect.poll(() => rows().count()).toBeLessThan(200);
    await app.page.evaluate(() => document.querySelector('main')!.scrollTo(0, document.querySelector('main')!.scrollHeight));
    await expect.poll(() => rows().last().getAttribute('data-article-id')).toBe('002/a002999.txt');
    expect(await rows().count()).toBeLessThan(200);
  });

  it('paints from the first rows of the folder and fetches the listing of all of them once', async () => {
    // the page's calls go through its reply worker, whose requests only the context's routes see
    const sizes: Promise<readonly [string, number]>[] = [];
    const context = app.page.context();
    const watch = async (route: Route) => {
      const name = /\/api\/(getCorpus|getListing)$/.exec(route.request().url())?.[1];
      if (!name) return route.fallback();
      const response = await route.fetch();
      const body = await response.body();
      sizes.push(Promise.resolve([name, body.length] as const));
      await route.fulfill({ response, body });
    };
    await context.route('**/api/**', watch);
    try {
      // a load of its own: the page is already on the library, and a hash alone loads nothing
      await app.page.reload();
      await expect.poll(() => app.page.locator('table.data').getAttribute('aria-rowcount')).toBe(String(N + 1));
    } finally {
      await context.unroute('**/api/**', watch);
    }
    const got = await Promise.all(sizes);
    expect(got.map(([name]) => name)).toEqual(['getCorpus', 'getListing']);
    // 200 rows of 3,000 (a tenth of the listing's bytes, less with the column names)
    expect(got[0]![1]).toBeLessThan(got[1]![1] / 8);
  });

  it('paints a window of the folder’s first rows, not all 200, while the listing is on its way', async () => {
    // the listing held back until the first rows are counted: no race with its arrival
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      if (!route.request().url().endsWith('/api/getListing')) return route.fallback();
      await held;
      await route.fallback();
    };
    const context = app.page.context();
    await context.route('**/api/**', hold);
    try {
      await app.page.reload();
      await rows().first().waitFor();
      expect(await app.page.locator('table.data').getAttribute('aria-rowcount')).toBe('201');
      expect(await rows().count()).toBeLessThan(120);
      expect(await rows().first().getAttribute('data-article-id')).toBe('000/a000000.txt');
    } finally {
      release();
      await context.unroute('**/api/**', hold);
    }
    await expect.poll(() => app.page.locator('table.data').getAttribute('aria-rowcount')).toBe(String(N + 1));
  });

  it('filters 3,000 titles as the reader types', async () => {
    await app.page.fill('#library-filter', 'report 2999');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().innerText()).toContain(manyTitle(2999));
    await app.page.fill('#library-filter', '');
    await expect.poll(() => rows().count()).toBeGreaterThan(20);
  });

  it('keeps the next row there for the keyboard as the focus moves down', async () => {
    await app.page.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
    await expect.poll(() => rows().first().getAttribute('data-article-id')).toBe('000/a000000.txt');
    await rows().first().locator('a').focus();
    // forty rows down, tab by tab (a checkbox and a link per row): past the first window
    for (let i = 0; i < 80; i++) await app.page.keyboard.press('Tab');
    const focused = await app.page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-article-id'));
    expect(focused).toBe('000/a000040.txt');
  });

  it('reaches every search hit: a page at a time as the list is scrolled, or by its button', async () => {
    // "harbour" is one of the sixteen words the titles and texts are made of: hundreds of hits
    const expected = Array.from({ length: N }, (_, i) => manyTitle(i)).filter((t) => t.includes('harbour')).length;
    expect(expected).toBeGreaterThan(250);
    const hits = app.page.locator('[data-hit]');
    await app.open('#/search?q=harbour');
    await expect.poll(() => app.page.locator('.search-view .count').innerText()).toMatch(new RegExp(`^${expected} results`));
    await expect.poll(() => hits.count()).toBe(100);
    expect(await app.page.locator('.search-view .foot [role=status]').innerText()).toBe(`100 of ${expected} results shown`);
    // the keyboard's way: the button asks for the next page
    await app.page.getByRole('button', { name: 'Show 100 more' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => hits.count()).toBe(200);
    // scrolling to the end of the list brings the rest
    await expect
      .poll(async () => {
        await hits.last().scrollIntoViewIfNeeded();
        return hits.count();
      })
      .toBe(expected);
    const ids = await hits.evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
    expect(new Set(ids).size).toBe(expected);
    await expect.poll(() => app.page.locator('.search-view .foot button').count()).toBe(0);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
