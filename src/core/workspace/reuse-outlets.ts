/**
 * The folder's shared text summed by outlet: which outlets carry each other's passages, how much, and
 * whose article came out first. A newsroom asks this before it asks about any one article.
 */
import type { ArticleId } from '../../shared/article';
import type { OutletLink, ReuseLink } from '../../shared/reuse';

/** Sorting key that puts an unknown outlet after every named one. */
const rank = (outlet: string | null) => (outlet === null ? '\uffff' : outlet.toLocaleLowerCase('en'));

/** The outlet pairs of `links`, those sharing the most article pairs first. */
export function outletLinks(links: readonly ReuseLink[], outletOf: (id: ArticleId) => string | null): OutletLink[] {
  const byPair = new Map<string, OutletLink>();
  for (const link of links) {
    let [wordsX, wordsY] = [link.sharedWordsA, link.sharedWordsB];
    let first = link.firstPublished;
    const [ox, oy] = [outletOf(link.a), outletOf(link.b)];
    // one entry per unordered pair of outlets: the one that sorts first is `a`
    const swap = rank(ox) > rank(oy);
    if (swap) {
      [wordsX, wordsY] = [wordsY, wordsX];
      first = first === 'a' ? 'b' : first === 'b' ? 'a' : first;
    }
    const [a, b] = swap ? [oy, ox] : [ox, oy];
    const key = `${a ?? ''}\u0000${b ?? ''}\u0000${a === null ? 1 : 0}${b === null ? 1 : 0}`;
    let entry = byPair.get(key);
    if (!entry) {
      entry = { a, b, copies: 0, paraphrased: 0, wordsA: 0, wordsB: 0, firstA: 0, firstB: 0 };
      byPair.set(key, entry);
    }
    if (link.passages === 0) {
      entry.paraphrased++;
      continue;
    }
    entry.copies++;
    entry.wordsA += wordsX;
    entry.wordsB += wordsY;
    if (first === 'a') entry.firstA++;
    else if (first === 'b') entry.firstB++;
  }
  return [...byPair.values()].sort(
    (p, q) =>
      q.copies - p.copies ||
      q.wordsA + q.wordsB - (p.wordsA + p.wordsB) ||
      q.paraphrased - p.paraphrased ||
      rank(p.a).localeCompare(rank(q.a)) ||
      rank(p.b).localeCompare(rank(q.b)),
  );
}
