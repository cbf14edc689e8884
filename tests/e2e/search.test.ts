import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('search', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
    await app.open('#/library');
  });
  afterAll(() => app.close());

  const hits = () => app.page.locator('[data-hit]');

  it('ranks 000 first for Maliki, with outlet, date and a highlighted snippet', async () => {
    await app.page.fill('#global-search', 'Maliki');
    await expect.poll(() => app.page.url()).toMatch(/#\/search\?q=Maliki$/);
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
    expect(await hits().first().getAttribute('data-article-id')).toBe('000_86c065115a1fa003.txt');
    const first = hits().first();
    expect(await first.innerText()).toMatch(/Feb 26, 2026/);
    expect((await first.locator('mark.match').allInnerTexts()).join(' ')).toMatch(/Maliki/);
  });

  it('opens a hit with the matches highlighted in the article', async () => {
    await hits().first().locator('a').click();
    await expect.poll(() => app.page.url()).toMatch(/#\/read\/000_86c065115a1fa003\.txt\?q=Maliki$/);
    await expect.poll(() => app.page.locator('article mark.match').count()).toBeGreaterThanOrEqual(3);
    expect(await app.page.locator('article mark.match').first().innerText()).toMatch(/Maliki/);
  });

  it('moves through the results with the keyboard and back to the box with Escape', async () => {
    await app.open('#/search?q=troops');
    await expect.poll(() => hits().count()).toBeGreaterThan(1);
    await app.page.locator('#global-search').focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.closest('[data-hit]')?.getAttribute('data-article-id'))).toBe(
      await hits().first().getAttribute('data-article-id'),
    );
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.closest('[data-hit]')?.getAttribute('data-article-id'))).toBe(
      await hits().nth(1).getAttribute('data-article-id'),
    );
    await app.page.keyboard.press('Escape');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('global-search');
  });

  it('answers junk input calmly', async () => {
    await app.open('#/search?q=%22%22%20---%20%3F%3F');
    await expect.poll(() => app.page.locator('.search-view .count').innerText()).toMatch(/0 results/);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
