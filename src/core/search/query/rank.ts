/**
 * Ranking a query plan: BM25F over the concepts, the filters (required words, exclusions, outlets
 * and dates, phrases), articles that match every word above those that match some, and then,
 * for questions of several words, pseudo-relevance feedback.
 *
 * "All words first" is a tier, not a weight: someone who types three words and sees an article
 * with two of them above one with all three reads it as a bug, however the idf arithmetic came out.
 */
import type { ArticleId } from '../../../shared/article';
import { Accumulator, BM25F, containing, idf, type Bm25fParams } from './bm25f';
import { FEEDBACK, relevanceModel } from './feedback';
import { phraseIn } from './phrase';
import type { Concept, QueryPlan, WeightedTerm } from './query-types';
import type { SearchIndex } from '../index/search-index';
import { TermFinder } from './term-finder';
import { topK } from './top-k';
import { PROXIMITY_DEPTH, proximityScore, type ProximityTerm } from './proximity';
import { FIELD_COUNT, type IndexedText } from '../index/shard';

export interface RankOptions {
  /** Articles the outlet and date filters let through, flagged by article number; all when absent. */
  allowed?: Uint8Array | null;
  /** An article's text, for phrases; without it phrases match on their words alone. */
  textOf?: (id: ArticleId) => IndexedText | null;
  /** Pseudo-relevance feedback: `auto` uses it for queries of three or more words. */
  feedback?: boolean | 'auto';
  params?: Bm25fParams;
  /** Articles with every word ranked above the rest (default true). */
  allWordsFirst?: boolean;
  /** Re-order the top articles by how close the words stand (default true; needs `textOf`). */
  proximity?: boolean;
  /** How many of the best articles to put in order (default: all). */
  depth?: number;
}

export interface Ranking {
  /** The best `depth` matching article numbers, best first. */
  order: number[];
  /** Every matching article number, in no particular order; `matches.length` is the count. */
  matches: number[];
  scores: Float64Array;
  /** Whether each article of `order` matched every word (same positions). */
  complete: boolean[];
}

/** Words it takes before feedback helps more than it surprises: a question, not a name. */
export const FEEDBACK_MIN_CONCEPTS = 3;

const ALL_FIELDS = [0, 1, 2] as const;
const TITLE_ONLY = [0] as const;
const fieldsOf = (field: 'any' | 'title') => (field === 'title' ? TITLE_ONLY : ALL_FIELDS);

// a word typed twice weighs twice (BM25's query term frequency), once scored
function mergeDuplicates(concepts: Concept[]): { concept: Concept; count: number }[] {
  const merged = new Map<string, { concept: Concept; count: number }>();
  for (const concept of concepts) {
    const key = `${concept.field}|${concept.mode}|${concept.terms.map((t) => t.term).join(' ')}`;
    const seen = merged.get(key);
    if (seen) seen.count++;
    else merged.set(key, { concept, count: 1 });
  }
  return [...merged.values()];
}

/** Ranks every article that matches `plan`. */
export function rank(index: SearchIndex, plan: QueryPlan, options: RankOptions = {}): Ranking {
  const params = options.params ?? BM25F;
  const count = index.count;
  const concepts = mergeDuplicates(plan.concepts);
  const acc = new Accumulator(count);
  let allMask = 0;
  let mustMask = 0;
  let impossible = false;
  concepts.forEach(({ concept, count: qtf }, i) => {
    if (concept.terms.length === 0) {
      // a required word nobody wrote: nothing can match; a wished-for one just ranks nothing
      if (concept.mode === 'must') impossible = true;
      return;
    }
    const bit = i < 32 ? 1 << i : 0;
    allMask |= bit;
    if (concept.mode === 'must') mustMask |= bit;
    acc.addConcept(index, concept.terms, fieldsOf(concept.field), qtf, i, params);
  });
  if (impossible) return { order: [], matches: [], scores: acc.score, complete: [] };

  const excluded = new Uint8Array(count);
  for (const ex of plan.excluded) containing(index, ex.terms, fieldsOf(ex.field), excluded);
  // words that matched nothing match nothing; only a query of exclusions and filters lists everything else
  const mustPhrase = plan.phrases.some((p) => p.mode === 'must');
  if (plan.concepts.length > 0 && allMask === 0 && !mustPhrase) return { order: [], matches: [], scores: acc.score, complete: [] };
  const candidates: number[] = [];
  for (let n = 0; n < count; n++) {
    if (excluded[n] || (options.allowed && !options.allowed[n])) continue;
    const m = acc.matched[n]!;
    if (allMask !== 0 && m === 0) continue;
    if ((m & mustMask) !== mustMask) continue;
    candidates.push(n);
  }
  const kept = options.textOf && plan.phrases.length > 0 ? checkPhrases(index, plan, candidates, options.textOf) : candidates;

  const wanted = options.feedback ?? 'auto';
  const should = concepts.filter((c) => c.concept.terms.length > 0).length;
  const nearness = options.textOf && (options.proximity ?? true) && should >= 2 ? proximityOf(index, concepts, options.textOf) : null;
  const tiers = options.allWordsFirst ?? true;
  const complete = (n: number) => (acc.matched[n]! & allMask) === allMask;
  const rankBy = (score: (n: number) => number) => (a: number, b: number) => {
    const tier = tiers ? Number(complete(b)) - Number(complete(a)) : 0;
    if (tier !== 0) return tier;
    const diff = score(b) - score(a);
    if (diff !== 0) return diff;
    const ia = index.meta[a]!.id;
    const ib = index.meta[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  const byRank = rankBy((n) => acc.score[n]!);
  if (kept.length > 1 && (wanted === true || (wanted === 'auto' && should >= FEEDBACK_MIN_CONCEPTS))) {
    // feedback learns from the articles the first pass would show, and that ranking has proximity
    // in it: by BM25 alone more of the top articles merely share the words
    const first = nearness && new Map(topK(kept, PROXIMITY_DEPTH, byRank).map((n) => [n, acc.score[n]! + nearness(n)]));
    const scoreOf = first ? (n: number) => first.get(n)! : (n: number) => acc.score[n]!;
    const top = first ? [...first.keys()].sort(rankBy(scoreOf)).slice(0, FEEDBACK.docs) : topK(kept, FEEDBACK.docs, byRank);
    feedback(index, concepts, acc, kept, top, scoreOf, params);
  }
  const depth = Math.min(kept.length, options.depth ?? kept.length);
  let order = topK(kept, Math.max(depth, nearness ? PROXIMITY_DEPTH : 0), byRank);
  if (nearness) {
    const top = order.slice(0, PROXIMITY_DEPTH);
    for (const n of top) acc.score[n]! += nearness(n);
    top.sort(byRank);
    order.splice(0, top.length, ...top);
  }
  order = order.slice(0, depth);
  return { order, matches: kept, scores: acc.score, complete: order.map(complete) };
}

/**
 * The proximity score of an article for this query's words, read once per article: feedback
 * and the final order both ask for the top articles.
 */
function proximityOf(
  index: SearchIndex,
  concepts: { concept: Concept; count: number }[],
  textOf: (id: ArticleId) => IndexedText | null,
): (n: number) => number {
  const terms = new Map<string, ProximityTerm>();
  concepts.forEach(({ concept }, i) => {
    for (const { term } of concept.terms) {
      if (!terms.has(term)) terms.set(term, { concept: i, idf: idf(index.df(term), index.count) });
    }
  });
  const mean = index.meanLengths.reduce((a, b) => a + b, 0);
  const finder = new TermFinder(new Set(terms.keys()));
  const known = new Map<number, number>();
  return (n) => {
    let score = known.get(n);
    if (score === undefined) {
      const doc = textOf(index.meta[n]!.id);
      score = 0;
      if (doc) {
        const [s, d] = index.locate(n);
        const shard = index.shards[s]!;
        let length = 0;
        for (let f = 0; f < FIELD_COUNT; f++) length += shard.lengths[d * FIELD_COUNT + f]!;
        score = proximityScore(doc, terms, finder, length, mean);
      }
      known.set(n, score);
    }
    return score;
  };
}

function checkPhrases(
  index: SearchIndex,
  plan: QueryPlan,
  candidates: number[],
  textOf: (id: ArticleId) => IndexedText | null,
): number[] {
  return candidates.filter((n) => {
    const text = textOf(index.meta[n]!.id);
    if (!text) return true;
    return plan.phrases.every((p) => phraseIn(text, p.words, p.field) === (p.mode === 'must'));
  });
}

/**
 * RM3: rescores the candidates with the query interpolated with the relevance model of `top`,
 * the first pass's best articles (`scoreOf` their first-pass scores). The all-words tier is kept
 * from the first pass.
 */
function feedback(
  index: SearchIndex,
  concepts: { concept: Concept; count: number }[],
  acc: Accumulator,
  candidates: number[],
  top: number[],
  scoreOf: (n: number) => number,
  params: Bm25fParams,
): void {
  const model = relevanceModel(index, top, scoreOf, new Set());
  if (model.length === 0) return;
  const λ = FEEDBACK.originalWeight;
  const total = concepts.reduce((sum, c) => sum + (c.concept.terms.length > 0 ? c.count : 0), 0);
  const weights = new Map<string, { terms: WeightedTerm[]; fields: readonly number[]; weight: number }>();
  for (const { concept, count } of concepts) {
    if (concept.terms.length === 0) continue;
    const key = concept.terms.length === 1 && concept.field === 'any' ? concept.terms[0]!.term : `\u0000${weights.size}`;
    weights.set(key, { terms: concept.terms, fields: fieldsOf(concept.field), weight: λ * count });
  }
  // RM3 mixes two distributions that each sum to one; scaled by the query's length, the mix keeps
  // the first pass's score scale, which proximity adds to
  for (const { term, weight } of model) {
    const seen = weights.get(term);
    if (seen) seen.weight += (1 - λ) * weight * total;
    else weights.set(term, { terms: [{ term, weight: 1 }], fields: ALL_FIELDS, weight: (1 - λ) * weight * total });
  }
  const only = new Uint8Array(index.count);
  for (const n of candidates) only[n] = 1;
  const again = new Accumulator(index.count);
  for (const { terms, fields, weight } of weights.values()) again.addConcept(index, terms, fields, weight, 32, params, only);
  for (const n of candidates) acc.score[n] = again.score[n]!;
}
