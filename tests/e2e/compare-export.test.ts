/**
 * Taking a comparison out of the app: the HTML export opens on its own in a browser and shows both
 * texts with the passages numbered alike; the JSON export carries offsets that slice the texts;
 * Copy pair puts both excerpts with their sources on the clipboard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonReady } from './compare-helpers';
import { startApp, type AppSession } from './support/app';

const A = '001_74c4f560c382ad0f.txt';
const B = '003_d2ce4ca12b793fba.txt';

describe('exporting and copying a comparison of seeds 001 and 003', () => {
  let app: AppSession;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-export-'));
    app = await startApp();
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.origin });
    await app.open(`#/compare/${A}/${B}`);
    await comparisonReady(app.page);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(button: string): Promise<string> {
    const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: button }).click()]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  it('saves one HTML file that opens offline in a browser and shows both texts', async () => {
    const path = await download('Export HTML');
    expect(path).toMatch(/compare-001_74c4f560c382ad0f--003_d2ce4ca12b793fba\.html$/);
    const page = await app.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(path).href);
    const columnA = await page.locator('[data-side="a"]').innerText();
    const columnB = await page.locator('[data-side="b"]').innerText();
    expect(columnA).toContain('Iraqi resistance groups agree to resume operations against American forces');
    expect(columnA).toContain('There are nearly 2,500 American troops in Iraq');
    expect(columnB).toContain('There are roughly 2,500 American troops in Iraq');
    expect(columnB).toContain('The Islamic Resistance in Iraq cautioned against treacherous acts');
    // the passage numbers link each side to the other
    const k = await page.locator('[data-side="a"] [data-passage]').first().getAttribute('data-passage');
    expect(await page.locator(`[data-side="b"] [data-passage="${k}"]`).count()).toBeGreaterThan(0);
    await page.locator(`#a-${Number(k) + 1}`).click();
    expect(page.url()).toMatch(new RegExp(`#b-${Number(k) + 1}$`));
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves JSON whose offsets slice the passages out of the texts', async () => {
    const doc = JSON.parse(readFileSync(await download('Export JSON'), 'utf8'));
    expect(doc.a.id).toBe(A);
    expect(doc.b.id).toBe(B);
    expect(doc.passages.length).toBeGreaterThan(0);
    const troops = doc.passages.find((p: { text: { a: string } }) => p.text.a.includes('2,500 American troops'));
    expect(doc.a.text.slice(troops.a.start, troops.a.end)).toMatch(/^There are nearly 2,500/);
    expect(doc.b.text.slice(troops.b.start, troops.b.end)).toMatch(/^There are roughly 2,500/);
  });

  it('copies the current pair as citable text', async () => {
    const copy = app.page.getByRole('button', { name: 'Copy pair' });
    expect(await copy.isDisabled()).toBe(true);
    const troops = app.page.locator('[data-passage-item]', { hasText: 'There are nearly 2,500' });
    await troops.click();
    await copy.click();
    await expect.poll(() => app.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Shared passage/);
    const text = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('A: “There are nearly 2,500 American troops in Iraq');
    expect(text).toContain('— Iraqi resistance groups agree to resume operations against American forces. Radio Habana Cuba, date unknown.');
    expect(text).toMatch(new RegExp(`${A}, characters \\d+–\\d+`));
    expect(text).toContain('B: “There are roughly 2,500 American troops in Iraq');
    expect(text).toMatch(new RegExp(`${B}, characters \\d+–\\d+`));
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
