import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { Comparer, KEPT, mergeSpans } from '../../../src/core/workspace/comparer';
import { countsOf } from '../../../src/core/workspace/reuse-pairs';

const BOILERPLATE =
  'Our newsroom is funded by readers like you, and every donation keeps independent reporting on the region free for everyone who needs it today.';
const SHARED =
  'The ministry confirmed on Thursday that the convoy carrying medical supplies had crossed the northern checkpoint after a delay of nearly eleven hours, officials said.';

const SYLLABLES = 'ka lor men tis vo ran del qui sor bel nu tra pex gam ol zen ir fa mun cel'.split(' ');

/** `n` pseudo-words from a seeded generator: text no other seed shares by chance. */
function words(seed: number, n: number): string {
  let s = seed * 9973 + 17;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) % SYLLABLES.length;
  return Array.from({ length: n }, (_, i) => SYLLABLES[next()]! + SYLLABLES[next()]! + SYLLABLES[next()]! + (i % 8 === 7 ? '.' : '')).join(' ');
}

function article(id: string, body: string): Article {
  return articleFromText(`Story ${id}\n\n${body}\n\n${BOILERPLATE}`, id, 'utf-8', body.length, 0);
}

describe('Comparer', () => {
  const articles = Array.from({ length: 6 }, (_, i) =>
    article(`${i}.txt`, `${words(i, 40)}\n\n${i < 2 ? SHARED : words(i + 10, 30)}\n\n${words(i + 20, 40)}`),
  );

  it('does not show an outlet’s recurring boilerplate as shared once the folder is known', () => {
    const comparer = new Comparer();
    for (const a of articles) comparer.document(a);
    const c = comparer.compare(articles[0]!, articles[1]!, { paraphrase: false });
    const shared = c.passages.map((p) => articles[0]!.text.slice(p.a.start, p.a.end));
    expect(shared.some((t) => t.includes('convoy carrying medical supplies'))).toBe(true);
    expect(shared.some((t) => t.includes('funded by readers'))).toBe(false);
    const other = comparer.compare(articles[2]!, articles[3]!, { paraphrase: false });
    expect(other.stats.passages).toBe(0);
  });

  it('counts an article by what another thread found in it as by preparing it, once per version', () => {
    const prepared = new Comparer();
    for (const a of articles) prepared.document(a);
    const counted = new Comparer();
    // the counts as a reuse worker sends them, in another order than the folder's
    for (const a of [...articles].reverse()) counted.count(a, countsOf(a));
    counted.count(articles[0]!, countsOf(articles[0]!));
    expect(counted.countedArticles).toBe(articles.length);
    // preparing it later does not count it again
    counted.document(articles[0]!);
    expect(counted.countedArticles).toBe(articles.length);
    for (const [x, y] of [[0, 1], [2, 3]] as const) {
      expect(counted.compare(articles[x]!, articles[y]!).passages).toEqual(prepared.compare(articles[x]!, articles[y]!).passages);
    }
    // the boilerplate is known from the counts alone
    const shared = counted.compare(articles[0]!, articles[1]!, { paraphrase: false }).passages.map((p) => articles[0]!.text.slice(p.a.start, p.a.end));
    expect(shared.some((t) => t.includes('funded by readers'))).toBe(false);
  });

  it('prepares an article again when it changed', () => {
    const comparer = new Comparer();
    const first = comparer.document(articles[0]!);
    expect(comparer.document(articles[0]!)).toBe(first);
    const edited = article('0.txt', 'Completely different words now stand here.');
    expect(comparer.document(edited)).not.toBe(first);
  });

  it('keeps the last KEPT prepared articles, and counts one prepared again after it was let go only once', () => {
    const comparer = new Comparer();
    const many = Array.from({ length: KEPT + 1 }, (_, i) => article(`m${i}.txt`, words(i + 100, 9)));
    const first = comparer.document(many[0]!);
    for (const a of many.slice(1)) comparer.document(a);
    expect(comparer.countedArticles).toBe(KEPT + 1);
    // the least recently used was let go: prepared anew, not counted anew
    const again = comparer.document(many[0]!);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(comparer.countedArticles).toBe(KEPT + 1);
    // the most recently used is still there
    expect(comparer.document(many[KEPT]!)).toBe(comparer.document(many[KEPT]!));
  });

  it('forgets articles exactly: the same passages as a folder without them', () => {
    const tagged = Array.from({ length: 8 }, (_, i) => article(`t${i}.txt`, `${words(i + 40, 30)}\n\n${i < 2 ? SHARED : words(i + 60, 20)}`));
    const comparer = new Comparer();
    for (const a of tagged) comparer.document(a);
    comparer.forget(tagged.slice(4).map((a) => a.id));
    const fresh = new Comparer();
    for (const a of tagged.slice(0, 4)) fresh.document(a);
    expect(comparer.countedArticles).toBe(4);
    // with eight articles the tagline is boilerplate; with four it is below the bar of five
    expect(comparer.compare(tagged[0]!, tagged[1]!).passages).toEqual(fresh.compare(tagged[0]!, tagged[1]!).passages);
    expect(comparer.compare(tagged[0]!, tagged[2]!).passages.length).toBeGreaterThan(0);
  });

  it('gives the comparison just made again for the same pair, options, metadata and folder statistics', () => {
    const comparer = new Comparer();
    const [a, b, c] = [articles[0]!, articles[1]!, articles[2]!];
    const shown = comparer.compare(a, b);
    expect(comparer.compare(a, b, {})).toBe(shown);
    // other options, a corrected title, a folder that grew: aligned again, as from scratch
    const stricter = comparer.compare(a, b, { minWords: 12 });
    expect(stricter).not.toBe(shown);
    expect(stricter.options.minWords).toBe(12);
    const again = comparer.compare(a, b);
    expect(again).not.toBe(shown);
    expect(again.passages).toEqual(shown.passages);
    a.title = 'Corrected';
    const corrected = comparer.compare(a, b);
    expect(corrected).not.toBe(again);
    expect(corrected.a.title).toBe('Corrected');
    comparer.compare(a, c);
    expect(comparer.compare(a, b)).not.toBe(corrected);
    // the folder-wide run asks without edits: never served from the view's comparison
    const bare = comparer.compare(a, b, {}, false);
    expect(bare.passages.every((p) => p.edits.length === 0)).toBe(true);
  });

  it('merges overlapping spans', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 8, end: 12 }, { start: 12, end: 14 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 14 },
    ]);
  });
});
