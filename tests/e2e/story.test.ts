/**
 * The story view and quote tracking, as a reporter uses them, on a wire story and the papers that
 * printed it (tests/fixtures/story-folder.ts), and a paper that rewrote it: from a pair of the shared-text view and from the
 * reader to the story; a selected sentence, and a typed one, to every article that carries it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStoryFolder } from '../fixtures/story-folder';
import { startApp, type AppSession } from './support/app';

/** The flood told again in a paper's own words: the story's names and places, none of its sentences. */
const REWRITE = `Carrowmore counts the cost as the Moyne bursts its banks

By the Western Ledger news desk

Hundreds of people left their homes in Carrowmore overnight when the Moyne broke through the quay barriers near the railway culvert.

Firefighters lifted elderly people out of the Mill Lane care home by boat. The barriers put up in March were no match for the volume of water, Brigid Lennon of the council conceded.

On Fair Green, families heard no alarm until the water was at their doors. Volunteers at the Abbey Road hall handed out food and bedding until dawn.

More heavy rain is forecast for Thursday, with the severe warning still in force across the valley. Trains to Ballindine are suspended while the embankment is checked, and the evacuation of the low streets goes on.

https://www.westernledger.example/news/moyne-flood
`;

describe('a story across the folder, and where a quote went', () => {
  let app: AppSession;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-story-e2e-'));
    writeStoryFolder(folder);
    writeFileSync(join(folder, 'f-rewrite.txt'), REWRITE);
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(folder + '-downloads', { recursive: true, force: true });
  });

  const members = () => app.page.locator('tr[data-member]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member')));

  it('opens the story of a pair from the shared-text view, by keyboard, earliest first with the origin named', async () => {
    await app.open('#/reuse');
    const story = app.page.locator('tr[data-link~="a-wire.txt"][data-link~="b-herald.txt"]').getByRole('link', { name: /^The story of/ });
    await story.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(members).toEqual(['a-wire.txt', 'b-herald.txt', 'c-courier.txt', 'd-gazette.txt', 'f-rewrite.txt']);
    const origin = await app.page.getByRole('note', { name: 'Likely origin' }).innerText();
    expect(origin).toMatch(/Likely origin: Hundreds evacuated as Moyne floods Carrowmore/);
    expect(origin).toMatch(/The earliest dated, on 4 May 2021/);
    // every printing says how much of the story text it carries, its strip saying where
    const herald = app.page.locator('tr[data-member="b-herald.txt"]');
    expect(await herald.getByRole('img').getAttribute('aria-label')).toMatch(/^Carries \d+% of the story text: beginning, middle/);
    expect(await herald.innerText()).toMatch(/\+1 day/);
    // the rewrite shares no passage: it is there for its words, and says so
    const rewrite = await app.page.locator('tr[data-member="f-rewrite.txt"]').innerText();
    expect(rewrite).toMatch(/in its own words/);
    expect(rewrite).toMatch(/No shared passage\. Joined by its words: \d+ distinctive words in common with the story text, \d+% alike/);
    // the edits on demand
    await herald.getByRole('button', { name: 'Edits' }).click();
    await expect.poll(() => app.page.locator('#edits-b-herald\\.txt .pair').count()).toBeGreaterThan(0);
  });

  it('opens the story from the reader, draws it against another printing, and compares a pair from it', async () => {
    await app.open('#/read/d-gazette.txt');
    await app.page.getByRole('link', { name: /The whole story/ }).click();
    await expect.poll(members).toHaveLength(5);
    await app.page.getByRole('link', { name: 'Draw the story against Night of fear as river bursts into Carrowmore' }).click();
    await expect.poll(() => app.page.locator('tr.text').getAttribute('data-member')).toBe('b-herald.txt');
    await app.page.getByRole('link', { name: /Compare Carrowmore families flee rising Moyne with the story text/ }).click();
    await expect.poll(() => app.page.evaluate(() => location.hash)).toBe('#/compare/b-herald.txt/c-courier.txt');
  });

  it('tracks a sentence selected in the reader to every article that carries it, edited or not', async () => {
    await app.open('#/read/c-courier.txt');
    const text = app.page.locator('[data-quotable]');
    await text.waitFor();
    await app.page.evaluate(() => {
      const host = document.querySelector('[data-quotable]')!;
      const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !(node.textContent ?? '').includes('Flood waters')) node = walker.nextNode();
      const at = node!.textContent!.indexOf('Flood waters');
      const range = document.createRange();
      range.setStart(node!, at);
      range.setEnd(node!, node!.textContent!.indexOf('families') + 'families'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await app.page.getByRole('button', { name: 'Track this quote' }).click();
    const matches = () => app.page.locator('[data-quote-match]').evaluateAll((items) => items.map((i) => i.getAttribute('data-quote-match')));
    // the wire text a day before the two papers; on the same day, the closest wording first
    await expect.poll(matches).toEqual(['a-wire.txt', 'c-courier.txt', 'b-herald.txt']);
    // the wire text's wording beside the courier's: "two hundred and forty" became "240"
    const wire = app.page.locator('[data-quote-match="a-wire.txt"] blockquote');
    expect(await wire.locator('del').allInnerTexts()).toContain('late');
    expect(await wire.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining(['two hundred and forty']));
  });

  it('tracks a typed sentence, from the Quotes tab, by keyboard', async () => {
    await app.open('#/library');
    await app.page.getByRole('link', { name: 'Quotes' }).click();
    await app.page.getByLabel(/A sentence or a few words/).fill('the temporary barriers installed in March had held along the quay');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.locator('[data-quote-match]').count()).toBe(3);
    expect(await app.page.locator('.summary').innerText()).toMatch(/^Carried by 3 articles, earliest first/);
  });

  it('draws who copies whom, walked with the arrow keys, with the same outlets as a table', async () => {
    await app.open('#/reuse');
    const nodes = app.page.locator('[data-node]');
    await expect.poll(() => nodes.count()).toBe(4);
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
    await nodes.first().focus();
    const start = await focused();
    const seen = new Set([start]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End', 'Home']) {
      await app.page.keyboard.press(key);
      seen.add(await focused());
    }
    // every node can be reached; the panel follows the focused one, in words
    expect(seen.size).toBeGreaterThan(2);
    await app.page.keyboard.press('End');
    const panel = app.page.locator('.panel');
    expect(await panel.innerText()).toMatch(/\d+ pairs? of articles, \d+ words shared here/);
    await app.page.getByText('The outlets as a table').click();
    expect(await app.page.getByRole('table', { name: 'Outlets that share text' }).locator('tbody tr').count()).toBe(4);
  });

  it('steps through a story\'s timeline by keyboard', async () => {
    await app.open('#/story/a-wire.txt');
    const printings = app.page.locator('[data-printing]');
    await expect.poll(() => printings.count()).toBe(3);
    await printings.first().focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/May 5, 2021, \+1 day$/);
    expect(await app.page.locator('.story').innerText()).toMatch(/2 undated articles not on the time axis/);
  });

  it('downloads the article pairs as CSV and the story as JSON', async () => {
    await app.open('#/reuse');
    const save = async (button: string) => {
      const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: button }).click()]);
      const path = join(folder + '-downloads', file.suggestedFilename());
      await file.saveAs(path);
      return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const csv = await save('Export the article pairs as CSV');
    expect(csv.name).toBe('shared-text-pairs.csv');
    const text = csv.text;
    expect(text.split('\r\n')[0]).toMatch(/^a_id,a_title,a_outlet,a_date,a_url,b_id/);
    expect(text).toContain('https://www.wirenews.example/news/flood');
    await app.open('#/story/b-herald.txt');
    const story = JSON.parse((await save('Export the story as JSON')).text);
    expect(story.origin.id).toBe('a-wire.txt');
    expect(story.members).toHaveLength(5);
    expect(story.members[4]).toMatchObject({ id: 'f-rewrite.txt', passages: 0, alikeWith: 'a-wire.txt' });
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
