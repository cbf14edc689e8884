/**
 * Two long generated articles (5,000 words each, with shared passages, some edited, some moved,
 * long enough that each column renders in slices): the view must open them with every passage
 * painted and follow a scroll of either column with the other. The bounds here only catch a view
 * that stalls; the targets (two 20,000-word articles open under a second, 60 fps scrolling) are
 * held by `npm run bench -- compare-view`, because a timed test on a shared CI machine measures
 * the machine as much as the code (and the 20,000-word pair cost this suite 20 s). The figures
 * are printed so a run can be quoted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePair } from '../fixtures/generate-pair';
import { startApp, type AppSession } from './support/app';
import { timeOpen, timeScroll } from './support/compare-timing';

describe('compare view on two long articles', () => {
  let dir: string;
  let app: AppSession;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-long-'));
    writePair(dir, { words: 5_000, seed: 5 });
    app = await startApp(dir);
    await app.open('#/library');
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the pair with its passages', async () => {
    const t = await timeOpen(app.page, '#/compare/a.txt/b.txt');
    console.log(
      `5,000-word pair, ${t.passages} passages: texts painted ${t.textPainted.toFixed(0)} ms, ` +
        `comparison ${t.compared.toFixed(0)} ms, passages painted ${t.passagesPainted.toFixed(0)} ms`,
    );
    expect(t.passages).toBeGreaterThan(10);
    expect(t.passagesPainted).toBeLessThan(10_000);
    // "passages painted" is marked once both whole texts are in the page: every passage is there
    expect(await app.page.locator('[data-side="a"] .start').count()).toBe(t.passages);
  });

  it('follows a scroll of either column with the other', async () => {
    for (const side of ['a', 'b'] as const) {
      const run = await timeScroll(app.page, side);
      console.log(`scrolling ${side.toUpperCase()}: ${run.frames} frames, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms`);
      expect(run.followed).toBe(true);
      expect(run.p95).toBeLessThan(500);
    }
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
