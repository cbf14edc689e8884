/**
 * An article's displayed text as runs for an export: the content blocks (debris set aside, as in
 * the app), each cut where a highlight starts or ends, with Markdown markup left out. The same
 * cut the renderer makes on screen; the core has its own copy because the renderer and the core
 * share only types.
 */
import type { Article, Block, Span } from '../../shared/article';

export interface Highlight extends Span {
  kind: 'passage' | 'paraphrase' | 'kept' | 'delete' | 'insert' | 'replace';
  /** Passage number. */
  k: number;
  /** For a replacement: the words on the other side, for a tooltip. */
  other?: string;
}

export interface TextRun extends Span {
  text: string;
  /** The highlights covering the run, passages first. */
  marks: Highlight[];
}

const CONTENT = new Set<Block['kind']>(['paragraph', 'heading']);

/** The blocks an export shows: the article's own text, as the compare view shows it. */
export function contentBlocks(article: Article): Block[] {
  return article.blocks.filter((b) => CONTENT.has(b.kind));
}

/** The runs of one block with the highlights (any order) that touch it. */
export function blockRuns(text: string, block: Block, highlights: readonly Highlight[]): TextRun[] {
  const inside = highlights.filter((h) => h.end > block.start && h.start < block.end && h.end > h.start);
  const hidden = (block.markup ?? []).filter((m) => m.end > block.start && m.start < block.end);
  const cuts = new Set<number>([block.start, block.end]);
  for (const s of [...inside, ...hidden]) {
    cuts.add(Math.max(block.start, s.start));
    cuts.add(Math.min(block.end, s.end));
  }
  const edges = [...cuts].sort((x, y) => x - y);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    if (hidden.some((h) => h.start <= start && end <= h.end)) continue;
    const marks = inside
      .filter((h) => h.start <= start && end <= h.end)
      .sort((x, y) => rank(x) - rank(y));
    runs.push({ start, end, text: text.slice(start, end), marks });
  }
  return runs;
}

const rank = (h: Highlight) => (h.kind === 'passage' || h.kind === 'paraphrase' ? 0 : h.kind === 'kept' ? 1 : 2);

/** The text of a span as displayed: markup out, white space folded, paragraphs apart. */
export function displayedText(article: Article, span: Span): string {
  const parts: string[] = [];
  for (const block of contentBlocks(article)) {
    if (block.end <= span.start || block.start >= span.end) continue;
    const clipped: Block = { ...block, start: Math.max(block.start, span.start), end: Math.min(block.end, span.end) };
    const text = blockRuns(article.text, clipped, [])
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}
