/**
 * What the rest of the app asks of search: the service's interface and options. The service
 * itself (`service.ts`) keeps one folder's index up to date off the calling thread and answers
 * from it.
 */
import type { Article, ArticleId, Span } from '../../shared/article';
import type { IndexStatus, SearchQuery, SearchResult } from '../../shared/search';
import type { Corpus } from '../corpus/corpus';

export interface SearchService {
  /** Brings the index up to date with the corpus: loads the saved index when valid, indexes what changed, saves. Work runs off the calling thread; resolves when done, or when cancelled (search then keeps answering from the previous index). */
  sync(corpus: Corpus): Promise<IndexStatus>;
  /**
   * Starts reading the saved index of the folder at `root` (absolute) while the folder itself is
   * opened: the `sync` of that folder that follows takes what was read (if nothing else was
   * synced meanwhile) rather than reading it then. The files are read on Node's I/O threads, so
   * their reading overlaps the opening's work on this thread. Resolves once read (never rejects).
   */
  prepare(root: string): Promise<void>;
  /** Incremental update after files changed on disk (ids added/changed are already in corpus.articles; removed ones are gone from it). */
  update(corpus: Corpus, changed: ArticleId[], removed: ArticleId[]): Promise<IndexStatus>;
  cancel(): void;
  status(): IndexStatus;
  onStatus(listener: (s: IndexStatus) => void): () => void;
  /** Synchronous: answers from the current index. */
  search(query: SearchQuery): SearchResult;
  /**
   * Where the words of `text` (a query, or words typed in "search within this article") stand in
   * the article, in order: for highlighting and next/previous match. `scope: 'all'` also looks in
   * page debris (captions, links); by default only the article proper, as the index does.
   */
  findInArticle(article: Article, text: string, options?: { scope?: 'content' | 'all' }): Span[];
  /** The articles likeliest to carry a quote, best first (see quote-candidates.ts); null while there is no index. */
  quoteCandidates(text: string, limit: number, floor: number): ArticleId[] | null;
  /** Takes titles, outlets and dates afresh from the corpus (after a correction), without indexing again. */
  relabel(corpus: Corpus): void;
  /** Outlets of the open corpus with their article counts, most articles first: the outlet filter's list. */
  outlets(): { name: string; count: number }[];
  /** Stops indexing and lets go of the index and the corpus; the service answers nothing afterwards. */
  close(): Promise<void>;
}

export interface SearchServiceOptions {
  dataDir: string;
  /** Prepare phrase search for every article while idle after indexing (the app; not one-shot commands). */
  warmPhraseFilters?: boolean;
  /** Worker threads for building; 0 builds on the calling thread. Default: one per core. */
  workers?: number;
}
