/**
 * What counts as the article proper, decided once for the whole app. A page's blocks are the
 * article's own text (its title, headings and paragraphs) or page debris (captions, link lines,
 * bylines, taglines, ...), which the reader sets aside and the alignment ignores.
 *
 * The title is content: it is the article's own words, so it counts in the article's length, the
 * alignment compares it (a republished headline is reuse) and search indexes it (in its own field).
 * But a view shows it once, in the article's header, from `ArticleMeta.title` (which the reader may
 * have corrected, so it need not be the title block's text). The text shown under the header, the
 * body, is therefore the content without the title block; and the title is not set aside either,
 * since it is no debris. So three sets, one rule: content = title + body; aside = the rest.
 */
import type { Article, Block, BlockKind } from './article';

/** Kinds of the article proper: everything else is set aside as page debris. */
export const CONTENT_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'heading', 'paragraph']);

/** Whether a block of this kind belongs to the article proper (the title included). */
export function isContent(kind: BlockKind): boolean {
  return CONTENT_KINDS.has(kind);
}

/** Whether a block of this kind is shown as the article's text under its header: content but the title. */
export function isBody(kind: BlockKind): boolean {
  return kind !== 'title' && CONTENT_KINDS.has(kind);
}

/** The blocks a view shows under the article's header (headings and paragraphs), in order. */
export function bodyBlocks(article: Pick<Article, 'blocks'>): Block[] {
  return article.blocks.filter((b) => isBody(b.kind));
}

/** The blocks set aside as page debris: neither the title nor the body. */
export function asideBlocks(article: Pick<Article, 'blocks'>): Block[] {
  return article.blocks.filter((b) => !isContent(b.kind));
}
