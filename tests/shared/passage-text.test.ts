import { describe, expect, it } from 'vitest';
import { excerptOf, openingOf } from '../../src/shared/passage-text';
import { A } from '../renderer/lib/compare-fixture';

describe('excerptOf', () => {
  it('drops markup and keeps paragraphs apart', () => {
    const whole = { start: 0, end: A.text.length };
    const blocks = A.blocks;
    expect(excerptOf(A, whole, blocks).split('\n\n')[0]).toBe('Troops stay');
    expect(excerptOf(A, { start: A.blocks[1]!.start + 4, end: A.blocks[2]!.start + 9 })).toBe('council met on Monday.\n\nThere are');
  });
});

describe('openingOf', () => {
  it.each([
    ['', 3, ''],
    ['one two', 3, 'one two'],
    ['one two three', 3, 'one two three'],
    ['one  two\n three four', 3, 'one two three…'],
    ['a 10-year-old boy', 2, 'a 10-year-old…'],
  ])('%j, %i words: %j', (text, words, opening) => {
    expect(openingOf(text, words)).toBe(opening);
  });
});
