/**
 * Markdown markup inside a block (`# `, `**`, `<`...`>`, `[`...`](url)`) as spans to hide when the
 * block is displayed. The text itself stays untouched, so offsets keep pointing at the file; the
 * reading view simply skips these characters. Parsing is mdast's, run per block and only on blocks
 * that carry a character Markdown could use.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Span } from '../../shared/article';
import { chunksOf, MARKUP_CHUNK, markupCost, PARSE_CALL_COST, PIECE_MARKUP } from './markdown-guard';

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
 * their markup characters and the calls to the parser fit in `budget` (the rest is taken as
 * written). A long block, or one dense in markup, is parsed in pieces (see markdown-guard.ts):
 * the parser slows down more than in proportion to a piece's markup. `spent` says how much of the budget was used, `partial` whether some was left unparsed.
 */
export function blockMarkup(text: string, span: Span, budget = Infinity): BlockMarkup & { spent: number; partial: boolean } {
  const whole: BlockMarkup & { spent: number; partial: boolean } = { markup: [], visible: '', empty: true, spent: 0, partial: false };
  const short = span.end - span.start <= MARKUP_CHUNK && markupCost(text, span) <= PIECE_MARKUP;
  const pieces = short ? [span] : chunksOf(text, span);
  for (const piece of pieces) {
    const source = text.slice(piece.start, piece.end);
    // a piece with nothing Markdown could use is not parsed, and costs nothing
    const parsed = MAY_HAVE_MARKUP.test(source);
    const cost = parsed ? markupCost(text, piece) + PARSE_CALL_COST : 0;
    const fits = whole.spent + cost <= budget;
    const m = parsed && fits ? pieceMarkup(source, piece.start) : { markup: [], visible: source, empty: false };
    if (fits) whole.spent += cost;
    else whole.partial = true;
    whole.markup.push(...m.markup);
    whole.visible += m.visible;
    whole.empty &&= m.empty;
  }
  return whole;
}

/** The markup of `source`, a piece of the text starting at `offset`, as the parser finds it. */
function pieceMarkup(source: string, offset: number): BlockMarkup {
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
    else markup.push({ start: offset + start, end: offset + end });
  };
  for (const leaf of leaves) {
    gap(cursor, leaf.start);
    visible += source.slice(Math.max(cursor, leaf.start), leaf.end);
    cursor = Math.max(cursor, leaf.end);
  }
  gap(cursor, source.length);
  return { markup, visible, empty: leaves.length === 0 };
}
