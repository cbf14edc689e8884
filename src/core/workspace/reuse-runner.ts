/**
 * Who shares text with whom across the whole folder. Comparing every pair is quadratic, so pairs
 * are first filtered by what they share: two articles are aligned only when they have rare word
 * 5-grams in common (a 5-gram in many articles is boilerplate and proposes nothing). Small folders
 * are compared exhaustively, which also finds the pairs linked only by paraphrase. The long phases
 * (reuse-phases.ts) run on worker threads, or here in slices that yield between them, so the backend
 * keeps answering and a cancel lands at once; the report is the same either way.
 */
import type { ArticleId } from '../../shared/article';
import type { ReuseLink, ReuseProgress, ReuseReport } from '../../shared/reuse';
import type { Corpus } from '../corpus/corpus';
import { KEPT, type Comparer } from './comparer';
import { alikeSteps } from '../story/alike';
import { allPairs, namedPairs } from './reuse-candidates';
import { visitOrder } from './reuse-order';
import { alignPairs, countFolder, type Counted, type PhaseContext } from './reuse-phases';
import { reuseThreads, ReuseWorkers } from './reuse-threads';
import { outletLinks } from './reuse-outlets';

/** Below this many articles every pair is compared. */
const EXHAUSTIVE_UP_TO = 60;
/**
 * Articles from which worker threads do the work. A folder the comparer keeps prepared whole is
 * aligned here without preparing an article again, faster than workers that prepare it anew.
 */
const THREADS_FROM = KEPT + 1;
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

  /** The pairs' alignment under way on worker threads, stopped when the run is dropped. */
  private abort: AbortController | null = null;
  private readonly threads: number;
  private readonly threadsFrom: number;

  /**
   * `options.threads` workers (one per core unless said) prepare the articles and align the pairs
   * of a folder of `options.threadsFrom` articles or more; a smaller one is done on the calling thread.
   */
  constructor(
    private readonly comparer: Comparer,
    private readonly emit: (progress: ReuseProgress) => void,
    options: { threads?: number; threadsFrom?: number } = {},
  ) {
    this.threads = options.threads ?? reuseThreads();
    this.threadsFrom = options.threadsFrom ?? THREADS_FROM;
  }

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
      this.abort?.abort();
      this.update({ ...this.progress, state: 'cancelled' });
    }
    return this.progress;
  }

  /** Forgets the report, finished or under way (the corpus changed), and says so. */
  reset(): void {
    this.generation++;
    this.abort?.abort();
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
    this.abort?.abort();
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
    const abort = new AbortController();
    this.abort = abort;
    let message = 'Reading articles';
    let lastEmit = 0;
    const progress = (done: number, total: number) => {
      const now = performance.now();
      if (now - lastEmit < PROGRESS_MS || abort.signal.aborted) return;
      lastEmit = now;
      this.update({ state: 'running', done, total, message });
    };
    // small folders are compared exhaustively, which also finds the pairs linked only by paraphrase
    const exhaustive = ids.length <= EXHAUSTIVE_UP_TO;
    const workers = this.threads > 1 && ids.length >= this.threadsFrom ? new ReuseWorkers(this.threads) : null;
    const ctx: PhaseContext = { comparer: this.comparer, workers, signal: abort.signal, progress };
    let links: ReuseLink[];
    let pairs: [ArticleId, ArticleId][];
    let terms: Counted['terms'];
    try {
      // each article is prepared (and counted into the folder statistics) once here, and only what
      // the pairs and the likeness need is kept of it, not the prepared article
      const counted = await countFolder(ctx, corpus, ids, !exhaustive);
      if (!counted || generation !== this.generation) return;
      terms = counted.terms;
      pairs = exhaustive ? allPairs(ids) : namedPairs(ids, counted.grams.pairs());
      message = 'Comparing pairs';
      this.update({ state: 'running', done: 0, total: pairs.length, message });
      // aligned in an order that keeps one article of each pair prepared; listed in the pairs' order
      const order = visitOrder(pairs);
      const figures = await alignPairs(ctx, corpus, pairs, order);
      if (!figures || generation !== this.generation) return;
      const found: (ReuseLink | null)[] = new Array<ReuseLink | null>(pairs.length).fill(null);
      figures.forEach((f, k) => {
        if (f) found[order[k]!] = { a: pairs[order[k]!]![0], b: pairs[order[k]!]![1], ...f };
      });
      links = found.filter((link): link is ReuseLink => link !== null);
    } finally {
      if (this.abort === abort) this.abort = null;
      void workers?.close();
    }
    links.sort((x, y) => y.sharedA + y.sharedB - (x.sharedA + x.sharedB) || y.paraphrases - x.paraphrases);
    // the articles that share no passage, set against the stories by their words
    this.update({ state: 'running', done: pairs.length, total: pairs.length, message: 'Matching rewrites to stories' });
    const linked = new Set(links.filter((l) => l.passages > 0).flatMap((l) => [l.a, l.b]));
    const steps = alikeSteps(ids, terms, linked);
    let sliceStart = performance.now();
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
