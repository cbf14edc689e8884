import { describe, expect, it } from 'vitest';
import { addCounts, alignDocuments, buildStats, documentCounts, emptyStats, shareStats, statsOf } from '../../../src/core/align/index';
import { doc, P, type ParagraphName } from './fixtures';

const boilerplate =
  'Subscribe to our morning newsletter to receive the latest stories about the city, the region and the world in your inbox every day.';
const names = Object.keys(P) as ParagraphName[];
// Thirty articles of one outlet, each with the same tagline: a boilerplate sentence and formula trigrams
const articles = Array.from({ length: 30 }, (_, i) => `${P[names[i % names.length]!]} Story number ${i}.\n\n${boilerplate}`);

/** Places where two tables of counts differ (a deep equality over 4 million entries is too slow for a test). */
function differences(x: Uint16Array, y: Uint16Array): number {
  if (x.length !== y.length) return Infinity;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

describe('statistics counted elsewhere and shared', () => {
  const docs = articles.map(doc);
  const counted = buildStats(docs);

  it('counts the same from documents or from their counts, in any order', () => {
    const fromCounts = emptyStats();
    for (const d of [...docs].reverse()) addCounts(fromCounts, documentCounts(d));
    expect(fromCounts.documents).toBe(counted.documents);
    expect(differences(fromCounts.gramDf, counted.gramDf)).toBe(0);
    expect(counted.gramDf.some((c) => c >= 5)).toBe(true);
    expect(new Map([...fromCounts.sentenceDf].sort())).toEqual(new Map([...counted.sentenceDf].sort()));
    expect(counted.sentenceDf.size).toBeGreaterThan(0);
  });

  it('reads back what was shared, in shared memory', () => {
    const shared = shareStats(counted);
    expect(shared.gramDf.buffer).toBeInstanceOf(SharedArrayBuffer);
    const back = statsOf(shared);
    expect(back.documents).toBe(counted.documents);
    expect(differences(back.gramDf, counted.gramDf)).toBe(0);
    expect(back.sentenceDf).toEqual(counted.sentenceDf);
  });

  it('aligns with the shared statistics as with the counted ones: the tagline is boilerplate', () => {
    const back = statsOf(shareStats(counted));
    expect(alignDocuments(docs[0]!, docs[1]!, { paraphrase: false })).toHaveLength(1);
    expect(alignDocuments(docs[0]!, docs[1]!, { paraphrase: false }, { stats: back })).toEqual([]);
  });
});
