/**
 * The page cut into blocks: paragraphs, headings, rules and the like, each a span of the original
 * text with its surrounding white space trimmed. Markdown files join consecutive lines into one
 * paragraph, as Markdown does; plain text does the same when the file separates paragraphs with
 * blank lines (hard-wrapped text) and otherwise takes every line as a paragraph.
 */
import type { Span } from '../../shared/article';
import { endsWireParagraph, hasWireMarks } from './wire';

export type ArticleFormat = 'text' | 'markdown';

/** What the line syntax alone says about a block, before any reading of its words. */
export type LineShape = 'plain' | 'heading' | 'rule' | 'list-item' | 'quote' | 'fence';

export interface RawBlock extends Span {
  shape: LineShape;
}

interface Line extends Span {
  blank: boolean;
  shape: LineShape;
  /** The line closes a paragraph of wire copy ("...<"). */
  marked: boolean;
}

const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const QUOTE = /^ {0,3}>/;
const FENCE = /^ {0,3}(?:```|~~~)/;

function lineShape(line: string, markdown: boolean): LineShape {
  if (HEADING.test(line)) return 'heading';
  if (RULE.test(line)) return 'rule';
  if (!markdown) return 'plain';
  if (FENCE.test(line)) return 'fence';
  if (LIST_ITEM.test(line)) return 'list-item';
  if (QUOTE.test(line)) return 'quote';
  return 'plain';
}

function splitLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  // U+2028/U+2029 and NEL end lines too (they occur in converted web text)
  const breaks = /\r\n|[\n\r\u0085\u2028\u2029]/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const raw = text.slice(start, end);
    const blank = raw.trim().length === 0;
    lines.push({ start, end, blank, shape: blank ? 'plain' : lineShape(raw, markdown), marked: endsWireParagraph(raw) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

/** Whether the UTF-16 code `c` is white space as `\s` has it (NBSP, the Unicode spaces, BOM). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Trims white space (including NBSP) off both ends of a span. By character code, not a pattern
 * per character: a file of a hundred thousand one-line blocks trims each of them.
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Cuts `text` into blocks in reading order. Wire copy (wire.ts) joins its hard-wrapped lines into
 * paragraphs that end where a line ends with the wire's paragraph mark.
 */
export function splitBlocks(text: string, format: ArticleFormat): RawBlock[] {
  const markdown = format === 'markdown';
  const lines = splitLines(text, markdown);
  const wire = !markdown && hasWireMarks(text);
  const blankSeparated = markdown || wire || countParagraphBreaks(lines) >= 2;
  let closedByMark = false;
  const blocks: RawBlock[] = [];
  let open: RawBlock | null = null;
  let inFence = false;
  const close = () => {
    if (open) {
      const { start, end } = trimSpan(text, open);
      blocks.push({ start, end, shape: open.shape });
    }
    open = null;
  };
  for (const line of lines) {
    if (inFence) {
      open!.end = line.end;
      if (line.shape === 'fence') {
        inFence = false;
        close();
      }
      continue;
    }
    if (line.blank) {
      close();
      continue;
    }
    const standsAlone = line.shape !== 'plain' && line.shape !== 'quote';
    const continues =
      open !== null && blankSeparated && !standsAlone && !closedByMark && (open.shape === 'plain' || open.shape === line.shape);
    closedByMark = wire && line.marked;
    if (continues) {
      open!.end = line.end;
      continue;
    }
    close();
    open = { start: line.start, end: line.end, shape: line.shape };
    if (line.shape === 'fence') inFence = true;
    else if (line.shape === 'heading' || line.shape === 'rule') close();
  }
  close();
  return blocks.filter((b) => b.end > b.start);
}

function countParagraphBreaks(lines: Line[]): number {
  let breaks = 0;
  for (let i = 1; i < lines.length - 1; i++) {
    if (lines[i]!.blank && !lines[i - 1]!.blank) breaks++;
  }
  return breaks;
}
