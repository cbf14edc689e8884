import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../src/core/align/index';
import { tokenize } from '../../../src/core/text/tokenize';
import { candidatePairs } from '../../../src/core/workspace/reuse-candidates';

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
