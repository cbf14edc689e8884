/**
 * The text of a passage as a reader sees it: the body blocks it crosses, markup dropped, white
 * space folded, paragraphs kept apart by a blank line; and its opening words, to recognize it by.
 * The passage list, citations and both exports quote passages this way.
 */
import type { Article, Block, Span } from './article';
import { bodyBlocks } from './content';
import { runsOf } from './runs';

/** The text of `span` as displayed. `blocks` defaults to the article's body; pass them when reused. */
export function excerptOf(article: Pick<Article, 'text' | 'blocks'>, span: Span, blocks: readonly Block[] = bodyBlocks(article)): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.end <= span.start || block.start >= span.end) continue;
    const clipped = { start: Math.max(block.start, span.start), end: Math.min(block.end, span.end), markup: block.markup };
    const text = runsOf(article.text, clipped, [])
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

/**
 * The first `words` white-space-separated pieces of an excerpt, with an ellipsis when there are
 * more. A display cut, not a count: passage lengths are the counts each `Passage` carries.
 */
export function openingOf(text: string, words: number): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : all.slice(0, words).join(' ') + '…';
}
