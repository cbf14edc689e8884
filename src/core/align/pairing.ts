/**
 * Sentence pairing inside a reused region. A region says "this stretch of A corresponds to that
 * stretch of B"; what was actually kept is decided sentence by sentence. A newspaper condenses
 * wire copy sentence by sentence, keeps the order, drops some sentences and adds its own, so the
 * two sides' sentences are paired by a monotone alignment (the heaviest chain of sentence pairs
 * increasing on both sides), and a sentence that condenses two neighbours on the other side is
 * paired with both. Reordered sentences left off the chain are paired afterwards with their best
 * free partner in the region.
 *
 * The chain is found over the sparse candidate pairs (sentence pairs that share weighted content
 * words), in O(k log k) with a Fenwick tree of running maxima, so a region of thousands of
 * sentences costs little more than its candidates.
 */
import type { Candidates } from './candidates';

/** Sentences [s0, s1] of A paired with sentences [t0, t1] of B (inclusive). */
export interface SentenceGroup {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

/** Most sentences one side of a group may hold: a condensed sentence meets two or three. */
const MAX_GROUP = 3;

/** Fenwick tree over positions 0..n-1 keeping prefix maxima of (value, id). */
class PrefixMax {
  private readonly value: Float64Array;
  private readonly id: Int32Array;

  constructor(private readonly n: number) {
    this.value = new Float64Array(n + 1).fill(-Infinity);
    this.id = new Int32Array(n + 1).fill(-1);
  }

  update(at: number, value: number, id: number): void {
    for (let i = at + 1; i <= this.n; i += i & -i) {
      if (value > this.value[i]!) {
        this.value[i] = value;
        this.id[i] = id;
      }
    }
  }

  /** Best (value, id) over positions 0..at. */
  query(at: number): [number, number] {
    let best = -Infinity;
    let id = -1;
    for (let i = at + 1; i > 0; i -= i & -i) {
      if (this.value[i]! > best) {
        best = this.value[i]!;
        id = this.id[i]!;
      }
    }
    return [best, id];
  }
}

/** How much a candidate pair is worth to the chain: its cosine times its shared terms. */
const worth = (c: Candidates, k: number) => c.cos[k]! * c.shared[k]!;

/**
 * The candidate pairs on the heaviest chain within sentences [sa0, sa1] x [tb0, tb1]: weakly
 * increasing on both sides (a sentence may meet a neighbour of its partner too), never the same
 * pair twice.
 */
function heaviestChain(c: Candidates, ks: number[], tb0: number, tb1: number): number[] {
  const width = tb1 - tb0 + 1;
  const tree = new PrefixMax(width);
  const best = new Float64Array(ks.length);
  const prev = new Int32Array(ks.length).fill(-1);
  let top = -1;
  // Candidates come sorted by s then t. Within one A sentence, a pair may follow the pair just
  // before it (the same A sentence meeting the next B sentence); across A sentences, any pair with
  // a B sentence at or before its own.
  for (let g = 0; g < ks.length; ) {
    let h = g;
    while (h < ks.length && c.s[ks[h]!] === c.s[ks[g]!]) h++;
    for (let i = g; i < h; i++) {
      const t = c.t[ks[i]!]! - tb0;
      const [before, from] = tree.query(t);
      let value = worth(c, ks[i]!);
      let link = -1;
      if (before > 0) {
        value += before;
        link = from;
      }
      if (i > g && c.t[ks[i]!]! - c.t[ks[i - 1]!]! === 1 && best[i - 1]! + worth(c, ks[i]!) > value) {
        value = best[i - 1]! + worth(c, ks[i]!);
        link = i - 1;
      }
      best[i] = value;
      prev[i] = link;
      if (top < 0 || value > best[top]!) top = i;
    }
    for (let i = g; i < h; i++) tree.update(c.t[ks[i]!]! - tb0, best[i]!, i);
    g = h;
  }
  const chain: number[] = [];
  for (let i = top; i >= 0; i = prev[i]!) chain.push(ks[i]!);
  return chain.reverse();
}

/** Consecutive chain pairs sharing a sentence become one group, up to MAX_GROUP a side. */
function groupChain(c: Candidates, chain: number[]): SentenceGroup[] {
  const groups: SentenceGroup[] = [];
  for (const k of chain) {
    const s = c.s[k]!;
    const t = c.t[k]!;
    const g = groups[groups.length - 1];
    const joins = g && (s === g.s1 || t === g.t1) && Math.max(s, g.s1) - g.s0 < MAX_GROUP && Math.max(t, g.t1) - g.t0 < MAX_GROUP;
    if (joins) {
      g.s1 = Math.max(g.s1, s);
      g.t1 = Math.max(g.t1, t);
    } else groups.push({ s0: s, s1: s, t0: t, t1: t });
  }
  return groups;
}

/**
 * Between two consecutive groups of the chain (and before the first and after the last, within
 * the region), sentences left unpaired on both sides are paired with each other when there are
 * few of them: a copied sentence too short to share two content words ("He denies the charge.")
 * sits between two anchors on both sides, and the diff decides what it kept.
 */
function fillGaps(groups: SentenceGroup[], sa0: number, sa1: number, tb0: number, tb1: number): SentenceGroup[] {
  const out: SentenceGroup[] = [];
  const gap = (s0: number, s1: number, t0: number, t1: number) => {
    if (s1 >= s0 && t1 >= t0 && s1 - s0 < MAX_GROUP && t1 - t0 < MAX_GROUP) out.push({ s0, s1, t0, t1 });
  };
  let s = sa0;
  let t = tb0;
  for (const g of groups) {
    gap(s, g.s0 - 1, t, g.t0 - 1);
    out.push(g);
    s = Math.max(s, g.s1 + 1);
    t = Math.max(t, g.t1 + 1);
  }
  gap(s, sa1, t, tb1);
  return out;
}

/**
 * The sentence groups of the region A sentences [sa0, sa1] x B sentences [tb0, tb1], in A order:
 * the monotone chain with the gaps between its links filled, then sentences it left out on both sides paired with each other when one
 * is the other's best candidate in the region (a sentence moved within the passage).
 */
export function pairSentences(c: Candidates, sa0: number, sa1: number, tb0: number, tb1: number): SentenceGroup[] {
  const ks: number[] = [];
  // Candidates are sorted by s: find the first one of sa0 by binary search.
  let lo = 0;
  let hi = c.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c.s[mid]! < sa0) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < c.count && c.s[k]! <= sa1; k++) if (c.t[k]! >= tb0 && c.t[k]! <= tb1) ks.push(k);
  if (ks.length === 0) return [];
  const chain = heaviestChain(c, ks, tb0, tb1);
  const groups = fillGaps(groupChain(c, chain), sa0, sa1, tb0, tb1);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const g of groups) {
    for (let s = g.s0; s <= g.s1; s++) usedA.add(s);
    for (let t = g.t0; t <= g.t1; t++) usedB.add(t);
  }
  // Left-overs: each free A sentence with its best free B partner, strongest first.
  const free = ks.filter((k) => !usedA.has(c.s[k]!) && !usedB.has(c.t[k]!)).sort((x, y) => worth(c, y) - worth(c, x) || x - y);
  for (const k of free) {
    const s = c.s[k]!;
    const t = c.t[k]!;
    if (usedA.has(s) || usedB.has(t)) continue;
    usedA.add(s);
    usedB.add(t);
    groups.push({ s0: s, s1: s, t0: t, t1: t });
  }
  return groups.sort((x, y) => x.s0 - y.s0 || x.t0 - y.t0);
}
