/**
 * Who copies whom: the outlets of the folder as a graph, laid out by the backend (positions in a
 * `width` x `height` box), so the renderer only draws. The same numbers are the outlet table's.
 */

export interface OutletNode {
  /** The outlet's name; null for the articles whose outlet is unknown, drawn as one node. */
  outlet: string | null;
  articles: number;
  /** Articles of this outlet that share passages with another article of the folder. */
  sharing: number;
  x: number;
  y: number;
  /** Radius, growing with the square root of `articles` (area for count). */
  r: number;
  /** Drawn with its name: the largest outlets are; the rest are named when chosen (many names overlap). */
  named: boolean;
}

export interface OutletEdge {
  /** Indexes into `OutletGraph.nodes`. */
  source: number;
  target: number;
  /** Article pairs sharing passages, and the words each side's articles share. */
  copies: number;
  wordsSource: number;
  wordsTarget: number;
  /** Pairs in which the source's (or target's) article was published first. */
  firstSource: number;
  firstTarget: number;
}

export interface OutletGraph {
  nodes: OutletNode[];
  /** Pairs of different outlets only; an outlet reusing its own text is counted in the table. */
  edges: OutletEdge[];
  width: number;
  height: number;
}
