import { describe, expect, it } from 'vitest';
import { alignDocuments, buildStats, emptyStats, addToStats } from '../../../src/core/align/index';
import { doc, P, type ParagraphName } from './fixtures';

const boilerplate =
  'Subscribe to our morning newsletter to receive the latest stories about the city, the region and the world in your inbox every day.';
const names = Object.keys(P) as ParagraphName[];
// Thirty articles of one outlet: each its own paragraph, all with the same tagline.
const articles = Array.from({ length: 30 }, (_, i) => `${P[names[i % names.length]!]} Story number ${i}.\n\n${boilerplate}`);

describe('stats context', () => {
  const a = doc(articles[0]!);
  const b = doc(articles[1]!);

  it('without a stats, a shared tagline is a shared passage', () => {
    expect(alignDocuments(a, b, { paraphrase: false })).toHaveLength(1);
  });

  it('with the stats, the tagline is boilerplate and not matched', () => {
    const stats = buildStats(articles.map(doc));
    expect(stats.documents).toBe(30);
    expect(alignDocuments(a, b, { paraphrase: false }, { stats })).toEqual([]);
  });

  it('a passage shared by two articles of a large stats is not boilerplate', () => {
    const stats = emptyStats();
    for (const x of articles) addToStats(stats, doc(x));
    const shared =
      'The regional court ruled that the mining company must restore the wetlands it drained near the lake. ' +
      'Environmental groups called the decision a landmark for protected habitats across the province.';
    const x = doc(`${P.harbor}\n\n${shared}`);
    const y = doc(`${P.railway}\n\n${shared}`);
    addToStats(stats, x);
    addToStats(stats, y);
    expect(alignDocuments(x, y, { paraphrase: false }, { stats })).toHaveLength(1);
  });
});
