/**
 * The publication date a page shows its reader, for pages whose metadata states none: the first
 * element, in page order, that a site marks as holding a date or the article's particulars (its
 * class or id says date, datum, time, publish, posted, byline, meta, author...) and whose opening
 * words are a full date. This is how htmldate, the best open date extractor, reads a page after
 * its header: a site's own markup says where its date line is, and the first such line of the
 * page is the article's, not a comment's or a teaser's further down.
 */
import { findDates, type FoundDate } from '../dates';

interface El {
  nodeType: number;
  nodeName: string;
  parentNode: El | null;
  firstChild: El | null;
  lastChild: El | null;
  nextSibling: El | null;
  previousSibling: El | null;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
  closest(selector: string): El | null;
  compareDocumentPosition(other: El): number;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
}

/** Class and id words that mark an element holding a date or an article's particulars. */
const MARKS = ['date', 'datum', 'time', 'publish', 'posted', 'submitted', 'byline', 'subline', 'meta', 'author', 'autor', 'fecha', 'parution', 'info'];
const DATED = ['time', ...MARKS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]), '[itemprop*="date" i]'].join(', ');

/** Words that label a publication date in a page's text ("Datum:", "Erschienen am", "Posted on"). */
const LABEL =
  /\b(?:datum|date|veröffentlicht(?: am)?|erschienen(?: am)?|publiziert(?: am)?|(?:artikel|beitrag|meldung|pressemitteilung|nachricht) vom|published(?: on)?|posted(?: on)?|publié le|mis en ligne(?: le)?|mise en ligne|pubblicato(?: il)?|publicado(?: el)?)\s*:?\s*/giu;
/** Characters after a label read for its date. */
const LABELLED = 40;

/** Parts of a page whose dates are not the article's: comments, teasers, related articles. */
const ELSEWHERE = '[class*="comment"], [id*="comment"], [class*="related"], [class*="teaser"], [class*="sidebar"]';

/** Elements looked at, at most: past that the page is a listing, not an article. */
const MAX_ELEMENTS = 400;
/** Characters of an element read for its date: a date line starts with it or near it. */
const OPENING = 64;
/** `compareDocumentPosition`: the other node follows. */
const FOLLOWING = 4;

/** Elements whose words are not shown. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The first `limit` characters of an element's words, a space between its elements ("Datum:" + "26. Januar 2022"). */
function spacedText(el: El, limit: number): string {
  let out = '';
  const visit = (node: El) => {
    if (out.length > limit * 2) return;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (!HIDDEN.has(node.nodeName.toUpperCase())) {
      out += ' ';
      // a DOM may build `childNodes` afresh on each read (linkedom did): read once, and stop when enough is read
      const children = node.childNodes;
      for (let i = 0; i < children.length && out.length <= limit * 2; i++) visit(children[i]!);
      out += ' ';
    }
  };
  visit(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** The full date an element holds in its `datetime`, its opening words or its `title`, if any. */
function dateOf(el: El, languages: readonly string[] | 'any'): FoundDate | null {
  for (const c of [el.getAttribute('datetime'), spacedText(el, OPENING), el.getAttribute('title')]) {
    if (!c || c.length < 6 || !/\d/.test(c)) continue;
    const date = findDates(c, languages).find((d) => !d.readings);
    if (date) return date;
  }
  return null;
}

/** Characters read on each side of the headline for a date line that carries no mark. */
const NEAR = 160;

/** The node after `node` in document order, its own children skipped. */
function nextAfter(node: El): El | null {
  for (let n: El | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}
/** The node before `node` in document order, ancestors skipped. */
function previousBefore(node: El): El | null {
  for (let n: El | null = node; n; n = n.parentNode) if (n.previousSibling) return n.previousSibling;
  return null;
}

/** About `limit` characters of the words that follow (or precede) `from` in the page. */
function wordsBeside(from: El, limit: number, forward: boolean): string {
  const parts: string[] = [];
  let length = 0;
  let node = forward ? nextAfter(from) : previousBefore(from);
  while (node && length < limit) {
    if (node.nodeType === 3) {
      const words = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (words) {
        parts.push(words);
        length += words.length + 1;
      }
    } else if (node.nodeType === 1 && !HIDDEN.has(node.nodeName.toUpperCase())) {
      // an element: go into it, from its first child (or its last, reading backwards)
      const inner = forward ? node.firstChild : node.lastChild;
      if (inner) {
        node = inner;
        continue;
      }
    }
    node = forward ? nextAfter(node) : previousBefore(node);
  }
  if (!forward) parts.reverse();
  const text = parts.join(' ');
  return forward ? text.slice(0, limit) : text.slice(-limit);
}

/** The date in the words just after, or else just before, the headline. */
function besideHeadline(heading: El, languages: readonly string[] | 'any', forward: boolean): FoundDate | null {
  const words = wordsBeside(heading, NEAR, forward);
  if (!/\d/.test(words)) return null;
  const dates = findDates(words, languages).filter((d) => !d.readings);
  return (forward ? dates[0] : dates.at(-1)) ?? null;
}

/** The first date in the page's text that a label announces as the publication's, if any. */
function labelledDate(text: string, languages: readonly string[] | 'any'): FoundDate | null {
  for (const m of text.matchAll(LABEL)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + LABELLED);
    if (!/^\d|^\p{L}+,? \d/u.test(after)) continue;
    const date = findDates(after, languages).find((d) => !d.readings && d.index <= 12);
    if (date) return date;
  }
  return null;
}

/**
 * The date the page shows by its article, or null. Nearest the headline (the page's `<h1>`)
 * first: a date in the line just below it, else the first element marked as dated after it, else
 * a date just above it, else the last marked element above it; on a page without a headline, the
 * first marked element. A page's own markup can put the navigation's teasers, each with its date,
 * above the article, and comments with theirs below, so the date nearest the headline is the
 * article's.
 */
export function shownDate(doc: Doc, languages: readonly string[] | 'any'): FoundDate | null {
  const heading = doc.querySelectorAll('h1')[0];
  if (heading) {
    const below = besideHeadline(heading, languages, true);
    if (below) return below;
  }
  const found = doc.querySelectorAll(DATED);
  const count = Math.min(found.length, MAX_ELEMENTS);
  let before: FoundDate | null = null;
  for (let i = 0; i < count; i++) {
    const el = found[i]!;
    const after = !heading || (heading.compareDocumentPosition(el) & FOLLOWING) !== 0 || heading === el;
    const date = dateOf(el, languages);
    if (!date || el.closest(ELSEWHERE)) continue;
    if (after) return date;
    before = date;
  }
  return (heading ? besideHeadline(heading, languages, false) : null) ?? before ?? labelledDate(bodyText(doc), languages);
}

/** Characters of the page's words searched for a labelled date. */
const PAGE_CHARS = 100_000;

/** The page's words, a space between elements so that a label and its date stay apart from others. */
function bodyText(doc: Doc): string {
  const body = doc.querySelectorAll('body')[0];
  return body ? spacedText(body, PAGE_CHARS) : '';
}
