import { describe, expect, it } from 'vitest';
import { alignDocuments, buildCorpus, emptyCorpus, addToCorpus } from '../../../src/core/align/index';
import { doc, P, type ParagraphName } from './fixtures';

const boilerplate =
  'Subscribe to our morning newsletter to receive the latest stories about the city, the region and the world in your inbox every day.';
const names = Object.keys(P) as ParagraphName[];
// Thirty articles of one outlet: each its own paragraph, all with the same tagline.
const articles = Array.from({ length: 30 }, (_, i) => `${P[names[i % names.length]!]} Story number ${i}.\n\n${boilerplate}`);

describe('corpus context', () => {
  const a = doc(articles[0]!);
  const b = doc(articles[1]!);

  it('without a corpus, a shared tagline is a shared passage', () => {
    expect(alignDocuments(a, b, { paraphrase: false })).toHaveLength(1);
  });

  it('with the corpus, the tagline is boilerplate and not matched', () => {
    const corpus = buildCorpus(articles.map(doc));
    expect(corpus.documents).toBe(30);
    expect(alignDocuments(a, b, { paraphrase: false }, { corpus })).toEqual([]);
  });

  it('a passage shared by two articles of a large corpus is not boilerplate', () => {
    const corpus = emptyCorpus();
    for (const x of articles) addToCorpus(corpus, doc(x));
    const shared =
      'The regional court ruled that the mining company must restore the wetlands it drained near the lake. ' +
      'Environmental groups called the decision a landmark for protected habitats across the province.';
    const x = doc(`${P.harbor}\n\n${shared}`);
    const y = doc(`${P.railway}\n\n${shared}`);
    addToCorpus(corpus, x);
    addToCorpus(corpus, y);
    expect(alignDocuments(x, y, { paraphrase: false }, { corpus })).toHaveLength(1);
  });
});
