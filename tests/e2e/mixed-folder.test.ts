import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMixedFolder } from '../fixtures/formats/mixed-folder';
import { startApp, type AppSession } from './support/app';

describe('a folder of saved pages, PDFs, Word documents and exports', () => {
  let app: AppSession;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-mixed-e2e-'));
    await writeMixedFolder(folder);
    app = await startApp(folder);
    await app.open('#/library');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists every article with its outlet and date, and every bad file with its reason', async () => {
    await expect.poll(() => app.page.locator('tbody tr').count(), { timeout: 30_000 }).toBe(7);
    const row = (id: string) => app.page.locator(`tr[data-article-id="${id}"]`).innerText();
    expect(await row('harbour-terminal.html')).toMatch(/Harbour terminal to double port capacity\s+Coastal Courier\s+Mar 5, 2024/);
    expect(await row('export.csv#2')).toMatch(/Port to add container terminal\s+Harbour Gazette\s+Mar 6, 2024/);
    await app.page.locator('details.rejected summary').click();
    const rejected = await app.page.locator('details.rejected').innerText();
    expect(rejected).toMatch(/scanned\.pdf — no text layer \(scanned image\?\)/);
    expect(rejected).toMatch(/scraper\.jsonl#2 — line 2: not JSON/);
    expect(rejected).toMatch(/truncated\.docx — damaged Word document/);
    expect(app.problems).toEqual([]);
  });

  it('shows where each field came from, and runs none of the page’s scripts', async () => {
    await app.open(`#/read/${encodeURIComponent('harbour-terminal.html')}`);
    await app.page.locator('article.text').waitFor();
    expect(await app.page.locator('[data-field="outlet"]').innerText()).toMatch(/Coastal Courier\s+\(from the page's metadata\)/);
    expect(await app.page.locator('.set-aside').innerText()).toMatch(/Photo caption\s+Cranes of the Gantry Brigade/i);
    expect(await app.page.title()).not.toBe('hacked');
  });

  it('finds words of a photo caption and says that is where they are', async () => {
    await app.open('#/search?q=gantry');
    const hit = app.page.locator('[data-hit]').first();
    await hit.waitFor({ timeout: 30_000 });
    expect(await hit.innerText()).toMatch(/Found only in a photo caption/);
  });

  it('corrects an outlet in the reader, and the outlet table follows', async () => {
    await app.open(`#/read/${encodeURIComponent('export.csv#2')}`);
    await app.page.getByRole('button', { name: /Correct title, outlet or date/ }).click();
    await app.page.getByRole('form', { name: 'Correct this article' }).getByLabel('Outlet').fill('Gazette Group');
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.page.locator('[data-field="outlet"]').innerText()).toMatch(/Gazette Group\s+\(set by you\)/);
    await app.open('#/reuse');
    const outlets = app.page.getByRole('table', { name: 'By outlet' });
    await expect.poll(() => outlets.locator('tbody tr').first().getAttribute('data-outlets'), { timeout: 30_000 }).toMatch(/Gazette Group/);
  });

  it('sets the outlet of several articles at once from the library', async () => {
    await app.open('#/library');
    await app.page.getByLabel('Filter articles').fill('scraper');
    await app.page.getByRole('checkbox', { name: 'Select every article shown' }).check();
    await app.page.getByRole('button', { name: /Set outlet for 2 selected articles/ }).click();
    await app.page.getByLabel(/Outlet of the 2 selected articles/).fill('Coast FM');
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.page.locator('tr[data-article-id="scraper.jsonl#3"]').innerText()).toMatch(/Coast FM/);
    expect(await app.page.locator('tr[data-article-id="scraper.jsonl#1"]').innerText()).toMatch(/Coast FM/);
  });
});
