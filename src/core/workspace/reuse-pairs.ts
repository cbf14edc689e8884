/**
 * Aligning a share of the folder-wide run's pairs away from the thread that counted the folder:
 * what a job carries (the pairs, their articles' texts, the folder statistics in shared memory),
 * and the aligner that answers it, with its own bounded set of prepared articles. A pair's figures
 * are a function of its two texts and the statistics alone, so a pair aligned here gives what the
 * comparer gives on the counting thread.
 */
import type { Article, ArticleId } from '../../shared/article';
import type { ComparisonStats } from '../../shared/comparison';
import type { ReuseLink } from '../../shared/reuse';
import {
  alignDocuments,
  documentCounts,
  prepareDocument,
  resolveOptions,
  statsOf,
  type AlignDocument,
  type DocumentCounts,
  type FolderStats,
  type SharedStats,
} from '../align/index';
import { termCounts, type TermCounts } from '../story/alike';
import { summarize } from './comparer';
import { contentTokens } from './content-tokens';
import { gramHashes } from './reuse-candidates';

/** What a job needs of an article: its text, its blocks (what is content) and its date. */
export type PairArticle = Pick<Article, 'id' | 'text' | 'blocks' | 'date'>;

/** A share of the pairs: `pairs` holds, two by two, indexes into `articles` (first, second). */
export interface AlignJob {
  kind: 'align';
  /** The run the job belongs to: the statistics (and the articles' versions) are the same within one. */
  run: number;
  stats: SharedStats;
  articles: PairArticle[];
  pairs: Uint32Array;
}

/** A share of the folder's articles to prepare and count, in the folder's order. */
export interface CountJob {
  kind: 'count';
  articles: Pick<Article, 'text' | 'blocks'>[];
}

/** What the run keeps of a prepared article: its counts for the folder statistics, its 5-grams and its terms. */
export interface ArticleCounts extends DocumentCounts, TermCounts {
  grams: Uint32Array;
}

/** A job of the reuse workers. */
export type ReuseJob = CountJob | AlignJob;
/** A job's answer: per article of a count job, per pair of an align job. */
export type ReuseJobResult = ArticleCounts[] | (PairFigures | null)[];

/** Prepares an article and says what the run keeps of it. */
export function countsOf(article: Pick<Article, 'text' | 'blocks'>): ArticleCounts {
  const doc = prepareDocument(contentTokens(article));
  return { ...documentCounts(doc), ...termCounts(doc), grams: gramHashes(doc) };
}

/** The buffers of a count job's answer, moved to the caller rather than copied. */
export function countBuffers(result: ArticleCounts[]): ArrayBuffer[] {
  return result.flatMap((c) => [c.trigrams, c.sentences, c.vocab, c.counts, c.grams].map((a) => a.buffer as ArrayBuffer));
}

/** A link without its two ids: what a pair that shares something gives. */
export type PairFigures = Omit<ReuseLink, 'a' | 'b'>;

/** The figures of a pair the comparer aligned, or null when it shares nothing. */
export function figuresOf(stats: ComparisonStats): PairFigures | null {
  if (stats.passages + stats.paraphrases === 0) return null;
  return {
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

/** Prepared articles a worker keeps (the comparer on the counting thread keeps its own). */
export const WORKER_KEPT = 1024;
/**
 * Characters of text the kept articles may hold together: 1,024 news articles hold a few
 * million, and a worker's heap is bounded (reuse-threads.ts), so a folder of long texts keeps fewer.
 */
export const WORKER_KEPT_CHARS = 6_000_000;

/** Pairs aligned between two progress reports. */
const PROGRESS_PAIRS = 50;

/** Aligns jobs' pairs as the comparer would, keeping the last `kept` articles prepared. */
export class PairAligner {
  private run = -1;
  private stats: FolderStats | null = null;
  private readonly prepared = new Map<ArticleId, AlignDocument>();
  private keptChars = 0;

  constructor(
    private readonly kept: number,
    private readonly maxChars = WORKER_KEPT_CHARS,
  ) {}

  /** The figures of each pair of the job, in its order; `progress` hears the pairs done so far. */
  align(job: AlignJob, progress: (done: number) => void = () => {}): (PairFigures | null)[] {
    if (job.run !== this.run || !this.stats) {
      // a new run: new statistics, and articles that may have changed since
      this.run = job.run;
      this.stats = statsOf(job.stats);
      this.prepared.clear();
      this.keptChars = 0;
    }
    const options = resolveOptions({});
    const out: (PairFigures | null)[] = [];
    for (let k = 0; k < job.pairs.length; k += 2) {
      const a = job.articles[job.pairs[k]!]!;
      const b = job.articles[job.pairs[k + 1]!]!;
      const docA = this.document(a);
      const docB = this.document(b);
      const passages = alignDocuments(docA, docB, options, { stats: this.stats, edits: false });
      out.push(figuresOf(summarize(docA, docB, passages, a, b)));
      if (out.length % PROGRESS_PAIRS === 0) progress(out.length);
    }
    return out;
  }

  private document(article: PairArticle): AlignDocument {
    let doc = this.prepared.get(article.id);
    if (doc) this.prepared.delete(article.id);
    else {
      doc = prepareDocument(contentTokens(article));
      this.keptChars += doc.tokens.text.length;
    }
    this.prepared.set(article.id, doc);
    // the oldest go first, never the one just asked for
    while (this.prepared.size > 1 && (this.prepared.size > this.kept || this.keptChars > this.maxChars)) {
      const [oldest, gone] = this.prepared.entries().next().value!;
      this.prepared.delete(oldest);
      this.keptChars -= gone.tokens.text.length;
    }
    return doc;
  }
}
