/**
 * The articles most likely to carry a quote, from the index alone: BM25F over the quote's rarest
 * words, each wished for (none required: an edited quote has lost some), without the all-words
 * tier, proximity or feedback that ranking a typed question wants. The aligner then confirms
 * each candidate (workspace/quote-tracker.ts); this only has to put the carriers near the top.
 */
import type { ArticleId } from '../../../shared/article';
import { termsOf } from '../index/analyzer';
import type { Concept, QueryPlan } from './query-types';
import { rank } from './rank';
import type { SearchIndex } from '../index/search-index';

/** Words of a quote that rank: the rarest carry the evidence; a sentence's common words add only time. */
export const QUOTE_TERMS = 16;

/**
 * Up to `limit` article ids, the likeliest carriers of `text` first, those scoring under
 * `floor` times the best one left out (they share a word or two, not the quote).
 */
export function quoteCandidates(index: SearchIndex, text: string, limit: number, floor = 0): ArticleId[] {
  const terms = [...new Set(termsOf(text))]
    .map((term) => ({ term, df: index.df(term) }))
    .filter((t) => t.df > 0)
    .sort((x, y) => x.df - y.df || (x.term < y.term ? -1 : 1))
    .slice(0, QUOTE_TERMS);
  if (terms.length === 0) return [];
  const concepts: Concept[] = terms.map(({ term }) => ({ label: term, terms: [{ term, weight: 1 }], field: 'any', mode: 'should' }));
  const plan: QueryPlan = { concepts, excluded: [], phrases: [], outlets: [], excludedOutlets: [], notices: [] };
  const { order, scores } = rank(index, plan, { allWordsFirst: false, proximity: false, feedback: false, depth: limit });
  const best = order.length ? scores[order[0]!]! : 0;
  return order.filter((n) => scores[n]! >= best * floor).map((n) => index.meta[n]!.id);
}
