/** One article's shared-text links, read out of the folder's reuse report. */
import type { ArticleId } from '../../../shared/article';
import type { ReuseLink } from '../../../shared/reuse';

/** What one article shares with another, seen from that article. */
export interface ArticleLink {
  other: ArticleId;
  passages: number;
  paraphrases: number;
  /** Share of this article's words in passages shared with the other. */
  shareHere: number;
  /** Share of the other article's words in those passages. */
  shareThere: number;
  longestWords: number;
}

/** The links of `id` in `links`, the most shared first. */
export function linksOf(links: ReuseLink[], id: ArticleId): ArticleLink[] {
  const out: ArticleLink[] = [];
  for (const l of links) {
    if (l.a !== id && l.b !== id) continue;
    const here = l.a === id;
    out.push({
      other: here ? l.b : l.a,
      passages: l.passages,
      paraphrases: l.paraphrases,
      shareHere: here ? l.sharedA : l.sharedB,
      shareThere: here ? l.sharedB : l.sharedA,
      longestWords: l.longestWords,
    });
  }
  return out.sort((x, y) => y.shareHere - x.shareHere || y.passages - x.passages || y.paraphrases - x.paraphrases);
}
