/**
 * The sentence pairs of one passage, for the reader: each sentence of A beside the sentence (or
 * two) of B it was paired with, as runs of text with that pair's own edits marked on each side,
 * and what the engine made of the pair (verbatim, edited, paraphrase).
 */
import type { Article, Block, Span } from '../../../shared/article';
import type { Comparison, PassageKind, SentencePair } from '../../../shared/comparison';
import { bodyBlocks } from '../../../shared/content';
import { runsOf, type Mark, type Run } from '../../../shared/runs';

export interface PairView {
  kind: PassageKind;
  /** Share of the two sides' words kept equal, 0..1. */
  similarity: number;
  a: Run[];
  b: Run[];
}

/** The edit marks of one side of a pair: what this side lost or gained, and what it replaced. */
function editMarks(pair: SentencePair, side: 'a' | 'b'): Mark[] {
  const marks: Mark[] = [];
  for (const e of pair.edits) {
    if (e.op === 'delete' && side === 'a') marks.push({ ...e.a, kind: 'delete' });
    else if (e.op === 'insert' && side === 'b') marks.push({ ...e.b, kind: 'insert' });
    else if (e.op === 'replace') marks.push({ ...e[side], kind: `replace-${side}` });
  }
  return marks;
}

/** Runs of `span` across the article's content blocks (markup dropped), a space between blocks. */
function runsIn(article: Article, blocks: readonly Block[], span: Span, marks: Mark[]): Run[] {
  const runs: Run[] = [];
  for (const block of blocks) {
    if (block.end <= span.start || block.start >= span.end) continue;
    const clipped = { start: Math.max(block.start, span.start), end: Math.min(block.end, span.end), markup: block.markup };
    if (runs.length) runs.push({ start: clipped.start, end: clipped.start, text: ' ', marks: [] });
    runs.push(...runsOf(article.text, clipped, marks));
  }
  return runs;
}

/** The pairs of passage `k`, in order of side A. */
export function sentencePairs(comparison: Comparison, k: number, a: Article, b: Article): PairView[] {
  const passage = comparison.passages.find((p) => p.k === k);
  if (!passage) return [];
  const blocksA = bodyBlocks(a);
  const blocksB = bodyBlocks(b);
  return passage.pairs.map((pair) => ({
    kind: pair.kind,
    similarity: pair.similarity,
    a: runsIn(a, blocksA, pair.a, editMarks(pair, 'a')),
    b: runsIn(b, blocksB, pair.b, editMarks(pair, 'b')),
  }));
}
