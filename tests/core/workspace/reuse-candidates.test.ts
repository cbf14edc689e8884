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
});
