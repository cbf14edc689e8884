import { describe, expect, it } from 'vitest';
import { relevanceModel } from '../../../../src/core/search/query/feedback';
import { planQuery } from '../../../../src/core/search/query/plan';
import { parseQuery } from '../../../../src/core/search/query/query-parser';
import { rank } from '../../../../src/core/search/query/rank';
import { indexedText } from '../../../../src/core/search/index/shard-build';
import { article, indexOf } from '../helpers';

describe('relevanceModel', () => {
  const articles = [
    article('a.txt', 'Alpha\n\nalpha beta'),
    article('b.txt', 'Gamma\n\ngamma delta'),
    article('c.txt', 'Other\n\nalpha gamma beta delta'),
  ];
  const index = indexOf(articles, 1);
  const number = (id: string) => index.numbers.get(id)!;
  const weightOf = (model: { term: string; weight: number }[], term: string) => model.find((t) => t.term === term)?.weight ?? 0;

  it('weighs the feedback articles by the exponential of their scores, not their share of the sum', () => {
    // scores 10 and 5: a linear share would give the second article a third of the model
    const scores = new Map([
      [number('a.txt'), 10],
      [number('b.txt'), 5],
    ]);
    const model = relevanceModel(index, [number('a.txt'), number('b.txt')], (n) => scores.get(n)!, new Set());
    expect(weightOf(model, 'alpha') / weightOf(model, 'gamma')).toBeCloseTo(Math.exp(5), 5);
  });

  it('shares the model equally between articles that score the same', () => {
    const model = relevanceModel(index, [number('a.txt'), number('b.txt')], () => 7, new Set());
    expect(weightOf(model, 'alpha')).toBeCloseTo(weightOf(model, 'gamma'), 10);
  });
});

describe('feedback in rank', () => {
  it('learns from the first pass as proximity orders it, not from BM25 alone', () => {
    const pad = 'words about other matters entirely '.repeat(15);
    // the same words, as often, in articles of the same length: BM25 ties them, proximity does not
    const articles = [
      article('near.txt', `Report\n\nheat conduction slabs laminate ${pad}${pad}${pad}`),
      article('far.txt', `Report\n\nheat ${pad} conduction ${pad} slabs ${pad} turbine`),
      article('a-turbine.txt', 'Notes\n\nheat turbine'),
      article('z-laminate.txt', 'Notes\n\nheat laminate'),
    ];
    const index = indexOf(articles, 1);
    const texts = new Map(articles.map((a) => [a.id, indexedText(a)]));
    const plan = planQuery(parseQuery('heat conduction slabs '), index);
    const ranking = rank(index, plan, { textOf: (id) => texts.get(id) ?? null });
    const ids = ranking.order.map((n) => index.meta[n]!.id);
    expect(ids.slice(0, 2)).toEqual(['near.txt', 'far.txt']);
    // the article sharing a word with the closer match comes first, though the ids would tie it the other way
    expect(ids.indexOf('z-laminate.txt')).toBeLessThan(ids.indexOf('a-turbine.txt'));
  });
});
