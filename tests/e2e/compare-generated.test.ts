/**
 * The compare view on a generated pair whose ground truth is known: B republishes some of A's
 * paragraphs verbatim, some edited, some moved out of order. The journeys a reader takes:
 * matched passages, connectors, synchronized scrolling, stepping through passages, swapping,
 * changing the alignment parameters live.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePair, type GeneratedPair } from '../fixtures/generate-pair';
import {
  bringPassageTo,
  columnBox,
  comparisonReady,
  currentPassage,
  passageBox,
  passageTexts,
  passageWith,
  ribbonEnds,
  scrollColumn,
  settle,
} from './compare-helpers';
import { startApp, type AppSession } from './support/app';

describe('compare view on a generated pair with reordered and edited passages', () => {
  let dir: string;
  let pair: GeneratedPair;
  let app: AppSession;
  /** Passage number on screen of each planted passage, found by its phrase on side A. */
  let ks: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-pair-'));
    pair = writePair(dir, { words: 2500, seed: 11 });
    app = await startApp(dir);
    await app.open('#/compare/a.txt/b.txt');
    await comparisonReady(app.page);
    ks = await Promise.all(pair.planted.map(async (p) => (await passageWith(app.page, 'a', p.phrase)) ?? '?'));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Turns synchronized scrolling on or off. The button shows the new state at once, but the host's
   * reply to saving it overwrites the preferences when it lands: a reply to an earlier toggle that
   * lands after a later click switches sync back for a moment. One toggle's save is waited for before
   * the next action, so the state the test scrolls under is the one it asked for.
   */
  async function setSync(on: boolean): Promise<void> {
    const button = app.page.getByRole('button', { name: /Sync scroll/ });
    expect(await button.getAttribute('aria-pressed')).toBe(String(!on));
    const saved = app.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/setPreferences');
    await button.click();
    await (await saved).finished();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe(String(on));
  }

  it('gives every planted passage one number, the same on both sides', async () => {
    expect(pair.planted.length).toBeGreaterThanOrEqual(6);
    for (const [i, p] of pair.planted.entries()) {
      expect(ks[i], `planted paragraph ${p.paragraphA} found on A`).not.toBe('?');
      expect(await passageWith(app.page, 'b', p.phrase), `planted paragraph ${p.paragraphA} on B`).toBe(ks[i]);
    }
    const a = await passageTexts(app.page, 'a');
    const b = await passageTexts(app.page, 'b');
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  });

  it('marks the edits inside an edited passage on their own side', async () => {
    const i = pair.planted.findIndex((p) => p.edited);
    const k = ks[i]!;
    const changedA = await app.page.locator(`[data-side="a"] [data-passage="${k}"]:is(.delete, .replace-a)`).count();
    const changedB = await app.page.locator(`[data-side="b"] [data-passage="${k}"]:is(.insert, .replace-b)`).count();
    expect(changedA).toBeGreaterThan(0);
    expect(changedB).toBeGreaterThan(0);
    // a verbatim copy has none
    const same = ks[pair.planted.findIndex((p) => !p.edited && !p.moved)]!;
    expect(await app.page.locator(`[data-passage="${same}"]:is(.delete, .insert, .replace-a, .replace-b)`).count()).toBe(0);
  });

  it('flags the moved passages, in the text and in the list', async () => {
    for (const [i, p] of pair.planted.entries()) {
      if (!p.moved) continue;
      const k = ks[i]!;
      expect(await app.page.locator(`[data-side="a"] [data-passage="${k}"].start`).getAttribute('data-label')).toMatch(/↕/);
      await expect.poll(() => app.page.locator(`[data-passage-item="${k}"]`).innerText()).toMatch(/moved/);
    }
  });

  it('joins each passage to its match: connector ends lie level with both passages, at their columns’ edges', async () => {
    const colA = await columnBox(app.page, 'a');
    const colB = await columnBox(app.page, 'b');
    let checked = 0;
    for (const k of ks.slice(0, 4)) {
      await app.page.locator(`[data-passage-item="${k}"]`).click();
      await settle(app.page);
      const ribbon = (await ribbonEnds(app.page)).find((r) => r.k === k);
      expect(ribbon, `a connector for passage ${k}`).toBeDefined();
      const boxA = await passageBox(app.page, 'a', k);
      const boxB = await passageBox(app.page, 'b', k);
      for (const y of ribbon!.a.ys) {
        expect(y).toBeGreaterThanOrEqual(boxA.top - 1);
        expect(y).toBeLessThanOrEqual(boxA.bottom + 1);
      }
      for (const y of ribbon!.b.ys) {
        expect(y).toBeGreaterThanOrEqual(boxB.top - 1);
        expect(y).toBeLessThanOrEqual(boxB.bottom + 1);
      }
      expect(Math.abs(ribbon!.a.x - colA.right)).toBeLessThan(3);
      expect(Math.abs(ribbon!.b.x - colB.left)).toBeLessThan(3);
      checked++;
    }
    expect(checked).toBe(4);
  });

  it('keeps connectors on their passages when the window is resized', async () => {
    const size = app.page.viewportSize()!;
    await app.page.locator(`[data-passage-item="${ks[2]}"]`).click();
    await app.page.setViewportSize({ width: 1000, height: 700 });
    // the text reflows; the view measures again after the resize
    await expect
      .poll(async () => {
        const ribbon = (await ribbonEnds(app.page)).find((r) => r.k === ks[2]);
        const box = await passageBox(app.page, 'a', ks[2]!);
        return ribbon ? Math.abs(Math.min(...ribbon.a.ys) - box.top) < 2 && Math.abs(Math.max(...ribbon.a.ys) - box.bottom) < 2 : false;
      })
      .toBe(true);
    const ribbon = (await ribbonEnds(app.page)).find((r) => r.k === ks[2])!;
    const boxB = await passageBox(app.page, 'b', ks[2]!);
    expect(Math.abs(Math.min(...ribbon.b.ys) - boxB.top)).toBeLessThan(2);
    expect(Math.abs((await columnBox(app.page, 'a')).right - ribbon.a.x)).toBeLessThan(3);
    await app.page.setViewportSize(size);
  });

  it('keeps connectors on their passages while the columns scroll apart', async () => {
    await setSync(false);
    await scrollColumn(app.page, 'b', 400);
    await settle(app.page);
    for (const ribbon of await ribbonEnds(app.page)) {
      if (ribbon.shape !== 'band') continue;
      const boxA = await passageBox(app.page, 'a', ribbon.k);
      const boxB = await passageBox(app.page, 'b', ribbon.k);
      expect(Math.min(...ribbon.a.ys)).toBeCloseTo(boxA.top, -0.5);
      expect(Math.max(...ribbon.b.ys)).toBeCloseTo(boxB.bottom, -0.5);
    }
    await setSync(true);
  });

  it('scrolls the columns independently when sync is off', async () => {
    await setSync(false);
    const before = await app.page.locator('[data-side="b"]').evaluate((el) => el.scrollTop);
    await scrollColumn(app.page, 'a', 900);
    await settle(app.page);
    expect(await app.page.locator('[data-side="b"]').evaluate((el) => el.scrollTop)).toBe(before);
    await setSync(true);
  });

  it('brings the match level with the passage the reader scrolls to (synchronized scrolling)', async () => {
    const view = await columnBox(app.page, 'a');
    const focus = 0.3 * (view.bottom - view.top);
    // the first and last passages sit where the focus line slides towards the column's edge
    for (const [i, p] of pair.planted.entries()) {
      if (i === 0 || i === pair.planted.length - 1 || (i % 2 === 1 && !p.moved)) continue;
      const k = ks[i]!;
      await bringPassageTo(app.page, 'a', k, focus);
      await settle(app.page);
      const boxA = await passageBox(app.page, 'a', k);
      const boxB = await passageBox(app.page, 'b', k);
      const colB = await columnBox(app.page, 'b');
      expect(boxB.top, `passage ${k} in view on B`).toBeGreaterThanOrEqual(colB.top);
      expect(boxB.top).toBeLessThan(colB.bottom);
      expect(Math.abs(boxB.top - boxA.top), `passage ${k} level`).toBeLessThan(4);
    }
  });

  it('follows side B as well when the reader scrolls B', async () => {
    const k = ks[3]!;
    const view = await columnBox(app.page, 'b');
    await bringPassageTo(app.page, 'b', k, 0.3 * (view.bottom - view.top));
    await settle(app.page);
    const boxA = await passageBox(app.page, 'a', k);
    const boxB = await passageBox(app.page, 'b', k);
    expect(Math.abs(boxB.top - boxA.top)).toBeLessThan(4);
  });

  it('steps through passages with j/k and F7/Shift+F7, each pair brought level', async () => {
    await app.page.locator('[data-side="a"]').focus();
    const order = await app.page.locator('[data-passage-item]').evaluateAll((els) => els.map((el) => el.getAttribute('data-passage-item')!));
    const start = await currentPassage(app.page);
    const at = start === null ? -1 : order.indexOf(start);
    await app.page.keyboard.press('j');
    const first = order[(at + 1) % order.length]!;
    await expect.poll(() => currentPassage(app.page)).toBe(first);
    await app.page.keyboard.press('F7');
    const second = order[(at + 2) % order.length]!;
    await expect.poll(() => currentPassage(app.page)).toBe(second);
    await settle(app.page);
    const boxA = await passageBox(app.page, 'a', second);
    const boxB = await passageBox(app.page, 'b', second);
    const colA = await columnBox(app.page, 'a');
    expect(boxA.top).toBeGreaterThanOrEqual(colA.top);
    expect(boxA.top).toBeLessThan(colA.bottom);
    expect(Math.abs(boxA.top - boxB.top)).toBeLessThan(4);
    await app.page.keyboard.press('Shift+F7');
    await expect.poll(() => currentPassage(app.page)).toBe(first);
    await app.page.keyboard.press('k');
    await expect.poll(() => currentPassage(app.page)).toBe(order[(at + order.length) % order.length]);
    // both sides show the current pair
    const current = (await currentPassage(app.page))!;
    expect(await app.page.locator(`[data-side="a"] [data-passage="${current}"].current`).count()).toBeGreaterThan(0);
    expect(await app.page.locator(`[data-side="b"] [data-passage="${current}"].current`).count()).toBeGreaterThan(0);
  });

  it('focuses the pair with Enter', async () => {
    await app.page.locator('[data-side="b"]').focus();
    await app.page.keyboard.press('j');
    const k = await currentPassage(app.page);
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => app.page.evaluate(() => [document.activeElement?.closest('[data-side]')?.getAttribute('data-side'), document.activeElement?.getAttribute('data-passage')]))
      .toEqual(['a', k]);
  });

  it('updates live when the alignment parameters change, without reloading', async () => {
    await app.page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
    const shared = () => app.page.locator('[data-side="a"] .passage.start').count();
    const before = await shared();
    expect(before).toBeGreaterThan(0);
    const minWords = app.page.getByLabel('Shortest passage');
    const defaults = await minWords.inputValue();
    await minWords.fill('300');
    await expect.poll(shared).toBe(0);
    await expect.poll(() => app.page.locator('.compare .summary').innerText()).toMatch(/^0 shared passages/);
    await minWords.fill(defaults);
    await expect.poll(shared).toBe(before);
    expect(await app.page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  });

  it('shows character-level edits when asked', async () => {
    const k = ks[pair.planted.findIndex((p) => p.edited)]!;
    const words = await app.page.locator(`[data-side="a"] [data-passage="${k}"]:is(.delete, .replace-a)`).allInnerTexts();
    await app.page.getByLabel('letter').check();
    await expect
      .poll(async () => (await app.page.locator(`[data-side="a"] [data-passage="${k}"]:is(.delete, .replace-a)`).allInnerTexts()).join('|'))
      .not.toBe(words.join('|'));
    const chars = await app.page.locator(`[data-side="a"] [data-passage="${k}"]:is(.delete, .replace-a)`).allInnerTexts();
    expect(Math.min(...chars.map((t) => t.length))).toBeLessThan(Math.min(...words.map((t) => t.length)));
    await app.page.getByLabel('word', { exact: true }).check();
  });

  it('swaps the sides and keeps the pairs matched', async () => {
    await app.page.getByRole('button', { name: /Swap/ }).click();
    await expect.poll(() => app.page.url()).toMatch(/#\/compare\/b\.txt\/a\.txt$/);
    await comparisonReady(app.page);
    await expect.poll(() => app.page.locator('[data-side="a"] h2').innerText()).toBe('Generated report from the second outlet');
    const p = pair.planted[0]!;
    await expect.poll(() => passageWith(app.page, 'a', p.phrase)).toBeDefined();
    expect(await passageWith(app.page, 'a', p.phrase)).toBe(await passageWith(app.page, 'b', p.phrase));
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
