/**
 * Bench section 'formats': reading saved web pages. (1) One page of about 200 KB to text and
 * metadata, median of repeated runs on this thread after a few uncounted ones, beside Readability
 * on linkedom alone (parse and `textContent`, no blocks, no metadata). (2) A folder of 2,000 pages opened as the app opens it
 * (extraction pool, cache in a scratch data folder): the first time, then reopened from the cache.
 * The 2,000 pages are the web-pages set's copied into a scratch folder (outside the repository),
 * each copy made distinct by a comment so the cache cannot serve one for another.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow, BenchSection } from './section';

const PAGES = resolve(import.meta.dirname, '../../shared/data/web-pages/pages');
const FOLDER_SIZE = 2000;
const RUNS = 15;
/** Runs made first and not counted, for both readers: a folder's pages are read by code already compiled. */
const WARM_UP = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;

export const formatsSection: BenchSection = {
  name: 'formats',
  async available() {
    return existsSync(PAGES) ? true : `${PAGES} not found`;
  },
  async run(log) {
    const files = readdirSync(PAGES).sort();
    const closest = files.map((f) => [f, statSync(join(PAGES, f)).size] as const).sort((a, b) => Math.abs(a[1] - 200_000) - Math.abs(b[1] - 200_000))[0]!;
    const bytes = new Uint8Array(readFileSync(join(PAGES, closest[0])));
    const { extractHere } = await import('../src/core/corpus/formats/extract-here');
    const { buildArticle } = await import('../src/core/corpus/formats/build-article');
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    // each reader's runs in a block of their own: interleaved, the lighter reader was charged for
    // the collection of the garbage the other left (linkedom leaves much)
    const timed = async (read: () => Promise<void> | void): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < WARM_UP + RUNS; i++) {
        const t = performance.now();
        await read();
        if (i >= WARM_UP) times.push(performance.now() - t);
      }
      return times;
    };
    const ours = await timed(async () => {
      const extraction = await extractHere('html', bytes, closest[0]);
      if (extraction.ok) buildArticle(extraction.docs[0]!, { id: closest[0], format: 'html', bytes: bytes.length, modified: 0 });
    });
    const peer = await timed(() => {
      const { document } = parseHTML(new TextDecoder().decode(bytes));
      void new Readability(document as never).parse()?.textContent;
    });
    log(`page ${closest[0]} (${closest[1]} bytes): ours ${ms(median(ours))}, Readability alone ${ms(median(peer))}`);

    const folder = mkdtempSync(join(tmpdir(), 'parallax-bench-pages-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-data-'));
    try {
      mkdirSync(folder, { recursive: true });
      for (let i = 0; i < FOLDER_SIZE; i++) {
        const f = files[i % files.length]!;
        writeFileSync(join(folder, `${String(i).padStart(4, '0')}-${f}`), Buffer.concat([readFileSync(join(PAGES, f)), Buffer.from(`\n<!-- copy ${i} -->\n`)]));
      }
      const { openCorpus } = await import('../src/core/corpus/corpus');
      let t = performance.now();
      const first = await openCorpus(folder, { dataDir });
      const firstMs = performance.now() - t;
      t = performance.now();
      const again = await openCorpus(folder, { dataDir });
      const againMs = performance.now() - t;
      log(`folder of ${FOLDER_SIZE} pages: first ${s(firstMs)} (${first.articles.size} read), reopened ${s(againMs)} (${again.articles.size})`);
      const rows: BenchRow[] = [
        { what: `one ~200 KB page to text and metadata (median of ${RUNS})`, ours: ms(median(ours)), peerName: 'Readability 0.6 on linkedom alone', peer: ms(median(peer)), note: 'target 20 ms' },
        { what: `open a folder of ${FOLDER_SIZE} saved pages, first time`, ours: s(firstMs), peerName: 'target', peer: '30 s', note: `${first.articles.size} read, ${first.rejected.length} refused` },
        { what: `reopen it (extraction cache)`, ours: s(againMs), peerName: 'target', peer: '2 s' },
      ];
      return rows;
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
