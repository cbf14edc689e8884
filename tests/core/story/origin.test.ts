import { describe, expect, it } from 'vitest';
import type { ReuseLink } from '../../../src/shared/reuse';
import { dateMillis, likelyOrigin, readableDate, sourceScores, textOrigin } from '../../../src/core/story/origin';

function link(a: string, b: string, sharedA: number, sharedB: number): ReuseLink {
  return { a, b, passages: 1, paraphrases: 0, sharedA, sharedB, sharedWordsA: 50, sharedWordsB: 50, longestWords: 20, firstPublished: null };
}

const dated = (dates: Record<string, string | null>) => (id: string) => ({ date: dates[id] ?? null });

describe('likelyOrigin', () => {
  // the wire text holds most of each printing; each printing holds a part of the wire text
  const members = ['p1', 'p2', 'wire'];
  const links = [link('p1', 'wire', 0.8, 0.3), link('p2', 'wire', 0.7, 0.25), link('p1', 'p2', 0.2, 0.2)];

  it('names the earliest dated article when every article is dated', () => {
    const origin = likelyOrigin(members, links, dated({ p1: '2021-05-04', p2: '2021-05-05', wire: '2021-05-03' }));
    expect(origin).toMatchObject({ id: 'wire', basis: 'date' });
    expect(origin.reason).toBe('Published first, on 3 May 2021; the next on 4 May 2021.');
  });

  it('says when the earliest dated one may not be the first, some articles being undated', () => {
    const origin = likelyOrigin(members, links, dated({ p2: '2021-05-05T10:00', wire: '2021-05-04T09:30' }));
    expect(origin.id).toBe('wire');
    expect(origin.reason).toMatch(/^The earliest dated, on 4 May 2021, 09:30; .*1 of the 3 articles is undated and could be earlier\.$/);
  });

  it('without dates, names the text the others are drawn from, with the figures', () => {
    const origin = likelyOrigin(members, links, dated({}));
    expect(origin).toMatchObject({ id: 'wire', basis: 'source' });
    expect(origin.reason).toMatch(/No article of the story is dated; .* on average 75% of each other article's words are found in it, against 25% in the next\./);
    expect(sourceScores(members, links).get('wire')).toBeCloseTo(0.75);
  });

  it('names nobody when two texts hold each other about equally', () => {
    const origin = likelyOrigin(['a', 'b'], [link('a', 'b', 0.5, 0.52)], dated({}));
    expect(origin).toMatchObject({ id: null, basis: 'none' });
  });

  it('orders by the text among articles that came out the same day', () => {
    const origin = likelyOrigin(members, links, dated({ p1: '2021-05-03', p2: '2021-05-04', wire: '2021-05-03' }));
    expect(origin).toMatchObject({ id: 'wire', basis: 'source' });
    expect(origin.reason).toMatch(/^2 articles are the earliest dated, on 3 May 2021;/);
  });

  it('reads dates as UTC days and times alike', () => {
    expect(readableDate('2000-03-01')).toBe('1 March 2000');
    expect(dateMillis('2000-03-02') - dateMillis('2000-03-01')).toBe(86_400_000);
    expect(dateMillis('2000-03-01T12:00') - dateMillis('2000-03-01')).toBe(43_200_000);
  });
});

describe('textOrigin', () => {
  it('never names a member joined by its words alone, however early it came out', () => {
    const members = ['p1', 'rewrite', 'wire'];
    const links = [link('p1', 'wire', 0.8, 0.3)];
    const dates = dated({ p1: '2021-05-04', rewrite: '2021-05-01', wire: '2021-05-03' });
    expect(likelyOrigin(members, links, dates).id).toBe('rewrite');
    expect(textOrigin(members, links, new Set(['rewrite']), dates)).toMatchObject({ id: 'wire', basis: 'date' });
  });
});
