/**
 * One search, from typed text to the hits the UI shows: parse, resolve against the index, filter,
 * rank, sort, cut to the limit, and make a snippet for each hit shown (and only those: snippets
 * read article text). Junk in, a sensible answer out: never an exception for what was typed.
 */
import type { ArticleId } from '../../../shared/article';
import type { SearchHit, SearchQuery, SearchResult, Snippet } from '../../../shared/search';
import { trimMemo } from '../index/analyzer';
import { allowedArticles, filtersOf } from './filters';
import { matcherOf, matchSpans, spanFinder, type Matcher } from './highlight';
import { planQuery } from './plan';
import { parseQuery } from './query-parser';
import { rank } from './rank';
import type { SearchIndex } from '../index/search-index';
import type { IndexedText } from '../index/shard';
import { makeSnippet } from './snippet';
import { hasAccents } from './written-forms';
import { topK } from './top-k';

/** Hits returned when the query sets no limit: a screenful and a half; more on request. */
export const DEFAULT_LIMIT = 20;
/** Most hits one answer carries; `total` still counts them all. */
export const MAX_LIMIT = 1000;

/** What a search reads besides the index. */
export interface SearchSource {
  index: SearchIndex;
  /**
   * An article's text with its headline words and body ranges (phrases, proximity, snippets),
   * or null when it is no longer there (the index is being updated).
   */
  doc(id: ArticleId): IndexedText | null;
}

/** The set-aside block a hit's words were found in (a caption, the byline), with its snippet. */
function asideMatch(doc: IndexedText, matcher: Matcher): { snippet: Snippet; label: string } | null {
  const ranges = doc.aside;
  if (!ranges || ranges.length === 0) return null;
  const first = matchSpans(doc.text, ranges, matcher)[0];
  if (!first) return null;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    if (first.start >= ranges[r]! && first.start < ranges[r + 1]!) {
      return { snippet: makeSnippet(doc.text, [ranges[r]!, ranges[r + 1]!], spanFinder(matcher)), label: doc.asideLabels?.[r / 2] ?? 'text set aside from the page' };
    }
  }
  return null;
}

/** A source's articles, each read once per search. */
function memoized(source: SearchSource): (id: ArticleId) => IndexedText | null {
  const seen = new Map<ArticleId, IndexedText | null>();
  return (id) => {
    let doc = seen.get(id);
    if (doc === undefined) {
      doc = source.doc(id);
      seen.set(id, doc);
    }
    return doc;
  };
}

function limitOf(query: SearchQuery): number {
  const limit = typeof query.limit === 'number' && Number.isFinite(query.limit) ? Math.floor(query.limit) : DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, limit));
}

/** Hits skipped: a whole number from 0 (anything else reads as 0). */
function offsetOf(query: SearchQuery): number {
  const offset = typeof query.offset === 'number' && Number.isFinite(query.offset) ? Math.floor(query.offset) : 0;
  return Math.max(0, offset);
}

/**
 * Runs a query. `exists`, when given, drops hits for articles gone since the index was built.
 */
export function runSearch(source: SearchSource, query: SearchQuery, exists?: (id: ArticleId) => boolean): SearchResult {
  const started = performance.now();
  trimMemo();
  const text = typeof query?.text === 'string' ? query.text : '';
  const parsed = parseQuery(text);
  const { index } = source;
  const plan = planQuery(parsed, index);
  const filters = filtersOf(query ?? { text }, plan.outlets, plan.excludedOutlets);
  const nothingAsked = parsed.clauses.length === 0 && plan.outlets.length === 0 && plan.excludedOutlets.length === 0;
  if (nothingAsked) {
    if (plan.notices.length === 0 && text.trim() !== '') plan.notices.push('Type a word to search for.');
    const notice = plan.notices.length > 0 ? plan.notices.join(' ') : undefined;
    return { query: text, hits: [], total: 0, millis: performance.now() - started, ...(notice ? { notice } : {}) };
  }
  const allowed = allowedArticles(index, filters, exists);
  const docOf = memoized(source);
  const limit = limitOf(query);
  const offset = offsetOf(query);
  // the ranking is total and deterministic, so a page is the same slice of it however it is asked for
  const depth = offset + limit;
  const onlyFilters = !plan.concepts.some((c) => c.terms.length > 0) && !plan.phrases.some((p) => p.mode === 'must');
  const byDate = query?.sort === 'date' || onlyFilters;
  const ranking = rank(index, plan, { allowed, textOf: docOf, depth: byDate ? 0 : depth });
  let order = ranking.order;
  if (byDate) {
    // newest first; undated last; relevance, then the id, breaks ties
    const score = ranking.scores;
    order = topK(ranking.matches, depth, (a, b) => {
      const da = index.meta[a]!.date ?? '';
      const db = index.meta[b]!.date ?? '';
      if (da !== db) return da < db ? 1 : -1;
      return score[b]! - score[a]! || (index.meta[a]!.id < index.meta[b]!.id ? -1 : 1);
    });
  }
  const matcher = matcherOf(parsed, plan);
  const hits: SearchHit[] = [];
  for (const n of order.slice(offset, depth)) {
    const meta = index.meta[n]!;
    const doc = docOf(meta.id);
    // an article with no body but its headline shows the headline
    let snippet = !doc
      ? { text: '', highlights: [] }
      : doc.body.length > 0
        ? makeSnippet(doc.text, doc.body, spanFinder(matcher), hasAccents(doc))
        : makeSnippet(doc.title, [0, doc.title.length], spanFinder(matcher));
    const aside = doc && snippet.highlights.length === 0 ? asideMatch(doc, matcher) : null;
    if (aside) snippet = aside.snippet;
    const hit: SearchHit = { id: meta.id, title: meta.title, outlet: meta.outlet, date: meta.date, score: ranking.scores[n]!, snippet };
    if (aside) hit.matchedIn = aside.label;
    hits.push(hit);
  }
  const notice = plan.notices.length > 0 ? plan.notices.join(' ') : undefined;
  return { query: text, hits, total: ranking.matches.length, millis: performance.now() - started, ...(notice ? { notice } : {}) };
}
