/**
 * Two 20,000-word articles (generated, with 80-odd shared passages, some edited, some moved): the
 * pair must open in under a second and scroll smoothly with synchronized scrolling on. Timings
 * come from the page's own performance marks and frame times in a real Chromium; the test prints
 * them, so a run's figures can be quoted as they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePair } from '../fixtures/generate-pair';
import { startApp, type AppSession } from './support/app';

interface ScrollRun {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  longTasks: number;
  followed: boolean;
}

describe('compare view on two 20,000-word articles', () => {
  let dir: string;
  let app: AppSession;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-long-'));
    writePair(dir, { words: 20_000, seed: 5 });
    app = await startApp(dir);
    await app.open('#/library');
    await app.page.locator('main#main').waitFor();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the pair, texts and passages, in under a second', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      performance.mark('test:navigate');
      location.hash = '#/compare/a.txt/b.txt';
    });
    await app.page.waitForFunction(() => performance.getEntriesByName('parallax:compare:passages-painted').length > 0, null, { timeout: 20_000 });
    const t = await app.page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
      const start = at('test:navigate');
      return {
        articles: at('parallax:compare:articles') - start,
        textPainted: at('parallax:compare:text-painted') - start,
        compared: at('parallax:compare:compared') - start,
        passagesPainted: at('parallax:compare:passages-painted') - start,
        measure: Math.max(...performance.getEntriesByName('parallax:compare:measure').map((e) => e.duration)),
        longTasks: (window as unknown as { __long: number[] }).__long,
        passages: document.querySelectorAll('[data-side="a"] .start').length,
        words: [...document.querySelectorAll('[data-side]')].map((el) => (el.textContent ?? '').split(/\s+/).length),
      };
    });
    console.log(
      `20,000-word pair (${t.words.join(' / ')} words shown, ${t.passages} passages): articles ${t.articles.toFixed(0)} ms, ` +
        `texts painted ${t.textPainted.toFixed(0)} ms, comparison in ${t.compared.toFixed(0)} ms, passages painted ${t.passagesPainted.toFixed(0)} ms; ` +
        `slowest passage measurement ${t.measure.toFixed(1)} ms; long tasks ${t.longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'} ms`,
    );
    expect(t.passages).toBeGreaterThan(50);
    expect(t.passagesPainted).toBeLessThan(1000);
  });

  async function scrollThrough(side: 'a' | 'b'): Promise<ScrollRun> {
    return app.page.evaluate(async (side) => {
      const pane = document.querySelector<HTMLElement>(`[data-side="${side}"]`)!;
      const other = document.querySelector<HTMLElement>(`[data-side="${side === 'a' ? 'b' : 'a'}"]`)!;
      pane.scrollTop = 0;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const otherStart = other.scrollTop;
      const long: number[] = [];
      const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const deltas: number[] = [];
      let last = performance.now();
      const max = pane.scrollHeight - pane.clientHeight;
      // a steady 200 px per frame, a brisk trackpad fling
      await new Promise<void>((done) => {
        const step = () => {
          const now = performance.now();
          deltas.push(now - last);
          last = now;
          if (pane.scrollTop >= max - 1) return done();
          pane.scrollTop = Math.min(max, pane.scrollTop + 200);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      observer.disconnect();
      deltas.shift();
      const sorted = [...deltas].sort((x, y) => x - y);
      const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
      return { frames: deltas.length, p50: q(0.5), p95: q(0.95), max: sorted.at(-1)!, longTasks: long.length, followed: other.scrollTop !== otherStart };
    }, side);
  }

  it('scrolls smoothly with synchronized scrolling, whichever side leads', async () => {
    for (const side of ['a', 'b'] as const) {
      const run = await scrollThrough(side);
      console.log(
        `scrolling ${side.toUpperCase()} through (${run.frames} frames, the other side following): frame interval p50 ${run.p50.toFixed(1)} ms, ` +
          `p95 ${run.p95.toFixed(1)} ms, max ${run.max.toFixed(1)} ms, long tasks ${run.longTasks}`,
      );
      expect(run.followed).toBe(true);
      expect(run.p95).toBeLessThan(50);
    }
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
