/**
 * Page furniture removed before the main text is looked for (html-main.ts): the parts a site
 * itself names as sharing buttons, related or recommended articles, newsletter sign-ups, cookie
 * notices, comment threads, author boxes, tag lists, sidebars and footers. Readability scores paragraphs
 * and keeps the best block with its neighbours, so a "more from us" box inside the article's
 * container comes along; trafilatura, the best open extractor on news pages, removes such parts
 * by their class and id first, and so does this. (Their words are already kept as set-aside
 * blocks by html-aside.ts, read before this runs.)
 *
 * An element is spared when it holds the headline, much of the page's text, or prose (long text
 * outside links): a site that calls its article container "entry share" keeps its article.
 */

interface El {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  remove(): void;
}
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
  body: El | null;
}

/** Class or id words of furniture, matched inside the attribute (`jp-relatedposts`, `c-share-bar`). */
const FURNITURE = new RegExp(
  [
    'related',
    'recommend',
    'recirculation',
    'carousel',
    '^author$',
    'more-?(?:articles|stories|news)',
    'most-?(?:popular|read)',
    '^shar',
    'share-',
    '-share',
    'social',
    'sociable',
    'syndication',
    'newsletter',
    'subscri',
    'cookie',
    'consent',
    'bread-?crumb',
    '^sidebar',
    'sidebar$',
    '^comments?(?:$|[-_])',
    '(?:article|post)-comments',
    'disqus',
    'author-?(?:bio|box|info)',
    'about-?(?:the-)?author',
    'tag-?list',
    '^tags?(?:$|[-_])',
    'footer',
    'subnav',
    'navbar',
    'outbrain',
    'taboola',
    'paywall',
    'advert',
    'downloads?(?:$|[-_])',
    '(?:^|[-_])ad(?:$|[-_])',
  ].join('|'),
  'i',
);

/**
 * Class words of a table of contents, read from the class only: an id such as `toc_title_1` names
 * a section the table links to, which is the article itself.
 */
const CONTENTS = /^toc(?:$|[-_])|table-?of-?contents/i;

/** Elements looked at, at most, so a page of many thousand nodes stays quick. */
const MAX_CHECKED = 2000;
/** Share of the page's text above which an element is taken for the article's container. */
const MOST = 0.4;
/**
 * Characters of text outside links above which an element is prose, whatever its name says:
 * furniture is short, or mostly links (a list of related headlines).
 */
const PROSE = 600;

const length = (el: El | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').length;

/** The characters of an element's text that are not inside a link. */
function unlinked(el: El): number {
  const links = el.querySelectorAll('a');
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += length(links[i]!);
  return length(el) - inLinks;
}

/** Removes the page's furniture (see above); returns how many parts went. */
export function pruneFurniture(doc: Doc): number {
  const candidates = doc.querySelectorAll('div[class], div[id], section, aside, ul[class], ul[id], footer, nav, form, p[class], span[class]');
  const total = length(doc.body);
  let removed = 0;
  const count = Math.min(candidates.length, MAX_CHECKED);
  const gone: El[] = [];
  for (let i = 0; i < count; i++) {
    const el = candidates[i]!;
    const tag = el.tagName.toUpperCase();
    const marked =
      tag === 'NAV' || tag === 'FOOTER' || tag === 'FORM' || tag === 'ASIDE' || el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'complementary';
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
    const contents = (el.getAttribute('class') ?? '').split(/\s+/).some((w) => CONTENTS.test(w));
    if (!marked && !contents && !(words && words.split(/\s+/).some((w) => FURNITURE.test(w)))) continue;
    if (el.querySelector('h1')) continue;
    if (length(el) > total * MOST || unlinked(el) > PROSE) continue;
    gone.push(el);
  }
  for (const el of gone) {
    el.remove();
    removed++;
  }
  return removed;
}
