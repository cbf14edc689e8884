/**
 * Replies that land late must not undo what the user did meanwhile. Each test holds one of the host's
 * replies back, acts, then lets the reply through and checks that the page still shows what the user
 * chose: the newest action wins, whatever order the network delivers the answers in.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

/** Holds the first request to `/api/<method>` until `release()`; later ones pass at once. */
async function holdFirst(page: Page, method: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let delivered!: () => void;
  const done = new Promise<void>((resolve) => (delivered = resolve));
  let held = false;
  await page.route(`**/api/${method}`, async (route: Route) => {
    if (held) return route.continue();
    held = true;
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
    delivered();
  });
  return {
    /**
     * Lets the held reply through and waits until the page has had it: a task after its delivery
     * (the fetch resolves), then two frames to apply and paint it. Ordered by the page's own event
     * loop, not by a timer.
     */
    async release() {
      release();
      await done;
      await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 0)));
    },
  };
}

describe('late replies', () => {
  let app: AppSession;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-late-'));
    writeFileSync(join(folder, 'story.txt'), 'A wire story\n\nThe minister resigned on Tuesday.');
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps a folder opened while the start-up answer about the sample was on its way', async () => {
    // start-up asks for the folder and the index status together: holding the latter holds the answer
    const status = await holdFirst(app.page, 'getIndexStatus');
    await app.open('#/library');
    await app.page.getByRole('button', { name: /change folder/ }).click();
    await app.page.getByRole('menuitem', { name: /Open folder/ }).click();
    await app.page.fill('#folder-path', folder);
    await app.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(1);
    // the folder's rows can come (by its event) before the answer to opening it, which closes the
    // dialog and goes to the library: the next test's view must not be opened under it
    await expect.poll(() => app.page.locator('dialog[open]').count()).toBe(0);
    await status.release();
    expect(await app.page.locator('tbody tr').count()).toBe(1);
    expect(await app.page.locator('tbody tr').innerText()).toMatch(/A wire story/);
    await app.page.unroute('**/api/getIndexStatus');
  });

  it('keeps the second of two quick toggles when the first one’s reply lands last', async () => {
    await app.open('#/compare/story.txt/story.txt');
    const sync = app.page.getByRole('button', { name: /Sync scroll/ });
    await sync.waitFor();
    const before = await sync.getAttribute('aria-pressed');
    const save = await holdFirst(app.page, 'setPreferences');
    await sync.click();
    await sync.click();
    await expect.poll(() => sync.getAttribute('aria-pressed')).toBe(before);
    await save.release();
    expect(await sync.getAttribute('aria-pressed')).toBe(before);
    await app.page.unroute('**/api/setPreferences');
  });

  it('never marks a re-read article with the match offsets found in its old text', async () => {
    await app.open('#/read/story.txt?q=minister');
    const marks = app.page.locator('article mark.match');
    await expect.poll(() => marks.allInnerTexts()).toEqual(['minister']);
    const find = await holdFirst(app.page, 'findInArticle');
    // a longer opening moves every offset: the old ones would mark the wrong words
    writeFileSync(join(folder, 'story.txt'), 'A wire story\n\nA new and much longer opening paragraph came first.\n\nThe minister resigned on Tuesday.');
    await expect.poll(() => app.page.locator('article').innerText()).toMatch(/much longer opening/);
    // find's answer for the new text is held: nothing may be marked, least of all the wrong words
    expect(await marks.allInnerTexts()).toEqual([]);
    await find.release();
    await expect.poll(() => marks.allInnerTexts()).toEqual(['minister']);
    await app.page.unroute('**/api/findInArticle');
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
