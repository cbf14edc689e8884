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
  /** How far below the passage's own coverage an end sentence may fall and still belong. */
  slack: number;
  /** How far below it an end sentence must fall to be cut off. */
  trimSlack: number;
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

interface Side {
  x: AlignDocument;
  y: AlignDocument;
  weight: Float64Array;
  xToY: Int32Array;
}

/** Weighted share of the content of tokens [t0, t1) of X whose terms occur in sentences [y0, y1] of Y. */
function coverage(side: Side, t0: number, t1: number, y0: number, y1: number): number {
  const { x, y, weight, xToY } = side;
  let total = 0;
  let found = 0;
  for (let i = t0; i < t1; i++) {
    const t = x.terms[i]!;
    if (t < 0) continue;
    const w = weight[t]!;
    total += w;
    const u = xToY[t]!;
    if (u >= 0 && occursIn(y, u, y0, y1)) found += w;
  }
  return total > 0 ? found / total : 0;
}

/**
 * Trims, then extends, the X span [x0, x1) by whole sentences against the Y span [y0, y1).
 * The bar is the passage's own level: a sentence at an end whose content reappears on the other
 * side much less than the passage's does as a whole is not part of it (a word-for-word copy
 * does not turn loose at its edges; an edited one is loose throughout), and never below
 * `minCoverage`.
 */
function adjustSide(side: Side, x0: number, x1: number, y0: number, y1: number, params: ExtendParams): [number, number] {
  const { x, y } = side;
  const ys0 = Math.max(0, y.sentenceOf[y0]! - 1);
  const ys1 = Math.min(sentenceCount(y) - 1, y.sentenceOf[y1 - 1]! + 1);
  const core = coverage(side, x0, x1, y.sentenceOf[y0]!, y.sentenceOf[y1 - 1]!);
  const bar = Math.max(params.minCoverage, core - params.slack);
  const trimBar = core - params.trimSlack;
  const end = (s: number) => x.sentences[s + 1]!;
  const start = (s: number) => x.sentences[s]!;
  let first = x.sentenceOf[x0]!;
  let last = x.sentenceOf[x1 - 1]!;
  while (first < last && coverage(side, x0, end(first), ys0, ys1) < trimBar) x0 = start(++first);
  while (first < last && coverage(side, start(last), x1, ys0, ys1) < trimBar) x1 = end(--last);
  for (let n = 0; n < params.maxSentences && first > 0; n++) {
    if (coverage(side, start(first - 1), end(first - 1), ys0, ys1) < bar) break;
    x0 = start(--first);
  }
  for (let n = 0; n < params.maxSentences && last + 1 < sentenceCount(x); n++) {
    if (coverage(side, start(last + 1), end(last + 1), ys0, ys1) < bar) break;
    x1 = end(++last);
  }
  return [x0, x1];
}

/** Trims and extends each chained fragment's ends on both sides, in place. */
export function extendFragments(pair: Pair, fragments: Fragment[], params: ExtendParams): void {
  const sideA: Side = { x: pair.a, y: pair.b, weight: pair.weightA, xToY: pair.aToB };
  const sideB: Side = { x: pair.b, y: pair.a, weight: pair.weightB, xToY: pair.bToA };
  for (const f of fragments) {
    if (f.origin !== 'chain') continue;
    // A close copy grows only by more of the same words (below); a neighbouring sentence on the
    // same subject that merely reuses its vocabulary is not part of it.
    const p = f.close ? { ...params, maxSentences: 0 } : params;
    [f.a0, f.a1] = adjustSide(sideA, f.a0, f.a1, f.b0, f.b1, p);
    [f.b0, f.b1] = adjustSide(sideB, f.b0, f.b1, f.a0, f.a1, p);
    extendExact(pair, f);
  }
}

/** Whether `n` words from a[i] and b[j] on are the same. */
function sameRun(a: AlignDocument, i: number, b: AlignDocument, j: number, n: number): boolean {
  if (i < 0 || j < 0 || i + n > a.tokens.count || j + n > b.tokens.count) return false;
  for (let k = 0; k < n; k++) if (a.words[i + k] !== b.words[j + k]) return false;
  return true;
}

/** Offset d (|d| <= 3) such that the `n` words at a[i] and at b[j + d] are the same, or null. */
function anchor(a: AlignDocument, i: number, b: AlignDocument, j: number, n: number): number | null {
  for (const d of [0, -1, 1, -2, 2, -3, 3]) if (sameRun(a, i, b, j + d, n)) return d;
  return null;
}

/**
 * Grows both ends of a fragment over the words that precede (or follow) identically on both
 * sides: a run that completes the sentence on both sides, or one of four words or more. Shorter
 * runs are chance ("The" opening the next paragraph on both sides). The run is read from where
 * the two ends agree word for word, which may be a word or two inside the fragment's bounds (a
 * seed's span starts at its first shared content word on one side, at a function word before it
 * on the other).
 */
function extendExact(pair: Pair, f: Fragment): void {
  const { a, b } = pair;
  const start = anchor(a, f.a0, b, f.b0, 3);
  if (start !== null) {
    let i = f.a0;
    let j = f.b0 + start;
    let n = 0;
    while (i - n > 0 && j - n > 0 && a.words[i - n - 1] === b.words[j - n - 1]) n++;
    if (n >= 4 || (n > 0 && startsSentence(a, i - n) && startsSentence(b, j - n))) {
      i -= n;
      j -= n;
    }
    f.a0 = Math.min(f.a0, i);
    f.b0 = Math.min(f.b0, j);
  }
  const end = anchor(a, f.a1 - 3, b, f.b1 - 3, 3);
  if (end !== null) {
    let i = f.a1;
    let j = f.b1 + end;
    let n = 0;
    while (i + n < a.tokens.count && j + n < b.tokens.count && a.words[i + n] === b.words[j + n]) n++;
    if (n >= 4 || (n > 0 && endsSentence(a, i + n - 1) && endsSentence(b, j + n - 1))) {
      i += n;
      j += n;
    }
    f.a1 = Math.max(f.a1, i);
    f.b1 = Math.max(f.b1, j);
  }
}

function endsSentence(doc: AlignDocument, i: number): boolean {
  return doc.sentences[doc.sentenceOf[i]! + 1] === i + 1;
}

function startsSentence(doc: AlignDocument, i: number): boolean {
  return doc.sentences[doc.sentenceOf[i]!] === i;
}

/**
 * Moves fragment ends that stop a few words short of a sentence boundary onto it. Seeds start at
 * the first shared content word, so "There are nearly 2,500" against "There are roughly 2,500"
 * would start at "2,500"; a short unshared lead-in or tail of a sentence whose body is shared is
 * part of the passage (as an edit inside it), a long one is the other text's own.
 */
export function snapToSentences(pair: Pair, fragments: Fragment[], maxLeftover: number): void {
  const { a, b } = pair;
  const lead = (doc: AlignDocument, t0: number) => t0 - doc.sentences[doc.sentenceOf[t0]!]!;
  const tail = (doc: AlignDocument, t1: number) => doc.sentences[doc.sentenceOf[t1 - 1]! + 1]! - t1;
  // An unshared lead-in (or tail) is part of the passage when the other side has one too (the
  // same words, edited: "nearly" / "roughly"), or when it is three words at most (a word or two
  // cut from the copy). A longer one on one side only reads as that text's own.
  const takes = (mine: number, theirs: number) => mine > 0 && mine <= maxLeftover && (theirs > 0 || mine <= 3);
  for (const f of fragments) {
    const la = lead(a, f.a0);
    const lb = lead(b, f.b0);
    const ta = tail(a, f.a1);
    const tb = tail(b, f.b1);
    if (takes(la, lb)) f.a0 -= la;
    if (takes(lb, la)) f.b0 -= lb;
    if (takes(ta, tb)) f.a1 += ta;
    if (takes(tb, ta)) f.b1 += tb;
  }
}
