/**
 * How alike two token ranges are, as the cosine of their weighted term vectors. This is the check
 * a candidate passage must pass as a whole: chaining links seeds by proximity, and a chain that
 * bridged a long unrelated stretch shows it here as a low similarity.
 */
import type { Pair } from './pair';

interface Scratch {
  /** Per A term: weight mass in the A range and (for shared terms) in the B range. */
  va: Float64Array;
  vb: Float64Array;
  /** Per B term the other document lacks: weight mass in the B range. */
  vo: Float64Array;
  touched: Uint32Array;
  touchedOnly: Uint32Array;
}

const scratches = new WeakMap<Pair, Scratch>();

function scratch(pair: Pair): Scratch {
  let s = scratches.get(pair);
  if (!s) {
    const n = pair.a.vocab.length;
    const m = pair.b.vocab.length;
    s = {
      va: new Float64Array(n),
      vb: new Float64Array(n),
      vo: new Float64Array(m),
      touched: new Uint32Array(n),
      touchedOnly: new Uint32Array(m),
    };
    scratches.set(pair, s);
  }
  return s;
}

export interface RangeSimilarity {
  /** Cosine of the weighted term vectors of A tokens [a0, a1) and B tokens [b0, b1). */
  cos: number;
  /** Share of the A range's content words whose term occurs in the B range. */
  coveredA: number;
  /** Share of the B range's content words whose term occurs in the A range. */
  coveredB: number;
}

/** Similarity of two token ranges in this pair's term weights. */
export function rangeSimilarity(pair: Pair, a0: number, a1: number, b0: number, b1: number): RangeSimilarity {
  const { a, b, weightA, weightB, bToA } = pair;
  const { va, vb, vo, touched, touchedOnly } = scratch(pair);
  let nt = 0;
  let no = 0;
  let contentA = 0;
  let contentB = 0;
  for (let i = a0; i < a1; i++) {
    const t = a.terms[i]!;
    if (t < 0 || weightA[t] === 0) continue;
    contentA++;
    if (va[t] === 0) touched[nt++] = t;
    va[t]! += weightA[t]!;
  }
  let coveredB = 0;
  for (let j = b0; j < b1; j++) {
    const u = b.terms[j]!;
    if (u < 0 || weightB[u] === 0) continue;
    contentB++;
    const t = bToA[u]!;
    if (t < 0) {
      if (vo[u] === 0) touchedOnly[no++] = u;
      vo[u]! += weightB[u]!;
      continue;
    }
    if (va[t]! > 0) coveredB++;
    else if (vb[t] === 0) touched[nt++] = t;
    vb[t]! += weightB[u]!;
  }
  let coveredA = 0;
  for (let i = a0; i < a1; i++) {
    const t = a.terms[i]!;
    if (t >= 0 && vb[t]! > 0) coveredA++;
  }
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let k = 0; k < nt; k++) {
    const t = touched[k]!;
    dot += va[t]! * vb[t]!;
    normA += va[t]! * va[t]!;
    normB += vb[t]! * vb[t]!;
    va[t] = 0;
    vb[t] = 0;
  }
  for (let k = 0; k < no; k++) {
    const u = touchedOnly[k]!;
    normB += vo[u]! * vo[u]!;
    vo[u] = 0;
  }
  return {
    cos: normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0,
    coveredA: contentA ? coveredA / contentA : 0,
    coveredB: contentB ? coveredB / contentB : 0,
  };
}
