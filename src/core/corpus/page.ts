/** A block while the page is being read: its span, markup, visible words and current verdict. */
import type { Block, BlockKind, Span } from '../../shared/article';
import type { LineShape } from './blocks';

export interface PageBlock extends Span {
  shape: LineShape;
  kind: BlockKind;
  reason?: string;
  markup: Span[];
  /** The block's words with markup removed and white space collapsed. */
  visible: string;
}

/** Collapses runs of white space to single spaces and trims. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The contract's form of a page block. */
export function toBlock(b: PageBlock): Block {
  const block: Block = { start: b.start, end: b.end, kind: b.kind };
  if (b.reason) block.reason = b.reason;
  if (b.markup.length > 0) block.markup = b.markup;
  return block;
}
