/**
 * The web address an article gives for itself, when its page carries one on a line of its own (a
 * closing "https://…" link block, the same block the outlet's name is read from): for citations and
 * exports. Null when the page gives none; never a link quoted inside the text.
 */
import type { Article } from './article';

const URL_LINE = /^\s*<?(https?:\/\/[^\s<>"]+?)>?\s*$/i;

export function articleUrl(article: Pick<Article, 'text' | 'blocks'>): string | null {
  for (const block of article.blocks) {
    if (block.kind !== 'link' && block.kind !== 'outlet') continue;
    const match = URL_LINE.exec(article.text.slice(block.start, block.end));
    if (match) return match[1]!;
  }
  return null;
}
