/**
 * The parts of a page that are not the article but that a reader may want to see, and search at
 * a lower weight: photo captions, the navigation, related links, comments. Read before the
 * furniture is removed; each becomes a set-aside block with the reason the reader shows.
 */
import type { BlockKind } from '../../../shared/article';

interface El {
  textContent: string | null;
  nodeType?: number;
  nodeValue?: string | null;
  childNodes?: ArrayLike<El>;
  closest?(selector: string): El | null;
}

/** The words below an element with a space between elements ("Related" + a link's words). */
function wordsOf(el: El): string {
  if (el.nodeType === 3) return el.nodeValue ?? '';
  const children = el.childNodes;
  if (!children) return el.textContent ?? '';
  let out = '';
  for (let i = 0; i < children.length; i++) out += ' ' + wordsOf(children[i]!);
  return out;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
}

export interface AsideBlock {
  text: string;
  kind: BlockKind;
  reason: string;
}

/** Longest text kept of one set-aside part: enough to recognise it, not a second article. */
const MAX_CHARS = 400;
/** Most set-aside parts of one kind. */
const MAX_EACH = 12;

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const cut = (s: string) => (s.length <= MAX_CHARS ? s : s.slice(0, s.lastIndexOf(' ', MAX_CHARS - 1) > 0 ? s.lastIndexOf(' ', MAX_CHARS - 1) : MAX_CHARS) + ' …');

const PARTS: { selector: string; kind: BlockKind; reason: string }[] = [
  { selector: 'figcaption, .caption, .wp-caption-text, [class*="image-caption"], [class*="photo-caption"]', kind: 'caption', reason: 'photo caption' },
  { selector: 'nav, [role="navigation"]', kind: 'debris', reason: 'navigation' },
  { selector: 'aside, [class*="related"], [id*="related"]', kind: 'link', reason: 'related links' },
  { selector: '#comments, .comments, [id^="comment-"], .comment-body', kind: 'debris', reason: 'comments' },
];

/** The set-aside parts of a page, in page order within each kind, none inside another. */
export function asideBlocks(doc: Doc): AsideBlock[] {
  const out: AsideBlock[] = [];
  const seen = new Set<string>();
  for (const part of PARTS) {
    const found = doc.querySelectorAll(part.selector);
    let taken = 0;
    for (let i = 0; i < found.length && taken < MAX_EACH; i++) {
      const el = found[i]!;
      // a part inside another of the same kind is already in it
      const parent = (el as { parentElement?: El | null }).parentElement;
      if (parent?.closest?.(part.selector)) continue;
      const words = squash(wordsOf(el));
      if (words.length < 3 || seen.has(words)) continue;
      seen.add(words);
      out.push({ text: cut(words), kind: part.kind, reason: part.reason });
      taken++;
    }
  }
  return out;
}
