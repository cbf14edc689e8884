/**
 * Sentence pairs that share weighted content words: the raw evidence of the fuzzy channel.
 * Scoring every sentence against every other would be quadratic; instead each sentence of A walks
 * the postings of its terms in B and accumulates dot products in one dense scratch row, so the
 * cost is the number of (A occurrence, B occurrence) pairs of shared terms, and pairs sharing no
 * term are never looked at.
 */
import { isBoilerplate, type FolderStats } from './folder-stats';
import { sentenceCount } from './document';
import type { Pair } from './pair';

/** Sentence pairs in structure-of-arrays form, ordered by A sentence then B sentence. */
export interface Candidates {
  count: number;
  s: Uint32Array;
  t: Uint32Array;
  /** Cosine of the weighted term vectors. */
  cos: Float32Array;
  /** Dice coefficient of the two sets of terms (unweighted). */
  dice: Float32Array;
  /**
   * Share of the smaller set found in the larger. Sentence boundaries differ between two
   * versions of a text (a list run together, a sentence split in two), and Dice then
   * understates a short sentence wholly contained in a long one.
   */
  contain: Float32Array;
  /** Number of distinct shared terms. */
  shared: Uint16Array;
}

function grow<T extends Uint32Array | Float32Array | Uint16Array>(arr: T, size: number): T {
  const next = new (arr.constructor as new (n: number) => T)(size);
  next.set(arr);
  return next;
}

/** Most partners kept per sentence of A. */
const MAX_PARTNERS = 12;

/** Distinct weighted terms per sentence (the length used by Dice). */
function termCounts(doc: Pair['a'], weight: Float64Array): Uint16Array {
  const S = sentenceCount(doc);
  const out = new Uint16Array(S);
  for (let s = 0; s < S; s++) {
    let c = 0;
    for (let k = doc.bagStart[s]!; k < doc.bagStart[s + 1]!; k++) if (weight[doc.bagTerm[k]!]! > 0) c++;
    out[s] = c;
  }
  return out;
}

/**
 * All sentence pairs with cosine >= `minCos` sharing at least `minShared` terms. Sentences that
 * are boilerplate in `corpus` take no part.
 */
export function findCandidates(pair: Pair, minCos: number, minShared: number, stats?: FolderStats): Candidates {
  const { a, b, aToB, weightA, normA, normB } = pair;
  const SA = sentenceCount(a);
  const SB = sentenceCount(b);
  const lenA = termCounts(a, weightA);
  const lenB = termCounts(b, pair.weightB);
  const dot = new Float64Array(SB);
  const common = new Uint16Array(SB);
  const touched = new Uint32Array(SB);
  const skipB = new Uint8Array(SB);
  const rowT = new Uint32Array(SB);
  const rowCos = new Float64Array(SB);
  const rowShared = new Uint16Array(SB);
  if (stats) for (let t = 0; t < SB; t++) skipB[t] = isBoilerplate(stats, b.sentenceHash[t]!) ? 1 : 0;

  let cap = 64;
  let out: Candidates = {
    count: 0,
    s: new Uint32Array(cap),
    t: new Uint32Array(cap),
    cos: new Float32Array(cap),
    dice: new Float32Array(cap),
    contain: new Float32Array(cap),
    shared: new Uint16Array(cap),
  };
  for (let s = 0; s < SA; s++) {
    if (normA[s] === 0 || lenA[s]! < minShared) continue;
    if (stats && isBoilerplate(stats, a.sentenceHash[s]!)) continue;
    let nt = 0;
    for (let k = a.bagStart[s]!; k < a.bagStart[s + 1]!; k++) {
      const ta = a.bagTerm[k]!;
      const tb = aToB[ta]!;
      const w = weightA[ta]!;
      if (tb < 0 || w === 0) continue;
      const wa = w * w * a.bagCount[k]!;
      for (let p = b.postStart[tb]!; p < b.postStart[tb + 1]!; p++) {
        const t = b.postSentence[p]!;
        if (common[t] === 0) touched[nt++] = t;
        dot[t]! += wa * b.postCount[p]!;
        common[t]!++;
      }
    }
    // Keep the sentence's best partners only: a text that repeats itself (a list, a page of
    // near-identical entries) would otherwise pair every copy with every copy, quadratically.
    // Among equals, the partners nearest the sentence's proportional place in B come first.
    let kept = 0;
    for (let k = 0; k < nt; k++) {
      const t = touched[k]!;
      const c = common[t]!;
      const cos = dot[t]! / (normA[s]! * normB[t]!);
      dot[t] = 0;
      common[t] = 0;
      if (c < minShared || cos < minCos || skipB[t]) continue;
      rowT[kept] = t;
      rowCos[kept] = cos;
      rowShared[kept] = c;
      kept++;
    }
    let rows = Array.from({ length: kept }, (_, r) => r);
    if (kept > MAX_PARTNERS) {
      const expected = (s * SB) / SA;
      rows = rows
        .sort((x, y) => rowCos[y]! - rowCos[x]! || Math.abs(rowT[x]! - expected) - Math.abs(rowT[y]! - expected))
        .slice(0, MAX_PARTNERS);
    }
    // Emit in B order so the candidates come out sorted by (s, t).
    rows.sort((x, y) => rowT[x]! - rowT[y]!);
    for (const r of rows) {
      const t = rowT[r]!;
      const c = rowShared[r]!;
      if (out.count === cap) {
        cap *= 2;
        out = {
          count: out.count,
          s: grow(out.s, cap),
          t: grow(out.t, cap),
          cos: grow(out.cos, cap),
          dice: grow(out.dice, cap),
          contain: grow(out.contain, cap),
          shared: grow(out.shared, cap),
        };
      }
      const i = out.count++;
      out.s[i] = s;
      out.t[i] = t;
      out.cos[i] = rowCos[r]!;
      out.dice[i] = (2 * c) / (lenA[s]! + lenB[t]!);
      out.contain[i] = c / Math.min(lenA[s]!, lenB[t]!);
      out.shared[i] = c;
    }
  }
  return out;
}
