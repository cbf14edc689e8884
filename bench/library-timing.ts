/**
 * The library of a large folder in Chromium through the browser host: time from loading the page to
 * its first rows painted (the host has the folder open already), and, once the whole listing is
 * in, the time of each keystroke of the filter until the next frame.
 */
import type { Route } from 'playwright-core';
import { startApp } from '../tests/e2e/support/app';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function libraryTiming(dir: string, dataDir?: string): Promise<{ paint: number; keystroke: number; keystrokes: number[]; corpusBytes: number; listingBytes: number }> {
  // a prepared data directory: the host opens the folder from its cache, with its index built,
  // as when the app is started again; the first run prepares it (the address comes first then)
  const app = await startApp(dir, dataDir ? { env: { PARALLAX_DATA_DIR: dataDir }, addressOnly: true } : undefined);
  try {
    await app.page.addInitScript({ content: 'window.__name = (f) => f;' });
    // the frame in which the first row appears, seen from inside the page: asking from outside
    // (a locator polling, then an evaluate) adds the test driver's delays, and on a busy machine
    // they were most of the figure
    await app.page.addInitScript({
      content: `window.__firstRows = new Promise((resolve) => {
        const seen = () => document.querySelector('tr[data-row]') && (requestAnimationFrame(() => resolve(performance.now())), true);
        const watch = new MutationObserver(() => seen() && watch.disconnect());
        watch.observe(document, { childList: true, subtree: true });
      });`,
    });
    await app.open('#/library');
    await app.page.locator('tr[data-row]').first().waitFor({ timeout: 300_000 });
    // the pages are timed against a host at rest, not one still indexing the folder
    for (;;) {
      const status = await fetch(`${app.host.origin}/api/getIndexStatus`, { method: 'POST', headers: { 'x-parallax-token': app.host.token }, body: '{"args":[]}' });
      if (((await status.json()) as { value?: { state?: string } }).value?.state === 'ready') break;
      await app.page.waitForTimeout(1000);
    }
    const paints: number[] = [];
    for (let run = 0; run < 3; run++) {
      await app.page.goto(`${app.host.url}&run=${run}#/library`);
      paints.push(await app.page.evaluate(() => (window as unknown as { __firstRows: Promise<number> }).__firstRows));
    }
    // the first rows paint from the corpus's head; the keystrokes filter the whole listing
    const wholeListing = () =>
      app.page.waitForFunction(() => {
        const rows = Number(document.querySelector('table.data')?.getAttribute('aria-rowcount')) - 1;
        return rows === Number(/([\d,]+) articles?/.exec(document.getElementById('compare-hint')?.textContent ?? '')?.[1]?.replace(/,/g, ''));
      }, undefined, { timeout: 300_000 });
    await wholeListing();
    // the replies' sizes, from one more load watched by the context's routes (the page's calls go
    // through its reply worker, whose requests the page's own timeline does not hold), untimed
    const sizes = new Map<string, number>();
    const watch = async (route: Route) => {
      const name = /\/api\/(getCorpus|getListing)$/.exec(route.request().url())?.[1];
      if (!name) return route.fallback();
      const response = await route.fetch();
      const body = await response.body();
      sizes.set(name, body.length);
      await route.fulfill({ response, body });
    };
    await app.page.context().route('**/api/**', watch);
    await app.page.reload();
    await wholeListing();
    await app.page.context().unroute('**/api/**', watch);
    const corpusBytes = sizes.get('getCorpus') ?? 0;
    const listingBytes = sizes.get('getListing') ?? 0;
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
    return { paint: median(paints), keystroke: median(keystrokes), keystrokes, corpusBytes, listingBytes };
  } finally {
    await app.close();
  }
}
