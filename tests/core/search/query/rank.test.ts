import { describe, expect, it } from 'vitest';
import { editDistance, planQuery } from '../../../../src/core/search/query/plan';
import { parseQuery } from '../../../../src/core/search/query/query-parser';
import { rank } from '../../../../src/core/search/query/rank';
import { indexedText } from '../../../../src/core/search/index/shard-build';
import { article, indexOf } from '../helpers';

const articles = [
  article('a.txt', 'Troops leave\n\nThe troops began their withdrawal from the northern bases today.'),
  article('b.txt', 'Troops stay\n\nThe troops will stay. Troops, troops and more troops were seen. Troops everywhere.'),
  article('c.txt', 'Budget talks\n\nThe withdrawal of funds was discussed by the committee.'),
  article('d.txt', 'Withdrawal plan\n\nA plan for the withdrawal was agreed.'),
  article('e.txt', 'Iran talks\n\nIran and its neighbours talked about trade.'),
  article('f.txt', 'Iraq report\n\nIraq held elections. The Iraqi parliament met.'),
  article('g.txt', 'Governments\n\nThe government and other governments met.'),
];
const index = indexOf(articles, 3);
const texts = new Map(articles.map((a) => [a.id, indexedText(a)]));

function search(text: string) {
  const plan = planQuery(parseQuery(text), index);
  const ranking = rank(index, plan, { textOf: (id) => texts.get(id) ?? null });
  return { ids: ranking.order.map((n) => index.meta[n]!.id), plan, ranking };
}

describe('rank', () => {
  it('puts articles with every word above those with some, however often the other words occur', () => {
    const { ids, ranking } = search('troops withdrawal ');
    expect(ids[0]).toBe('a.txt');
    expect(ranking.complete).toEqual([true, false, false, false]);
    expect(new Set(ids)).toEqual(new Set(['a.txt', 'b.txt', 'c.txt', 'd.txt']));
  });

  it('puts a complete match first even when a partial one scores higher', () => {
    const padding = 'words about other matters entirely '.repeat(30);
    const small = indexOf([
      article('partial.txt', 'Budgets\n\nBudgets, budgets and budgets: the budgets were cut.'),
      article('complete.txt', `Report\n\n${padding} troops ${padding} budgets ${padding}`),
      article('other.txt', 'Troops\n\nTroops were seen.'),
      article('more.txt', 'Troops again\n\nMore troops.'),
    ]);
    const plan = planQuery(parseQuery('troops budgets '), small);
    const tiered = rank(small, plan);
    const flat = rank(small, plan, { allWordsFirst: false });
    expect(small.meta[flat.order[0]!]!.id).toBe('partial.txt');
    expect(small.meta[tiered.order[0]!]!.id).toBe('complete.txt');
  });

  it('ranks a title match above a body match of the same word', () => {
    const { ids } = search('withdrawal ');
    expect(ids[0]).toBe('d.txt');
  });

  it.each([
    ['required words', '+withdrawal troops ', ['a.txt', 'c.txt', 'd.txt']],
    ['exclusions', 'withdrawal -funds ', ['d.txt', 'a.txt']],
    ['title filter', 'title:troops ', ['a.txt', 'b.txt']],
    ['phrase', '"troops began" ', ['a.txt']],
    ['phrase exclusion', 'troops -"troops began" ', ['b.txt']],
    ['only an exclusion lists the rest', '-troops ', ['c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt']],
  ])('%s', (_, text, expected) => {
    const { ids } = search(text);
    if (text.startsWith('-')) expect([...ids].sort()).toEqual(expected);
    else expect(new Set(ids)).toEqual(new Set(expected));
  });

  it('expands the word being typed to the words it starts', () => {
    const { ids, plan } = search('withdr');
    expect(plan.concepts[0]!.terms.map((t) => t.term)).toContain('withdraw');
    expect(new Set(ids)).toEqual(new Set(['a.txt', 'c.txt', 'd.txt']));
  });

  it('does not widen a word being typed that is already a word', () => {
    const { plan } = search('troops withdrawal');
    expect(plan.concepts[1]!.terms).toEqual([{ term: 'withdraw', weight: 1 }]);
  });

  it('corrects a word no article contains, and says so', () => {
    const { ids, plan } = search('goverment ');
    expect(ids).toEqual(['g.txt']);
    expect(plan.notices.join(' ')).toMatch(/goverment/);
  });

  it('corrects to the closest spellings with the same first letter only', () => {
    const small = indexOf([
      article('x.txt', 'Over there\n\nThe operations were over; the government met.'),
      article('y.txt', 'Governing\n\nThey govern.'),
    ]);
    const plan = planQuery(parseQuery('goverment '), small);
    expect(plan.concepts[0]!.terms.map((t) => t.term)).toEqual(['govern']);
  });

  it('does not correct a word that exists (no flood: "iran" stays "iran")', () => {
    const { ids, plan } = search('iran ');
    expect(ids).toEqual(['e.txt']);
    expect(plan.notices).toEqual([]);
  });

  it('finds nothing for a word nothing resembles', () => {
    const { ids, plan } = search('zzyzxq ');
    expect(ids).toEqual([]);
    expect(plan.notices.join(' ')).toMatch(/No articles contain/);
  });

  it('keeps the same order and scores however the articles are sharded', () => {
    const one = indexOf(articles, 1);
    const plan = planQuery(parseQuery('troops withdrawal plan '), one);
    const a = rank(one, plan);
    const b = rank(index, planQuery(parseQuery('troops withdrawal plan '), index));
    expect(a.order.map((n) => [one.meta[n]!.id, a.scores[n]!.toFixed(9)])).toEqual(b.order.map((n) => [index.meta[n]!.id, b.scores[n]!.toFixed(9)]));
  });
});

describe('editDistance', () => {
  it.each([
    ['govern', 'gover', 1],
    ['withdrawl', 'withdraw', 1],
    ['form', 'from', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s / %s -> %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
