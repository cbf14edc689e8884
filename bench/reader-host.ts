/**
 * Bench section "reader": the reader and the browser host on the largest articles Parallax opens.
 * - In a real Chromium through the browser host: time until the first screen of text is painted,
 *   and the longest task the page ran until the whole text was in it, on a Markdown file holding a
 *   10,000-row table (740 KB, one paragraph) and on a 10 MB plain-text article. Targets: first
 *   screen ≤ 1 s, no task over 100 ms. Median of three runs.
 * - The host's peak memory (process and its worker threads) while 100 `getArticle` calls for the
 *   10 MB article are made at once. Target ≤ 1 GB.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, type AppSession } from '../tests/e2e/support/app';
import { tableArticle } from '../tests/fixtures/generate-table';
import { chromiumAvailable, type BenchRow, type BenchSection } from './section';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;
const CALLS = 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** About `bytes` of plain text: a title, then paragraphs of ordinary words. */
function longArticle(bytes: number): string {
  const words = ['the', 'minister', 'said', 'troops', 'would', 'leave', 'the', 'region', 'before', 'winter', 'according', 'to', 'officials'];
  const paragraphs: string[] = ['A very long report'];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const p = Array.from({ length: 90 }, (_, i) => words[(i * 7 + n) % words.length]).join(' ') + ` (${n++}).`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** Opens `#/read/<id>`: when the first text was painted, and the longest task until the last words are in the page. */
async function timeRead(app: AppSession, id: string, last: string): Promise<{ first: number; longest: number }> {
  await app.open('#/library');
  await app.page.evaluate((target) => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    performance.clearMarks('bench:navigate');
    performance.mark('bench:navigate');
    location.hash = target;
  }, `#/read/${id}`);
  await app.page.locator('article .block').first().waitFor();
  const first = await app.page.evaluate(() => performance.now() - performance.getEntriesByName('bench:navigate')[0]!.startTime);
  // the last block of the last slice holds the last words once the whole text is in; reached from
  // the text's container, found near the top of the page, so that a look costs the page nothing
  // (a selector matched over the whole page, looked at every 100 ms, was a long task of its own)
  await app.page.waitForFunction(
    (words) => document.querySelector('article [data-quotable]')?.lastElementChild?.lastElementChild?.textContent?.includes(words),
    last,
    { timeout: 120_000, polling: 100 },
  );
  const longest = await app.page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  return { first, longest };
}

/** Peak memory of the built host while `CALLS` getArticle calls for `id` are made at once. */
async function hostMemory(folder: string, id: string): Promise<number> {
  const data = mkdtempSync(join(tmpdir(), 'parallax-bench-host-'));
  const child = spawn(process.execPath, ['--import', join(REPO, 'bench/peers/report-rss.mjs'), join(REPO, 'out/main/serve.js'), folder, '--port', '0', '--no-watch'], {
    env: { ...process.env, PARALLAX_DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<URL>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const address = /(http:\/\/\S+token=\S+)/.exec(out);
      if (address && /^Opened /m.test(out)) resolve(new URL(address[1]!));
    }),
  );
  const token = url.searchParams.get('token')!;
  const answers = await Promise.all(
    Array.from({ length: CALLS }, () =>
      fetch(`${url.origin}/api/getArticle`, { method: 'POST', headers: { 'x-parallax-token': token }, body: JSON.stringify({ args: [id] }) }).then((r) => r.arrayBuffer()),
    ),
  );
  if (answers.some((a) => a.byteLength < 10_000_000)) throw new Error('an answer was short');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  rmSync(data, { recursive: true, force: true });
  return Number(/maxrss-kb (\d+)/.exec(err)?.[1] ?? 0) * 1024;
}

export const readerSection: BenchSection = {
  name: 'reader',
  available: chromiumAvailable,
  async run(log) {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-reader-'));
    writeFileSync(join(dir, 'table.md'), tableArticle());
    const long = longArticle(10 * 1024 * 1024 - 4096);
    writeFileSync(join(dir, 'long.txt'), long);
    const lastWords = long.slice(long.lastIndexOf('('));
    const app = await startApp(dir);
    const rows: BenchRow[] = [];
    try {
      // tsx keeps function names with an `__name` helper, which the functions evaluated in the page would call
      await app.page.addInitScript({ content: 'window.__name = (f) => f;' });
      for (const [name, id, last] of [['10,000-row Markdown table (740 KB)', 'table.md', 'cell 9999 with'], ['10 MB plain-text article', 'long.txt', lastWords]] as const) {
        const runs: { first: number; longest: number }[] = [];
        for (let i = 0; i < RUNS; i++) {
          runs.push(await timeRead(app, id, last));
          log(`${name}, run ${i + 1}: first screen ${ms(runs[i]!.first)}, longest task ${ms(runs[i]!.longest)}`);
        }
        const first = median(runs.map((r) => r.first));
        // the page must never be held that long, so the worst run is the figure, not the median
        const longest = Math.max(...runs.map((r) => r.longest));
        log(`${name}: first screen ${ms(first)}, longest task ${ms(longest)}`);
        rows.push({ what: `reader, ${name}: first screen painted`, ours: ms(first), peerName: 'target', peer: '≤ 1000 ms', note: `median of ${RUNS}` });
        rows.push({ what: `reader, ${name}: longest task`, ours: ms(longest), peerName: 'target', peer: '≤ 100 ms', note: `worst of ${RUNS} runs, until the whole text is in the page (0: no task over 50 ms, the longtask API's floor); each run ${runs.map((r) => ms(r.longest)).join(', ')}` });
      }
    } finally {
      await app.close();
    }
    try {
      const peak = await hostMemory(dir, 'long.txt');
      log(`host peak memory with ${CALLS} getArticle calls at once: ${(peak / 1024 / 1024).toFixed(0)} MB`);
      rows.push({ what: `host peak memory, ${CALLS} concurrent getArticle of a 10 MB article`, ours: `${(peak / 1024 / 1024).toFixed(0)} MB`, peerName: 'target', peer: '≤ 1024 MB', note: 'process peak RSS, worker threads included' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
