/**
 * The library of a large folder in Chromium through the browser host: time from loading the page to
 * its first rows painted (the host has the folder open already), and the time of each keystroke of
 * the filter until the next frame.
 */
import { startApp } from '../tests/e2e/support/app';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function libraryTiming(dir: string): Promise<{ paint: number; keystroke: number; keystrokes: number[]; corpusBytes: number }> {
  const app = await startApp(dir);
  try {
    await app.page.addInitScript({ content: 'window.__name = (f) => f;' });
    await app.open('#/library');
    await app.page.locator('tr[data-row]').first().waitFor({ timeout: 300_000 });
    const paints: number[] = [];
    for (let run = 0; run < 3; run++) {
      await app.page.goto(`${app.host.url}&run=${run}#/library`);
      await app.page.locator('tr[data-row]').first().waitFor({ timeout: 300_000 });
      paints.push(await app.page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))));
    }
    const corpusBytes = await app.page.evaluate(
      () => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith('/api/getCorpus'))?.encodedBodySize ?? 0,
    );
    const keystrokes: number[] = [];
    for (const value of ['c', 'co', 'cou', 'coun', 'count', 'coun', 'cou', 'co', 'c', '']) {
      keystrokes.push(
        await app.page.evaluate(async (text) => {
          const input = document.getElementById('library-filter') as HTMLInputElement;
          const t = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t;
        }, value),
      );
    }
    return { paint: median(paints), keystroke: median(keystrokes), keystrokes, corpusBytes };
  } finally {
    await app.close();
  }
}
