/**
 * An article's lead (standfirst, intro, chapô): the paragraph a news page sets between its
 * headline and its body, often in the page's header rather than in the body's container, so a
 * finder that keeps one container leaves it out. It is taken back when it lies after the page's
 * headline (`<h1>`) and before the main text, and the page's class names call it a lead, an
 * intro, a summary or the like, and it reads as prose (not a block of links).
 */
import { isHidden, type HtmlNode } from './html-stats';

/** Class words that name an article's lead, in the languages of the news sites that use them. */
const LEAD_NAMES =
  /(?:^|\s|[-_])(?:lead|leader|leadin|intro|introduction|chapo|chapeau|standfirst|dek|deck|subtitle|subline|summary|excerpt|abstract|teaser|teaser-text|description|documentdescription|kicker|vorspann|anlauf|occhiello|sommario|entradilla)(?:$|\s|[-_])/i;
/** Shortest lead: a label or a kicker of two words is not one. */
const MIN_CHARS = 40;
/** Longest share of a lead's words inside links. */
const MAX_LINKS = 0.3;

interface Element extends HtmlNode {
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

const length = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Whether an element reads as a lead: long enough, and not mostly links. */
function isProse(el: Element): boolean {
  const chars = length(el);
  if (chars < MIN_CHARS) return false;
  const links = el.querySelectorAll('a');
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += length(links[i]!);
  return inLinks <= MAX_LINKS * chars;
}

/**
 * The lead element between the page's `<h1>` and `first` (the main text's first element), or
 * null. Hidden elements are passed over; a page's header, which the finder leaves out, is not.
 */
export function findLead(body: HtmlNode, first: HtmlNode): HtmlNode | null {
  let afterHeadline = false;
  let done = false;
  let lead: HtmlNode | null = null;
  const visit = (el: HtmlNode) => {
    const children = el.childNodes;
    for (let i = 0; i < children.length && !done; i++) {
      const child = children[i]!;
      if (child.nodeType !== 1) continue;
      if (child === first) {
        done = true;
        return;
      }
      const tag = child.nodeName.toUpperCase();
      if (tag === 'H1') {
        // the main text's headline; a second one starts the search again below it
        afterHeadline = true;
        continue;
      }
      if (isHidden(child) || tag === 'NAV' || tag === 'ASIDE' || tag === 'FORM') continue;
      if (afterHeadline && LEAD_NAMES.test(child.getAttribute?.('class') ?? '') && isProse(child as Element)) {
        lead = child;
        done = true;
        return;
      }
      visit(child);
    }
  };
  visit(body);
  // the main text was never met: the lead, if any, was not before it
  return done ? lead : null;
}
