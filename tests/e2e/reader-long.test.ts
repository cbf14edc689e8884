/**
 * The reader on articles that once froze it: a Markdown file with a long table (one paragraph;
 * at 10,000 rows, 740 KB, the page was unresponsive for minutes; 3,000 rows here) and a file of
 * 3,000 nested list markers (read as plain text, and the reader says why). The text goes into the page a slice per
 * frame; the figures are printed so a run can be quoted, and the bound here only catches a stall
 * (the targets, first screen ≤ 1 s and no task over 100 ms, are measured by `npm run bench`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableArticle } from '../fixtures/generate-table';

const ROWS = 3_000;
import { startApp, type AppSession } from './support/app';


describe('reader on pathological articles', () => {
  let dir: string;
  let app: AppSession;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-reader-long-'));
    // 3,000 rows: enough for many slices; the bench times the full 10,000
    writeFileSync(join(dir, 'table.md'), tableArticle(ROWS));
    writeFileSync(join(dir, 'deep.md'), `Deep lists\n\n${'- '.repeat(3000)}bottom\n`);
    app = await startApp(dir);
    await app.open('#/library');
    await app.page.locator('.topbar').waitFor();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the first screen of a long table at once and the rest a slice at a time', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __pieces: number[] };
      w.__long = [];
      w.__pieces = [];
      new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      // how much of the article is in the page after each change: a text rendered in slices grows
      // in steps, whatever the speed of the machine
      new MutationObserver(() => w.__pieces.push(document.querySelectorAll('article .block').length)).observe(document.body, { childList: true, subtree: true });
      performance.clearMarks('test:navigate');
      performance.mark('test:navigate');
      location.hash = '#/read/table.md';
    });
    await app.page.locator('article .block.paragraph').first().waitFor();
    const firstScreen = await app.page.evaluate(() => performance.now() - performance.getEntriesByName('test:navigate')[0]!.startTime);
    await app.page.getByText(`cell ${ROWS - 1} with`).waitFor({ state: 'attached', timeout: 60_000 });
    // the table came into the page in several slices, not at once
    const steps = await app.page.evaluate(() => new Set((window as unknown as { __pieces: number[] }).__pieces.filter((n) => n > 0)).size);
    expect(steps).toBeGreaterThanOrEqual(3);
    const longest = await app.page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
    console.log(`${ROWS.toLocaleString('en')}-row table: first screen ${firstScreen.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms`);
    expect(longest).toBeLessThan(5_000);
    // the markup of the first rows is hidden, the text stays text
    expect(await app.page.locator('article .block.paragraph').first().innerText()).toMatch(/^\| a \| b \| c \|/);
    expect(await app.page.getByText('cell 0 with some text | more bold text | link').count()).toBe(1);
  });

  it('reads a file of 3,000 nested list markers as plain text and says why', async () => {
    await app.open('#/read/deep.md');
    await expect.poll(() => app.page.locator('article [role=note]').innerText()).toMatch(/^Read as plain text: its lists or quotes nest 3,000 levels deep/);
    expect(await app.page.locator('article h1').innerText()).toBe('Deep lists');
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
