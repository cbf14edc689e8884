import { describe, expect, it } from 'vitest';
import { filterLinks, joinsOutlets, linksOf } from '../../../src/renderer/src/lib/reuse-links';
import type { ReuseLink } from '../../../src/shared/reuse';

const link = (a: string, b: string, sharedA: number, sharedB: number, passages = 1, paraphrases = 0): ReuseLink => ({
  a,
  b,
  passages,
  paraphrases,
  sharedA,
  sharedB,
  sharedWordsA: Math.round(sharedA * 100),
  sharedWordsB: Math.round(sharedB * 100),
  longestWords: 30,
  firstPublished: null,
});

describe('linksOf', () => {
  const links = [link('x', 'y', 0.1, 0.5), link('z', 'x', 0.4, 0.3), link('y', 'z', 0.9, 0.9), link('w', 'x', 0, 0, 0, 2)];

  it.each([
    ['x', ['z', 'y', 'w']],
    ['y', ['z', 'x']],
    ['q', []],
  ])('lists the articles %s shares text with, the most shared first', (id, others) => {
    expect(linksOf(links, id).map((l) => l.other)).toEqual(others);
  });

  it('reads each share from the article asked about', () => {
    const [toZ] = linksOf(links, 'x');
    expect(toZ).toMatchObject({ other: 'z', shareHere: 0.3, shareThere: 0.4 });
    const [toX] = linksOf(links, 'z').filter((l) => l.other === 'x');
    expect(toX).toMatchObject({ shareHere: 0.4, shareThere: 0.3 });
  });

  it('puts paraphrase-only links after those with passages', () => {
    const only = linksOf([link('x', 'p', 0, 0, 0, 5), link('x', 'c', 0.02, 0.02, 1, 0)], 'x');
    expect(only.map((l) => l.other)).toEqual(['c', 'p']);
  });
});

describe('filterLinks', () => {
  const meta = new Map([
    ['a.txt', { title: 'Iraqi resistance vows', outlet: 'Radio Habana Cuba' }],
    ['b.txt', { title: 'Troops remain in Syria', outlet: null }],
    ['c.txt', { title: 'Élections à Bagdad', outlet: 'thecradle.co' }],
  ]);
  const links = [link('a.txt', 'b.txt', 0.1, 0.1), link('b.txt', 'c.txt', 0.2, 0.2)];
  const ids = (filter: string) => filterLinks(links, filter, (id) => meta.get(id)).map((l) => `${l.a}-${l.b}`);

  it.each([
    ['', ['a.txt-b.txt', 'b.txt-c.txt']],
    ['   ', ['a.txt-b.txt', 'b.txt-c.txt']],
    ['habana', ['a.txt-b.txt']],
    ['elections', ['b.txt-c.txt']],
    ['SYRIA', ['a.txt-b.txt', 'b.txt-c.txt']],
    ['radio vows', ['a.txt-b.txt']],
    ['radio cradle', []],
    ['c.txt', ['b.txt-c.txt']],
  ])('%j keeps %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('joinsOutlets', () => {
  const OUTLETS: Record<string, string | null> = { a1: 'alpha', a2: 'alpha', b1: 'beta', b2: 'beta', c1: 'gamma', u1: null, u2: null };
  const meta = (id: string) => (id in OUTLETS ? { outlet: OUTLETS[id]! } : undefined);

  it.each([
    ['a1', 'b1', true],
    ['b2', 'a2', true],
    ['a1', 'a2', false],
    ['a1', 'c1', false],
  ])('%s with %s joins alpha and beta: %s', (x, y, expected) => {
    expect(joinsOutlets(link(x, y, 0.1, 0.1), { a: 'alpha', b: 'beta' }, meta)).toBe(expected);
  });

  it('matches an unknown outlet, or an article no longer in the folder, by null', () => {
    expect(joinsOutlets(link('u1', 'a1', 0.1, 0.1), { a: 'alpha', b: null }, meta)).toBe(true);
    expect(joinsOutlets(link('a1', 'gone', 0.1, 0.1), { a: 'alpha', b: null }, meta)).toBe(true);
    expect(joinsOutlets(link('u1', 'u2', 0.1, 0.1), { a: 'alpha', b: null }, meta)).toBe(false);
  });
});
