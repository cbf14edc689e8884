/** One article's shared-text links, read out of the folder's reuse report. */
import type { ArticleId, ArticleMeta } from '../../../shared/article';
import type { OutletLink, ReuseLink } from '../../../shared/reuse';

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

/**
 * The links whose either article matches every word of `filter` in its title, outlet or file name
 * (case and accents ignored); all of them when the filter is blank.
 */
export function filterLinks(
  links: ReuseLink[],
  filter: string,
  meta: (id: ArticleId) => Pick<ArticleMeta, 'title' | 'outlet'> | undefined,
): ReuseLink[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return links;
  const matches = (id: ArticleId) => {
    const m = meta(id);
    const hay = fold(`${m?.title ?? ''} ${m?.outlet ?? ''} ${id}`);
    return words.every((w) => hay.includes(w));
  };
  return links.filter((l) => matches(l.a) || matches(l.b));
}

/** Whether an article link joins the two outlets of `pair`, in either order (null: an unknown outlet). */
export function joinsOutlets(
  link: ReuseLink,
  pair: Pick<OutletLink, 'a' | 'b'>,
  meta: (id: ArticleId) => Pick<ArticleMeta, 'outlet'> | undefined,
): boolean {
  const oa = meta(link.a)?.outlet ?? null;
  const ob = meta(link.b)?.outlet ?? null;
  return (oa === pair.a && ob === pair.b) || (oa === pair.b && ob === pair.a);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
