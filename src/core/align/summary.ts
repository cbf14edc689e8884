/**
 * Summaries: a short run of sentences on one side whose sentences each echo a different part of
 * a much longer stretch on the other side, in the same order. Ordinary chaining cuts such a link
 * into pieces (the gaps on the long side are far beyond any edit), so it is looked for on its
 * own: chain with a tight gap on the short side and no limit on the long side, then require
 * what tells a summary from chance: several sentences, a long side at least three times longer,
 * seeds spread over it rather than bunched with a stray outlier. When the echoed stretch covers
 * most of the other text, the summary is of that whole text, and the passage says so.
 */
import { chainSeeds } from './cluster';
import { sentenceCount, type AlignDocument } from './document';
import type { Fragment } from './fragments';
import type { Pair } from './pair';
import type { Seeds } from './seeds';
import { rangeSimilarity } from './similarity';
import { SpanIndex } from './span-index';

export interface SummaryParams {
  /** Fewest sentences of the summary that must echo the other side. */
  minSentences: number;
  /** The long side must be this many times longer than the summary. */
  minRatio: number;
  /** Largest gap between echoed places, as a share of the long side's span. */
  maxGapShare: number;
  /** Cosine of the summary with the long span, as wholes. */
  minCos: number;
  /** Echoed sentences per sentence of the long span. */
  minDensity: number;
  /** Mean cosine of the echoes that no ordinary passage explains. */
  minMeanCos: number;
  /** Share of the long text the echoes must reach over. */
  minReach: number;
}

export const SUMMARY_PARAMS: SummaryParams = { minSentences: 3, minRatio: 3, maxGapShare: 0.8, minCos: 0.2, minDensity: 0.05, minReach: 0.33, minMeanCos: 0.3 };

function transpose(seeds: Seeds): Seeds {
  const order = Array.from({ length: seeds.count }, (_, i) => i).sort(
    (x, y) => seeds.t[x]! - seeds.t[y]! || seeds.s[x]! - seeds.s[y]!,
  );
  const pick = <T extends Uint32Array | Float32Array>(arr: T): T => {
    const out = new (arr.constructor as new (n: number) => T)(seeds.count);
    order.forEach((k, i) => (out[i] = arr[k]!));
    return out;
  };
  return {
    count: seeds.count,
    s: pick(seeds.t),
    t: pick(seeds.s),
    cos: pick(seeds.cos),
    copy: pick(seeds.copy),
    a0: pick(seeds.b0),
    a1: pick(seeds.b1),
    b0: pick(seeds.a0),
    b1: pick(seeds.a1),
  };
}

function spansSentences(doc: AlignDocument, t0: number, t1: number): boolean {
  return doc.sentenceOf[t0] !== doc.sentenceOf[t1 - 1];
}

/** Whether seed k lies inside one of the passages (both given in the same orientation). */
function inPassage(seeds: Seeds, k: number, passages: SpanIndex): boolean {
  const x0 = seeds.a0[k]!;
  const x1 = seeds.a1[k]!;
  const y0 = seeds.b0[k]!;
  const y1 = seeds.b1[k]!;
  return passages.near(x0, x1).some((f) => f.a0 <= x0 && x1 <= f.a1 && f.b0 <= y0 && y1 <= f.b1);
}

/** Summary links with the summary on side X (A, or B when `flipped`). */
function oneWay(pair: Pair, seeds: Seeds, passages: SpanIndex, flipped: boolean, params: SummaryParams): Fragment[] {
  const x: AlignDocument = flipped ? pair.b : pair.a;
  const y: AlignDocument = flipped ? pair.a : pair.b;
  const out: Fragment[] = [];
  for (const group of chainSeeds(seeds, { gap: 1, gapB: sentenceCount(y), back: sentenceCount(y) })) {
    // Each summary sentence counts by its best echo only. A copied passage's sentences have their
    // best partners in one compact place (the copy), however many weaker look-alikes surround it;
    // a summary's best partners are spread over what it condenses.
    const bestOf = new Map<number, number>();
    for (const k of group) {
      const b = bestOf.get(seeds.s[k]!);
      if (b === undefined || seeds.cos[k]! > seeds.cos[b]!) bestOf.set(seeds.s[k]!, k);
    }
    // Sentences whose best echo already sits in an ordinary passage (several sentences on both
    // sides, of comparable length) are explained by it: only the rest can make a summary. Seen
    // from a short source, several copied passages scattered over a long text look like one.
    const chain = [...bestOf.values()];
    let explained = 0;
    for (const k of chain) if (inPassage(seeds, k, passages)) explained++;
    if (explained > 0.5 * chain.length) continue;
    // What is left must echo clearly, not at the floor of the seed threshold: two texts on one
    // subject have many faint sentence resemblances, a summary has distinct ones.
    let residual = 0;
    for (const k of chain) if (!inPassage(seeds, k, passages)) residual += seeds.cos[k]!;
    if (residual < params.minMeanCos * (chain.length - explained)) continue;
    const ys = new Set(chain.map((k) => seeds.t[k]!));
    if (chain.length < params.minSentences || ys.size < params.minSentences) continue;
    let x0 = Infinity;
    let x1 = 0;
    let y0 = Infinity;
    let y1 = 0;
    for (const k of chain) {
      x0 = Math.min(x0, seeds.a0[k]!);
      x1 = Math.max(x1, seeds.a1[k]!);
      y0 = Math.min(y0, seeds.b0[k]!);
      y1 = Math.max(y1, seeds.b1[k]!);
    }
    if (y1 - y0 < params.minRatio * (x1 - x0)) continue;
    const centers = chain.map((k) => (seeds.b0[k]! + seeds.b1[k]!) / 2).sort((p, q) => p - q);
    let widest = 0;
    for (let i = 1; i < centers.length; i++) widest = Math.max(widest, centers[i]! - centers[i - 1]!);
    if (widest > params.maxGapShare * (y1 - y0)) continue;
    // Most sentences of the summary's own span must echo the other side.
    const firstX = x.sentenceOf[x0]!;
    const lastX = x.sentenceOf[x1 - 1]!;
    if (chain.length < 0.5 * (lastX - firstX + 1)) continue;
    // And the echoes must be a fair sample of the long side, not three hits in a long document.
    if (ys.size < params.minDensity * (y.sentenceOf[y1 - 1]! - y.sentenceOf[y0]! + 1)) continue;
    // A summary of the whole text: its echoes reach over at least half of it. (A short passage
    // echoing a few sentences of one part of a long text is what chance resemblance between two
    // texts on one subject looks like, and is left to the ordinary passages.)
    if (y1 - y0 < params.minReach * y.tokens.count) continue;
    y0 = 0;
    y1 = y.tokens.count;
    const [a0, a1, b0, b1] = flipped ? [y0, y1, x0, x1] : [x0, x1, y0, y1];
    const cos = rangeSimilarity(pair, a0, a1, b0, b1).cos;
    if (cos < params.minCos) continue;
    let evidence = 0;
    for (const k of chain) evidence += seeds.cos[k]!;
    out.push({ a0, a1, b0, b1, seeds: [], cos, evidence, origin: 'summary', close: false });
  }
  return out;
}

/**
 * Summary links in either direction, beside the ordinary `fragments` (a copied passage is
 * evidence against a summary reading of the same sentences).
 */
export function findSummaries(pair: Pair, seeds: Seeds, fragments: Fragment[], params: SummaryParams = SUMMARY_PARAMS): Fragment[] {
  if (seeds.count < params.minSentences) return [];
  // Ordinary passages: more than one seed, and neither side more than twice the other.
  const passages = fragments.filter((f) => {
    const la = f.a1 - f.a0;
    const lb = f.b1 - f.b0;
    return spansSentences(pair.a, f.a0, f.a1) && spansSentences(pair.b, f.b0, f.b1) && Math.max(la, lb) <= 2 * Math.min(la, lb);
  });
  const index = new SpanIndex('a');
  const flipped = new SpanIndex('a');
  for (const f of passages) {
    index.add(f);
    flipped.add({ ...f, a0: f.b0, a1: f.b1, b0: f.a0, b1: f.a1 });
  }
  return [...oneWay(pair, seeds, index, false, params), ...oneWay(pair, transpose(seeds), flipped, true, params)];
}
