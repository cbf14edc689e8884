import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

const A001 = '001_74c4f560c382ad0f.txt';
const A003 = '003_d2ce4ca12b793fba.txt';

describe('who shares text with whom, on the sample articles', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('analyses a small folder by itself and lists the republished pair with its shares', async () => {
    await app.open('#/reuse');
    const row = app.page.locator(`tr[data-link="${A001} ${A003}"], tr[data-link="${A003} ${A001}"]`);
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.join(' | ')).toMatch(/Radio Habana Cuba/);
    expect(parseInt(cells[2]!, 10)).toBeGreaterThanOrEqual(1);
    // neither carries a date: which came first is not guessed
    expect(cells[6]).toBe('Unknown');
    const summary = await app.page.locator('.summary').innerText();
    expect(summary).toMatch(/^1 pair of articles shares passages;\s9 more pairs state the same facts in other words/);
    expect(summary).toMatch(/10 of 10 pairs aligned/);
    // pairs that only state the same facts are listed apart, under their own heading
    const facts = app.page.getByRole('table', { name: 'Same facts in other words' });
    expect(await facts.locator('tbody tr').count()).toBe(9);
    expect(await app.page.getByRole('table', { name: 'Shared passages' }).locator('tbody tr').count()).toBe(1);
  });

  it('filters the pairs by title or outlet', async () => {
    await app.open('#/reuse');
    await app.page.getByLabel('Filter').fill('habana');
    await expect.poll(() => app.page.locator('tr[data-link]').count()).toBe(4);
    await app.page.getByLabel('Filter').fill('no such outlet');
    await expect.poll(() => app.page.locator('tr[data-link]').count()).toBe(0);
    expect(await app.page.locator('.reuse').innerText()).toMatch(/No pair matches “no such outlet”/);
    await app.page.getByLabel('Filter').fill('');
    await expect.poll(() => app.page.locator('tr[data-link]').count()).toBe(10);
  });

  it('sums the pairs by outlet and lists the articles of one pair of outlets on demand', async () => {
    await app.open('#/reuse');
    const outlets = app.page.getByRole('table', { name: 'By outlet' });
    await expect.poll(() => outlets.locator('tbody tr').count()).toBeGreaterThan(1);
    // the outlets that share passages come first: Radio Habana Cuba's republished paragraph
    const top = outlets.locator('tbody tr').first();
    expect(await top.getAttribute('data-outlets')).toMatch(/Radio Habana Cuba/);
    const cells = await top.locator('td').allInnerTexts();
    expect(cells[2]).toBe('1');
    expect(parseInt(cells[3]!.replace(/,/g, ''), 10)).toBeGreaterThan(20);
    // no date on either side: nobody is credited with publishing first
    expect(cells[5]).toBe('Unknown');
    const show = top.getByRole('button', { name: /Show the article pairs of/ });
    await show.focus();
    await app.page.keyboard.press('Enter');
    // Radio Habana Cuba has one article (001): its republished pair, and two that state the same facts
    await expect.poll(() => app.page.locator('tr[data-link]').count()).toBe(3);
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    const copies = app.page.getByRole('table', { name: 'Shared passages' }).locator('tr[data-link]');
    expect(await copies.count()).toBe(1);
    expect(await copies.getAttribute('data-link')).toMatch(new RegExp(`${A001}.*${A003}|${A003}.*${A001}`));
    for (const pair of await app.page.locator('tr[data-link]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-link')))) {
      expect(pair).toContain(A001);
    }
    expect(await app.page.locator('.filter [role="status"]').innerText()).toBe('3 pairs shown');
    await app.page.getByRole('button', { name: 'Show the pairs of every outlet' }).click();
    await expect.poll(() => app.page.locator('tr[data-link]').count()).toBe(10);
    expect(await show.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens the comparison of a pair from its row, by keyboard', async () => {
    await app.open('#/reuse');
    const link = app.page.locator(`tr[data-link~="${A001}"][data-link~="${A003}"]`).getByRole('link', { name: /^Compare/ });
    await link.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.url()).toMatch(/#\/compare\//);
    expect(decodeURIComponent(app.page.url())).toContain(A001);
    await expect.poll(() => app.page.locator('[data-passage]').count()).toBeGreaterThan(0);
  });

  it('shows in the reader which articles carry passages of this one, and those that state the same facts', async () => {
    await app.open(`#/read/${A001}`);
    const panel = app.page.getByRole('region', { name: /Shares text with/ });
    await expect.poll(() => panel.locator(`li[data-other="${A003}"]`).count()).toBe(1);
    const first = await panel.locator('ul').first().innerText();
    expect(first).toMatch(/% of this article/);
    expect(first).toMatch(/1 passage/);
    // the others repeat the facts in their own words: listed apart, never as shared passages
    const facts = panel.locator('h3 + ul li');
    expect(await facts.count()).toBeGreaterThan(0);
    expect(await facts.allInnerTexts()).not.toContainEqual(expect.stringMatching(/of this article/));
    await panel.getByRole('link', { name: /Compare with Iraq’s anti-terror/ }).click();
    await expect.poll(() => decodeURIComponent(app.page.url())).toContain(`#/compare/${A001}/${A003}`);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});

describe('who shares text with whom, on a folder too large to analyse unasked', () => {
  let app: AppSession;
  let folder: string;
  const COUNT = 120;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-reuse-'));
    const shared =
      'The committee published its findings on the reservoir after eleven months of hearings, naming three contractors whose concrete failed every inspection carried out since the spring.';
    for (let i = 0; i < COUNT; i++) {
      const own = `Report number ${i} covers district ${i * 7} where the council met ${i % 5} times about roads, schools and ${i} new lamps.`;
      writeFileSync(join(folder, `story-${String(i).padStart(3, '0')}.txt`), `Story ${i}\n\n${own}\n\n${i < 2 ? shared : ''}\n`);
    }
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('waits to be asked, then finds the one pair that shares a paragraph', async () => {
    await app.open('#/reuse');
    const start = app.page.getByRole('button', { name: `Find shared text in ${COUNT} articles` });
    await start.waitFor();
    expect(await app.page.locator('table.data').count()).toBe(0);
    await start.click();
    await expect.poll(() => app.page.locator('tr[data-link]').count()).toBe(1);
    expect(await app.page.locator('tr[data-link]').getAttribute('data-link')).toBe('story-000.txt story-001.txt');
  });

  it('the reader shows the result of the analysis run from the other view', async () => {
    await app.open('#/read/story-001.txt');
    const panel = app.page.getByRole('region', { name: /Shares text with/ });
    await expect.poll(() => panel.locator('li[data-other="story-000.txt"]').count()).toBe(1);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});

describe('who shares text with whom, when more pairs share text than the window shows', () => {
  let app: AppSession;
  let folder: string;
  const COUNT = 22; // every pair shares the paragraph: 231 pairs, past the 200 a table renders whole
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-reuse-many-'));
    const shared =
      'The committee published its findings on the reservoir after eleven months of hearings, naming three contractors whose concrete failed every inspection carried out since the spring.';
    for (let i = 0; i < COUNT; i++) {
      const own = `Report number ${i} covers district ${i * 7} where the council met about roads, schools and ${i} new lamps.`;
      writeFileSync(join(folder, `story-${String(i).padStart(2, '0')}.txt`), `Story ${i}\n\n${own}\n\n${shared}\n`);
    }
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('renders the pairs in view, and the rest as they are scrolled to', async () => {
    await app.open('#/reuse');
    const table = app.page.getByRole('table', { name: 'Shared passages' });
    const rows = table.locator('tr[data-link]');
    await rows.first().waitFor();
    expect(await app.page.locator('.summary').innerText()).toMatch(/^231 pairs of articles share passages/);
    expect(await table.getAttribute('aria-rowcount')).toBe('232');
    // a window of rows, not all of them
    expect(await rows.count()).toBeLessThan(150);
    const last = table.locator('tr[data-link="story-20.txt story-21.txt"]');
    expect(await last.count()).toBe(0);
    // scrolled to the end, the last pair is there, with its place in the table
    await app.page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.scrollTop = main.scrollHeight;
    });
    await expect.poll(() => last.count()).toBe(1);
    expect(await last.getAttribute('aria-rowindex')).toBe('232');
    expect(await rows.count()).toBeLessThan(150);
    // a filter that leaves few pairs renders them all
    await app.page.getByLabel('Filter').fill('story-03.txt');
    await expect.poll(() => rows.count()).toBe(21);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});

describe('who shares text with whom, when there are more stories and outlet pairs than a table renders whole', () => {
  let app: AppSession;
  let folder: string;
  const STORIES = 230; // each printed by two outlets of its own: 230 stories and 230 pairs of outlets
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-reuse-stories-'));
    // made-up words, drawn by a fixed sequence, so that no two stories share a run of words
    const syllables = ['ba', 'ke', 'mi', 'lo', 'su', 'ra', 'te', 'vi', 'no', 'du', 'pa', 'ge', 'fi', 'mo', 'zu', 'ha'];
    let seed = 7;
    const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), (seed >>> 0) % 16);
    const word = () => Array.from({ length: 4 }, () => syllables[next()]).join('');
    const words = (n: number) => Array.from({ length: n }, word).join(' ');
    const rows = ['title,outlet,text'];
    for (let i = 0; i < STORIES; i++) {
      const shared = `${words(40)}.`;
      for (const side of ['North', 'South']) rows.push(`Story ${i} in the ${side},${side} Post ${i},"${words(12)}. ${shared}"`);
    }
    writeFileSync(join(folder, 'export.csv'), `${rows.join('\n')}\n`);
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Scrolls the table's own box to its end: the last row comes into the window. */
  async function scrollToEnd(name: string, rowCount: number) {
    const table = app.page.getByRole('table', { name });
    await table.locator('tr[data-row]').first().waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(rowCount + 1));
    expect(await table.locator('tr[data-row]').count()).toBeLessThan(150);
    const last = table.locator(`tr[data-row][aria-rowindex="${rowCount + 1}"]`);
    expect(await last.count()).toBe(0);
    await table.evaluate((el) => {
      const box = el.closest('.table-box')!;
      box.scrollTop = box.scrollHeight;
    });
    await expect.poll(() => last.count()).toBe(1);
    expect(await table.locator('tr[data-row]').count()).toBeLessThan(150);
  }

  it('lists every story in a window of rows that scrolls to the last', async () => {
    await app.open('#/reuse');
    await app.page.getByRole('button', { name: /^Find shared text in 460 articles/ }).click();
    await expect.poll(() => app.page.locator('.summary').innerText(), { timeout: 60_000 }).toMatch(/^230 pairs of articles share passages/);
    await scrollToEnd('Stories', STORIES);
  });

  it('lists every pair of outlets in a window of rows that scrolls to the last', async () => {
    await scrollToEnd('By outlet', STORIES);
    // a row reached at the end still opens its outlets' pairs
    const last = app.page.getByRole('table', { name: 'By outlet' }).locator(`tr[aria-rowindex="${STORIES + 1}"]`);
    await last.getByRole('button', { name: /Show the article pairs of/ }).click();
    await expect.poll(() => app.page.getByRole('table', { name: 'Shared passages' }).locator('tr[data-link]').count()).toBe(1);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
