import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/result';
import type { SearchHit, SearchQuery, SearchResult } from '../../../src/shared/search';
import { SEARCH_PAGE, SearchPages, type SearchPagesState } from '../../../src/renderer/src/lib/search-pages';

const hit = (n: number): SearchHit => ({ id: `a${n}.txt`, title: `A ${n}`, outlet: null, date: null, score: 1000 - n, snippet: { text: '', highlights: [] } });

/** A backend holding `total` hits for any query, answering each page as the searcher does. */
function backend(total: number) {
  const asked: SearchQuery[] = [];
  const held: { query: SearchQuery; release: () => void }[] = [];
  const answer = (query: SearchQuery): Result<SearchResult> => {
    const offset = query.offset ?? 0;
    const hits = Array.from({ length: Math.max(0, Math.min(query.limit ?? 20, total - offset)) }, (_, i) => hit(offset + i));
    return { ok: true, value: { query: query.text, hits, total, millis: 1 } };
  };
  return {
    asked,
    held,
    /** Answers at once. */
    now: async (query: SearchQuery) => (asked.push(query), answer(query)),
    /** Answers when the test releases the call. */
    later: (query: SearchQuery) =>
      new Promise<Result<SearchResult>>((resolve) => {
        asked.push(query);
        held.push({ query, release: () => resolve(answer(query)) });
      }),
  };
}

function pagesOn(ask: (q: SearchQuery) => Promise<Result<SearchResult>>) {
  let state: SearchPagesState | null = null;
  const pages = new SearchPages(ask, (s) => (state = s));
  return { pages, state: () => state! };
}

describe('SearchPages', () => {
  it('reaches every hit of a long answer, a page at a time, each once and in order', async () => {
    const total = 2 * SEARCH_PAGE + 37;
    const server = backend(total);
    const { pages, state } = pagesOn(server.now);
    await pages.start({ text: 'troops', sort: 'date' });
    expect(state().hits).toHaveLength(SEARCH_PAGE);
    while (pages.remaining > 0) await pages.more();
    expect(state().hits.map((h) => h.id)).toEqual(Array.from({ length: total }, (_, i) => `a${i}.txt`));
    expect(server.asked.map((q) => [q.offset ?? 0, q.sort])).toEqual([
      [0, 'date'],
      [SEARCH_PAGE, 'date'],
      [2 * SEARCH_PAGE, 'date'],
    ]);
    await pages.more();
    expect(server.asked).toHaveLength(3);
  });

  it('asks one page at a time, and drops a page that lands after a newer query', async () => {
    const server = backend(500);
    const { pages, state } = pagesOn(server.later);
    const first = pages.start({ text: 'troops' });
    server.held.shift()!.release();
    await first;
    const next = pages.more();
    void pages.more();
    expect(server.asked).toHaveLength(2);
    const fresh = pages.start({ text: 'rail' });
    server.held.shift()!.release();
    await next;
    // the page of the old query was dropped; its first page stays until the new answer lands
    expect(state().hits).toHaveLength(SEARCH_PAGE);
    expect(state().loading).toBe(true);
    server.held.shift()!.release();
    await fresh;
    expect(state().result?.query).toBe('rail');
    expect(state().hits.map((h) => h.id).slice(0, 2)).toEqual(['a0.txt', 'a1.txt']);
  });

  it('keeps the hits shown when a later page fails, and says why below them', async () => {
    let fail = false;
    const server = backend(300);
    const { pages, state } = pagesOn(async (q) => (fail ? { ok: false, error: { code: 'internal', message: 'host gone' } } : server.now(q)));
    await pages.start({ text: 'troops' });
    fail = true;
    await pages.more();
    expect(state().hits).toHaveLength(SEARCH_PAGE);
    expect(state().pageProblem).toBe('host gone');
    expect(state().problem).toBeNull();
  });

  it('ends the list where it is when articles went away since the count', async () => {
    const server = backend(SEARCH_PAGE);
    const { pages, state } = pagesOn(async (q) => {
      const reply = await server.now(q);
      return reply.ok ? { ok: true, value: { ...reply.value, total: 3 * SEARCH_PAGE } } : reply;
    });
    await pages.start({ text: 'troops' });
    expect(pages.remaining).toBe(2 * SEARCH_PAGE);
    await pages.more();
    expect(pages.remaining).toBe(0);
    expect(state().result?.total).toBe(SEARCH_PAGE);
  });

  it('forgets the query when cleared', async () => {
    const { pages, state } = pagesOn(backend(10).now);
    await pages.start({ text: 'troops' });
    pages.clear();
    expect(state()).toMatchObject({ result: null, hits: [] });
    expect(pages.remaining).toBe(0);
  });
});
