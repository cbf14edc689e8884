/**
 * What search reads of the open folder's articles: each article's indexed text (its headline
 * words and body ranges), kept between searches while the article object is the same, and, for
 * phrase search, warmed ahead of the first phrase typed.
 */
import type { ArticleId } from '../../shared/article';
import type { Corpus } from '../corpus/corpus';
import type { IndexedText } from './index/shard';
import { indexedText } from './index/shard-build';
import { hasAccents } from './query/written-forms';
import { wordFilterOf } from './index/word-filter';

/** Articles whose indexed text is kept between searches. */
const DOC_CACHE = 20_000;

/** Longest stretch of warming work before the thread is given back. */
const WARM_SLICE_MS = 8;

export class IndexedDocs {
  private readonly docs = new Map<ArticleId, { article: unknown; doc: IndexedText }>();

  /** The indexed text of article `id` of `corpus`, or null when the folder has no such article. */
  of(corpus: Corpus, id: ArticleId): IndexedText | null {
    const article = corpus.articles.get(id);
    if (!article) return null;
    // the same article object gives the same indexed text: kept between searches
    const known = this.docs.get(id);
    if (known && known.article === article) return known.doc;
    const made = indexedText(article);
    if (this.docs.size >= DOC_CACHE) this.docs.clear();
    this.docs.set(id, { article, doc: made });
    return made;
  }

  clear(): void {
    this.docs.clear();
  }

  /**
   * Prepares what a phrase search reads of every article (its word filter, whether it has
   * accented letters) in short slices, so that the first phrase typed is as fast as the next.
   * The slices yield to everything else the thread does and stop once `current` says no (another
   * folder opened, or indexing started again).
   */
  warm(corpus: Corpus, current: () => boolean): void {
    const ids = [...corpus.articles.keys()];
    let next = 0;
    const slice = () => {
      if (!current()) return;
      const until = performance.now() + WARM_SLICE_MS;
      while (next < ids.length && performance.now() < until) {
        const doc = this.of(corpus, ids[next++]!);
        if (doc) {
          wordFilterOf(doc);
          hasAccents(doc);
        }
      }
      if (next < ids.length) setTimeout(slice, 0).unref();
    };
    setTimeout(slice, 0).unref();
  }
}
