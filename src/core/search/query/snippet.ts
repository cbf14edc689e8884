/**
 * A hit's snippet: the stretch of the article's body that holds the most of the query's words,
 * about two lines long, cut at word boundaries, white space collapsed, with the matched words as
 * spans of the snippet's own text. An article that matched in its title only shows its opening.
 */
import type { Span } from '../../../shared/article';
import type { Snippet } from '../../../shared/search';
import { limitRanges } from './ranges';
import { termAt } from '../index/analyzer';

/** Snippet length in characters, before the ellipses. */
export const SNIPPET_CHARS = 220;
/** Characters of a body searched for the best stretch: a book's first pages, not the whole book. */
export const SCAN_CHARS = 30_000;
/** Characters of context kept before the first match. */
const LEAD = 60;

interface Window {
  from: number;
  to: number;
  score: number;
}

// the window of one block with the most distinct matched words, then the most matches
function bestWindow(text: string, from: number, to: number, spans: Span[]): Window {
  let best: Window = { from, to: Math.min(to, from + SNIPPET_CHARS), score: 0 };
  for (let i = 0; i < spans.length; i++) {
    const distinct = new Set<string>();
    let count = 0;
    for (let j = i; j < spans.length && spans[j]!.end - spans[i]!.start <= SNIPPET_CHARS - LEAD / 2; j++) {
      distinct.add(termAt(text, spans[j]!.start, spans[j]!.end) || text.slice(spans[j]!.start, spans[j]!.end).toLowerCase());
      count++;
    }
    const score = distinct.size * 1000 + count;
    if (score > best.score) {
      const start = Math.max(from, spans[i]!.start - LEAD);
      best = { from: start, to: Math.min(to, start + SNIPPET_CHARS), score };
    }
  }
  return best;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Moves a cut inside a word out to the word's edge (`start`: back, else forward). */
function toWordEdge(text: string, at: number, limit: number, back: boolean): number {
  if (back) {
    let i = at;
    while (i > limit && !isSpace(text[i - 1])) i--;
    return i - at > -20 ? i : at;
  }
  let i = at;
  while (i < limit && !isSpace(text[i])) i++;
  return i - at < 20 ? i : at;
}

/**
 * The matches to highlight within `ranges` of `text`, in order, not overlapping (`spanFinder` in
 * `highlight.ts`): given, so that choosing the window does not depend on how matches are found.
 */
export type SpanFinder = (text: string, ranges: ArrayLike<number>, accented?: boolean) => Span[];

/**
 * The snippet of an article for a query, from the blocks `ranges` (`[start, end, ...]`) of its
 * body. `accented`: whether the text has accented Latin letters, when known.
 */
export function makeSnippet(text: string, ranges: ArrayLike<number>, find: SpanFinder, accented?: boolean): Snippet {
  if (ranges.length < 2) return { text: '', highlights: [] };
  const read = limitRanges(ranges, SCAN_CHARS);
  const found = find(text, read, accented);
  let window: Window | null = null;
  let spans: Span[] = [];
  let k = 0;
  for (let r = 0; r + 1 < read.length; r += 2) {
    const from = read[r]!;
    const to = read[r + 1]!;
    const inBlock: Span[] = [];
    while (k < found.length && found[k]!.start < to) {
      if (found[k]!.start >= from) inBlock.push(found[k]!);
      k++;
    }
    const w = bestWindow(text, from, to, inBlock);
    if (window === null || w.score > window.score) {
      window = w;
      spans = inBlock;
    }
  }
  if (window === null) return { text: '', highlights: [] };
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  const from = window.from > first ? toWordEdge(text, window.from, Math.max(first, window.from - 20), true) : window.from;
  const to = window.to < last ? toWordEdge(text, window.to, Math.min(last, window.to + 20), false) : window.to;
  return render(text, from, to, spans, from > first, to < last);
}

// collapses white space, maps the spans into the snippet's text, adds ellipses
function render(text: string, from: number, to: number, spans: Span[], before: boolean, after: boolean): Snippet {
  let out = before ? '… ' : '';
  const map = new Int32Array(to - from + 1);
  let space = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    map[i - from] = out.length;
    if (/\s/.test(c)) {
      if (!space && out.length > 0 && !out.endsWith(' ')) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  map[to - from] = out.length;
  const body = out.trimEnd();
  const highlights: Span[] = [];
  for (const s of spans) {
    if (s.start < from || s.end > to) continue;
    highlights.push({ start: map[s.start - from]!, end: Math.min(body.length, map[s.end - from]!) });
  }
  return { text: after ? `${body} …` : body, highlights };
}
