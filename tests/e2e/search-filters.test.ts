import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

/** Six short wire stories from three outlets over three years, all about the same strike. */
const STORIES = [
  ['a1.txt', 'https://www.alpha-news.com/world/1', 'March 3, 2021', 'Dockworkers strike at the northern port'],
  ['a2.txt', 'https://www.alpha-news.com/world/2', 'May 9, 2023', 'Port strike enters its third week'],
  ['b1.txt', 'https://news.beta-times.org/2', 'June 1, 2022', 'Strike talks collapse at the port'],
  ['b2.txt', 'https://news.beta-times.org/3', 'July 4, 2024', 'Port reopens after the long strike'],
  ['c1.txt', 'https://gamma.net/x', 'January 15, 2022', 'Ministers discuss the dockworkers strike'],
  ['d1.txt', null, null, 'Undated note on the strike at the port'],
] as const;

describe('search filters and sorting', () => {
  let folder: string;
  let app: AppSession;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-filters-'));
    for (const [file, url, date, title] of STORIES) {
      const lines = [title, '', ...(date ? [date, ''] : []), `${title}. The dockworkers strike continued as unions met port managers.`, ''];
      if (url) lines.push(url);
      writeFileSync(join(folder, file), lines.join('\n'));
    }
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const ids = () => app.page.locator('[data-hit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));

  it('finds every story', async () => {
    await app.open('#/search?q=strike');
    await expect.poll(() => app.page.locator('[data-hit]').count()).toBe(6);
  });

  it('filters by outlet, with the counts in the list', async () => {
    const options = await app.page.locator('select').nth(1).locator('option').allInnerTexts();
    expect(options).toEqual(['All outlets', 'alpha-news.com (2)', 'beta-times.org (2)', 'gamma.net (1)']);
    await app.page.getByLabel('Outlet').selectOption('beta-times.org');
    // the unfiltered list also contains b1 and b2: wait for the exact filtered list, not a superset
    await expect.poll(async () => (await ids()).sort()).toEqual(['b1.txt', 'b2.txt']);
  });

  it('filters by date range, leaving out undated articles', async () => {
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => app.page.locator('[data-hit]').count()).toBe(6);
    await app.page.getByLabel('From').fill('2022-01-01');
    await app.page.getByLabel('To').fill('2022-12-31');
    await expect.poll(async () => (await ids()).sort()).toEqual(['b1.txt', 'c1.txt']);
    await expect.poll(() => app.page.locator('.search-view .hint').innerText()).toMatch(/without a known date are left out/);
  });

  it('sorts by date, newest first', async () => {
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await app.page.getByLabel('Sort', { exact: true }).selectOption('date');
    await expect.poll(async () => (await ids()).slice(0, 5)).toEqual(['b2.txt', 'a2.txt', 'b1.txt', 'c1.txt', 'a1.txt']);
  });

  it('remembers the searches the user opened', async () => {
    await app.page.locator('[data-hit] a').first().click();
    await app.page.locator('article h1').waitFor();
    await app.open('#/search');
    await expect.poll(() => app.page.locator('.recent a').allInnerTexts()).toContain('strike');
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
