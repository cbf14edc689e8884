/**
 * Keeping Markdown parsing bounded by the size of the input. mdast's parser (micromark) takes
 * time that grows with the square of how deep containers nest: 3,000 nested `- ` in a 6 KB file
 * took 13 s, 6,000 took 89 s and then overflowed the stack. It is also slow on long stretches of
 * inline markup within one paragraph (a 10,000-row table: 12.9 s). So: a file whose lists or
 * quotes nest deeper than any real article's is read as plain text, with the reason given; long
 * blocks are parsed in pieces; and the markup of one article is parsed up to a fixed amount of
 * text, the rest shown as written. The parser is also superlinear in the markup of one piece
 * (a 4 KB piece of `*_` took as long as a hundred pieces of prose), and each call to it has a cost
 * of its own (a file of 100,000 one-line blocks of `- - -` or `# h` took seconds in calls alone):
 * so a piece holds a bounded number of markup characters, and every call is charged to the
 * article's budget as markup characters too. Every limit is a count of characters or calls,
 * never a clock, so the same file reads the same on any machine.
 */
import type { Span } from '../../shared/article';

/** Deepest nesting of lists and quotes a file may have and still be read as Markdown. */
export const MAX_NESTING = 8;

/** Longest piece of a block handed to the parser at once. */
export const MARKUP_CHUNK = 4096;

/** Most markup characters in one piece handed to the parser: where markup is dense, pieces are shorter. */
export const PIECE_MARKUP = 512;

/**
 * What one call to the parser costs an article's budget, in markup characters: about what the
 * call's own work (setting up the parser, building its tree) takes beside a markup character's.
 */
export const PARSE_CALL_COST = 16;

/**
 * Markup characters of one article that are parsed; beyond them, markup is shown as written. The
 * parser's time follows the markup it meets far more than the plain words around it: a long
 * article written in Markdown has a few thousand of these, a table of ten thousand rows or a
 * page of brackets hundreds of thousands.
 */
export const MARKUP_BUDGET = 8192;

const MARKUP_CHARACTERS = new Set([...'*_`<[]!\\&#>+-'].map((c) => c.charCodeAt(0)));

/** The characters of `text.slice(span.start, span.end)` the parser may take as markup. */
export function markupCost(text: string, span: Span): number {
  let cost = 0;
  for (let i = span.start; i < span.end; i++) if (MARKUP_CHARACTERS.has(text.charCodeAt(i))) cost++;
  return cost;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** How many list and quote markers open the line starting at `at` (`- > 1. - x` is 4). */
function lineNesting(text: string, at: number, end: number): number {
  let depth = 0;
  let i = at;
  for (;;) {
    let spaces = 0;
    while (i < end && isBlank(text.charCodeAt(i)) && spaces < 4) {
      i++;
      spaces++;
    }
    const c = text.charCodeAt(i);
    if (c === 0x3e /* > */) {
      i++;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBlank(text.charCodeAt(i + 1))) {
      i += 2;
    } else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const mark = text.charCodeAt(j);
      if (!((mark === 0x2e || mark === 0x29) /* . ) */ && isBlank(text.charCodeAt(j + 1)))) return depth;
      // (a number that is not a marker is the line's content)
      i = j + 2;
    } else {
      // markers with nothing after them (but the rule's last dash) are a rule, not nesting
      const rest = text.slice(i, end).trim();
      return rest === '' || rest === '-' || rest === '*' || rest === '_' ? 0 : depth;
    }
    depth++;
  }
}

/** The deepest nesting of list and quote markers on any line of `text`, in one pass. */
export function markdownNesting(text: string): number {
  let deepest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    deepest = Math.max(deepest, lineNesting(text, start, end));
    start = end + 1;
  }
  return deepest;
}

/**
 * `span` cut into pieces of at most `max` characters and at most `maxMarkup` markup characters,
 * each ending at a line break where there is one, else at white space: inline markup rarely
 * crosses either.
 */
export function chunksOf(text: string, span: Span, max = MARKUP_CHUNK, maxMarkup = PIECE_MARKUP): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (;;) {
    // the piece's furthest end: `max` characters on, or where its markup reaches `maxMarkup`
    let limit = start;
    let markup = 0;
    while (limit < span.end && limit - start < max) {
      if (MARKUP_CHARACTERS.has(text.charCodeAt(limit)) && ++markup > maxMarkup) break;
      limit++;
    }
    if (limit >= span.end) break;
    // look back over the second half of the piece only: searching further would make long
    // lines without a break quadratic, which is what the pieces are here to prevent
    const floor = start + ((limit - start) >> 1);
    const after = (test: (c: number) => boolean) => {
      for (let i = limit - 1; i > floor; i--) if (test(text.charCodeAt(i))) return i + 1;
      return -1;
    };
    let cut = after((c) => c === 0x0a);
    if (cut < 0) cut = after((c) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0);
    if (cut < 0) cut = Math.max(limit, start + 1);
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}
