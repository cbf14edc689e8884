import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../src/core/align/index';
import { tokenize } from '../../../src/core/text/tokenize';
import { candidatePairs, GramPairs, gramHashes } from '../../../src/core/workspace/reuse-candidates';

const shared = 'the committee said the troops would leave the country before the end of the year under the agreement';
const texts: Record<string, string> = {
  a: `Morning report. ${shared}. Weather was fine.`,
  b: `Evening edition: ${shared}, officials added.`,
  c: 'A story about football and the league table, nothing else in common with the others at all.',
};

describe('candidatePairs', () => {
  const ids = Object.keys(texts);
  const docs = new Map(ids.map((id) => [id, prepareDocument(tokenize(texts[id]!))]));

  it('proposes only pairs that share rare word 5-grams', () => {
    expect(candidatePairs(ids, docs, false)).toEqual([['a', 'b']]);
  });

  it('proposes every pair when asked to be exhaustive', () => {
    expect(candidatePairs(ids, docs, true)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('needs two shared rare 5-grams between long articles, one when an article is a brief', () => {
    const filler = (seed: string) => Array.from({ length: 120 }, (_, i) => `${seed}${i}`).join(' ');
    const quote = 'a quote of exactly five words';
    const long = (seed: string) => `${filler(seed)} ${quote} ${filler(seed + 'x')}`;
    const texts2: Record<string, string> = { long1: long('p'), long2: long('q'), brief: `Brief: ${quote}.` };
    const ids2 = Object.keys(texts2);
    const docs2 = new Map(ids2.map((id) => [id, prepareDocument(tokenize(texts2[id]!))]));
    // "a quote of exactly five" and "quote of exactly five words": two grams between the long ones
    expect(candidatePairs(ids2, docs2, false)).toEqual([
      ['long1', 'brief'],
      ['long1', 'long2'],
      ['long2', 'brief'],
    ]);
    const one = { long1: long('p').replace('words', 'verbs'), long2: long('q').replace('words', 'nouns') };
    const ids3 = Object.keys(one);
    const docs3 = new Map(ids3.map((id) => [id, prepareDocument(tokenize(one[id as keyof typeof one]))]));
    expect(candidatePairs(ids3, docs3, false)).toEqual([]);
  });
});

/** The rule spelled out with maps and sets: what the typed-array index must give. */
function naivePairs(grams: Uint32Array[]): [number, number][] {
  const byGram = new Map<number, number[]>();
  grams.forEach((g, i) => g.forEach((h) => byGram.set(h, [...(byGram.get(h) ?? []), i])));
  const limit = Math.max(5, Math.ceil(grams.length * 0.02));
  const shared = new Map<string, number>();
  for (const list of byGram.values()) {
    if (list.length < 2 || list.length > limit) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) shared.set(`${list[x]} ${list[y]}`, (shared.get(`${list[x]} ${list[y]}`) ?? 0) + 1);
  }
  return [...shared]
    .filter(([key, count]) => {
      const [x, y] = key.split(' ').map(Number) as [number, number];
      return count >= (Math.min(grams[x]!.length, grams[y]!.length) < 100 ? 1 : 2);
    })
    .map(([key]) => key.split(' ').map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

describe('GramPairs', () => {
  it('keeps each article’s distinct 5-gram hashes, sorted', () => {
    const words = Int32Array.from([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 9]);
    const grams = gramHashes({ words });
    // 7 windows, of which "1 2 3 4 5" twice
    expect(grams.length).toBe(6);
    expect([...grams]).toEqual([...grams].sort((x, y) => x - y));
    expect(gramHashes({ words: Int32Array.from([1, 2, 3]) }).length).toBe(0);
  });

  // folders of 40 to 400 articles drawn from a small vocabulary, so that grams repeat across
  // articles at every frequency, and the bit filter (a thousand slots at the least) has collisions
  it.each([
    [40, 12, 30],
    [120, 20, 150],
    [400, 40, 60],
  ])('gives the pairs of the rule spelled out with maps (%i articles, %i words, %i tokens)', (n, vocabulary, length) => {
    let s = n;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) % vocabulary;
    const index = new GramPairs();
    const all: Uint32Array[] = [];
    for (let i = 0; i < n; i++) {
      const grams = gramHashes({ words: Int32Array.from({ length: length + (i % 7) * 20 }, () => next() + 1) });
      all.push(grams);
      index.addGrams(grams);
    }
    const expected = naivePairs(all);
    expect(expected.length).toBeGreaterThan(0);
    expect(index.pairs()).toEqual(expected);
  });
});
