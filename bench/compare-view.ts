/**
 * Bench section "compare-view": the compare view on two generated 20,000-word articles in a real
 * Chromium through the browser host: time until both texts and all passages are painted, and the
 * frame intervals while either column is scrolled with synchronized scrolling on. The issue names
 * no peer for these, so each figure stands beside its target. Median of three runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePair } from '../tests/fixtures/generate-pair';
import { startApp } from '../tests/e2e/support/app';
import { timeOpen, timeScroll } from '../tests/e2e/support/compare-timing';
import { chromiumAvailable, type BenchRow, type BenchSection } from './section';

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

export const compareViewSection: BenchSection = {
  name: 'compare-view',
  available: chromiumAvailable,
  async run(log) {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-view-'));
    writePair(dir, { words: 20_000, seed: 5 });
    const app = await startApp(dir);
    try {
      // tsx keeps function names with an `__name` helper, which the functions evaluated in the
      // page would call; the page gets a no-op one (vitest, which runs the same code, needs none)
      await app.page.addInitScript({ content: 'window.__name = (f) => f;' });
      await app.open('#/library');
      const open: number[] = [];
      const text: number[] = [];
      const p95: number[] = [];
      const p50: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await app.open('#/library');
        const t = await timeOpen(app.page, '#/compare/a.txt/b.txt');
        open.push(t.passagesPainted);
        text.push(t.textPainted);
        for (const side of ['a', 'b'] as const) {
          const s = await timeScroll(app.page, side);
          p95.push(s.p95);
          p50.push(s.p50);
        }
        log(`run ${i + 1}: text ${ms(t.textPainted)}, passages ${ms(t.passagesPainted)} (${t.passages} passages)`);
      }
      const rows: BenchRow[] = [
        { what: '20,000-word pair: texts painted', ours: ms(median(text)), peerName: 'target', peer: '—', note: 'shown before alignment returns' },
        { what: '20,000-word pair: all passages painted', ours: ms(median(open)), peerName: 'target', peer: '≤ 1000 ms' },
        {
          what: 'sync scroll frame interval p50 / p95',
          ours: `${median(p50).toFixed(1)} / ${median(p95).toFixed(1)} ms`,
          peerName: 'target',
          peer: '60 fps = 16.7 ms',
          note: '200 px a frame, either side leading',
        },
      ];
      return rows;
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
