/** Search requests and answers, as the UI sends and shows them. */
import type { ArticleId, Span } from './article';

export type SearchSort = 'relevance' | 'date';

export interface SearchQuery {
  /** What the user typed: words, "phrases", -exclusions, prefixes, outlet: and title: filters. */
  text: string;
  outlets?: string[];
  /** Inclusive ISO dates (`2021-01-01`); articles without a date are left out when either is set. */
  dateFrom?: string;
  dateTo?: string;
  sort?: SearchSort;
  /** Most hits returned; `total` still counts them all. */
  limit?: number;
  /** Hits of the same ranking skipped before the first returned: the next page of a long list. */
  offset?: number;
}

export interface Snippet {
  text: string;
  /** Matched words, as spans of `text`. */
  highlights: Span[];
}

export interface SearchHit {
  id: ArticleId;
  title: string;
  outlet: string | null;
  date: string | null;
  score: number;
  snippet: Snippet;
  /** Set when the words were found only in text the page set aside: "a photo caption", "the byline". */
  matchedIn?: string;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  total: number;
  millis: number;
  /** Set when the query could not be read as typed, with what was searched instead. */
  notice?: string;
}

export type IndexState = 'idle' | 'building' | 'ready' | 'error';

export interface IndexStatus {
  state: IndexState;
  done: number;
  total: number;
  /** Articles in the index that search answers from now (the previous index while one builds). */
  indexed: number;
  /** The last build was cancelled: the index is missing or stale until indexing resumes. */
  cancelled?: boolean;
  message?: string;
}
