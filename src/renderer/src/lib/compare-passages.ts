/**
 * The passage list: every passage of a comparison as a row the reader can scan (number, kind,
 * length, where it sits in each article, moved or not) and step through with the keyboard.
 */
import type { Article, Block } from '../../../shared/article';
import type { Comparison, PassageKind } from '../../../shared/comparison';
import { bodyBlocks } from '../../../shared/content';
import { excerptOf, openingOf } from '../../../shared/passage-text';

export interface PassageRow {
  k: number;
  /** What the reader sees: passages numbered from 1. */
  label: number;
  kind: PassageKind;
  moved: boolean;
  /** Words of each side in the passage and of what it keeps, as the engine counted them (never recounted here). */
  words: { a: number; b: number; keptA: number; keptB: number };
  /** Share of each side's words the diff kept equal, 0..1. */
  similarity: number;
  /** Sentence pairs inside the passage. */
  pairs: number;
  /** Paragraph (1-based, among the article's own paragraphs) where the passage starts. */
  paragraph: { a: number; b: number };
  /** How far into each article the passage starts, 0..1. */
  at: { a: number; b: number };
  /** The passage's first words on side A, to recognize it by. */
  opening: string;
  /** For paraphrases: what the two sentences have in common. */
  because: string;
}

function placeOf(blocks: readonly Block[], at: number): { paragraph: number; share: number } {
  if (blocks.length === 0) return { paragraph: 0, share: 0 };
  let paragraph = 1;
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.start <= at) paragraph = i + 1;
  const first = blocks[0]!.start;
  const last = blocks[blocks.length - 1]!.end;
  return { paragraph, share: last > first ? Math.min(1, Math.max(0, (at - first) / (last - first))) : 0 };
}

export function passageRows(comparison: Comparison, a: Article, b: Article): PassageRow[] {
  const blocksA = bodyBlocks(a);
  const blocksB = bodyBlocks(b);
  return comparison.passages.map((p) => {
    const textA = excerptOf(a, p.a, blocksA);
    const placeA = placeOf(blocksA, p.a.start);
    const placeB = placeOf(blocksB, p.b.start);
    return {
      k: p.k,
      label: p.k + 1,
      kind: p.kind,
      moved: p.moved,
      words: p.words,
      similarity: p.similarity,
      pairs: p.pairs.length,
      paragraph: { a: placeA.paragraph, b: placeB.paragraph },
      at: { a: placeA.share, b: placeB.share },
      opening: openingOf(textA, 8),
      because: p.reason ? [...p.reason.numbers, ...p.reason.names, ...p.reason.words].join(', ') : '',
    };
  });
}

/**
 * The passage after (`step` 1) or before (-1) `current` in reading order of side A, wrapping
 * around; from no passage, the first or the last.
 */
export function stepPassage(rows: readonly PassageRow[], current: number | null, step: 1 | -1): number | null {
  if (rows.length === 0) return null;
  const i = current === null ? -1 : rows.findIndex((r) => r.k === current);
  if (i < 0) return rows[step === 1 ? 0 : rows.length - 1]!.k;
  return rows[(i + step + rows.length) % rows.length]!.k;
}

/** A sentence for screen readers and the list item's label. */
export function describeRow(row: PassageRow, total: number): string {
  const kind = row.kind === 'paraphrase' ? 'paraphrase' : `${row.kind} passage`;
  const parts = [
    `${row.kind === 'paraphrase' ? 'Paraphrase' : 'Passage'} ${row.label} of ${total}`,
    kind,
    `${row.words.a} words in A, ${row.words.b} in B`,
    ...(row.words.keptA === row.words.a && row.words.keptB === row.words.b ? [] : [`${row.words.keptA} and ${row.words.keptB} of them kept`]),
    `A paragraph ${row.paragraph.a}, B paragraph ${row.paragraph.b}`,
  ];
  if (row.kind === 'edited') parts.push(`${Math.round(row.similarity * 100)}% alike`);
  if (row.moved) parts.push('moved');
  return parts.join(', ');
}

/** The numbers of the passages the engine flags as moved. */
export function movedPassages(comparison: Comparison | null): ReadonlySet<number> {
  return new Set(comparison?.passages.filter((p) => p.moved).map((p) => p.k) ?? []);
}
