/**
 * From chains of seeds to candidate passages ("fragments"): the span each chain covers on both
 * sides, checked as a whole. A chain whose two spans are not alike as a whole was glued together
 * across unrelated text; it is chained again with a smaller gap, down to seeds that touch, and
 * the parts that hold up are kept (the validation step of Sanchez-Perez et al. 2014).
 */
import { chainSeeds, type ChainParams } from './cluster';
import type { Pair } from './pair';
import type { Seeds } from './seeds';
import { rangeSimilarity } from './similarity';

export interface Fragment {
  /** A tokens [a0, a1), B tokens [b0, b1). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  /** Seeds inside, by index into the seed arrays. */
  seeds: number[];
  /** Cosine of the two spans as wholes. */
  cos: number;
  /** Sum of the seeds' cosines: how much sentence-level evidence backs the fragment. */
  evidence: number;
  /** How the fragment was found. */
  origin: 'chain' | 'summary';
  /**
   * Most of its evidence is close copying (seeds whose word pairs are mostly shared). Its ends
   * are where the close copying ends: looser resemblances beyond are not stretched into it.
   */
  close: boolean;
}

/**
 * The bounding spans of a group of seeds. A group is a close copy when its seeds' word pairs are
 * shared at `closeCopy` or more on average (weighted by cosine); its bounds then come from its
 * close seeds (`strongCopy` or more), and the looser ones count where they fall inside.
 */
export function boundSeeds(
  pair: Pair,
  seeds: Seeds,
  group: number[],
  origin: Fragment['origin'],
  closeCopy = Infinity,
  strongCopy = 0.7,
): Fragment {
  let evidence = 0;
  let copied = 0;
  for (const k of group) {
    evidence += seeds.cos[k]!;
    copied += seeds.cos[k]! * seeds.copy[k]!;
  }
  const close = copied >= closeCopy * evidence;
  let a0 = Infinity;
  let a1 = 0;
  let b0 = Infinity;
  let b1 = 0;
  for (const k of group) {
    if (close && seeds.copy[k]! < strongCopy) continue;
    a0 = Math.min(a0, seeds.a0[k]!);
    a1 = Math.max(a1, seeds.a1[k]!);
    b0 = Math.min(b0, seeds.b0[k]!);
    b1 = Math.max(b1, seeds.b1[k]!);
  }
  const cos = rangeSimilarity(pair, a0, a1, b0, b1).cos;
  return { a0, a1, b0, b1, seeds: group, cos, evidence, origin, close };
}

/**
 * Chains the seeds and returns the fragments whose spans are alike as wholes (cosine at least
 * `minCos`), splitting chains that fail into tighter chains.
 */
export function buildFragments(pair: Pair, seeds: Seeds, chain: ChainParams, minCos: number, closeCopy: number): Fragment[] {
  const out: Fragment[] = [];
  const visit = (group: number[], gap: number) => {
    const f = boundSeeds(pair, seeds, group, 'chain', closeCopy, chain.strong);
    if (f.cos >= minCos) {
      out.push(f);
      return;
    }
    if (gap <= 0 || group.length < 2) return;
    for (const sub of chainSeeds(seeds, { ...chain, gap: gap - 1 }, group)) visit(sub, gap - 1);
  };
  for (const group of chainSeeds(seeds, chain)) visit(group, chain.gap);
  return out;
}
