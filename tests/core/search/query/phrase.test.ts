import { describe, expect, it } from 'vitest';
import { phraseSpans } from '../../../../src/core/search/query/phrase';
import { limitRanges, rangeOf } from '../../../../src/core/search/query/ranges';
import { parseQuery } from '../../../../src/core/search/query/query-parser';

const wordsOf = (phrase: string) => parseQuery(`"${phrase}"`).clauses[0]!.words;
const found = (text: string, phrase: string) => phraseSpans(text, [0, text.length], wordsOf(phrase)).map((s) => text.slice(s.start, s.end));

describe('phraseSpans', () => {
  it.each([
    ['exact words in order', 'the foreign forces left', 'foreign forces', ['foreign forces']],
    ['any case, any punctuation between', 'FOREIGN -- Forces!', 'foreign forces', ['FOREIGN -- Forces']],
    ['a possessive inside', "Iraq's army moved", 'iraq army', ["Iraq's army"]],
    ['an abbreviation', 'the U.S. troops and US troops', 'us troops', ['U.S. troops', 'US troops']],
    ['digit grouping', '2,500 troops remain', '2500 troops', ['2,500 troops']],
    ['diacritics', 'Nouri al-Mâliki said', 'al maliki', ['al-Mâliki']],
    ['not out of order', 'forces foreign', 'foreign forces', []],
    ['not inside a longer word', 'xforeign forces', 'foreign forces', []],
    ['not with a word between', 'foreign armed forces', 'foreign forces', []],
    ['every occurrence', 'foreign forces; foreign forces', 'foreign forces', ['foreign forces', 'foreign forces']],
  ])('%s', (_, text, phrase, expected) => {
    expect(found(text, phrase)).toEqual(expected);
  });

  it('looks only inside the ranges given', () => {
    const text = 'foreign forces | caption: foreign forces';
    expect(phraseSpans(text, [0, 15], wordsOf('foreign forces'))).toEqual([{ start: 0, end: 14 }]);
    expect(phraseSpans(text, [14, 20], wordsOf('foreign forces'))).toEqual([]);
  });
});

describe('rangeOf', () => {
  it.each([
    [5, 0],
    [12, 2],
    [10, -1],
    [25, -1],
  ])('%i -> %i', (at, r) => {
    expect(rangeOf([0, 10, 12, 20], at)).toBe(r);
  });
});

describe('limitRanges', () => {
  it.each([
    [100, [0, 10, 12, 20]],
    [18, [0, 10, 12, 20]],
    [15, [0, 10, 12, 17]],
    [5, [0, 5]],
  ])('a budget of %i', (budget, expected) => {
    expect(Array.from(limitRanges([0, 10, 12, 20], budget))).toEqual(expected);
  });
});
