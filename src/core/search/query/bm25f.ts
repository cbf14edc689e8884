/**
 * BM25F scoring over the index's postings, with collection statistics taken over all shards.
 *
 * Why BM25F rather than lunr's scoring: lunr scores each field with BM25 separately and adds the
 * field scores, so a word in the title and again in the body saturates twice and counts double;
 * and its idf counts a document once per field the word is in. BM25F (Robertson, Zaragoza &
 * Taylor 2004) first adds the field-weighted, length-normalized frequencies into one frequency,
 * then saturates once. The parameters are the textbook ones, not fitted to any collection:
 * k1 = 1.2 and b = 0.75 for the body (Robertson's defaults); titles weigh twice the body, as a word
 * a writer chose for the headline says more about the topic than one more use in the text; and
 * titles are length-normalized less (b = 0.5), because headline length is house style, not
 * verbosity. What the page set aside (captions, bylines) weighs a third of the body.
 *
 * A concept with several terms (a prefix's expansions, a typo's spellings) is scored as one
 * pseudo-term, as Lucene's SynonymQuery does: frequencies summed, the idf of its most common
 * term. Otherwise an article using three words that start with "presid" would count the typed
 * word three times.
 */
import { FIELD_COUNT } from '../index/shard';
import type { SearchIndex } from '../index/search-index';
import type { WeightedTerm } from './query-types';

export interface Bm25fParams {
  k1: number;
  /** Length normalization per field (title, body). */
  b: number[];
  /** Weight per field (title, body). */
  weights: number[];
}

// set-aside text (captions, bylines) counts for a third of the body: found, but below articles
// that are about the word
export const BM25F: Bm25fParams = { k1: 1.2, b: [0.5, 0.75, 0.75], weights: [2, 1, 1 / 3] };

/** Robertson-Sparck Jones idf as Lucene computes it: never negative, even for very common terms. */
export function idf(df: number, count: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}

/** Per-article accumulators, indexed by article number. */
export class Accumulator {
  readonly score: Float64Array;
  /** Bit `i` set when the article matches concept `i` (first 32 concepts). */
  readonly matched: Uint32Array;
  private readonly tilde: Float64Array;
  private readonly touched: Int32Array;

  constructor(count: number) {
    this.score = new Float64Array(count);
    this.matched = new Uint32Array(count);
    this.tilde = new Float64Array(count);
    this.touched = new Int32Array(count);
  }

  /**
   * Adds one concept's BM25F contribution, `weight * idf * tf~ (k1 + 1) / (k1 + tf~)`, to every
   * article containing any of its terms in the allowed fields; sets bit `bit` on them.
   * `only`, when given, limits the articles that can gain (pseudo-relevance feedback re-ranks the
   * articles the query matched; it does not add new ones).
   */
  addConcept(
    index: SearchIndex,
    terms: WeightedTerm[],
    fields: readonly number[],
    weight: number,
    bit: number,
    params: Bm25fParams = BM25F,
    only?: Uint8Array,
  ): void {
    let maxDf = 0;
    for (const t of terms) maxDf = Math.max(maxDf, index.df(t.term));
    if (maxDf === 0) return;
    const w = weight * idf(maxDf, index.count);
    let touched = 0;
    for (let s = 0; s < index.shards.length; s++) {
      const shard = index.shards[s]!;
      const base = index.base[s]!;
      for (const { term, weight: share } of terms) {
        const t = shard.termIndex(term);
        if (t < 0) continue;
        for (const f of fields) {
          const b = params.b[f]!;
          const mean = index.meanLengths[f]! || 1;
          const fw = params.weights[f]! * share;
          const end = shard.postStarts[t * FIELD_COUNT + f + 1]!;
          for (let p = shard.postStarts[t * FIELD_COUNT + f]!; p < end; p++) {
            const doc = shard.postDocs[p]!;
            const n = base + doc;
            if (only && only[n] === 0) continue;
            const norm = 1 - b + (b * shard.lengths[doc * FIELD_COUNT + f]!) / mean;
            if (this.tilde[n] === 0) this.touched[touched++] = n;
            this.tilde[n]! += (fw * shard.postTf[p]!) / norm;
          }
        }
      }
    }
    const k1 = params.k1;
    const mask = bit < 32 ? 1 << bit : 0;
    for (let i = 0; i < touched; i++) {
      const n = this.touched[i]!;
      const tf = this.tilde[n]!;
      this.score[n]! += (w * tf * (k1 + 1)) / (k1 + tf);
      this.matched[n]! |= mask;
      this.tilde[n] = 0;
    }
  }
}

/** Articles that contain any of `terms` in the allowed fields, as flags by article number. */
export function containing(index: SearchIndex, terms: string[], fields: readonly number[], into: Uint8Array): void {
  for (let s = 0; s < index.shards.length; s++) {
    const shard = index.shards[s]!;
    const base = index.base[s]!;
    for (const term of terms) {
      const t = shard.termIndex(term);
      if (t < 0) continue;
      for (const f of fields) {
        const end = shard.postStarts[t * FIELD_COUNT + f + 1]!;
        for (let p = shard.postStarts[t * FIELD_COUNT + f]!; p < end; p++) into[base + shard.postDocs[p]!] = 1;
      }
    }
  }
}
