/**
 * Walking a drawn graph by keyboard: arrow keys go to the nearest node in that direction (as a
 * sighted reader's eye would), Home and End to the first and last; and what a node's neighbours
 * are, in words, for its label and the panel beside the graph.
 */
import type { OutletGraph } from '../../../shared/graph';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The node nearest to `from` in `direction` (within 60° of it), or `from` when there is none. */
export function nextNode(graph: Pick<OutletGraph, 'nodes'>, from: number, direction: Direction): number {
  const here = graph.nodes[from];
  if (!here) return from;
  const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  let best = from;
  let bestScore = Infinity;
  graph.nodes.forEach((n, i) => {
    if (i === from) return;
    const vx = n.x - here.x;
    const vy = n.y - here.y;
    const along = vx * dx! + vy * dy!;
    const across = Math.abs(vx * dy! - vy * dx!);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
    // distance, with straying from the direction counted double
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && i < best)) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

export interface Neighbour {
  node: number;
  copies: number;
  /** Words of this node's articles, and of the neighbour's, in the shared passages. */
  wordsHere: number;
  wordsThere: number;
  /** Pairs in which this node's article (or the neighbour's) came out first. */
  firstHere: number;
  firstThere: number;
}

/** The outlets `node` shares text with, the most article pairs first. */
export function neighbours(graph: OutletGraph, node: number): Neighbour[] {
  const out: Neighbour[] = [];
  for (const e of graph.edges) {
    if (e.source !== node && e.target !== node) continue;
    const here = e.source === node;
    out.push({
      node: here ? e.target : e.source,
      copies: e.copies,
      wordsHere: here ? e.wordsSource : e.wordsTarget,
      wordsThere: here ? e.wordsTarget : e.wordsSource,
      firstHere: here ? e.firstSource : e.firstTarget,
      firstThere: here ? e.firstTarget : e.firstSource,
    });
  }
  return out.sort((x, y) => y.copies - x.copies || y.wordsHere + y.wordsThere - (x.wordsHere + x.wordsThere));
}

/** An outlet's name as shown. */
export const outletName = (outlet: string | null) => outlet ?? 'Outlet unknown';
