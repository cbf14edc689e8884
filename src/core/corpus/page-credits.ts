/**
 * The credits of a page: the byline and source lines near its top and foot, and the agency tag
 * opening its first paragraph. A line that names an outlet is set aside as a byline; the first
 * outlet named is the article's.
 */
import { agencyTag, creditOf } from './credits';
import type { PageBlock } from './page';

/** Blocks with words, from the top and from the foot, where credits stand. */
const HEAD = 8;
const FOOT = 3;
/** Longest line read as a credit. */
const MAX_CREDIT = 120;

export interface PageCredits {
  outlet: string | null;
  /** The byline as written, when the page has one. */
  byline: string | null;
}

const readable = (b: PageBlock) => b.kind === 'byline' || b.kind === 'paragraph' || b.kind === 'debris';

/** Reads the outlet and byline off a page's credits, re-labelling credit lines as bylines. */
export function readCredits(blocks: PageBlock[]): PageCredits {
  let outlet: string | null = null;
  let byline: string | null = null;
  // separators and empty lines are no lines of the page's top: a wire copy opens with several
  const lines = blocks.filter((b) => b.shape !== 'rule' && b.visible.trim() !== '');
  const near = [...lines.slice(0, HEAD), ...lines.slice(Math.max(HEAD, lines.length - FOOT))];
  for (const block of near) {
    if (!readable(block) || block.visible.length > MAX_CREDIT) continue;
    if (block.kind === 'byline') byline ??= block.visible;
    const credit = creditOf(block.visible);
    if (!credit) continue;
    block.kind = 'byline';
    delete block.reason;
    byline ??= block.visible;
    outlet ??= credit.outlet;
  }
  if (outlet === null) {
    const first = blocks.find((b) => b.kind === 'paragraph');
    if (first) outlet = agencyTag(first.visible.slice(0, 100));
  }
  return { outlet, byline };
}
