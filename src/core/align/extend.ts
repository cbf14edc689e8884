/**
 * Extending a passage's ends by whole sentences. Seeds need a sentence pair alike enough on its
 * own; at the edges of an edited passage the sentences are often cut differently on each side or
 * shuffled across the passage, so no single pair clears the bar although their words are all
 * there. A neighbouring sentence joins the passage when most of its weighted content reappears in
 * the other side's span (widened by one sentence, the span the extension would make room for).
 * Text next to a reused passage is usually the reuser's own writing: its rare words are not in
 * the other span, and the extension stops there.
 */
import { sentenceCount, type AlignDocument } from './document';
import type { Fragment } from './fragments';
import type { Pair } from './pair';

export interface ExtendParams {
  /** Share of a sentence's weighted content that must reappear on the other side. */
  minCoverage: number;
  /** Most sentences added at each end. */
  maxSentences: number;
}

/** Whether term `u` of `doc` occurs in sentences [s0, s1] (postings are sorted by sentence). */
function occursIn(doc: AlignDocument, u: number, s0: number, s1: number): boolean {
  let lo = doc.postStart[u]!;
  let hi = doc.postStart[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.postSentence[mid]! < s0) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.postStart[u + 1]! && doc.postSentence[lo]! <= s1;
}

/** Weighted share of sentence s of `x` whose terms occur in sentences [y0, y1] of `y`. */
function coverage(x: AlignDocument, s: number, weight: Float64Array, xToY: Int32Array, y: AlignDocument, y0: number, y1: number): number {
  let total = 0;
  let found = 0;
  for (let k = x.bagStart[s]!; k < x.bagStart[s + 1]!; k++) {
    const t = x.bagTerm[k]!;
    const w = weight[t]! * x.bagCount[k]!;
    total += w;
    const u = xToY[t]!;
    if (u >= 0 && occursIn(y, u, y0, y1)) found += w;
  }
  return total > 0 ? found / total : 0;
}

interface Side {
  x: AlignDocument;
  y: AlignDocument;
  weight: Float64Array;
  xToY: Int32Array;
}

/** Tries to add sentences before and after the X span; returns the new [x0, x1). */
function extendSide(side: Side, x0: number, x1: number, y0: number, y1: number, params: ExtendParams): [number, number] {
  const { x, y } = side;
  const ys0 = Math.max(0, y.sentenceOf[y0]! - 1);
  const ys1 = Math.min(sentenceCount(y) - 1, y.sentenceOf[y1 - 1]! + 1);
  let first = x.sentenceOf[x0]!;
  let last = x.sentenceOf[x1 - 1]!;
  for (let n = 0; n < params.maxSentences && first > 0; n++) {
    if (coverage(x, first - 1, side.weight, side.xToY, y, ys0, ys1) < params.minCoverage) break;
    first--;
    x0 = x.sentences[first]!;
  }
  for (let n = 0; n < params.maxSentences && last + 1 < sentenceCount(x); n++) {
    if (coverage(x, last + 1, side.weight, side.xToY, y, ys0, ys1) < params.minCoverage) break;
    last++;
    x1 = x.sentences[last + 1]!;
  }
  return [x0, x1];
}

/** Extends each fragment's ends on both sides, in place. */
export function extendFragments(pair: Pair, fragments: Fragment[], params: ExtendParams): void {
  const sideA: Side = { x: pair.a, y: pair.b, weight: pair.weightA, xToY: pair.aToB };
  const sideB: Side = { x: pair.b, y: pair.a, weight: pair.weightB, xToY: pair.bToA };
  for (const f of fragments) {
    if (f.origin !== 'chain') continue;
    [f.a0, f.a1] = extendSide(sideA, f.a0, f.a1, f.b0, f.b1, params);
    [f.b0, f.b1] = extendSide(sideB, f.b0, f.b1, f.a0, f.a1, params);
  }
}
