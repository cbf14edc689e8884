/**
 * The folder-wide run's work on worker threads. Preparing an article and aligning a pair are each a
 * function of their texts (and, for a pair, of the folder statistics), so both phases share out:
 * the folder's articles in batches, whose counts the run's thread adds up; then the pairs, in the
 * order they are visited (reuse-order.ts), in jobs of consecutive pairs, each carrying its articles
 * and the statistics (in shared memory, not copied). Each answer lands at its own place, whatever
 * the timing or the number of workers: the same report as on one thread.
 */
import { availableParallelism } from 'node:os';
import type { Article, ArticleId } from '../../shared/article';
import type { Corpus } from '../corpus/corpus';
import { WorkerPool, type PoolProgress } from '../threads/pool';
import { spawnWorker } from '../threads/spawn-worker';
import type { SharedStats } from '../align/index';
import type { Comparer } from './comparer';
import type { AlignJob, ArticleCounts, PairArticle, PairFigures, ReuseJob, ReuseJobResult } from './reuse-pairs';

/** Articles per counting job. */
const JOB_ARTICLES = 500;
/** Pairs per job: enough that a job's articles are mostly prepared once, small enough to share out evenly. */
const JOB_PAIRS = 400;
/**
 * Characters of text a job carries at most: a job is copied into its worker's heap, and 400 pairs
 * of long articles (up to MAX_REUSE_CHARS each) would not fit in it. A job ends at whichever
 * bound comes first; where the jobs end changes no figure (each lands at its pair's place).
 */
export const JOB_CHARS = 4_000_000;
/** Workers at most: each keeps its own prepared articles, and a folder-wide run is one task among others. */
const MAX_WORKERS = 4;
/**
 * Heap of a worker, in MB: what it holds (prepared articles, the word cache) is well under this;
 * bounded so that its garbage is collected rather than left to grow with the run.
 */
const WORKER_HEAP_MB = 128;

/** Worker threads a run may use here: one per core, up to `MAX_WORKERS`; 1 means the run's own thread. */
export function reuseThreads(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

let runs = 0;

export interface PhaseOptions {
  signal?: AbortSignal;
  onProgress?: PoolProgress;
}

/** The workers of one run, for both phases; `close` lets them go. */
export class ReuseWorkers {
  private readonly run = ++runs;
  private readonly pool: WorkerPool<ReuseJob, ReuseJobResult>;

  constructor(threads: number) {
    this.pool = new WorkerPool<ReuseJob, ReuseJobResult>({
      spawn: () => spawnWorker(import.meta.url, 'reuse-worker', { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
      name: 'reuse worker',
      size: threads,
      // jobs of one phase are the same size but the last: the pool keeps them in order
      sizeOf: (job) => (job.kind === 'count' ? job.articles.length : job.pairs.length / 2),
      idleMillis: 60_000,
      cancelMessage: 'reuse run cancelled',
    });
  }

  /** Prepares `articles` on the workers; `onCounts` hears each article's counts (by its index) as they come. */
  async count(articles: readonly Article[], onCounts: (index: number, counts: ArticleCounts) => void, options: PhaseOptions): Promise<void> {
    const jobs: ReuseJob[] = [];
    for (let start = 0; start < articles.length; start += JOB_ARTICLES) {
      jobs.push({ kind: 'count', articles: articles.slice(start, start + JOB_ARTICLES).map(({ text, blocks }) => ({ text, blocks })) });
    }
    await this.pool.run(jobs, {
      ...options,
      onResult: (job, result) => {
        (result as ArticleCounts[]).forEach((counts, k) => onCounts(job * JOB_ARTICLES + k, counts));
        // counted: what the run keeps is held by the caller, not by the pool's list of results
        result.length = 0;
      },
    });
    // the workers' heaps are let go while the run's thread finds the candidate pairs, when it holds
    // the most: the bench's peak at 100,000 was 2.00 GB with them kept, 1.98 GB without
    await this.pool.terminate();
  }

  /** The figures of `pairs[order[k]]` at place k. */
  async align(
    corpus: Corpus,
    comparer: Comparer,
    pairs: readonly (readonly [ArticleId, ArticleId])[],
    order: Uint32Array,
    options: PhaseOptions,
  ): Promise<(PairFigures | null)[]> {
    const stats = comparer.sharedStats();
    const jobs = alignJobs(pairs, order, (id) => corpus.articles.get(id)!, this.run, stats);
    const results = (await this.pool.run(jobs, options)) as (PairFigures | null)[][];
    return results.flat();
  }

  close(): Promise<void> {
    return this.pool.terminate();
  }
}

/**
 * The pairs, in the visiting `order`, cut into jobs of at most `JOB_PAIRS` pairs and about
 * `maxChars` characters of text (at least one pair a job, however long its articles), each job
 * carrying its articles once.
 */
export function alignJobs(
  pairs: readonly (readonly [ArticleId, ArticleId])[],
  order: Uint32Array,
  article: (id: ArticleId) => Pick<Article, 'text' | 'blocks' | 'date'>,
  run: number,
  stats: SharedStats,
  maxChars = JOB_CHARS,
): AlignJob[] {
  const jobs: AlignJob[] = [];
  for (let start = 0; start < order.length; ) {
    const articles: PairArticle[] = [];
    const index = new Map<ArticleId, number>();
    let chars = 0;
    const at = (id: ArticleId) => {
      let i = index.get(id);
      if (i === undefined) {
        const { text, blocks, date } = article(id);
        index.set(id, (i = articles.length));
        articles.push({ id, text, blocks, date });
        chars += text.length;
      }
      return i;
    };
    const limit = Math.min(order.length, start + JOB_PAIRS);
    const taken: number[] = [];
    for (let k = start; k < limit && (k === start || chars < maxChars); k++) {
      const [a, b] = pairs[order[k]!]!;
      taken.push(at(a), at(b));
    }
    jobs.push({ kind: 'align', run, stats, articles, pairs: Uint32Array.from(taken) });
    start += taken.length / 2;
  }
  return jobs;
}
