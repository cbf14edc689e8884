/**
 * What counts as a word, decided once: a hand-written scanner over character codes that the
 * tokenizer (alignment), the word counts (library, search proximity) and the search words are all
 * built on, so "a 10-year-old" is four words everywhere. A word is an abbreviation of single
 * letters with periods ("U.S.", "e.g."), a number with `.`/`,` groups and an optional letter
 * suffix ("2,500", "3.5", "1990s"), or letters and digits with inner apostrophes ("Iraq's",
 * "Kata'ib"); hyphens split ("anti-terror" and "anti terror" must align). A loop that settles
 * ASCII by code and asks a regex only about the rare non-ASCII character runs about five times
 * faster than one Unicode-property regex over the text, and every character of a corpus passes
 * through here.
 */

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const NUMBER = /^\p{N}$/u;

// character classes
const OTHER = 0;
const LETTER_CLASS = 1;
const DIGIT = 2;
const MARK_CLASS = 3;

function classOf(ch: string): number {
  if (LETTER.test(ch)) return LETTER_CLASS;
  if (MARK.test(ch)) return MARK_CLASS;
  return NUMBER.test(ch) ? DIGIT : OTHER;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER_CLASS;
    return c >= 48 && c <= 57 ? DIGIT : OTHER;
  }
  // a letter outside the BMP ("𝗪", "𠀋") is two code units, both of its class
  if (c >= 0xd800 && c <= 0xdbff) return classOf(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    return high >= 0xd800 && high <= 0xdbff ? classOf(String.fromCodePoint(text.codePointAt(i - 1)!)) : OTHER;
  }
  return classOf(text[i]!);
}

const isLetterOrMark = (k: number) => k === LETTER_CLASS || k === MARK_CLASS;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x19;
}

/**
 * End of the word that starts at `i` (a letter or digit), following the tokenizer's rules: an
 * abbreviation of single letters with periods, a number with `.`/`,` groups and an optional
 * letter suffix, or a word with inner apostrophes followed by letters.
 */
function wordEnd(text: string, i: number, end: number): number {
  if (isLetterOrMark(classAt(text, i))) {
    // "U.S." and "e.g.": two or more single letters each followed by a period, no letter after
    // (greedy is exact here: a shorter run would be followed by the next unit's letter)
    let j = i;
    let units = 0;
    while (j + 1 < end && classAt(text, j) === LETTER_CLASS && text.charCodeAt(j + 1) === 46) {
      units++;
      j += 2;
    }
    if (units >= 2 && (j >= end || classAt(text, j) !== LETTER_CLASS)) return j;
    j = i + 1;
    while (j < end && classAt(text, j) !== OTHER) j++;
    while (j + 1 < end && isApostrophe(text.charCodeAt(j)) && isLetterOrMark(classAt(text, j + 1))) {
      j += 2;
      while (j < end && isLetterOrMark(classAt(text, j))) j++;
    }
    return j;
  }
  let j = i + 1;
  while (j < end && classAt(text, j) === DIGIT) j++;
  while (j + 1 < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && classAt(text, j + 1) === DIGIT) {
    j += 2;
    while (j < end && classAt(text, j) === DIGIT) j++;
  }
  // a suffix starts with a letter ("1990s"), not a mark: "1️⃣" is the number 1 and its keycap
  if (j < end && classAt(text, j) === LETTER_CLASS) while (j < end && classAt(text, j) !== OTHER) j++;
  return j;
}

/**
 * Calls `visit(start, end)` for every word of `text.slice(from, to)`, in order. Offsets are
 * UTF-16 indices into `text`.
 */
export function scanWords(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (classAt(text, i) === OTHER) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, to);
    visit(i, end);
    i = end;
  }
}
