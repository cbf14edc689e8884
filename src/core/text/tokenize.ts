/**
 * Words with their positions. Every token keeps `[start, end)` into the original text, so whatever
 * the layers above find (passages, matches, snippets) maps straight back to the file's characters,
 * while comparisons run on `norms`: the word after NFKC, case folding, apostrophe folding,
 * "U.S." -> "us" and "2,500" -> "2500".
 */

export interface Tokens {
  /** The text the offsets index into, unchanged. */
  text: string;
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Normalized form of each token, the unit every comparison works on. */
  norms: string[];
}

// An abbreviation of single letters with periods (U.S., U.N., e.g.), a number with grouping or a
// decimal point (2,500 / 3.5), or a word with inner apostrophes (Iraq's, Kata'ib, Bachelor\x19s).
// Hyphens split words: "anti-terror" and "anti terror" must align.
const TOKEN =
  /(?:\p{L}\.){2,}(?!\p{L})|\p{N}+(?:[.,]\p{N}+)*(?:\p{L}[\p{L}\p{M}\p{N}]*)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2018\u2019\u02bc\u0019][\p{L}\p{M}]+)*/gu;

const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0019]/g;
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

/** The normalized form of one word as matched by the tokenizer. */
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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    norms.push(normalizeWord(m[0]));
  }
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
