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
const MARKS = ['date', 'Date', 'datum', 'Datum', 'time', 'publish', 'posted', 'submitted', 'byline', 'subline', 'meta', 'Meta', 'author', 'autor', 'fecha', 'parution', 'info'];
const DATED = ['time', ...MARKS.flatMap((w) => [`[class*="${w}"]`, `[id*="${w}"]`]), '[itemprop*="date" i]'].join(', ');

/** Parts of a page whose dates are not the article's: comments, teasers, related articles. */
const ELSEWHERE = '[class*="comment"], [id*="comment"], [class*="related"], [class*="teaser"], [class*="sidebar"]';

/** Elements looked at, at most: past that the page is a listing, not an article. */
const MAX_ELEMENTS = 400;
/** Characters of an element read for its date: a date line starts with it or near it. */
const OPENING = 64;
/** `compareDocumentPosition`: the other node follows. */
const FOLLOWING = 4;

/** The first words of an element, a space between its elements ("Datum:" + "26. Januar 2022"). */
function opening(el: El): string {
  let out = '';
  const visit = (node: El) => {
    if (out.length > OPENING * 2) return;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else {
      out += ' ';
      for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
      out += ' ';
    }
  };
  visit(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, OPENING);
}

/** The full date an element holds in its `datetime`, its opening words or its `title`, if any. */
function dateOf(el: El, languages: readonly string[] | 'any'): FoundDate | null {
  for (const c of [el.getAttribute('datetime'), opening(el), el.getAttribute('title')]) {
    if (!c || c.length < 6 || !/\d/.test(c)) continue;
    const date = findDates(c, languages).find((d) => !d.readings);
    if (date) return date;
  }
  return null;
}

/**
 * The date the page shows by its article, or null: the first dated element after the headline
 * (`heading`, the page's `<h1>`), else the last one before it; on a page without a headline, the
 * first. A page's own markup can put the navigation's teasers, each with its date, above the
 * article, so the date nearest the headline is the article's.
 */
export function shownDate(doc: Doc, languages: readonly string[] | 'any'): FoundDate | null {
  const found = doc.querySelectorAll(DATED);
  const heading = doc.querySelectorAll('h1')[0];
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
  return before;
}
