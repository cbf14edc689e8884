/**
 * Words as search sees them: the form a word is indexed and queried under, and whether it is
 * written as an acronym. Search cuts words with `scan-words`, like everything else, and folds them
 * further than the alignment does (diacritics, possessives), since someone typing a query writes
 * "Muller" for "Müller" and "Iraq" for "Iraq's".
 */

const APOSTROPHE = /['\u2018\u2019\u02bc\u0019]/g;
const DIACRITIC = /\p{M}/gu;

/** Longest word kept: anything longer is a URL fragment, a hash or a run of glued text. */
export const MAX_WORD_LENGTH = 40;

/**
 * The searchable form of one word as scanned: lower case, NFKC, diacritics folded (`Müller` and
 * `Muller` are one name to someone typing), abbreviation periods and digit grouping dropped
 * (`U.S.` -> `us`, `2,500` -> `2500`), apostrophes unified and a possessive dropped (`Iraq's` ->
 * `iraq`). Returns `''` for a word too long to be one.
 */
export function searchWord(word: string): string {
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
