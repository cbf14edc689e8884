/**
 * Timing the compare view in a real Chromium: how long a pair takes to open (from the page's own
 * performance marks) and how smoothly it scrolls with synchronized scrolling on (frame intervals
 * while one column is scrolled 200 px a frame). Used by the end-to-end test, which checks the view
 * works on a long pair, and by `npm run bench`, which holds the figures against their targets.
 */
import type { Page } from 'playwright-core';

export interface OpenTiming {
  articles: number;
  textPainted: number;
  compared: number;
  passagesPainted: number;
  measure: number;
  longTasks: number[];
  passages: number;
}

export interface ScrollTiming {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  longTasks: number;
  /** The other column moved: synchronized scrolling followed. */
  followed: boolean;
}

/** Navigates to `hash` and times the compare view until its passages are painted. */
export async function timeOpen(page: Page, hash: string): Promise<OpenTiming> {
  await page.evaluate((target) => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    performance.clearMarks('parallax:compare:passages-painted');
    performance.mark('test:navigate');
    location.hash = target;
  }, hash);
  await page.waitForFunction(() => performance.getEntriesByName('parallax:compare:passages-painted').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => {
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
    };
  });
}

/** Scrolls one column from top to bottom, 200 px a frame, and times the frames. */
export async function timeScroll(page: Page, side: 'a' | 'b'): Promise<ScrollTiming> {
  return page.evaluate(async (side) => {
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
