/**
 * The last filter over candidate passages: too short to matter, or competing for the same text.
 * Two fragments overlapping on both sides are pieces of one passage and become one (granularity:
 * one reused passage is one passage on screen). A fragment that overlaps a stronger one on one
 * side only claims that text corresponds to something else as well; when the overlap is a large
 * part of it, the stronger claim wins.
 */
import type { Fragment } from './fragments';
import { SpanIndex } from './span-index';

function overlap(x0: number, x1: number, y0: number, y1: number): number {
  return Math.max(0, Math.min(x1, y1) - Math.max(x0, y0));
}

/**
 * Strength used to rank competing fragments: how much sentence-level evidence backs it, times how
 * alike its two sides are as wholes. Length alone would let a long, loose fragment (a page that
 * repeats its topic words everywhere) push out a short, tight one.
 */
export function strength(f: Fragment): number {
  return f.evidence * f.cos;
}

export interface ResolveParams {
  /** Shortest passage kept, in tokens on either side. */
  minWords: number;
  /** Least evidence (sum of seed cosines) a passage needs: a lone seed must be a clear one. */
  minEvidence: number;
  /** A fragment sharing more than this share of its text with a stronger one on one side goes. */
  maxOneSided: number;
}

/**
 * Merges fragments that overlap on both sides, drops those mostly inside a stronger one on one
 * side, then drops the ones too short or too weakly supported.
 */
export function resolveOverlaps(fragments: Fragment[], params: ResolveParams): Fragment[] {
  const { minWords, minEvidence, maxOneSided } = params;
  const ranked = [...fragments].sort((x, y) => strength(y) - strength(x));
  const rank = new Map(ranked.map((f, i) => [f, i]));
  const byA = new SpanIndex('a');
  const byB = new SpanIndex('b');
  const keep = (f: Fragment) => {
    byA.add(f);
    byB.add(f);
  };
  const drop = (f: Fragment) => {
    byA.remove(f);
    byB.remove(f);
  };
  const kept = new Set<Fragment>();
  for (const f of ranked) {
    const aroundA = byA.near(f.a0, f.a1);
    // The strongest kept fragment this one overlaps on both sides absorbs it.
    const same = aroundA.filter((g) => overlapsBoth(f, g)).sort((x, y) => rank.get(x)! - rank.get(y)!)[0];
    if (same) {
      drop(same);
      absorb(same, f);
      keep(same);
      continue;
    }
    const rival =
      aroundA.some((g) => overlap(f.a0, f.a1, g.a0, g.a1) > maxOneSided * (f.a1 - f.a0)) ||
      byB.near(f.b0, f.b1).some((g) => overlap(f.b0, f.b1, g.b0, g.b1) > maxOneSided * (f.b1 - f.b0));
    if (rival) continue;
    kept.add(f);
    keep(f);
  }
  // A merge widens a fragment, which may now overlap another kept one: merge until none do.
  for (let merged = true; merged; ) {
    merged = false;
    for (const f of kept) {
      const other = byA.near(f.a0, f.a1).find((g) => g !== f && overlapsBoth(f, g));
      if (!other) continue;
      drop(f);
      drop(other);
      absorb(f, other);
      kept.delete(other);
      keep(f);
      merged = true;
      break;
    }
  }
  return [...kept]
    .filter((f) => f.a1 - f.a0 >= minWords && f.b1 - f.b0 >= minWords && f.evidence >= minEvidence)
    .sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}

/**
 * Two fragments are pieces of one passage when they overlap on both sides along about the same
 * diagonal (their overlapping parts correspond), or when one of them is a summary (which spans
 * the text its pieces echo). In a text that repeats itself, copies pair along parallel diagonals
 * that overlap on both sides without corresponding; those are rivals, not pieces.
 */
function overlapsBoth(f: Fragment, g: Fragment): boolean {
  if (overlap(f.a0, f.a1, g.a0, g.a1) <= 0 || overlap(f.b0, f.b1, g.b0, g.b1) <= 0) return false;
  if (f.origin === 'summary' || g.origin === 'summary') return true;
  return Math.abs(f.b0 - f.a0 - (g.b0 - g.a0)) <= DIAGONAL_SLACK;
}

/** Tokens two pieces of one passage may be off each other's diagonal (about a sentence). */
const DIAGONAL_SLACK = 30;

/** Widens `g` to cover `f` too; a summary absorbing or absorbed stays a summary. */
function absorb(g: Fragment, f: Fragment): void {
  g.a0 = Math.min(g.a0, f.a0);
  g.a1 = Math.max(g.a1, f.a1);
  g.b0 = Math.min(g.b0, f.b0);
  g.b1 = Math.max(g.b1, f.b1);
  g.seeds = g.seeds.concat(f.seeds);
  g.evidence += f.evidence;
  if (f.origin === 'summary') g.origin = 'summary';
}
