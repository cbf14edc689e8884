/**
 * Who shares text with whom across the whole folder. Comparing every pair is quadratic, so pairs
 * are first filtered by what they share: two articles are aligned only when they have rare word
 * 5-grams in common (a 5-gram in many articles is boilerplate and proposes nothing). Small folders
 * are compared exhaustively, which also finds the pairs linked only by paraphrase. The work runs in
 * slices that yield between them, so the backend keeps answering and a cancel lands at once.
 */
import type { ArticleId } from '../../shared/article';
import type { ReuseLink, ReuseProgress, ReuseReport } from '../../shared/reuse';
import type { Corpus } from '../corpus/corpus';
import type { Comparer } from './comparer';
import { alikeSteps, termCounts, type TermCounts } from '../story/alike';
import { allPairs, GramPairs, namedPairs } from './reuse-candidates';
import { visitOrder } from './reuse-order';
import { outletLinks } from './reuse-outlets';

/** Below this many articles every pair is compared. */
const EXHAUSTIVE_UP_TO = 60;
/** Work done between two yields, in milliseconds. */
const SLICE_MS = 30;
/** Least interval between two progress events. */
const PROGRESS_MS = 100;
/**
 * Articles longer than this (in characters; a long news article is well under 100,000) are left
 * out of the whole-folder analysis and named in the report: reading or aligning one runs in one
 * piece on the backend's thread, and a 10 MB text held every other call (the reader's) for seconds.
 */
export const MAX_REUSE_CHARS = 1_000_000;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ReuseRunner {
  private progress: ReuseProgress = { state: 'idle', done: 0, total: 0 };
  private result: ReuseReport | null = null;
  private generation = 0;

  constructor(
    private readonly comparer: Comparer,
    private readonly emit: (progress: ReuseProgress) => void,
  ) {}

  /** Starts the analysis of `corpus` unless it is running or done; returns the progress. */
  start(corpus: Corpus): ReuseProgress {
    if (this.progress.state === 'running' || this.progress.state === 'done') return this.progress;
    const generation = ++this.generation;
    this.result = null;
    void this.run(corpus, generation).catch((error: unknown) => {
      if (generation !== this.generation) return;
      this.update({ state: 'error', done: 0, total: 0, message: error instanceof Error ? error.message : String(error) });
    });
    return this.progress;
  }

  cancel(): ReuseProgress {
    if (this.progress.state === 'running') {
      this.generation++;
      this.update({ ...this.progress, state: 'cancelled' });
    }
    return this.progress;
  }

  /** Forgets the report, finished or under way (the corpus changed), and says so. */
  reset(): void {
    this.generation++;
    this.result = null;
    const wasIdle = this.progress.state === 'idle';
    this.progress = { state: 'idle', done: 0, total: 0 };
    if (!wasIdle) this.emit(this.progress);
  }

  /** Regroups a finished report by the articles' outlets as they read now (after a correction). */
  relabel(corpus: Corpus): void {
    if (!this.result) return;
    this.result = { ...this.result, outlets: outletLinks(this.result.links, (id) => corpus.articles.get(id)?.outlet ?? null) };
    // 'done' again: a window showing the report fetches it anew
    this.emit(this.progress);
  }

  report(): ReuseReport | null {
    return this.result;
  }

  /** Where the analysis stands. */
  state(): ReuseProgress {
    return this.progress;
  }

  /** Takes a report made elsewhere (passim's clusters) as the finished analysis, stopping any run. */
  adopt(report: ReuseReport): ReuseProgress {
    this.generation++;
    this.result = report;
    this.update({ state: 'done', done: report.pairsCompared, total: report.pairsCompared, message: report.source === 'passim' ? 'Read from passim' : undefined });
    return this.progress;
  }

  private update(progress: ReuseProgress): void {
    this.progress = progress;
    this.emit(progress);
  }

  private async run(corpus: Corpus, generation: number): Promise<void> {
    const started = performance.now();
    const tooLong = [...corpus.articles.values()].filter((a) => a.text.length > MAX_REUSE_CHARS).map((a) => a.id);
    const ids = [...corpus.articles.keys()].filter((id) => corpus.articles.get(id)!.text.length <= MAX_REUSE_CHARS);
    this.update({ state: 'running', done: 0, total: ids.length, message: 'Reading articles' });
    // the caller gets 'running' back before any work is done, whatever the folder's size
    await yieldToOthers();
    if (generation !== this.generation) return;
    // each article is prepared (and counted into the folder statistics) once here, and only what
    // the pairs and the likeness need is kept of it: the comparer keeps a bounded number of
    // prepared articles, not the folder's
    const exhaustive = ids.length <= EXHAUSTIVE_UP_TO;
    const grams = new GramPairs();
    const terms = new Map<ArticleId, TermCounts>();
    let sliceStart = performance.now();
    for (const id of ids) {
      const doc = this.comparer.document(corpus.articles.get(id)!);
      if (!exhaustive) grams.add(doc);
      terms.set(id, termCounts(doc));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToOthers();
        if (generation !== this.generation) return;
        this.update({ state: 'running', done: terms.size, total: ids.length, message: 'Reading articles' });
        sliceStart = performance.now();
      }
    }
    const pairs = exhaustive ? allPairs(ids) : namedPairs(ids, grams.pairs());
    // aligned in an order that keeps one article of each pair prepared; listed in the pairs' order
    const order = visitOrder(pairs);
    const found: (ReuseLink | null)[] = new Array<ReuseLink | null>(pairs.length).fill(null);
    let lastEmit = 0;
    sliceStart = performance.now();
    for (let i = 0; i < order.length; i++) {
      const [a, b] = pairs[order[i]!]!;
      const comparison = this.comparer.compare(corpus.articles.get(a)!, corpus.articles.get(b)!, {}, false);
      const { stats } = comparison;
      if (stats.passages + stats.paraphrases > 0) {
        found[order[i]!] = {
          a,
          b,
          passages: stats.passages,
          paraphrases: stats.paraphrases,
          sharedA: stats.sharedA,
          sharedB: stats.sharedB,
          sharedWordsA: stats.sharedWordsA,
          sharedWordsB: stats.sharedWordsB,
          longestWords: stats.longestWords,
          firstPublished: stats.firstPublished,
        };
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToOthers();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
        if (sliceStart - lastEmit > PROGRESS_MS) {
          lastEmit = sliceStart;
          this.update({ state: 'running', done: i + 1, total: pairs.length, message: 'Comparing pairs' });
        }
      }
    }
    const links = found.filter((link): link is ReuseLink => link !== null);
    links.sort((x, y) => y.sharedA + y.sharedB - (x.sharedA + x.sharedB) || y.paraphrases - x.paraphrases);
    // the articles that share no passage, set against the stories by their words
    this.update({ state: 'running', done: pairs.length, total: pairs.length, message: 'Matching rewrites to stories' });
    const linked = new Set(links.filter((l) => l.passages > 0).flatMap((l) => [l.a, l.b]));
    const steps = alikeSteps(ids, terms, linked);
    sliceStart = performance.now();
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToOthers();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    const alike = step.value;
    const n = ids.length;
    this.result = {
      links,
      ...(alike.length ? { alike } : {}),
      outlets: outletLinks(links, (id) => corpus.articles.get(id)?.outlet ?? null),
      pairsCompared: pairs.length,
      pairsTotal: (n * (n - 1)) / 2,
      millis: Math.round(performance.now() - started),
      ...(tooLong.length ? { tooLong } : {}),
    };
    this.update({ state: 'done', done: pairs.length, total: pairs.length });
  }
}

/** Runs the analysis of `corpus` to its end and resolves to the report (the command line, evaluations, benches). */
export function reuseReport(corpus: Corpus, comparer: Comparer): Promise<ReuseReport> {
  return new Promise((resolve, reject) => {
    const runner = new ReuseRunner(comparer, (p) => {
      if (p.state === 'done') resolve(runner.report()!);
      else if (p.state === 'error' || p.state === 'cancelled') reject(new Error(p.message ?? p.state));
    });
    runner.start(corpus);
  });
}
