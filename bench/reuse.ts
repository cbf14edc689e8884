/**
 * Bench section "reuse": the folder-wide reuse run, as the shared-text view and `cli reuse` run it
 * (folder opened, every article prepared, candidate pairs aligned), on METER's development half
 * (news and PA texts together) and on BBC News. Beside each, the plain word-3-gram yardstick on
 * the same texts in the same run: every pair of articles sharing a word trigram scored by
 * containment through an inverted index, which is what the cheapest reuse detector does.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openCorpus, type Corpus } from '../src/core/corpus/corpus';
import { gramText } from '../src/core/eval/word-grams';
import { Comparer } from '../src/core/workspace/comparer';
import { reuseReport } from '../src/core/workspace/reuse-runner';
import type { BenchRow, BenchSection } from './section';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const FOLDERS = [
  { name: 'METER dev, news + PA', dir: DATA + 'meter-dev' },
  { name: 'BBC News', dir: DATA + 'bbc-news' },
];

/** The yardstick: containment of each article's trigrams in every other article sharing one. */
function trigramPairs(corpus: Corpus): number {
  const grams = [...corpus.articles.values()].map((a) => gramText(a.text).set);
  const postings = new Map<string, number[]>();
  grams.forEach((set, i) => {
    for (const g of set) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > 50) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) shared.set(list[x]! * grams.length + list[y]!, (shared.get(list[x]! * grams.length + list[y]!) ?? 0) + 1);
  }
  let linked = 0;
  for (const [key, n] of shared) {
    const x = Math.floor(key / grams.length);
    const y = key % grams.length;
    if (n / Math.max(1, Math.min(grams[x]!.size, grams[y]!.size)) >= 0.1) linked++;
  }
  return linked;
}

export const reuseSection: BenchSection = {
  name: 'reuse',
  async available() {
    const missing = FOLDERS.filter((f) => !existsSync(f.dir));
    return missing.length === 0 ? true : `data not found: ${missing.map((f) => f.dir).join(', ')} (see ../shared/data/README.md)`;
  },
  async run(log) {
    const rows: BenchRow[] = [];
    for (const folder of FOLDERS) {
      log(`${folder.name}: opening...`);
      const corpus = await openCorpus(folder.dir);
      const t0 = performance.now();
      const report = await reuseReport(corpus, new Comparer());
      const ours = performance.now() - t0;
      const t1 = performance.now();
      const linked = trigramPairs(corpus);
      const peer = performance.now() - t1;
      const copies = report.links.filter((l) => l.passages > 0).length;
      rows.push({
        what: `folder-wide reuse run, ${folder.name} (${corpus.articles.size.toLocaleString('en-US')} texts)`,
        ours: `${(ours / 1000).toFixed(2)} s`,
        peer: `${(peer / 1000).toFixed(2)} s`,
        peerName: 'word 3-gram containment',
        note: `${report.pairsCompared.toLocaleString('en-US')} pairs aligned, ${copies.toLocaleString('en-US')} share passages; the yardstick links ${linked.toLocaleString('en-US')} pairs at containment ≥ 0.1 and aligns nothing`,
      });
    }
    return rows;
  },
};
