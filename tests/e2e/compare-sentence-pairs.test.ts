/**
 * A paper's story written from wire copy, compared with the wire: the passage lines up each kept
 * sentence with the one it came from, shows every pair's own edits, marks the paper's own words
 * as its own; and the shared-text table counts the same share as the compare view.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDENSED, WIRE } from '../core/align/news-fixtures';
import { comparisonReady } from './compare-helpers';
import { startApp, type AppSession } from './support/app';
import { ROOT } from './support/host';

const wire = WIRE.split('\n');
const OWN = 'Friends said the captain had not been the same since the loss of his wife two winters ago.';

describe('compare view on wire copy and the paper that condensed it', () => {
  let dir: string;
  let app: AppSession;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-wire-'));
    writeFileSync(join(dir, 'wire.txt'), `Ferry captain jailed\n\n${wire.join('\n\n')}\n`);
    writeFileSync(join(dir, 'paper.txt'), `Drunk captain jailed\n\n${CONDENSED} ${wire[1]}\n\n${OWN} ${wire[3]}\n`);
    app = await startApp(dir);
    await app.open('#/compare/paper.txt/wire.txt');
    await comparisonReady(app.page);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a passage’s sentence pairs, each with its own edits', async () => {
    const list = app.page.getByRole('navigation', { name: /Passages/ });
    const disclose = list.getByRole('button', { name: /sentence pairs/ }).first();
    await disclose.focus();
    await app.page.keyboard.press('Enter');
    expect(await disclose.getAttribute('aria-expanded')).toBe('true');
    const pairs = list.getByRole('list', { name: /Sentence pairs of passage/ }).getByRole('listitem');
    await expect.poll(() => pairs.count()).toBeGreaterThanOrEqual(2);
    const texts = await pairs.allInnerTexts();
    // the condensed sentence meets the wire sentence it came from, as an edit
    const condensed = texts.find((t) => t.includes('A ferry captain who steered his vessel'));
    expect(condensed).toMatch(/^edited, \d+% alike/);
    expect(condensed).toContain('A retired ferry captain who steered his vessel onto the rocks off Carrow Point');
    // what the paper cut from the wire sentence is marked as only in the wire
    const index = texts.indexOf(condensed!);
    const cut = await pairs.nth(index).locator('.insert, .replace-b').allInnerTexts();
    expect(cut.join(' ')).toMatch(/retired|Carrow Point|Exeter Crown Court/);
    // a sentence copied word for word is a pair of the same words
    expect(texts.some((t) => t.startsWith('same words') && t.includes('Malcolm Trewin, 61'))).toBe(true);
    // the README's picture of a condensed story, written only when asked for
    if (process.env.PARALLAX_SCREENSHOTS === '1') await app.page.screenshot({ path: join(ROOT, 'docs/compare-sentence-pairs.png') });
  });

  it('marks the paper’s own sentence inside the passage as its own, not shared', async () => {
    const own = app.page.locator('[data-side="a"] .kept', { hasText: 'Friends said the captain' });
    expect(await own.count()).toBe(0);
    // nor struck through as an edit: it faces the wire's own sentence by position only
    expect(await app.page.locator('[data-side="a"] .delete, [data-side="a"] .replace-a', { hasText: 'Friends' }).count()).toBe(0);
    const kept = await app.page.locator('[data-side="a"] .kept').allInnerTexts();
    expect(kept.join(' ')).toContain('Malcolm Trewin, 61');
  });

  it('counts the same share in the shared-text table as in the compare view', async () => {
    const summary = await app.page.locator('.compare .summary').innerText();
    const [, shareA, shareB] = /(\d+)% of A and (\d+)% of B shared/.exec(summary) ?? [];
    expect(Number(shareA)).toBeGreaterThan(20);
    expect(Number(shareA)).toBeLessThan(100);
    await app.open('#/reuse');
    const row = app.page.locator('tr[data-link="paper.txt wire.txt"]');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells).toContain(`${shareA}%`);
    expect(cells).toContain(`${shareB}%`);
  });
});
