/**
 * Counting words: the library shows a word count for every article, search weighs proximity by
 * words between matches, and both must count what the tokenizer cuts, so "a 10-year-old" is four
 * words in the library as in a comparison. No word is built: the scanner only reports offsets.
 */
import { scanWords } from './scan-words';

/** Number of words in `text.slice(start, end)`, as `scan-words` cuts them. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  scanWords(text, start, end, () => {
    words++;
  });
  return words;
}
