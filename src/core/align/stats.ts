/**
 * The figures a comparison reports beside its passages: how much of each article is shared, the
 * longest shared passage, and how many passages and paraphrase links there are. Shared text is
 * what verbatim and edited passages cover; paraphrase passages and links (the same content in
 * other words) are counted apart, as the compare view shows them apart.
 */
import type { ComparisonStats, Passage } from '../../shared/comparison';
import type { AlignDocument } from './document';
import { tokenAt } from '../text/tokenize';

export type PassageStats = Pick<ComparisonStats, 'sharedA' | 'sharedB' | 'longestWords' | 'passages' | 'paraphrases'>;

/** Words of `doc` inside the union of the spans. */
function wordsCovered(doc: AlignDocument, spans: { start: number; end: number }[]): number {
  const marks = new Uint8Array(doc.tokens.count);
  for (const s of spans) marks.fill(1, tokenAt(doc.tokens, s.start), tokenAt(doc.tokens, s.end));
  let n = 0;
  for (let i = 0; i < marks.length; i++) n += marks[i]!;
  return n;
}

/** Statistics of `passages` (as alignDocuments returned them for `a` and `b`). */
export function passageStats(passages: Passage[], a: AlignDocument, b: AlignDocument): PassageStats {
  const shared = passages.filter((p) => p.kind !== 'paraphrase');
  const wordsIn = (span: { start: number; end: number }) => tokenAt(a.tokens, span.end) - tokenAt(a.tokens, span.start);
  return {
    sharedA: a.tokens.count ? wordsCovered(a, shared.map((p) => p.a)) / a.tokens.count : 0,
    sharedB: b.tokens.count ? wordsCovered(b, shared.map((p) => p.b)) / b.tokens.count : 0,
    longestWords: shared.reduce((m, p) => Math.max(m, wordsIn(p.a)), 0),
    passages: shared.length,
    paraphrases: passages.length - shared.length,
  };
}
