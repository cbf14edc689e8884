import { describe, expect, it } from 'vitest';
import { alignDocuments, buildStats, emptyStats, addToStats, removeFromStats } from '../../../src/core/align/index';
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

describe('removeFromStats', () => {
  it('leaves the statistics of counting the other documents alone, sentences and trigrams', () => {
    const docs = articles.slice(0, 8).map(doc);
    const all = emptyStats();
    for (const d of docs) addToStats(all, d);
    // taken back in another order than counted: the first, a middle one, the last
    for (const k of [0, 4, 7]) removeFromStats(all, docs[k]!);
    const rest = buildStats(docs.filter((_, k) => ![0, 4, 7].includes(k)));
    expect(all.documents).toBe(rest.documents);
    expect([...all.sentenceDf].sort()).toEqual([...rest.sentenceDf].sort());
    // 4M slots: compared as bytes (an element-wise toEqual takes most of a minute)
    expect(Buffer.from(all.gramDf.buffer).equals(Buffer.from(rest.gramDf.buffer))).toBe(true);
    expect(all.gramDf.some((x) => x > 0)).toBe(true);
  });

  it('makes a tagline in too few documents ordinary text again', () => {
    const tagged = articles.map(doc);
    const stats = buildStats(tagged);
    expect(alignDocuments(tagged[0]!, tagged[1]!, { paraphrase: false }, { stats })).toEqual([]);
    // 28 of the 30 taken back: two documents with it among two is no bar of five
    for (const d of tagged.slice(2)) removeFromStats(stats, d);
    expect(alignDocuments(tagged[0]!, tagged[1]!, { paraphrase: false }, { stats })).toHaveLength(1);
  });
});
