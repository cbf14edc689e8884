import { describe, expect, it } from 'vitest';
import { IndexedDocs } from '../../../src/core/search/indexed-docs';
import { article, corpusOf, seedArticles } from './helpers';

describe('the indexed texts search reads', () => {
  it('keeps an article’s indexed text while the article is the same object, and makes it anew for a changed one', () => {
    const docs = new IndexedDocs();
    const corpus = corpusOf(seedArticles());
    const id = '002_d0548fe1a3bec1cc.txt';
    const first = docs.of(corpus, id);
    expect(first).not.toBeNull();
    expect(docs.of(corpus, id)).toBe(first);
    corpus.articles.set(id, article(id, 'A new headline\n\nThe harbour council met on Tuesday.'));
    const second = docs.of(corpus, id);
    expect(second).not.toBe(first);
    expect(second!.title).toMatch(/new headline/i);
    expect(docs.of(corpus, 'not-there.txt')).toBeNull();
  });

  it('warms every article for phrase search, and does nothing once told the folder is no longer current', async () => {
    const corpus = corpusOf(seedArticles());
    const stopped = new IndexedDocs();
    stopped.warm(corpus, () => false);
    // started after it, on the same chain of timers: by the time this one is done, the first has had its turn
    const warmed = new IndexedDocs();
    warmed.warm(corpus, () => true);
    await expect.poll(() => [...corpus.articles.keys()].every((id) => warmed.of(corpus, id)!.words)).toBe(true);
    expect([...corpus.articles.keys()].some((id) => stopped.of(corpus, id)!.words)).toBe(false);
  });
});
