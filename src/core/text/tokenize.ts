/**
 * Words with their positions. Every token keeps `[start, end)` into the original text, so whatever
 * the layers above find (passages, matches, snippets) maps straight back to the file's characters,
 * while comparisons run on `norms`: the word after NFKC, case folding, apostrophe folding,
 * "U.S." -> "us" and "2,500" -> "2500". Words are cut by `scan-words`, the one rule of what a word
 * is ("anti-terror" is two: hyphens split, so "anti-terror" and "anti terror" align).
 */
import { scanWords } from './scan-words';

export interface Tokens {
  /** The text the offsets index into, unchanged. */
  text: string;
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Normalized form of each token, the unit every comparison works on. */
  norms: string[];
}

const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0019]/g;
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

/** The normalized form of one word as cut by the scanner: what alignment compares. */
export function normalizeWord(word: string): string {
  let w = NON_ASCII.test(word) ? word.normalize('NFKC') : word;
  w = w.toLowerCase();
  if (w.includes('.') || w.includes(',')) {
    if (ABBREVIATION.test(w)) w = w.replaceAll('.', '');
    // digit grouping is a writing habit, not a different number: 2,500 == 2500
    else if (/^\d/.test(w)) w = w.replaceAll(',', '');
  }
  if (w.length > 1 && NON_ASCII.test(w)) w = w.replace(APOSTROPHES, "'");
  else if (w.includes('\u0019')) w = w.replaceAll('\u0019', "'");
  return w;
}

/** Splits `text` into word tokens with their original offsets and normalized forms. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const norms: string[] = [];
  scanWords(text, 0, text.length, (start, end) => {
    starts.push(start);
    ends.push(end);
    norms.push(normalizeWord(text.slice(start, end)));
  });
  return {
    text,
    count: norms.length,
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
    norms,
  };
}

/** Index of the first token whose end lies after `offset` (binary search), or `count`. */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
