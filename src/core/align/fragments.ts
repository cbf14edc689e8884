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
}

/** The bounding spans of a group of seeds. */
export function boundSeeds(pair: Pair, seeds: Seeds, group: number[], origin: Fragment['origin']): Fragment {
  let a0 = Infinity;
  let a1 = 0;
  let b0 = Infinity;
  let b1 = 0;
  let evidence = 0;
  for (const k of group) {
    a0 = Math.min(a0, seeds.a0[k]!);
    a1 = Math.max(a1, seeds.a1[k]!);
    b0 = Math.min(b0, seeds.b0[k]!);
    b1 = Math.max(b1, seeds.b1[k]!);
    evidence += seeds.cos[k]!;
  }
  const cos = rangeSimilarity(pair, a0, a1, b0, b1).cos;
  return { a0, a1, b0, b1, seeds: group, cos, evidence, origin };
}

/**
 * Chains the seeds and returns the fragments whose spans are alike as wholes (cosine at least
 * `minCos`), splitting chains that fail into tighter chains.
 */
export function buildFragments(pair: Pair, seeds: Seeds, chain: ChainParams, minCos: number): Fragment[] {
  const out: Fragment[] = [];
  const visit = (group: number[], gap: number) => {
    const f = boundSeeds(pair, seeds, group, 'chain');
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
