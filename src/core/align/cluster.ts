/**
 * Chaining seeds into passages. Two seeds belong to the same passage when they are close on both
 * sides and in the same order: the later one in A is not much earlier in B. That is single-linkage
 * clustering in the plane of (A sentence, B sentence) restricted to a band along the diagonal, and
 * it is what separates a moved paragraph from its neighbours: two paragraphs swapped between A and
 * B sit side by side on both axes, but one lies far behind the other's diagonal, so they stay two
 * chains. A small backward tolerance keeps a passage whole when edits shuffle its sentences.
 */
import type { Seeds } from './seeds';

export interface ChainParams {
  /** Unmatched sentences allowed between two linked seeds, on each side. */
  gap: number;
  /** A different allowance on B's side (summaries spread over their source); default `gap`. */
  gapB?: number;
  /** How far back (in sentences of B) a later seed of A may point and still chain. */
  back: number;
  /**
   * Largest change of diagonal between two linked close copies, in tokens (|ΔA - ΔB|). A copy
   * with a sentence dropped or added drifts by about a sentence; a paragraph moved in from
   * elsewhere jumps by its own length.
   */
  drift?: number;
  /** Seeds sharing this share of word pairs count as close copies, held to the drift limit. */
  strong?: number;
}

function find(parent: Uint32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

/**
 * Groups seeds into chains; returns the seed indices of each chain (seeds sorted by s then t, as
 * `selectSeeds` gives them). `subset` restricts the clustering to some seeds.
 */
export function chainSeeds(seeds: Seeds, params: ChainParams, subset?: ArrayLike<number>): number[][] {
  const ids = subset ? Array.from(subset) : Array.from({ length: seeds.count }, (_, i) => i);
  const n = ids.length;
  const parent = new Uint32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const reach = params.gap + 1;
  const reachB = (params.gapB ?? params.gap) + 1;
  for (let i = 0; i < n; i++) {
    const p = ids[i]!;
    const sp = seeds.s[p]!;
    const tp = seeds.t[p]!;
    for (let j = i + 1; j < n; j++) {
      const q = ids[j]!;
      const ds = seeds.s[q]! - sp;
      if (ds > reach) break;
      const dt = seeds.t[q]! - tp;
      if (dt > reachB || dt < -params.back) continue;
      // Only between two close copies: a shuffled or rewritten passage wanders off its diagonal
      // everywhere, while two word-for-word stretches off each other's diagonal were moved.
      // And a close copy interrupted by unshared text on both sides longer than a sentence is two
      // copies (one rewritten sentence inside a copy is an edit of it).
      if (params.drift !== undefined && Math.min(seeds.copy[p]!, seeds.copy[q]!) >= (params.strong ?? 0)) {
        if (seeds.a0[q]! - seeds.a1[p]! > params.drift && seeds.b0[q]! - seeds.b1[p]! > params.drift) continue;
        const da = seeds.a0[q]! - seeds.a0[p]!;
        const db = seeds.b0[q]! - seeds.b0[p]!;
        if (Math.abs(da - db) > params.drift) continue;
      }
      // Same A sentence, B sentences apart: one sentence of A matching two of B is a passage only
      // when those two are neighbours.
      if (ds === 0 && dt > 1 && params.gapB === undefined) continue;
      const x = find(parent, i);
      const y = find(parent, j);
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(parent, i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(ids[i]!);
  }
  return [...groups.values()];
}
