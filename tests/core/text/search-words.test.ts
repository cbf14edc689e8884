import { describe, expect, it } from 'vitest';
import { isCapitalized, searchWord } from '../../../src/core/text/search-words';

describe('searchWord', () => {
  it.each([
    ['Troops', 'troops'],
    ['U.S.', 'us'],
    ['2,500', '2500'],
    ['3.5', '3.5'],
    ["Iraq's", 'iraq'],
    ['Iraq\u2019s', 'iraq'],
    ['Müller', 'muller'],
    ['ﬁnal', 'final'],
    ['x'.repeat(41), ''],
  ])('%s -> %s', (word, norm) => {
    expect(searchWord(word)).toBe(norm);
  });
});

describe('isCapitalized', () => {
  it.each([
    ['US', true],
    ['U.S.', true],
    ['WHO', true],
    ['Us', false],
    ['us', false],
    ['A', false],
  ])('%s -> %s', (word, expected) => {
    expect(isCapitalized(word, 0, word.length)).toBe(expected);
  });
});
