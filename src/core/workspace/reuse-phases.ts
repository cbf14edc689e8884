/**
 * The two long phases of the folder-wide reuse run: counting the folder (each article prepared
 * once, counted into the folder statistics, its 5-grams and terms kept) and aligning the candidate
 * pairs. Each runs on the run's worker threads when it has them, else on the calling thread in slices that yield between them, so the backend keeps
 * answering and a cancel lands at once. Either way the results are the same, in the same order.
 */
import type { ArticleId } from '../../shared/article';
import type { Corpus } from '../corpus/corpus';
import { termCounts, type TermCounts } from '../story/alike';
import type { Comparer } from './comparer';
import { GramPairs } from './reuse-candidates';
import { figuresOf, type ArticleCounts, type PairFigures } from './reuse-pairs';
import type { ReuseWorkers } from './reuse-threads';

/** Work done between two yields, in milliseconds. */
const SLICE_MS = 30;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface PhaseContext {
  comparer: Comparer;
  /** The run's workers, or null to work on this thread. */
  workers: ReuseWorkers | null;
  /** Aborted when the run is dropped. */
  signal: AbortSignal;
  /** Progress: items done of the phase's total (the caller paces the events). */
  progress(done: number, total: number): void;
}

/** What the counting keeps of the folder: the 5-grams (unless every pair is compared) and the terms. */
export interface Counted {
  grams: GramPairs;
  terms: Map<ArticleId, TermCounts>;
}

/** Counts `ids` into the comparer's folder statistics; null when the run was dropped. */
export async function countFolder(ctx: PhaseContext, corpus: Corpus, ids: readonly ArticleId[], withGrams: boolean): Promise<Counted | null> {
  const grams = new GramPairs();
  const terms = new Map<ArticleId, TermCounts>();
  if (ctx.workers) {
    const articles = ids.map((id) => corpus.articles.get(id)!);
    // the grams are added in the folder's order (an article's index is its place), the rest as it comes
    const byIndex: Uint32Array[] = new Array<Uint32Array>(ids.length);
    await ctx.workers.count(
      articles,
      (i, counts: ArticleCounts) => {
        ctx.comparer.count(articles[i]!, counts);
        terms.set(ids[i]!, { vocab: counts.vocab, counts: counts.counts });
        byIndex[i] = counts.grams;
      },
      { signal: ctx.signal, onProgress: ctx.progress },
    );
    if (withGrams) for (const g of byIndex) grams.addGrams(g);
    return { grams, terms };
  }
  let sliceStart = performance.now();
  for (const id of ids) {
    const doc = ctx.comparer.document(corpus.articles.get(id)!);
    if (withGrams) grams.add(doc);
    terms.set(id, termCounts(doc));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToOthers();
      if (ctx.signal.aborted) return null;
      ctx.progress(terms.size, ids.length);
      sliceStart = performance.now();
    }
  }
  return { grams, terms };
}

/** The figures of `pairs[order[k]]` at place k, aligned in that order; null when the run was dropped. */
export async function alignPairs(
  ctx: PhaseContext,
  corpus: Corpus,
  pairs: readonly (readonly [ArticleId, ArticleId])[],
  order: Uint32Array,
): Promise<(PairFigures | null)[] | null> {
  if (ctx.workers) {
    return ctx.workers.align(corpus, ctx.comparer, pairs, order, { signal: ctx.signal, onProgress: ctx.progress });
  }
  const figures: (PairFigures | null)[] = [];
  let sliceStart = performance.now();
  for (const p of order) {
    const [a, b] = pairs[p]!;
    figures.push(figuresOf(ctx.comparer.compare(corpus.articles.get(a)!, corpus.articles.get(b)!, {}, false).stats));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToOthers();
      if (ctx.signal.aborted) return null;
      ctx.progress(figures.length, pairs.length);
      sliceStart = performance.now();
    }
  }
  return figures;
}
