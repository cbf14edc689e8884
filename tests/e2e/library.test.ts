import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('library', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
    await app.open('#/library');
  });
  afterAll(() => app.close());

  const rows = () => app.page.locator('tbody tr');

  it('lists every article of the folder with title, outlet, date and length', async () => {
    await expect.poll(() => rows().count()).toBe(5);
    const row001 = app.page.locator('tr[data-article-id="001_74c4f560c382ad0f.txt"]');
    await expect.poll(() => row001.innerText()).toMatch(/Iraqi resistance groups agree to resume operations against American forces/);
    expect(await row001.innerText()).toMatch(/Radio Habana Cuba/);
    const row004 = await app.page.locator('tr[data-article-id="004_a3bff82c688751b7.txt"]').innerText();
    expect(row004).toMatch(/Jul 24, 2021/);
    expect(row004).toMatch(/260/);
    expect(await app.page.locator('tr[data-article-id="003_d2ce4ca12b793fba.txt"]').innerText()).toMatch(/unknown[\s\S]*unknown/);
  });

  it('sorts by a column, both ways, with the state announced', async () => {
    const dateHeader = app.page.locator('th', { hasText: 'Date' });
    await dateHeader.locator('button').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
    // newest first; articles without a date last
    expect(await rows().first().getAttribute('data-article-id')).toBe('000_86c065115a1fa003.txt');
    expect(await rows().nth(1).getAttribute('data-article-id')).toBe('004_a3bff82c688751b7.txt');
    await dateHeader.locator('button').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows().first().getAttribute('data-article-id')).toBe('004_a3bff82c688751b7.txt');
  });

  it('filters the list as the user types', async () => {
    await app.page.fill('#library-filter', 'habana');
    await expect.poll(() => rows().count()).toBe(1);
    await app.page.fill('#library-filter', '');
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('compares two ticked articles', async () => {
    await app.page.locator('tr[data-article-id="001_74c4f560c382ad0f.txt"] input[type=checkbox]').check();
    await app.page.locator('tr[data-article-id="003_d2ce4ca12b793fba.txt"] input[type=checkbox]').check();
    await app.page.getByRole('button', { name: 'Compare selected' }).click();
    await app.page.locator('[data-side="a"]').waitFor();
    expect(new URL(app.page.url()).hash).toBe('#/compare/001_74c4f560c382ad0f.txt/003_d2ce4ca12b793fba.txt');
  });

  it('opens an article from the keyboard', async () => {
    await app.open('#/library');
    await app.page.locator('tr[data-article-id="002_d0548fe1a3bec1cc.txt"] a').focus();
    await app.page.keyboard.press('Enter');
    await app.page.locator('article h1').waitFor();
    expect(await app.page.locator('article h1').innerText()).toBe('Iraqi Resistance Vows To Expel All Remaining US Forces From The Country');
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
