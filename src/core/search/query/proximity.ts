/**
 * Term proximity, as Büttcher, Clarke & Lushman (SIGIR 2006) add it to BM25: an article where the
 * query's words stand close together ("heat conduction in composite slabs") is more likely about
 * what was asked than one that uses the same words pages apart. Each occurrence of a query term
 * gains `idf(other) / distance²` from the nearest preceding occurrence of a different query term,
 * and the gains go through BM25's own saturation and length normalization; the method has no
 * parameters beyond BM25's.
 *
 * The index keeps no positions, so this reads the text of the few articles at the top of the
 * ranking, where it decides the order people look at.
 */
import { countWords } from '../../text/count-words';
import type { IndexedText } from '../index/shard';
import { limitRanges } from './ranges';
import { hasAccents } from './written-forms';

/** Articles at the top of a ranking that proximity re-orders. */
export const PROXIMITY_DEPTH = 20;
/** Characters read per article: proximity in the first pages says enough; a book would cost milliseconds. */
export const PROXIMITY_CHARS = 20_000;
/** Words apart beyond which a pair adds nothing worth counting (1/d² < 1/1600). */
const FAR_CHARS = 400;

export interface ProximityTerm {
  /** Which query concept the term belongs to: terms of one concept do not pair. */
  concept: number;
  idf: number;
}

/**
 * The proximity score of one article: Σ_t min(1, idf_t) · acc_t (k1 + 1) / (acc_t + K), with
 * K = k1 ((1 - b) + b · length / meanLength). Distances count every word between two occurrences.
 */
/** Where a text's wanted terms stand (a `TermFinder`), which is all the score reads of a text. */
export interface TermPositions {
  each(text: string, ranges: ArrayLike<number>, visit: (start: number, end: number, term: string) => void, accented?: boolean): void;
}

export function proximityScore(
  doc: IndexedText,
  terms: ReadonlyMap<string, ProximityTerm>,
  finder: TermPositions,
  length: number,
  meanLength: number,
  k1 = 1.2,
  b = 0.75,
): number {
  const acc = new Map<number, number>();
  const add = (concept: number, gain: number) => acc.set(concept, (acc.get(concept) ?? 0) + gain);
  const read = (text: string, ranges: ArrayLike<number>, accented?: boolean) => {
    let last: { concept: number; idf: number; end: number } | null = null;
    finder.each(
      text,
      ranges,
      (s, e, term) => {
        const t = terms.get(term);
        if (!t) return;
        if (last && last.concept !== t.concept && s - last.end < FAR_CHARS) {
          const d2 = (countWords(text, last.end, s) + 1) ** 2;
          add(t.concept, last.idf / d2);
          add(last.concept, t.idf / d2);
        }
        last = { concept: t.concept, idf: t.idf, end: e };
      },
      accented,
    );
  };
  // the headline and the text are not one sentence: pairs do not span them
  read(doc.title, [0, doc.title.length]);
  read(doc.text, limitRanges(doc.body, PROXIMITY_CHARS), hasAccents(doc));
  const K = k1 * (1 - b + (b * length) / (meanLength || 1));
  const idfOf = new Map<number, number>();
  for (const t of terms.values()) idfOf.set(t.concept, Math.max(idfOf.get(t.concept) ?? 0, t.idf));
  let score = 0;
  for (const [concept, a] of acc) score += Math.min(1, idfOf.get(concept) ?? 0) * ((a * (k1 + 1)) / (a + K));
  return score;
}
