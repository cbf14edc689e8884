import { describe, expect, it } from 'vitest';
import { hashString, mixHash, wordInfo } from '../../../src/core/align/lexicon';
import { isStopword } from '../../../src/core/align/stopwords';

describe('lexicon', () => {
  it.each([
    ['troops', 'troop'],
    ['running', 'run'],
    ["iraq's", 'iraq'],
    ['nations', 'nation'],
  ])('stems %s like %s', (a, b) => {
    expect(wordInfo(a).stem).toBe(wordInfo(b).stem);
    expect(wordInfo(a).word).not.toBe(wordInfo(b).word);
  });

  it.each(['the', 'of', 'which', "don't", 'a'])('function word %s carries no stem', (w) => {
    expect(isStopword(w)).toBe(true);
    expect(wordInfo(w).stem).toBe(0);
  });

  it('keeps "us" (the folded U.S.) and numbers as content', () => {
    expect(isStopword('us')).toBe(false);
    expect(wordInfo('us').stem).not.toBe(0);
    expect(wordInfo('2500')).toMatchObject({ number: true });
    expect(wordInfo('2500').stem).toBe(hashString('2500'));
  });

  it('hashes are stable, order-sensitive when mixed, never 0', () => {
    expect(hashString('word')).toBe(hashString('word'));
    expect(hashString('')).not.toBe(0);
    const ab = mixHash(mixHash(1, hashString('a')), hashString('b'));
    const ba = mixHash(mixHash(1, hashString('b')), hashString('a'));
    expect(ab).not.toBe(ba);
  });
});
