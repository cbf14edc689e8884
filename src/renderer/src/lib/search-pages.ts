/**
 * The hits of one search, a page at a time: the first page when the query is asked, the next ones
 * as the list is scrolled to its end (or its "Show more" button is pressed). Every hit of the
 * answer can be reached, however many there are, while the page only ever holds those shown.
 *
 * The backend's ranking is total and deterministic, so a page asked with an offset is exactly that
 * slice of the whole answer. A page that lands after a newer query was asked is dropped; a hit
 * already shown is never shown twice (the list is keyed by article).
 */
import type { Result } from '../../../shared/result';
import type { SearchHit, SearchQuery, SearchResult } from '../../../shared/search';
import { LatestReply } from './latest-reply';

/** Hits asked for at a time. */
export const SEARCH_PAGE = 100;

/** What the search view shows. */
export interface SearchPagesState {
  /** The answer to the query (its count, timing and notice); null before it, or without a query. */
  result: SearchResult | null;
  /** The hits shown so far, best first. */
  hits: SearchHit[];
  /** A page is being asked for. */
  loading: boolean;
  /** Why the query could not be answered: shown instead of the list. */
  problem: string | null;
  /** Why the next page could not be had: shown below the hits already there. */
  pageProblem: string | null;
}

export const NO_SEARCH: SearchPagesState = { result: null, hits: [], loading: false, problem: null, pageProblem: null };

export class SearchPages {
  private state: SearchPagesState = NO_SEARCH;
  private query: SearchQuery | null = null;
  private readonly latest = new LatestReply();

  constructor(
    private readonly ask: (query: SearchQuery) => Promise<Result<SearchResult>>,
    private readonly show: (state: SearchPagesState) => void,
  ) {}

  /** Hits of the answer not shown yet. */
  get remaining(): number {
    return this.state.result ? Math.max(0, this.state.result.total - this.state.hits.length) : 0;
  }

  /** Forgets the query (the box was emptied); a reply still on its way is dropped. */
  clear(): void {
    this.latest.next();
    this.query = null;
    this.set(NO_SEARCH);
  }

  /** Asks a query: its first page replaces whatever was shown. */
  async start(query: SearchQuery): Promise<void> {
    this.query = query;
    this.set({ ...this.state, loading: true });
    await this.latest.send(
      () => this.ask({ ...query, limit: SEARCH_PAGE }),
      (reply) =>
        this.set(
          reply.ok
            ? { result: reply.value, hits: reply.value.hits, loading: false, problem: null, pageProblem: null }
            : { ...NO_SEARCH, problem: reply.error.message },
        ),
    );
  }

  /** Asks for the next page of the current answer, unless one is on its way or all are shown. */
  async more(): Promise<void> {
    const query = this.query;
    if (!query || this.state.loading || this.remaining === 0) return;
    const offset = this.state.hits.length;
    this.set({ ...this.state, loading: true, pageProblem: null });
    await this.latest.send(
      () => this.ask({ ...query, limit: SEARCH_PAGE, offset }),
      (reply) => {
        if (!reply.ok) {
          this.set({ ...this.state, loading: false, pageProblem: reply.error.message });
          return;
        }
        const seen = new Set(this.state.hits.map((h) => h.id));
        const fresh = reply.value.hits.filter((h) => !seen.has(h.id));
        // an answer with fewer hits than counted (articles gone meanwhile) ends the list where it is
        const total = fresh.length === 0 ? offset : reply.value.total;
        const result = this.state.result && { ...this.state.result, total };
        this.set({ ...this.state, result, hits: [...this.state.hits, ...fresh], loading: false });
      },
    );
  }

  private set(state: SearchPagesState): void {
    this.state = state;
    this.show(state);
  }
}
