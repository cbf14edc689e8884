/**
 * A quote match as the reader sees it: the article's words, with what the article changed against
 * the quote marked: the quote's words it dropped or replaced (struck through, from the quote) and
 * the words it put in their place or added (from the article), in reading order.
 */
import type { QuoteMatch } from '../../../shared/quote';

export interface QuoteRun {
  text: string;
  /** same: in both; gone: the quote's, not in the article; new: the article's, not in the quote. */
  kind: 'same' | 'gone' | 'new';
}

function push(runs: QuoteRun[], text: string, kind: QuoteRun['kind']): void {
  if (!text) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind) last.text += text;
  else runs.push({ text, kind });
}

/** The runs of `match` against `quote` (the text the edits' `a` spans index). */
export function quoteRuns(quote: string, match: Pick<QuoteMatch, 'span' | 'excerpt' | 'edits'>): QuoteRun[] {
  const runs: QuoteRun[] = [];
  const base = match.span.start;
  let at = base;
  const article = (from: number, to: number) => match.excerpt.slice(from - base, to - base);
  // the edits come in reading order: a word the article dropped sits where it stood
  for (const e of match.edits) {
    if ('b' in e && e.b.start > at) {
      push(runs, article(at, e.b.start), 'same');
      at = e.b.start;
    }
    if (e.op === 'equal') push(runs, article(e.b.start, e.b.end), 'same');
    if (e.op === 'delete' || e.op === 'replace') {
      // a dropped word stands apart from the article's word before it ("Tuesday night", not "Tuesdaynight")
      const before = runs[runs.length - 1]?.text ?? '';
      if (before && !/\s$/.test(before)) push(runs, ' ', 'same');
      push(runs, quote.slice(e.a.start, e.a.end), 'gone');
      if (e.op === 'replace') push(runs, ' ', 'same');
    }
    if (e.op === 'insert' || e.op === 'replace') push(runs, article(e.b.start, e.b.end), 'new');
    if ('b' in e) at = Math.max(at, e.b.end);
  }
  push(runs, article(at, match.span.end), 'same');
  return runs;
}
