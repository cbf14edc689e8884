/**
 * The words of an article proper: its tokens minus those inside page debris (captions, link
 * lines, taglines, the outlet's closing name). Offsets still index the full text, so a passage
 * found among them slices straight out of the file.
 */
import type { Article } from '../../shared/article';
import { isContent } from '../../shared/content';
import { tokenize, type Tokens } from '../text/tokenize';

/** Tokens of the article's content blocks, with offsets into `article.text`. */
export function contentTokens(article: Pick<Article, 'text' | 'blocks'>): Tokens {
  const all = tokenize(article.text);
  const keep: number[] = [];
  let b = 0;
  const blocks = article.blocks;
  for (let i = 0; i < all.count; i++) {
    const start = all.starts[i]!;
    while (b < blocks.length && blocks[b]!.end <= start) b++;
    const block = blocks[b];
    if (block && block.start <= start && isContent(block.kind)) keep.push(i);
  }
  if (keep.length === all.count) return all;
  return {
    text: all.text,
    count: keep.length,
    starts: Uint32Array.from(keep, (i) => all.starts[i]!),
    ends: Uint32Array.from(keep, (i) => all.ends[i]!),
    norms: keep.map((i) => all.norms[i]!),
  };
}
