import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/text/count-words';
import { tokenize } from '../../../src/core/text/tokenize';
import { searchWord } from '../../../src/core/text/search-words';
import { scanWords } from '../../../src/core/text/scan-words';

/** The words search sees in a text: every scanned word with a searchable form. */
function searchWords(text: string): number {
  let n = 0;
  scanWords(text, 0, text.length, (s, e) => {
    if (searchWord(text.slice(s, e))) n++;
  });
  return n;
}

describe('one count of words everywhere', () => {
  // text, words: the library's count, the comparison's (tokenizer) and search's agree
  it.each([
    ['a 10-year-old', 4],
    ['anti-terror pro-Iran groups', 5],
    ['The U.S. sent 2,500 troops', 5],
    ["Iraq's Kata'ib Hezbollah", 3],
    ['the end.Then more', 4],
    ['“blatant violations” — said', 3],
    ['3.5 km and the 1990s', 5],
    ['Müller in Zürich, Москва', 4],
    ['', 0],
    ['... --- !!', 0],
  ])('%j: %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(tokenize(text).count).toBe(words);
    expect(searchWords(text)).toBe(words);
  });

  it('counts a range of the text only', () => {
    const text = 'alpha beta-gamma delta';
    expect(countWords(text, 6, 16)).toBe(2);
    expect(countWords(text, 0, 3)).toBe(1);
  });
});
