import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('the app follows the folder on disk', () => {
  let folder: string;
  let app: AppSession;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-follow-'));
    writeFileSync(join(folder, 'story.txt'), 'Port strike\n\nDockworkers walked out on Monday.\n\nThe union said talks had failed.');
    writeFileSync(join(folder, 'other.txt'), 'Weather\n\nRain is expected.');
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists an article added to the folder, and drops one removed', async () => {
    await app.open('#/library');
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(2);
    writeFileSync(join(folder, 'new.md'), '# Fresh report\n\nJust in.');
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(3);
    unlinkSync(join(folder, 'other.txt'));
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(2);
  });

  it('shows the new text of the article being read when its file is edited, matches in the right places', async () => {
    await app.open('#/read/story.txt?q=talks');
    await expect.poll(() => app.page.locator('article mark.match').allInnerTexts()).toEqual(['talks']);
    writeFileSync(
      join(folder, 'story.txt'),
      'Port strike\n\nA new opening paragraph, inserted before the rest of the story, moves every offset.\n\nDockworkers walked out on Monday.\n\nThe union said talks had failed.',
    );
    await expect.poll(() => app.page.locator('article').innerText()).toMatch(/A new opening paragraph/);
    await expect.poll(() => app.page.locator('article mark.match').allInnerTexts()).toEqual(['talks']);
  });

  it('shows the whole new text when find answers for it before its first frame', async () => {
    await app.open('#/read/story.txt?q=talks');
    await expect.poll(() => app.page.locator('article mark.match').allInnerTexts()).toEqual(['talks']);
    // the page's animation frames held back: find's answer for the new text then comes before
    // the frame that lays out its first screen, as it did at random on a busy machine
    await app.page.evaluate(() => {
      const held = new Map<number, FrameRequestCallback>();
      let next = 1;
      const w = window as unknown as { releaseFrames: () => void };
      const real = { request: window.requestAnimationFrame.bind(window), cancel: window.cancelAnimationFrame.bind(window) };
      window.requestAnimationFrame = (callback) => (held.set(next, callback), next++);
      window.cancelAnimationFrame = (id) => void held.delete(id);
      w.releaseFrames = () => {
        window.requestAnimationFrame = real.request;
        window.cancelAnimationFrame = real.cancel;
        for (const callback of held.values()) real.request(callback);
        held.clear();
      };
    });
    writeFileSync(join(folder, 'story.txt'), 'Port strike\n\nA second edit, still before the rest.\n\nDockworkers walked out on Monday.\n\nThe union said talks had failed.');
    // laid out up to the match by find's answer alone, while no frame has come
    await expect.poll(() => app.page.locator('article').innerText()).toMatch(/A second edit/);
    await app.page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
    await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await app.page.locator('article').innerText()).toMatch(/A second edit[\s\S]*The union said talks had failed/);
    await expect.poll(() => app.page.locator('article mark.match').allInnerTexts()).toEqual(['talks']);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
