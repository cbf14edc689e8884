/**
 * Counting words without building them: a scan over character codes, because the library shows a
 * word count for every article and a regex match array per paragraph costs more than the parse.
 * A word is a run of letters and digits; an apostrophe, period or comma between two such
 * characters joins them ("Iraq's", "U.S", "2,500"), as in the tokenizer.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 44;
}

/** Number of words in `text.slice(start, end)`. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    if (isWordChar(text, i)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && isJoiner(text.charCodeAt(i)) && i + 1 < end && isWordChar(text, i + 1)) {
      continue;
    } else {
      inWord = false;
    }
  }
  return words;
}
