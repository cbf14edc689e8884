/**
 * Markdown markup inside a block (`# `, `**`, `<`...`>`, `[`...`](url)`) as spans to hide when the
 * block is displayed. The text itself stays untouched, so offsets keep pointing at the file; the
 * reading view simply skips these characters. Parsing is mdast's, run per block and only on blocks
 * that carry a character Markdown could use.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Span } from '../../shared/article';
import { chunksOf, MARKUP_CHUNK, markupCost } from './markdown-guard';

const MAY_HAVE_MARKUP = /[*_`<[#]|^\s{0,3}(?:[-+>]|\d{1,9}[.)])\s/;

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

const VISIBLE_LEAVES = new Set(['text', 'inlineCode', 'html']);

function collectLeaves(node: MdNode, out: Span[]): void {
  if (VISIBLE_LEAVES.has(node.type)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push({ start, end });
    return;
  }
  for (const child of node.children ?? []) collectLeaves(child, out);
}

export interface BlockMarkup {
  /** Spans of `text` (absolute offsets) that are markup, not words. */
  markup: Span[];
  /** The block's words without the markup, for classification. */
  visible: string;
  /** The block holds nothing but markup and images. */
  empty: boolean;
}

/**
 * Finds the markup of the block `[span.start, span.end)` of `text`, parsing pieces of it while
 * their markup characters fit in `budget` (the rest is taken as written). A long block is parsed
 * in pieces (see markdown-guard.ts): the parser slows down more than in proportion to a block's
 * length. `spent` says how much of the budget was used, `partial` whether some was left unparsed.
 */
export function blockMarkup(text: string, span: Span, budget = Infinity): BlockMarkup & { spent: number; partial: boolean } {
  const whole: BlockMarkup & { spent: number; partial: boolean } = { markup: [], visible: '', empty: true, spent: 0, partial: false };
  const pieces = span.end - span.start <= MARKUP_CHUNK ? [span] : chunksOf(text, span);
  for (const piece of pieces) {
    const cost = budget === Infinity ? 0 : markupCost(text, piece);
    const fits = whole.spent + cost <= budget;
    const m = fits ? pieceMarkup(text, piece) : { markup: [], visible: text.slice(piece.start, piece.end), empty: false };
    if (fits) whole.spent += cost;
    else whole.partial = true;
    whole.markup.push(...m.markup);
    whole.visible += m.visible;
    whole.empty &&= m.empty;
  }
  return whole;
}

function pieceMarkup(text: string, span: Span): BlockMarkup {
  const source = text.slice(span.start, span.end);
  if (!MAY_HAVE_MARKUP.test(source)) return { markup: [], visible: source, empty: false };
  const leaves: Span[] = [];
  collectLeaves(fromMarkdown(source) as MdNode, leaves);
  leaves.sort((x, y) => x.start - y.start);
  const markup: Span[] = [];
  let visible = '';
  let cursor = 0;
  const gap = (start: number, end: number) => {
    if (end <= start) return;
    const chunk = source.slice(start, end);
    // white space between two leaves is layout, not markup: keep it visible
    if (chunk.trim().length === 0) visible += chunk;
    else markup.push({ start: span.start + start, end: span.start + end });
  };
  for (const leaf of leaves) {
    gap(cursor, leaf.start);
    visible += source.slice(Math.max(cursor, leaf.start), leaf.end);
    cursor = Math.max(cursor, leaf.end);
  }
  gap(cursor, source.length);
  return { markup, visible, empty: leaves.length === 0 };
}
