/**
 * The README's pictures of the compare view: seeds 001 and 003 with the republished paragraph
 * selected, in the light and the dark theme. Every run takes them (so a theme that breaks the
 * view breaks this test: console errors, an unreadable page); they are written to docs/ only when
 * PARALLAX_SCREENSHOTS=1, so an ordinary test run leaves the working tree alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonReady, settle } from './compare-helpers';
import { ROOT } from './support/host';
import { startApp, type AppSession } from './support/app';

const A = '001_74c4f560c382ad0f.txt';
const B = '003_d2ce4ca12b793fba.txt';

describe('compare view screenshots', () => {
  let app: AppSession;
  let scratch: string;
  const target = process.env.PARALLAX_SCREENSHOTS === '1' ? join(ROOT, 'docs') : null;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'parallax-shots-'));
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(['light', 'dark'] as const)('shows seeds 001 and 003 with the shared paragraph level, %s theme', async (theme) => {
    await app.page.emulateMedia({ colorScheme: theme });
    await app.open(`#/compare/${A}/${B}`);
    await comparisonReady(app.page);
    // the second theme's open() is the same address (no reload): the page hears of the new colour
    // scheme from a media query change event at its next frame, which can come after this line
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // the republished paragraph as the current pair: both sides level, the ribbon between them
    await app.page.locator('[data-passage-item]', { hasText: 'There are nearly 2,500' }).click();
    await settle(app.page);
    await app.page.locator('[data-side="a"]').focus();
    await app.page.mouse.move(0, 0);
    const path = join(target ?? scratch, `compare-${theme}.png`);
    await app.page.screenshot({ path });
    const colours = await app.page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-side="a"]')!);
      return { background: style.backgroundColor, text: style.color };
    });
    expect(colours.background).not.toBe(colours.text);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
