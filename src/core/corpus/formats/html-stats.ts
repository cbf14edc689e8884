/**
 * What each element of a page holds, counted once, bottom up, in one walk: its visible characters
 * (white space runs counted as one), the characters inside links, commas, and how many paragraphs,
 * images, list items, form inputs, embeds and heading characters lie below it. The main-text
 * finder (html-main.ts) and the cleaning of what it keeps (html-clean.ts) read these numbers
 * instead of asking the DOM for an element's `textContent` again and again, which is what makes
 * Readability quadratic on a large page.
 */

/** The slice of a DOM node read here (html-tree.ts's light tree has it). */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  parentNode: HtmlNode | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

export interface ElementStats {
  /** Visible characters, each run of white space counted as one. */
  chars: number;
  /** Of those, the characters inside links (a link to a place on the same page counts a third). */
  linkChars: number;
  commas: number;
  paragraphs: number;
  images: number;
  items: number;
  inputs: number;
  embeds: number;
  headingChars: number;
  /** Characters of text directly inside this element or its inline children, outside any block child. */
  ownChars: number;
  ownCommas: number;
  /** Whether a block-level child sits inside (a `div` without one is a paragraph in all but name). */
  hasBlockChild: boolean;
}

/** Elements whose content is never shown, whatever the page says. */
const INVISIBLE = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED CANVAS SELECT TEXTAREA HEAD TITLE META LINK'.split(' '));
/** Children that make a `div` a container rather than a paragraph (Readability's list). */
const BLOCK_CHILD = new Set('BLOCKQUOTE DL DIV IMG OL P PRE TABLE UL SECTION ARTICLE ASIDE HEADER FOOTER NAV FIGURE H1 H2 H3 H4 H5 H6 MAIN FORM'.split(' '));
const COMMA = new Set([0x2c, 0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c, 0x3001]);

/** Characters of a text as a browser shows them (white space runs as one) and its commas. */
function measure(text: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0) {
      if (!space) chars++;
      space = true;
    } else {
      chars++;
      space = false;
      if (COMMA.has(c)) commas++;
    }
  }
  return { chars, commas };
}

/** Whether the page hides an element from its reader (`hidden`, `aria-hidden`, `display: none`). */
export function isHidden(el: HtmlNode): boolean {
  const get = el.getAttribute;
  if (!get) return false;
  if (el.getAttribute!('hidden') !== null) return true;
  if (el.getAttribute!('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute!('class') ?? '')) return true;
  const style = el.getAttribute!('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Counts every element below `root`. Elements for which `skip` says yes (hidden, or left out by
 * the finder) count as nothing, and neither does anything inside them.
 */
export function countElements(root: HtmlNode, skip: (el: HtmlNode) => boolean): Map<HtmlNode, ElementStats> {
  const stats = new Map<HtmlNode, ElementStats>();
  const visit = (el: HtmlNode, inLink: boolean, hashLink: boolean): ElementStats => {
    const s: ElementStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, images: 0, items: 0, inputs: 0, embeds: 0, headingChars: 0, ownChars: 0, ownCommas: 0, hasBlockChild: false };
    const tag = el.nodeName.toUpperCase();
    const link = tag === 'A';
    const hash = link && (el.getAttribute?.('href') ?? '').startsWith('#');
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) {
        const m = measure(child.nodeValue ?? '');
        s.chars += m.chars;
        s.commas += m.commas;
        s.ownChars += m.chars;
        s.ownCommas += m.commas;
        if (inLink || link) s.linkChars += (hashLink || hash ? 0.3 : 1) * m.chars;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = child.nodeName.toUpperCase();
      if (name === 'IMG') s.images++;
      if (name === 'INPUT' || name === 'SELECT' || name === 'TEXTAREA' || name === 'BUTTON') s.inputs++;
      if (name === 'OBJECT' || name === 'EMBED' || name === 'IFRAME' || name === 'VIDEO') s.embeds++;
      if (INVISIBLE.has(name) || skip(child)) continue;
      const c = visit(child, inLink || link, hashLink || hash);
      s.chars += c.chars;
      s.linkChars += c.linkChars;
      s.commas += c.commas;
      s.paragraphs += c.paragraphs + (name === 'P' ? 1 : 0);
      s.images += c.images;
      s.items += c.items + (name === 'LI' ? 1 : 0);
      s.inputs += c.inputs;
      s.embeds += c.embeds;
      s.headingChars += /^H[1-6]$/.test(name) ? c.chars : c.headingChars;
      if (BLOCK_CHILD.has(name)) s.hasBlockChild = true;
      else {
        s.ownChars += c.ownChars;
        s.ownCommas += c.ownCommas;
      }
    }
    stats.set(el, s);
    return s;
  };
  visit(root, false, false);
  return stats;
}

/** Share of an element's characters that are inside links. */
export const linkDensity = (s: ElementStats | undefined): number => (s && s.chars > 0 ? s.linkChars / s.chars : 0);

/** The tag of an element's one element child, or null when it has none, several, or text beside it. */
function onlyChildTag(el: HtmlNode): string | null {
  let only: HtmlNode | null = null;
  // a DOM may build `childNodes` afresh on each read (linkedom did): read it once
  const children = el.childNodes;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return null;
    if (c.nodeType !== 1) continue;
    if (only) return null;
    only = c;
  }
  return only ? only.nodeName.toUpperCase() : null;
}

/**
 * Whether an element is a paragraph, in name or in all but name: a `p`, or a `div` with no block
 * inside, or a `div` around one paragraph and few links (Readability turns both into paragraphs).
 */
export function isParagraph(el: HtmlNode, s: ElementStats): boolean {
  const tag = el.nodeName.toUpperCase();
  if (tag === 'P') return true;
  return tag === 'DIV' && (!s.hasBlockChild || (onlyChildTag(el) === 'P' && linkDensity(s) < 0.25));
}
