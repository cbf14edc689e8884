/**
 * Seeds: the sentence pairs strong enough to start a passage, each narrowed to the words that
 * actually correspond. A sentence pair says "these two sentences share content"; its token
 * rectangle says where: from the first to the last word of each sentence that the other one
 * shares. That keeps a passage from swallowing the unshared half of a sentence, e.g. when a copied
 * passage ends without a period and the next, unrelated sentence runs on from it.
 */
import type { Candidates } from './candidates';
import type { Pair } from './pair';

export interface Seeds {
  count: number;
  /** Sentence indices on each side, sorted by s then t. */
  s: Uint32Array;
  t: Uint32Array;
  cos: Float32Array;
  /**
   * Share of word pairs (two consecutive words, function words included) the two sentences
   * share, of the shorter one's: near 1 for a copy, low for a paraphrase or a translation even
   * when the content words (and so the cosine) agree.
   */
  copy: Float32Array;
  /** Token rectangle: A tokens [a0, a1), B tokens [b0, b1). */
  a0: Uint32Array;
  a1: Uint32Array;
  b0: Uint32Array;
  b1: Uint32Array;
}

/**
 * The candidates that pass both similarity thresholds become seeds, unless one of their two
 * sentences has a much better partner: a sentence copied word for word into B is that sentence's
 * match, and its looser resemblances to the neighbouring sentences of a repetitive page are not
 * (they would stretch the passage over text that was not copied). A summary sentence that
 * condenses three sentences resembles each of them about equally, and keeps all three.
 * A seed whose word pairs are shared at `verbatim` or more is a sentence copied word for word:
 * its rectangle is narrowed to where the words run in the same order on both sides.
 */
export function selectSeeds(
  pair: Pair,
  c: Candidates,
  minCos: number,
  minDice: number,
  rivalry: number,
  verbatim = Infinity,
): Seeds {
  // Enough of both sentences shared (Dice), or, with three shared terms at least, most of the
  // shorter one (a sentence that the other version ran together with its neighbours).
  const overlaps = (i: number) => c.dice[i]! >= minDice || (c.shared[i]! >= 3 && c.contain[i]! >= 1.5 * minDice);
  const bestA = new Float32Array(pair.normA.length);
  const bestB = new Float32Array(pair.normB.length);
  for (let i = 0; i < c.count; i++) {
    if (!overlaps(i)) continue;
    bestA[c.s[i]!] = Math.max(bestA[c.s[i]!]!, c.cos[i]!);
    bestB[c.t[i]!] = Math.max(bestB[c.t[i]!]!, c.cos[i]!);
  }
  const keep: number[] = [];
  for (let i = 0; i < c.count; i++) {
    const cos = c.cos[i]!;
    if (cos < minCos || !overlaps(i)) continue;
    if (cos < rivalry * Math.max(bestA[c.s[i]!]!, bestB[c.t[i]!]!)) continue;
    keep.push(i);
  }
  const n = keep.length;
  const seeds: Seeds = {
    count: n,
    s: new Uint32Array(n),
    t: new Uint32Array(n),
    cos: new Float32Array(n),
    copy: new Float32Array(n),
    a0: new Uint32Array(n),
    a1: new Uint32Array(n),
    b0: new Uint32Array(n),
    b1: new Uint32Array(n),
  };
  const stampA = new Uint32Array(pair.a.vocab.length);
  const stampB = new Uint32Array(pair.b.vocab.length);
  for (let k = 0; k < n; k++) {
    const i = keep[k]!;
    const s = c.s[i]!;
    const t = c.t[i]!;
    seeds.s[k] = s;
    seeds.t[k] = t;
    seeds.cos[k] = c.cos[i]!;
    seeds.copy[k] = sharedBigrams(pair.a, s, pair.b, t);
    let [a0, a1] = sharedRange(pair.a, s, pair.b, t, pair.bToA, stampA, k + 1);
    let [b0, b1] = sharedRange(pair.b, t, pair.a, s, pair.aToB, stampB, k + 1);
    // A sentence copied word for word ends where the words stop running on both sides.
    if (seeds.copy[k]! >= verbatim) {
      [a0, a1] = copiedRange(pair.a, s, pair.b, t, a0, a1);
      [b0, b1] = copiedRange(pair.b, t, pair.a, s, b0, b1);
    }
    seeds.a0[k] = a0;
    seeds.a1[k] = a1;
    seeds.b0[k] = b0;
    seeds.b1[k] = b1;
  }
  return seeds;
}

/**
 * Share of the shorter sentence's consecutive word pairs found in the other (sentence cuts
 * differ between versions: a copied sentence may be half of a longer one on the other side).
 */
function sharedBigrams(x: Pair['a'], s: number, y: Pair['a'], t: number): number {
  const yFrom = y.sentences[t]!;
  const yTo = y.sentences[t + 1]!;
  const from = x.sentences[s]!;
  const to = x.sentences[s + 1]!;
  if (to - from < 2 || yTo - yFrom < 2) return 0;
  let found = 0;
  for (let i = from; i + 1 < to; i++) {
    const w0 = x.words[i]!;
    const w1 = x.words[i + 1]!;
    for (let j = yFrom; j + 1 < yTo; j++) {
      if (y.words[j] === w0 && y.words[j + 1] === w1) {
        found++;
        break;
      }
    }
  }
  return Math.min(1, found / (Math.min(to - from, yTo - yFrom) - 1));
}

/**
 * Tokens of sentence `s` of `x` from the first to the last content word that sentence `t` of `y`
 * also has, widened over adjacent function words that `t` has too ("the", "of": a passage copied
 * from "The committee" starts at "The").
 */
function sharedRange(
  x: Pair['a'],
  s: number,
  y: Pair['a'],
  t: number,
  yToX: Int32Array,
  stamp: Uint32Array,
  mark: number,
): [number, number] {
  for (let k = y.bagStart[t]!; k < y.bagStart[t + 1]!; k++) {
    const u = yToX[y.bagTerm[k]!]!;
    if (u >= 0) stamp[u] = mark;
  }
  const from = x.sentences[s]!;
  const to = x.sentences[s + 1]!;
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const term = x.terms[i]!;
    if (term >= 0 && stamp[term] === mark) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return [from, to];
  const yFrom = y.sentences[t]!;
  const yTo = y.sentences[t + 1]!;
  const has = (word: number) => {
    for (let j = yFrom; j < yTo; j++) if (y.words[j] === word) return true;
    return false;
  };
  while (first > from && x.terms[first - 1]! < 0 && has(x.words[first - 1]!)) first--;
  while (last + 1 < to && x.terms[last + 1]! < 0 && has(x.words[last + 1]!)) last++;
  return [first, last + 1];
}

/** Key of the word pair (w0, w1). */
const pairKey = (w0: number, w1: number) => (Math.imul(w0, 0x9e3779b1) ^ w1) >>> 0;

/**
 * Narrows [from, to), within sentence `s` of `x`, to where its words run in the same order in
 * sentence `t` of `y`: from the first to the last word of a run of three or more words that `t`
 * has too, consecutively. A copied sentence is such runs from end to end; when it runs on into
 * unrelated text (no full stop between), the words that text shares with `t` by chance are
 * scattered, not in runs, and stay out. Unchanged when no such run lies inside [from, to).
 */
function copiedRange(x: Pair['a'], s: number, y: Pair['a'], t: number, from: number, to: number): [number, number] {
  const pairs = new Set<number>();
  for (let j = y.sentences[t]!; j + 1 < y.sentences[t + 1]!; j++) pairs.add(pairKey(y.words[j]!, y.words[j + 1]!));
  const sFrom = x.sentences[s]!;
  const sTo = x.sentences[s + 1]!;
  let first = -1;
  let last = -1;
  for (let i = sFrom; i + 2 < sTo; i++) {
    if (!pairs.has(pairKey(x.words[i]!, x.words[i + 1]!)) || !pairs.has(pairKey(x.words[i + 1]!, x.words[i + 2]!))) continue;
    if (first < 0) first = i;
    last = i + 3;
  }
  const lo = Math.max(from, first);
  const hi = Math.min(to, last);
  return first >= 0 && lo < hi ? [lo, hi] : [from, to];
}
