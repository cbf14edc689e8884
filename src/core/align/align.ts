/**
 * alignDocuments: the passages two prepared documents share. The steps, each in its own module:
 * term weights for the pair (pair.ts), sentence pairs sharing weighted words (candidates.ts),
 * seeds narrowed to their shared words (seeds.ts), chains along the diagonal (cluster.ts),
 * validated fragments (fragments.ts), ends snapped, trimmed and extended (extend.ts), summaries
 * (summary.ts), overlaps and weak ones dropped (resolve.ts); then per passage the spans, the word
 * edits (edits.ts, under a time budget), the kind, the order (order.ts), and paraphrase links
 * between single sentences (links.ts).
 */
import type { AlignOptions, Passage } from '../../shared/comparison';
import { DEFAULT_DIFF_BUDGET_MS, startBudget, type Budget } from './budget';
import { findCandidates, type Candidates } from './candidates';
import type { AlignCorpus } from './corpus';
import type { AlignDocument } from './document';
import { passageEdits, sameWords } from './edits';
import { extendFragments, snapToSentences } from './extend';
import { buildFragments, type Fragment } from './fragments';
import { findLinks } from './links';
import { movedFlags } from './order';
import { makePair, type Pair } from './pair';
import { deriveParams, resolveOptions, type AlignParams } from './params';
import { matchReason } from './reasons';
import { resolveOverlaps, strength } from './resolve';
import { selectSeeds } from './seeds';
import { tokenSpan } from './spans';
import { findSummaries } from './summary';

export interface AlignContext {
  /** Corpus statistics: sentences so common across the corpus that they are boilerplate. */
  corpus?: AlignCorpus;
  /**
   * Milliseconds allowed for the word diffs inside passages (default 250). When it runs out, the
   * remaining passages come without edits (weakest last); the passages themselves are always
   * complete.
   */
  diffBudgetMs?: number;
  /** Clock for the budget (tests), performance.now by default. */
  now?: () => number;
}

interface Analysis {
  pair: Pair;
  candidates: Candidates;
  fragments: Fragment[];
}

/** Sentences shorter than this many tokens of slack at an end are pulled into a passage. */
const SNAP_LEFTOVER = 6;

function analyze(a: AlignDocument, b: AlignDocument, params: AlignParams, context: AlignContext, links: boolean): Analysis | null {
  if (a.tokens.count === 0 || b.tokens.count === 0) return null;
  const pair = makePair(a, b);
  if (pair.shared === 0) return null;
  const floor = Math.min(params.seedCos, params.summaryCos, links ? params.linkCos : 1);
  const candidates = findCandidates(pair, floor, 2, context.corpus);
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

interface Draft {
  passage: Omit<Passage, 'k' | 'moved'>;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  strength: number;
  /** Summaries and links get no inner diff. */
  diff: boolean;
}

function fillEdits(pair: Pair, drafts: Draft[], options: AlignOptions, budget: Budget): void {
  // Strongest passages first: when the budget runs out, the weakest go without edits.
  for (const d of [...drafts].sort((x, y) => y.strength - x.strength)) {
    if (!d.diff) continue;
    const result = passageEdits(pair.a, d.a0, d.a1, pair.b, d.b0, d.b1, options.granularity, budget);
    if (!result) continue;
    d.passage.edits = result.edits;
    if (d.passage.kind !== 'verbatim') d.passage.similarity = result.similarity;
  }
}

/**
 * Two texts with the same words (up to normalization) are one verbatim passage, whatever their
 * inner repetitions: said at once, without the seed machinery that repetitive texts make slow.
 */
function identical(a: AlignDocument, b: AlignDocument, options: AlignOptions): Passage {
  const result = passageEdits(a, 0, a.tokens.count, b, 0, b.tokens.count, options.granularity, startBudget(DEFAULT_DIFF_BUDGET_MS));
  return {
    k: 0,
    a: tokenSpan(a.tokens, 0, a.tokens.count),
    b: tokenSpan(b.tokens, 0, b.tokens.count),
    kind: 'verbatim',
    similarity: 1,
    score: a.tokens.count,
    moved: false,
    edits: result?.edits ?? [],
  };
}

/**
 * The passages `a` and `b` share, sorted by position in A, numbered k = 0..n-1, with spans as
 * UTF-16 offsets into each document's text. With `options.paraphrase`, single-sentence
 * paraphrase links (kind 'paraphrase', with a reason) come too.
 */
export function alignDocuments(
  a: AlignDocument,
  b: AlignDocument,
  options: Partial<AlignOptions> = {},
  context: AlignContext = {},
): Passage[] {
  const opts = resolveOptions(options);
  const params = deriveParams(opts);
  if (a.tokens.count >= opts.minWords && sameWords(a, 0, a.tokens.count, b, 0, b.tokens.count)) return [identical(a, b, opts)];
  const analysis = analyze(a, b, params, context, opts.paraphrase);
  if (!analysis) return [];
  const { pair, candidates, fragments } = analysis;
  const budget = startBudget(context.diffBudgetMs ?? DEFAULT_DIFF_BUDGET_MS, context.now);

  const drafts: Draft[] = fragments.map((f) => {
    const verbatim = sameWords(a, f.a0, f.a1, b, f.b0, f.b1);
    const summary = f.origin === 'summary';
    return {
      passage: {
        a: tokenSpan(a.tokens, f.a0, f.a1),
        b: tokenSpan(b.tokens, f.b0, f.b1),
        kind: verbatim ? 'verbatim' : summary ? 'paraphrase' : 'edited',
        // Until the diff says otherwise: the cosine of the two sides' content words.
        similarity: verbatim ? 1 : f.cos,
        score: strength(f),
        edits: [],
      },
      a0: f.a0,
      a1: f.a1,
      b0: f.b0,
      b1: f.b1,
      strength: strength(f),
      diff: !summary,
    };
  });
  fillEdits(pair, drafts, opts, budget);
  for (const d of drafts) {
    // Little of the wording kept: the same content in other words.
    if (d.passage.kind === 'edited' && d.passage.similarity < 0.5) d.passage.kind = 'paraphrase';
    if (d.passage.kind === 'paraphrase') d.passage.reason = matchReason(pair, d.a0, d.a1, d.b0, d.b1);
  }

  if (opts.paraphrase) {
    for (const l of findLinks(pair, candidates, fragments, { minCos: params.linkCos })) {
      drafts.push({
        passage: {
          a: tokenSpan(a.tokens, l.a0, l.a1),
          b: tokenSpan(b.tokens, l.b0, l.b1),
          kind: 'paraphrase',
          similarity: l.cos,
          score: l.cos,
          edits: [],
          reason: l.reason,
        },
        a0: l.a0,
        a1: l.a1,
        b0: l.b0,
        b1: l.b1,
        strength: 0,
        diff: false,
      });
    }
  }

  drafts.sort((x, y) => x.passage.a.start - y.passage.a.start || x.passage.b.start - y.passage.b.start);
  const moved = movedFlags(drafts.map((d) => ({ aStart: d.a0, bStart: d.b0, weight: d.a1 - d.a0 + (d.b1 - d.b0) })));
  return drafts.map((d, k) => ({ k, ...d.passage, moved: moved[k]! }));
}
