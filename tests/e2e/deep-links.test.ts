import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('deep links restore every view', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it.each([
    ['#/library', 'table tbody tr[data-article-id]', 'Library — Parallax'],
    ['#/read/002_d0548fe1a3bec1cc.txt', 'article h1', 'Iraqi Resistance Vows To Expel All Remaining US Forces From The Country — Parallax'],
    ['#/compare/001_74c4f560c382ad0f.txt/003_d2ce4ca12b793fba.txt', '[data-side="b"] [data-passage]', 'Compare — Parallax'],
    ['#/search?q=withdrawal', '[data-hit]', 'Search — Parallax'],
    ['#/reuse', '.reuse h1', 'Shared text — Parallax'],
  ])('%s', async (hash, selector, title) => {
    await app.open(hash);
    await app.page.locator(selector).first().waitFor();
    await expect.poll(() => app.page.title()).toBe(title);
  });

  it('encodes ids with folders in them as one segment', async () => {
    await app.open('#/read/' + encodeURIComponent('004_a3bff82c688751b7.txt'));
    await app.page.locator('article h1').waitFor();
    expect(await app.page.locator('article h1').innerText()).toMatch(/^Iraq resistance/);
  });

  it('follows back and forward', async () => {
    await app.open('#/library');
    await app.page.locator('tr[data-article-id="001_74c4f560c382ad0f.txt"] a').click();
    await app.page.locator('article h1').waitFor();
    await app.page.goBack();
    await app.page.locator('table tbody tr').first().waitFor();
    await app.page.goForward();
    await expect.poll(() => app.page.locator('article h1').innerText()).toMatch(/agree to resume operations/);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
