import { describe, expect, it } from 'vitest';
import { outletLinks } from '../../../src/core/workspace/reuse-outlets';
import type { ReuseLink } from '../../../src/shared/reuse';

const OUTLETS: Record<string, string | null> = { a1: 'alpha', a2: 'alpha', b1: 'beta', b2: 'beta', c1: 'Gamma', u1: null, u2: null };
const outletOf = (id: string) => OUTLETS[id] ?? null;

const link = (a: string, b: string, over: Partial<ReuseLink> = {}): ReuseLink => ({
  a,
  b,
  passages: 1,
  paraphrases: 0,
  sharedA: 0.1,
  sharedB: 0.2,
  sharedWordsA: 100,
  sharedWordsB: 200,
  longestWords: 30,
  firstPublished: null,
  ...over,
});

describe('outletLinks', () => {
  it('sums article pairs into one entry per unordered pair of outlets', () => {
    const sums = outletLinks([link('a1', 'b1'), link('b2', 'a2', { sharedWordsA: 300, sharedWordsB: 50 })], outletOf);
    expect(sums).toEqual([{ a: 'alpha', b: 'beta', copies: 2, paraphrased: 0, wordsA: 100 + 50, wordsB: 200 + 300, firstA: 0, firstB: 0 }]);
  });

  it.each([
    ['a', 'a1', 'b1', { firstA: 1, firstB: 0 }],
    ['b', 'a1', 'b1', { firstA: 0, firstB: 1 }],
    ['a', 'b1', 'a1', { firstA: 0, firstB: 1 }],
    ['b', 'b1', 'a1', { firstA: 1, firstB: 0 }],
    ['same', 'a1', 'b1', { firstA: 0, firstB: 0 }],
    [null, 'a1', 'b1', { firstA: 0, firstB: 0 }],
  ] as const)('counts who published first (%s, %s before %s) from the outlets’ side', (first, x, y, counts) => {
    const [sum] = outletLinks([link(x, y, { firstPublished: first })], outletOf);
    expect(sum).toMatchObject({ a: 'alpha', b: 'beta', ...counts });
  });

  it('counts pairs that only state the same facts apart, without words or dates', () => {
    const [sum] = outletLinks([link('a1', 'c1', { passages: 0, paraphrases: 3, sharedA: 0, sharedB: 0, sharedWordsA: 0, sharedWordsB: 0, firstPublished: 'a' })], outletOf);
    expect(sum).toEqual({ a: 'alpha', b: 'Gamma', copies: 0, paraphrased: 1, wordsA: 0, wordsB: 0, firstA: 0, firstB: 0 });
  });

  it('keeps an outlet that reuses its own text, and unknown outlets, as entries of their own, unknown last', () => {
    const sums = outletLinks([link('u1', 'a1'), link('a1', 'a2'), link('u1', 'u2'), link('c1', 'u2')], outletOf);
    expect(sums.map((s) => [s.a, s.b])).toEqual([
      ['alpha', 'alpha'],
      ['alpha', null],
      ['Gamma', null],
      [null, null],
    ]);
  });

  it('puts the outlets sharing the most pairs first, then the most words, then the most paraphrases', () => {
    const sums = outletLinks(
      [
        link('a1', 'c1', { passages: 0 }),
        link('a1', 'c1', { passages: 0 }),
        link('b1', 'c1', { sharedWordsA: 500, sharedWordsB: 500 }),
        link('a1', 'b1'),
        link('a2', 'b2'),
      ],
      outletOf,
    );
    expect(sums.map((s) => `${s.a}-${s.b}`)).toEqual(['alpha-beta', 'beta-Gamma', 'alpha-Gamma']);
  });

  it('treats an article missing from the folder as of an unknown outlet', () => {
    expect(outletLinks([link('gone', 'a1')], outletOf)).toEqual([
      { a: 'alpha', b: null, copies: 1, paraphrased: 0, wordsA: 200, wordsB: 100, firstA: 0, firstB: 0 },
    ]);
  });

  it('returns nothing for no links', () => {
    expect(outletLinks([], outletOf)).toEqual([]);
  });
});
