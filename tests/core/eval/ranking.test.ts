import { describe, expect, it } from 'vitest';
import { averagePrecision, ndcgAt, percentile, precisionAt, scoreRun } from '../../../src/core/eval/ranking';

const judged = new Map([
  ['a', 3],
  ['b', 1],
  ['c', 2],
]);

describe('averagePrecision', () => {
  it.each([
    ['perfect', ['a', 'b', 'c'], 1],
    ['relevant at 1 and 3, one missing', ['a', 'x', 'c'], (1 + 2 / 3) / 3],
    ['nothing relevant', ['x', 'y'], 0],
    ['empty run', [], 0],
    ['a repeated document counts once', ['a', 'a', 'b'], (1 + 2 / 3) / 3],
  ])('%s', (_, run, expected) => {
    expect(averagePrecision(run, judged)).toBeCloseTo(expected as number, 10);
  });
});

describe('precisionAt', () => {
  it('counts missing ranks as misses', () => {
    expect(precisionAt(['a', 'x'], judged, 10)).toBeCloseTo(0.1);
    expect(precisionAt(['a', 'b', 'x', 'c'], judged, 2)).toBe(1);
  });
});

describe('ndcgAt', () => {
  it('is 1 for the ideal order and uses exponential gains', () => {
    expect(ndcgAt(['a', 'c', 'b'], judged, 10)).toBeCloseTo(1, 10);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(['b', 'c', 'a'], judged, 10)).toBeCloseTo((1 + 3 / Math.log2(3) + 7 / 2) / ideal, 10);
  });

  it('stops at k', () => {
    expect(ndcgAt(['x', 'a'], judged, 1)).toBe(0);
  });
});

describe('percentile', () => {
  it.each([
    [50, 5],
    [95, 10],
    [100, 10],
    [0, 1],
  ])('p%i', (p, expected) => {
    expect(percentile([3, 1, 2, 4, 5, 6, 7, 8, 9, 10], p)).toBe(expected);
  });

  it('is 0 for no values', () => {
    expect(percentile([], 95)).toBe(0);
  });
});

describe('scoreRun', () => {
  it('averages over judged queries, an unanswered one counting zero, and can take a subset', () => {
    const qrels = new Map([
      ['1', judged],
      ['2', new Map([['z', 1]])],
    ]);
    const run = new Map([['1', ['a', 'c', 'b']]]);
    expect(scoreRun(run, qrels)).toMatchObject({ queries: 2, map: 0.5 });
    expect(scoreRun(run, qrels, (q) => q === '1')).toMatchObject({ queries: 1, map: 1, ndcg10: 1 });
  });
});
