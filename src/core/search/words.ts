/**
 * Words for search, with their offsets: a hand-written scanner over character codes. It reads
 * words the way `core/text/tokenize` does (abbreviations such as "U.S.", numbers with grouping
 * such as "2,500", inner apostrophes as in "Iraq's", hyphens splitting), but indexing runs over
 * every character of the corpus and the tokenizer's Unicode-property regex costs about five times
 * more per character than a loop that settles ASCII by code and asks the regex only about the
 * rare non-ASCII character.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
const APOSTROPHE = /['\u2018\u2019\u02bc\u0019]/g;
const DIACRITIC = /\p{M}/gu;

/** Longest word kept: anything longer is a URL fragment, a hash or a run of glued text. */
export const MAX_WORD_LENGTH = 40;

// character classes: 0 other, 1 letter or mark, 2 digit
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    return c >= 48 && c <= 57 ? 2 : 0;
  }
  const ch = text[i]!;
  if (LETTER_OR_MARK.test(ch)) return 1;
  return NUMBER.test(ch) ? 2 : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x19;
}

/**
 * End of the word that starts at `i` (a letter or digit), following the tokenizer's rules: an
 * abbreviation of single letters with periods, a number with `.`/`,` groups and an optional
 * letter suffix, or a word with inner apostrophes followed by letters.
 */
function wordEnd(text: string, i: number, end: number): number {
  if (classAt(text, i) === 1) {
    // "U.S." and "e.g.": two or more single letters each followed by a period, no letter after
    // (greedy is exact here: a shorter run would be followed by the next unit's letter)
    let j = i;
    let units = 0;
    while (j + 1 < end && classAt(text, j) === 1 && text.charCodeAt(j + 1) === 46) {
      units++;
      j += 2;
    }
    if (units >= 2 && (j >= end || classAt(text, j) !== 1)) return j;
    j = i + 1;
    while (j < end && classAt(text, j) !== 0) j++;
    while (j + 1 < end && isApostrophe(text.charCodeAt(j)) && classAt(text, j + 1) === 1) {
      j += 2;
      while (j < end && classAt(text, j) === 1) j++;
    }
    return j;
  }
  let j = i + 1;
  while (j < end && classAt(text, j) === 2) j++;
  while (j + 1 < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && classAt(text, j + 1) === 2) {
    j += 2;
    while (j < end && classAt(text, j) === 2) j++;
  }
  if (j < end && classAt(text, j) === 1) while (j < end && classAt(text, j) !== 0) j++;
  return j;
}

/**
 * Calls `visit(start, end)` for every word of `text.slice(from, to)`, in order. Offsets are
 * UTF-16 indices into `text`.
 */
export function scanWords(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (classAt(text, i) === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, to);
    visit(i, end);
    i = end;
  }
}

/**
 * The searchable form of one word as scanned: lower case, NFKC, diacritics folded (`Müller` and
 * `Muller` are one name to someone typing), abbreviation periods and digit grouping dropped
 * (`U.S.` -> `us`, `2,500` -> `2500`), apostrophes unified and a possessive dropped (`Iraq's` ->
 * `iraq`). Returns `''` for a word too long to be one.
 */
export function normalizeWord(word: string): string {
  if (word.length > MAX_WORD_LENGTH) return '';
  let w = word;
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (!ascii) w = w.normalize('NFKD').replace(DIACRITIC, '').normalize('NFKC');
  w = w.toLowerCase();
  if (w.includes('.') || w.includes(',')) {
    const c = w.charCodeAt(0);
    w = c >= 48 && c <= 57 ? w.replaceAll(',', '') : w.replaceAll('.', '');
  }
  if (!ascii || w.includes('\u0019')) w = w.replace(APOSTROPHE, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

/** Whether the word as written is an acronym in capitals ("US", "WHO", "IT"), not a common word. */
export function isCapitalized(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c !== 46) return false;
  }
  return letters >= 2;
}
