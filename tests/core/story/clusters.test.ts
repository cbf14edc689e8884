import { describe, expect, it } from 'vitest';
import type { ReuseLink } from '../../../src/shared/reuse';
import { clusterLinks, linksWithin, STORY_LINK_WORDS } from '../../../src/core/story/clusters';

function link(a: string, b: string, words: number, shares: [number, number] = [0.5, 0.5], passages = 1): ReuseLink {
  return { a, b, passages, paraphrases: 0, sharedA: shares[0], sharedB: shares[1], sharedWordsA: words, sharedWordsB: words, longestWords: words, firstPublished: null };
}

describe('clusterLinks', () => {
  it('makes a wire text and its printings one story, the printings linked to each other too', () => {
    const links = [link('wire', 'p1', 120), link('wire', 'p2', 90), link('wire', 'p3', 60), link('p1', 'p2', 70), link('x', 'y', 40)];
    expect(clusterLinks(links)).toEqual([['p1', 'p2', 'p3', 'wire'], ['x', 'y']]);
  });

  it('does not chain two stories through one set phrase shared by two of their articles', () => {
    const story = (p: string) => [link(`${p}w`, `${p}1`, 200), link(`${p}w`, `${p}2`, 150), link(`${p}1`, `${p}2`, 120)];
    const phrase = link('aw', 'b1', 9, [0.02, 0.03]);
    expect(phrase.sharedWordsA).toBeLessThan(STORY_LINK_WORDS);
    const stories = clusterLinks([...story('a'), ...story('b'), phrase]);
    expect(stories).toHaveLength(2);
    expect(stories.map((s) => s.sort().join(' ')).sort()).toEqual(['a1 a2 aw', 'b1 b2 bw']);
  });

  it('splits two dense stories joined by one substantial bridge', () => {
    const dense = (p: string) => {
      const ids = [0, 1, 2, 3, 4].map((i) => `${p}${i}`);
      return ids.flatMap((x, i) => ids.slice(i + 1).map((y) => link(x, y, 200)));
    };
    const stories = clusterLinks([...dense('a'), ...dense('b'), link('a0', 'b0', 30)]);
    expect(stories.map((s) => s.join(' '))).toEqual(['a0 a1 a2 a3 a4', 'b0 b1 b2 b3 b4']);
  });

  it('lets an article whose links are all thin join the story it shares most of its words with, and those that follow it', () => {
    const links = [link('wire', 'p1', 100), link('brief', 'wire', 10, [0.6, 0.05]), link('brief', 'other', 9, [0.2, 0.01])];
    expect(clusterLinks(links)).toEqual([['brief', 'other', 'p1', 'wire']]);
    // two thin articles with nobody else make a story of two
    expect(clusterLinks([link('q1', 'q2', 9)])).toEqual([['q1', 'q2']]);
  });

  it('joins nothing by links that only state the same facts, and is the same whatever the order of the links', () => {
    const facts = { ...link('a', 'c', 0), passages: 0, paraphrases: 2 };
    const links = [link('a', 'b', 50), facts, link('c', 'd', 50)];
    expect(clusterLinks(links)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(clusterLinks([...links].reverse())).toEqual(clusterLinks(links));
    expect(linksWithin(links, new Set(['a', 'b', 'c']))).toEqual([links[0]]);
  });
});

describe('clusterLinks with alike links', () => {
  const alike = (a: string, b: string) => ({ a, b, likeness: 0.4, terms: 6 });

  it('adds an article that shares no passage to the story of the article it is most like, and only that', () => {
    const links = [link('wire', 'p1', 120), link('wire', 'p2', 90), link('x', 'y', 40)];
    expect(clusterLinks(links, [alike('rewrite', 'p2')])).toEqual([['p1', 'p2', 'rewrite', 'wire'], ['x', 'y']]);
    expect(clusterLinks(links)).toEqual([['p1', 'p2', 'wire'], ['x', 'y']]);
  });

  it('never moves an article that shares a passage, whatever its alike link says', () => {
    const links = [link('wire', 'p1', 120), link('x', 'y', 40)];
    expect(clusterLinks(links, [alike('x', 'wire')])).toEqual([['p1', 'wire'], ['x', 'y']]);
  });

  it('follows a thin article into its story', () => {
    const links = [link('wire', 'p1', 100), link('brief', 'wire', 10, [0.6, 0.05])];
    expect(clusterLinks(links, [alike('rewrite', 'brief')])).toEqual([['brief', 'p1', 'rewrite', 'wire']]);
  });
});
