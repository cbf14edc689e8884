/**
 * alignDocuments: the passages two prepared documents share. The steps, each in its own module:
 * term weights for the pair (pair.ts), sentence pairs sharing weighted words (candidates.ts),
 * seeds narrowed to their shared words (seeds.ts), chains along the diagonal (cluster.ts),
 * validated fragments (fragments.ts), summaries (summary.ts), overlaps and short ones dropped
 * (resolve.ts), then per passage: spans, word edits, kind, order.
 */
import type { AlignOptions, Passage } from '../../shared/comparison';
import { findCandidates } from './candidates';
import { extendFragments } from './extend';
import type { AlignCorpus } from './corpus';
import type { AlignDocument } from './document';
import { buildFragments, type Fragment } from './fragments';
import { makePair } from './pair';
import { deriveParams, resolveOptions, type AlignParams } from './params';
import { resolveOverlaps } from './resolve';
import { selectSeeds } from './seeds';
import { tokenSpan } from './spans';
import { findSummaries } from './summary';

export interface AlignContext {
  /** Corpus statistics: boilerplate sentences and term weights over many documents. */
  corpus?: AlignCorpus;
}

/**
 * The shared passages as token ranges with their evidence, before spans and edits: the part of
 * the engine that decides what is shared. Exposed for tests and diagnostics.
 */
export function alignFragments(a: AlignDocument, b: AlignDocument, params: AlignParams, context: AlignContext = {}): Fragment[] {
  if (a.tokens.count === 0 || b.tokens.count === 0) return [];
  const pair = makePair(a, b, context.corpus);
  if (pair.shared === 0) return [];
  const candidates = findCandidates(pair, Math.min(params.seedCos, params.summaryCos), 2, context.corpus);
  const seeds = selectSeeds(pair, candidates, params.seedCos, params.seedDice, params.rivalry);
  const summarySeeds = selectSeeds(pair, candidates, params.summaryCos, params.summaryCos, params.rivalry);
  const fragments = buildFragments(pair, seeds, { gap: params.gap, back: params.back }, params.passageCos);
  extendFragments(pair, fragments, { minCoverage: params.extendCoverage, slack: 0.25, trimSlack: 0.4, maxSentences: params.gap });
  fragments.push(...findSummaries(pair, summarySeeds, fragments));
  return resolveOverlaps(fragments, { minWords: params.minWords, minEvidence: 1.5 * params.seedCos, maxOneSided: 0.5 });
}

/** The passages `a` and `b` share, sorted by position in A, numbered k = 0..n-1. */
export function alignDocuments(
  a: AlignDocument,
  b: AlignDocument,
  options: Partial<AlignOptions> = {},
  context: AlignContext = {},
): Passage[] {
  const params = deriveParams(resolveOptions(options));
  const kept = alignFragments(a, b, params, context);
  return kept.map((f, k) => ({
    k,
    a: tokenSpan(a.tokens, f.a0, f.a1),
    b: tokenSpan(b.tokens, f.b0, f.b1),
    kind: 'edited',
    similarity: f.cos,
    score: f.evidence,
    moved: false,
    edits: [],
  }));
}
