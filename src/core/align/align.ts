/**
 * alignDocuments: the passages two prepared documents share. The steps, each in its own module:
 * term weights for the pair (pair.ts), sentence pairs sharing weighted words (candidates.ts),
 * seeds narrowed to their shared words (seeds.ts), chains along the diagonal (cluster.ts),
 * validated fragments (fragments.ts), ends snapped, trimmed and extended (extend.ts), summaries
 * (summary.ts), overlaps and weak ones dropped (resolve.ts). Inside each passage the sentences are
 * paired (pairing.ts) and each pair diffed and accounted for (kept.ts); runs of words shared word
 * for word (anchors.ts) find the text lifted outside the passages (lifted.ts); then the order
 * (order.ts) and paraphrases between single sentences (paraphrases.ts).
 *
 * Every step's work is bounded by the size of the two texts, never by a clock: the same two texts
 * (and corpus) give the same passages on any machine, under any load.
 */
import type { AlignOptions, DiffGranularity, Passage } from '../../shared/comparison';
import { findAnchors, type Anchor } from './anchors';
import { assemble, paraphraseDraft, type Draft, type Range } from './assemble';
import { findCandidates, type Candidates } from './candidates';
import type { FolderStats } from './folder-stats';
import type { AlignDocument } from './document';
import { extendFragments, snapToSentences } from './extend';
import { buildFragments, type Fragment } from './fragments';
import { keptPair, sameWords, type KeptPair } from './kept';
import { bestWindow, findLifted } from './lifted';
import { findParaphrases } from './paraphrases';
import { movedFlags } from './order';
import { makePair, type Pair } from './pair';
import { pairSentences } from './pairing';
import { deriveParams, resolveOptions, type AlignParams } from './params';
import { resolveOverlaps, strength } from './resolve';
import { selectSeeds } from './seeds';
import { findSummaries } from './summary';

export interface AlignContext {
  /** Folder statistics: sentences so common across the folder that they are boilerplate, formula trigrams. */
  stats?: FolderStats;
  /**
   * False when only the accounting is wanted (the folder-wide reuse run): the passages, their
   * sentence pairs and what they keep are the same, without the edits the reader would see.
   */
  edits?: boolean;
}

interface Analysis {
  pair: Pair;
  candidates: Candidates;
  fragments: Fragment[];
}

/** Sentences shorter than this many tokens of slack at an end are pulled into a passage. */
const SNAP_LEFTOVER = 6;

function analyze(a: AlignDocument, b: AlignDocument, params: AlignParams, context: AlignContext, paraphrases: boolean): Analysis | null {
  if (a.tokens.count === 0 || b.tokens.count === 0) return null;
  const pair = makePair(a, b);
  if (pair.shared === 0) return null;
  const floor = Math.min(params.seedCos, params.summaryCos, paraphrases ? params.paraphraseCos : 1);
  const candidates = findCandidates(pair, floor, 2, context.stats);
  const seeds = selectSeeds(pair, candidates, params.seedCos, params.seedDice, params.rivalry, params.closeCopy);
  const fragments = buildFragments(pair, seeds, { gap: params.gap, back: params.back, drift: params.drift, strong: params.strongCopy }, params.passageCos, params.closeCopy);
  snapToSentences(pair, fragments, SNAP_LEFTOVER);
  extendFragments(pair, fragments, { minCoverage: params.extendCoverage, slack: 0.25, trimSlack: 0.4, maxSentences: params.gap });
  const summarySeeds = selectSeeds(pair, candidates, params.summaryCos, params.summaryCos, params.rivalry);
  fragments.push(...findSummaries(pair, summarySeeds, fragments));
  const kept = resolveOverlaps(fragments, {
    minWords: params.minWords,
    minEvidence: 1.5 * params.seedCos,
    maxOneSided: 0.5,
  });
  return { pair, candidates, fragments: kept };
}

/**
 * The sentence pairs of a region, each diffed and accounted for. A sentence of A that its place
 * in the monotone chain left keeping nothing (the paper moved it, or condensed it from a sentence
 * far off) is paired again with the sentences of the region that share a run of words with it.
 */
function pairRegion(pair: Pair, candidates: Candidates, anchors: readonly Anchor[], f: Range, granularity: DiffGranularity | null): KeptPair[] {
  const { a, b } = pair;
  const groups = pairSentences(candidates, a.sentenceOf[f.a0]!, a.sentenceOf[f.a1 - 1]!, b.sentenceOf[f.b0]!, b.sentenceOf[f.b1 - 1]!);
  const out: KeptPair[] = [];
  for (const g of groups) {
    const a0 = Math.max(f.a0, a.sentences[g.s0]!);
    const a1 = Math.min(f.a1, a.sentences[g.s1 + 1]!);
    const b0 = Math.max(f.b0, b.sentences[g.t0]!);
    const b1 = Math.min(f.b1, b.sentences[g.t1 + 1]!);
    if (a1 > a0 && b1 > b0) out.push(keptPair(pair, a0, a1, b0, b1, granularity));
  }
  return repair(pair, anchors, f, out, granularity);
}

/** Pairs that keep nothing, replaced by a better pairing of their A sentence within the region. */
function repair(pair: Pair, anchors: readonly Anchor[], f: Range, kept: KeptPair[], granularity: DiffGranularity | null): KeptPair[] {
  const { b } = pair;
  return kept.map((k) => {
    if (k.keptA.length > 0 || k.a1 - k.a0 < 3) return k;
    const partners = new Set<number>();
    for (const r of anchors) {
      if (r.i >= k.a0 && r.i + r.length <= k.a1 && r.j >= f.b0 && r.j + r.length <= f.b1) partners.add(b.sentenceOf[r.j]!);
    }
    if (partners.size === 0) return k;
    const better = bestWindow(pair, k.a0, k.a1, [...partners].sort((x, y) => x - y), granularity);
    if (!better || better.keptA.length === 0) return k;
    // the window stays inside the region on B
    const b0 = Math.max(better.b0, f.b0);
    const b1 = Math.min(better.b1, f.b1);
    return b0 === better.b0 && b1 === better.b1 ? better : keptPair(pair, k.a0, k.a1, b0, b1, granularity);
  });
}

/**
 * Whether range `r` continues region `f`: within a sentence of it on both sides, before it on
 * both or after it on both.
 */
function adjoins(pair: Pair, f: Range, r: Range): boolean {
  const { a, b } = pair;
  const gap = (doc: AlignDocument, x1: number, y0: number) => doc.sentenceOf[y0]! - doc.sentenceOf[Math.max(0, x1 - 1)]!;
  const after = r.a0 >= f.a1 - 1 && r.b0 >= f.b1 - 1 && gap(a, f.a1, r.a0) <= 1 && gap(b, f.b1, r.b0) <= 1;
  const before = r.a1 <= f.a0 + 1 && r.b1 <= f.b0 + 1 && gap(a, r.a1, f.a0) <= 1 && gap(b, r.b1, f.b0) <= 1;
  return after || before;
}

const bounds = (group: KeptPair[]): Range => ({
  a0: Math.min(...group.map((k) => k.a0)),
  a1: Math.max(...group.map((k) => k.a1)),
  b0: Math.min(...group.map((k) => k.b0)),
  b1: Math.max(...group.map((k) => k.b1)),
});

/**
 * The passages: each region with its sentence pairs, and the text lifted outside them. Lifted
 * text next to a region, in its order on both sides, is more of that region; elsewhere it is a
 * passage of its own when it keeps `minWords` words or more.
 */
function passages(analysis: Analysis, anchors: Anchor[], opts: AlignOptions, granularity: DiffGranularity | null): Draft[] {
  const { pair, candidates, fragments } = analysis;
  const regions = fragments.map((f) => ({ f: { a0: f.a0, a1: f.a1, b0: f.b0, b1: f.b1 }, kept: pairRegion(pair, candidates, anchors, f, granularity), score: strength(f) }));
  const lifted: Draft[] = [];
  if (opts.lifted) {
    // A region covers the sentences its pairs keep words of; a sentence of it that keeps nothing
    // (moved far from its source, which lies outside the region on B) is looked for like any other
    const covered = new Uint8Array(pair.a.tokens.count);
    for (const { kept } of regions) for (const k of kept) if (k.keptA.length > 0) covered.fill(1, k.a0, k.a1);
    for (const group of findLifted(pair, anchors, covered, granularity)) {
      const r = bounds(group);
      const home = regions.find(({ f }) => adjoins(pair, f, r));
      if (home) {
        home.f = { a0: Math.min(home.f.a0, r.a0), a1: Math.max(home.f.a1, r.a1), b0: Math.min(home.f.b0, r.b0), b1: Math.max(home.f.b1, r.b1) };
        home.kept.push(...group);
        continue;
      }
      const d = assemble(pair, r, group, group.reduce((n, k) => n + k.equal, 0), anchors);
      // On its own, lifted text must keep `minWords` words word for word, in phrases: two sentences
      // that share a four-word figure ("2,500 US troops remain") state the same fact, they do not
      // copy, and shared words one at a time ("the", "of") are what any two sentences have.
      if (group.reduce((n, k) => n + k.phrased, 0) >= opts.minWords) lifted.push(d);
    }
  }
  return [...regions.map(({ f, kept, score }) => assemble(pair, f, kept, score, anchors)), ...lifted];
}

/**
 * The passages `a` and `b` share, sorted by position in A, numbered k = 0..n-1, with spans as
 * UTF-16 offsets into each document's text. With `options.paraphrase`, single-sentence
 * paraphrases (kind 'paraphrase', with a reason, keeping nothing) come too; with
 * `options.lifted`, short text lifted outside the passages (a quote, a condensed sentence).
 */
export function alignDocuments(
  a: AlignDocument,
  b: AlignDocument,
  options: Partial<AlignOptions> = {},
  context: AlignContext = {},
): Passage[] {
  const opts = resolveOptions(options);
  const params = deriveParams(opts);
  const granularity = context.edits === false ? null : opts.granularity;
  if (a.tokens.count >= opts.minWords && sameWords(a, 0, a.tokens.count, b, 0, b.tokens.count)) {
    // The same words throughout: one verbatim passage, said at once, without the seed machinery
    // that repetitive texts make slow.
    const pair = makePair(a, b);
    const whole = { a0: 0, a1: a.tokens.count, b0: 0, b1: b.tokens.count };
    return [{ k: 0, moved: false, ...assemble(pair, whole, [keptPair(pair, 0, whole.a1, 0, whole.b1, granularity)], whole.a1, []).passage }];
  }
  const analysis = analyze(a, b, params, context, opts.paraphrase);
  if (!analysis) return [];
  const { pair, candidates } = analysis;
  const anchors = findAnchors(pair, context.stats);
  const drafts = passages(analysis, anchors, opts, granularity);
  if (opts.paraphrase) {
    for (const l of findParaphrases(pair, candidates, drafts, { minCos: params.paraphraseCos }, context.stats)) {
      const diff = granularity === null ? null : keptPair(pair, l.a0, l.a1, l.b0, l.b1, granularity);
      drafts.push(paraphraseDraft(pair, l, diff, l.cos, l.reason));
    }
  }
  drafts.sort((x, y) => x.passage.a.start - y.passage.a.start || x.passage.b.start - y.passage.b.start);
  const moved = movedFlags(drafts.map((d) => ({ aStart: d.a0, bStart: d.b0, weight: d.a1 - d.a0 + (d.b1 - d.b0) })));
  return drafts.map((d, k) => ({ k, ...d.passage, moved: moved[k]! }));
}
