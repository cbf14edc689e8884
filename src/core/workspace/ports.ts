/**
 * What the workspace needs from the search engine, as an interface: the engine lives in
 * core/search and runs its heavy work on threads of its own.
 */
import type { Article, ArticleId, Span } from '../../shared/article';
import type { IndexStatus, SearchQuery, SearchResult } from '../../shared/search';
import type { Corpus } from '../corpus/corpus';

export interface SearchPort {
  /** Starts reading the saved index of the folder at `root` while the folder is opened (see SearchService.prepare). */
  prepare?(root: string): Promise<void>;
  sync(corpus: Corpus): Promise<IndexStatus>;
  update(corpus: Corpus, changed: ArticleId[], removed: ArticleId[]): Promise<IndexStatus>;
  cancel(): void;
  status(): IndexStatus;
  onStatus(listener: (status: IndexStatus) => void): () => void;
  search(query: SearchQuery): SearchResult | Promise<SearchResult>;
  findInArticle(article: Article, text: string): Span[];
  /** The articles likeliest to carry `text` (a quote), best first; null while there is no index. */
  quoteCandidates(text: string, limit: number, floor: number): ArticleId[] | null;
  /** Takes the articles' titles, outlets and dates afresh (after a correction), without indexing again. */
  relabel?(corpus: Corpus): void;
  close(): Promise<void>;
}
