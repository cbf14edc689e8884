import { describe, expect, it } from 'vitest';
import { countTerms, termAt, termOf, termsOf } from '../../../../src/core/search/index/analyzer';

describe('termOf', () => {
  it.each([
    ['withdrawal', 'withdraw'],
    ['withdrawals', 'withdraw'],
    ['troops', 'troop'],
    ['the', ''],
    ['would', ''],
    ['2500', '2500'],
    ['1990s', '1990s'],
    ['', ''],
  ])('%s -> %s', (norm, term) => {
    expect(termOf(norm)).toBe(term);
  });

  it('answers the same from its memo as the first time', () => {
    const first = termOf('negotiations');
    expect(termOf('negotiations')).toBe(first);
    expect(first).toBe('negoti');
  });
});

describe('termAt', () => {
  it.each([
    ['US', 'us'],
    ['U.S.', 'us'],
    ['us', ''],
    ['Us', ''],
    ['WHO', 'who'],
    ['who', ''],
    ["Maliki's", 'maliki'],
  ])('%s -> %s', (word, term) => {
    expect(termAt(word, 0, word.length)).toBe(term);
  });
});

describe('countTerms', () => {
  it('counts stems without stop words and returns the field length', () => {
    const counts = new Map<string, number>();
    const text = 'The troops withdrew; the troop withdrawal of US troops.';
    expect(countTerms(text, 0, text.length, counts)).toBe(6);
    expect(Object.fromEntries(counts)).toEqual({ troop: 3, withdrew: 1, withdraw: 1, us: 1 });
  });

  it('reads only the range given', () => {
    const counts = new Map<string, number>();
    countTerms('alpha beta gamma', 6, 10, counts);
    expect([...counts.keys()]).toEqual(['beta']);
  });
});

describe('termsOf', () => {
  it('keeps order and drops stop words', () => {
    expect(termsOf('What are the US troops doing in Iraq?')).toEqual(['us', 'troop', 'do', 'iraq']);
  });
});
