/**
 * passim's output as Parallax's reuse report. passim writes `out.json/`, a directory of `part-*`
 * JSON-lines files, one record per reused passage: the input fields of its article (`id`, `series`,
 * `date`, ...) plus `cluster` (the passages that are one text, reused), `size` (passages in the
 * cluster), `begin` and `end` (character offsets into that article's text, the text Parallax
 * exported), `src` and `pboiler`. Two articles with passages in one cluster share text: the words of
 * each inside its passages are what it shares. Clusters larger than `MAX_CLUSTER` are a formula or a
 * masthead printed everywhere; they are counted, not made into pairs (their pairs grow as the square).
 */
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleId, Span } from '../../shared/article';
import type { ReuseLink, ReuseReport } from '../../shared/reuse';
import type { Corpus } from '../corpus/corpus';
import { firstPublished, mergeSpans, wordsInSpans, type Comparer } from './comparer';
import { outletLinks } from './reuse-outlets';

export const MAX_CLUSTER = 500;

interface PassimPassage {
  id: ArticleId;
  cluster: number;
  begin: number;
  end: number;
}

export interface PassimSummary {
  /** Passages read, and those naming an article not in the folder (another folder's output?). */
  passages: number;
  unknown: number;
  clusters: number;
  /** Clusters too large to pair up. */
  skipped: number;
}

/**
 * Where Parallax looks for passim's output of a folder: `<folder>.passim/out.json` beside it (what
 * `passim <folder>.passim/input.jsonl <folder>.passim` writes); null when there is none.
 */
export async function passimOutputBeside(root: string): Promise<string | null> {
  const dir = `${root.replace(/[\\/]+$/, '')}.passim/out.json`;
  try {
    await passimParts(dir);
    return dir;
  } catch {
    return null;
  }
}

/** The `part-*` files of a passim output directory (`out.json`), in name order. */
export async function passimParts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.startsWith('part-')).sort();
  if (names.length === 0) throw new Error(`${dir} holds no part-* files: not passim's out.json directory`);
  return names.map((n) => join(dir, n));
}

/** Reads the passages of every part file, checking each record has what is needed. */
export async function readPassim(dir: string): Promise<{ passages: PassimPassage[]; files: number; bad: number }> {
  const files = await passimParts(dir);
  const passages: PassimPassage[] = [];
  let bad = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line) as Record<string, unknown>;
      } catch {
        bad++;
        continue;
      }
      const { id, cluster, begin, end } = r;
      if (typeof id !== 'string' || typeof cluster !== 'number' || typeof begin !== 'number' || typeof end !== 'number' || end <= begin) {
        bad++;
        continue;
      }
      passages.push({ id, cluster, begin, end });
    }
  }
  return { passages, files: files.length, bad };
}

/** The reuse report of passim's clusters over `corpus`, counted with Parallax's own words. */
export function passimReport(corpus: Corpus, comparer: Comparer, passages: readonly PassimPassage[], started = performance.now()): { report: ReuseReport; summary: PassimSummary } {
  const clusters = new Map<number, PassimPassage[]>();
  let unknown = 0;
  for (const p of passages) {
    if (!corpus.articles.has(p.id)) {
      unknown++;
      continue;
    }
    clusters.set(p.cluster, [...(clusters.get(p.cluster) ?? []), p]);
  }
  // per pair of articles: the clusters they share, and the spans of each side in them
  const pairs = new Map<string, { a: ArticleId; b: ArticleId; clusters: number; spansA: Span[]; spansB: Span[]; longest: number }>();
  let skipped = 0;
  for (const members of clusters.values()) {
    const ids = [...new Set(members.map((m) => m.id))].sort();
    if (ids.length < 2) continue;
    if (ids.length > MAX_CLUSTER) {
      skipped++;
      continue;
    }
    const spans = new Map(ids.map((id) => [id, members.filter((m) => m.id === id).map((m) => ({ start: m.begin, end: m.end }))]));
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const [a, b] = [ids[x]!, ids[y]!];
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key) ?? { a, b, clusters: 0, spansA: [], spansB: [], longest: 0 };
        pair.clusters++;
        pair.spansA.push(...spans.get(a)!);
        pair.spansB.push(...spans.get(b)!);
        pairs.set(key, pair);
      }
    }
  }
  const links: ReuseLink[] = [];
  for (const p of pairs.values()) {
    const [articleA, articleB] = [corpus.articles.get(p.a)!, corpus.articles.get(p.b)!];
    const [docA, docB] = [comparer.document(articleA), comparer.document(articleB)];
    const sharedWordsA = wordsInSpans(docA, mergeSpans(p.spansA));
    const sharedWordsB = wordsInSpans(docB, mergeSpans(p.spansB));
    const longest = Math.max(...p.spansA.map((s) => wordsInSpans(docA, [s])));
    links.push({
      a: p.a,
      b: p.b,
      passages: p.clusters,
      paraphrases: 0,
      sharedA: docA.tokens.count ? sharedWordsA / docA.tokens.count : 0,
      sharedB: docB.tokens.count ? sharedWordsB / docB.tokens.count : 0,
      sharedWordsA,
      sharedWordsB,
      longestWords: longest,
      firstPublished: firstPublished(articleA, articleB),
    });
  }
  links.sort((x, y) => y.sharedA + y.sharedB - (x.sharedA + x.sharedB) || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  const n = corpus.articles.size;
  const report: ReuseReport = {
    links,
    outlets: outletLinks(links, (id) => corpus.articles.get(id)?.outlet ?? null),
    pairsCompared: pairs.size,
    pairsTotal: (n * (n - 1)) / 2,
    millis: Math.round(performance.now() - started),
    source: 'passim',
  };
  return { report, summary: { passages: passages.length, unknown, clusters: clusters.size, skipped } };
}
