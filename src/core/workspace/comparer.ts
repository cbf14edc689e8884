/**
 * Comparisons of two articles with the alignment engine. A prepared article is kept while it is
 * among the last `KEPT` used, so comparing one article with many others (the picker, the
 * folder-wide reuse run) prepares it once, and memory stays bounded on a folder of 100,000 (a
 * prepared article is some 20 kB). Every article prepared also counts, once per version, into
 * the folder statistics the engine uses to recognize boilerplate (a sentence found in many
 * articles); once the reuse run has prepared the whole folder, single comparisons benefit from it
 * too. An article prepared again after it was let go is not counted again.
 */
import type { Article, ArticleId, ArticleMeta, Span } from '../../shared/article';
import type { AlignOptions, Comparison, ComparisonStats, Passage } from '../../shared/comparison';
import {
  addCounts,
  addToStats,
  alignDocuments,
  emptyStats,
  prepareDocument,
  removeFromStats,
  resolveOptions,
  shareStats,
  type DocumentCounts,
  type FolderStats,
  type SharedStats,
  type AlignDocument,
} from '../align/index';
import { metaOf } from '../corpus/corpus';
import { contentTokens } from './content-tokens';

interface Prepared {
  article: Article;
  doc: AlignDocument;
}

/** Prepared articles kept, the most recently used (about 80 MB). */
export const KEPT = 4096;

/** What a comparison was made from: the same inputs give the same passages. */
interface Made {
  a: Article;
  b: Article;
  /** Options and both articles' metadata, as JSON. */
  options: string;
  /** `statsVersion` when it was made. */
  version: number;
  comparison: Comparison;
}

export class Comparer {
  /** The last `KEPT` articles prepared or used, least recently used first. */
  private readonly prepared = new Map<ArticleId, Prepared>();
  /** The version of each article counted into `stats`. */
  private readonly counted = new Map<ArticleId, Article>();
  private stats: FolderStats = emptyStats();
  /** Changes with every document counted into `stats` or taken back from them. */
  private statsVersion = 0;
  /** The last statistics shared, with the version they were taken at. */
  private shared: { version: number; stats: SharedStats } | null = null;
  /** The last comparison with edits: what the view shows, which an export of the same pair reuses. */
  private last: Made | null = null;

  /** The prepared form of an article, computed on first use and kept while it is among the last used. */
  document(article: Article): AlignDocument {
    const cached = this.prepared.get(article.id);
    if (cached && cached.article === article) {
      this.prepared.delete(article.id);
      this.prepared.set(article.id, cached);
      return cached.doc;
    }
    const doc = prepareDocument(contentTokens(article));
    if (this.counted.get(article.id) !== article) {
      if (this.counted.has(article.id)) this.forget([article.id]);
      addToStats(this.stats, doc);
      this.statsVersion++;
      this.counted.set(article.id, article);
    }
    this.prepared.delete(article.id);
    this.prepared.set(article.id, { article, doc });
    if (this.prepared.size > KEPT) this.prepared.delete(this.prepared.keys().next().value!);
    return doc;
  }

  /** The folder statistics as they stand, in shared memory for other threads to align with. */
  sharedStats(): SharedStats {
    if (this.shared?.version !== this.statsVersion) this.shared = { version: this.statsVersion, stats: shareStats(this.stats) };
    return this.shared.stats;
  }

  /**
   * Counts an article into the folder statistics by what another thread found in it (`counts`
   * of its prepared form), as `document` would; nothing is kept prepared.
   */
  count(article: Article, counts: DocumentCounts): void {
    if (this.counted.get(article.id) === article) return;
    if (this.counted.has(article.id)) this.forget([article.id]);
    addCounts(this.stats, counts);
    this.statsVersion++;
    this.counted.set(article.id, article);
  }

  /** Articles counted into the folder statistics. */
  get countedArticles(): number {
    return this.stats.documents;
  }

  /** Drops what was prepared and counted for these articles (they changed or went away). */
  forget(ids: Iterable<ArticleId>): void {
    for (const id of ids) {
      const article = this.counted.get(id);
      if (!article) continue;
      // the version counted is taken back from the counts: prepared anew if it was let go
      const kept = this.prepared.get(id);
      removeFromStats(this.stats, kept && kept.article === article ? kept.doc : prepareDocument(contentTokens(article)));
      this.counted.delete(id);
      this.prepared.delete(id);
      this.statsVersion++;
    }
  }

  clear(): void {
    this.prepared.clear();
    this.counted.clear();
    this.last = null;
    this.stats = emptyStats();
    this.statsVersion++;
  }

  /**
   * Aligns two articles and summarizes what they share. With `edits: false` the passages come
   * without the edits a reader would see (the accounting is the same): what the folder-wide reuse
   * run asks for.
   */
  compare(a: Article, b: Article, overrides: Partial<AlignOptions> = {}, edits = true): Comparison {
    const options = resolveOptions(overrides);
    const started = performance.now();
    const docA = this.document(a);
    const docB = this.document(b);
    // an export asks again for the pair the view just showed: the same articles, metadata (a
    // correction edits it in place), options and folder statistics give the same comparison, so
    // the alignment is not run twice
    const metaA = metaOf(a);
    const metaB = metaOf(b);
    const key = JSON.stringify([options, metaA, metaB]);
    const last = this.last;
    if (edits && last && last.a === a && last.b === b && last.options === key && last.version === this.statsVersion) {
      return last.comparison;
    }
    const passages = alignDocuments(docA, docB, options, { stats: this.stats, edits });
    const stats = summarize(docA, docB, passages, metaA, metaB);
    stats.millis = Math.round((performance.now() - started) * 10) / 10;
    const comparison = { a: metaA, b: metaB, options, passages, stats };
    if (edits) this.last = { a, b, options: key, version: this.statsVersion, comparison };
    return comparison;
  }
}

/** The union of spans, sorted and with overlapping or touching spans merged. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Words of `doc` that start inside one of `spans`. */
export function wordsInSpans(doc: AlignDocument, spans: Span[]): number {
  const merged = mergeSpans(spans);
  const starts = doc.tokens.starts;
  let words = 0;
  let s = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    const at = starts[i]!;
    while (s < merged.length && merged[s]!.end <= at) s++;
    if (s < merged.length && merged[s]!.start <= at) words++;
  }
  return words;
}

/** The spans of one side that count as shared: what the passages kept (paraphrases keep nothing). */
export function sharedSpans(passages: Passage[], side: 'a' | 'b'): Span[] {
  return passages.flatMap((p) => p.kept[side]);
}

/** Which of two articles came out first, by their dates (days, unless both give a time); null when either is undated. */
export function firstPublished(a: Pick<ArticleMeta, 'date'>, b: Pick<ArticleMeta, 'date'>): ComparisonStats['firstPublished'] {
  if (!a.date || !b.date) return null;
  // a date without a time says nothing about the hour: compare days unless both give a time
  const withTime = a.date.length > 10 && b.date.length > 10;
  const da = withTime ? a.date : a.date.slice(0, 10);
  const db = withTime ? b.date : b.date.slice(0, 10);
  return da === db ? 'same' : da < db ? 'a' : 'b';
}

/** What two articles' passages come to: shares, words, counts and which came out first. */
export function summarize(
  docA: AlignDocument,
  docB: AlignDocument,
  passages: Passage[],
  a: Pick<ArticleMeta, 'date'>,
  b: Pick<ArticleMeta, 'date'>,
): ComparisonStats {
  const shared = passages.filter((p) => p.kept.a.length + p.kept.b.length > 0);
  const longest = shared.reduce((max, p) => Math.max(max, p.words.keptA), 0);
  const sharedWordsA = wordsInSpans(docA, sharedSpans(passages, 'a'));
  const sharedWordsB = wordsInSpans(docB, sharedSpans(passages, 'b'));
  return {
    sharedA: docA.tokens.count === 0 ? 0 : sharedWordsA / docA.tokens.count,
    sharedB: docB.tokens.count === 0 ? 0 : sharedWordsB / docB.tokens.count,
    sharedWordsA,
    sharedWordsB,
    longestWords: longest,
    passages: shared.length,
    paraphrases: passages.length - shared.length,
    firstPublished: firstPublished(a, b),
    millis: 0,
  };
}
