/**
 * Saved web pages (`.html`, `.htm`, `.xhtml`): read into a light tree by htmlparser2
 * (html-tree.ts: no script runs, no resource is fetched, nothing here loads anything), the main
 * text found by html-main.ts (Readability's scoring, counted once and without changing the
 * document). The article's text is its title, then the main text block by block; the parts of
 * the page left out that a reader may still want (photo captions, navigation, related links,
 * comments) follow as set-aside blocks.
 *
 * linkedom was chosen first over happy-dom and jsdom by speed (happy-dom about twice as slow,
 * jsdom five to eight times); its parse and the garbage it left were then most of a page's time,
 * and the light tree, the same tree without a DOM's weight, replaced it. Readability.js itself was
 * used before: on linkedom it took two thirds of a page's time, re-reading `textContent` for every
 * candidate and re-parsing the page for each retry.
 */
import { decodeHtml } from './html-decode';
import { asideBlocks } from './html-aside';
import { pruneFurniture } from './html-prune';
import { misplacedBody, rebuiltPage } from './html-repair';
import { parsePage } from './html-tree';
import { findMain } from './html-main';
import { isHidden, type HtmlNode } from './html-stats';
import { BlockText } from './html-text';
import { findByline, pageTitle, repeatsTitle } from './html-title';
import { shownDate } from './page-date';
import { pageFields } from './page-meta';
import { dateLanguages, statedDate, urlDate } from './stated-date';
import { refuse, type Extraction, type FormatReader } from './types';

/** Elements that never carry text a reader sees, removed before anything reads the page. */
const INERT = 'script, style, noscript, template, svg, iframe, object, embed, canvas, link, meta[http-equiv="refresh"]';

/** Elements above this count are not a page but a dump (counted by the main-text pass, which is linear). */
const MAX_ELEMENTS = 60_000;

/**
 * Characters of article text below which a page is read again with its `<noscript>` parts as
 * text, when they hold more than that: a page that writes its article with a script (Blogger's
 * templates do) keeps a copy for browsers without one there, and scripts never run here.
 */
const SCRIPTED = 500;

const squashedLength = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().length;

/** The characters of text inside the page's outermost `<noscript>` elements. */
function noscriptChars(document: ReturnType<typeof parsePage>): number {
  let chars = 0;
  for (const el of document.querySelectorAll('noscript')) if (!el.parentElement?.closest('noscript')) chars += squashedLength(el.textContent);
  return chars;
}

/** The characters of the article's own blocks (not its title, byline or set-aside parts). */
function articleChars(extraction: Extraction): number {
  if (!extraction.ok) return 0;
  const doc = extraction.docs[0]!;
  return doc.blocks.reduce((sum, b) => sum + (b.kind ? 0 : b.end - b.start), 0);
}

function extract(html: string): Extraction {
  const first = extractFrom(html, false);
  const read = articleChars(first);
  if (read >= SCRIPTED) return first;
  const hidden = noscriptChars(parsePage(html));
  if (hidden <= Math.max(read, SCRIPTED)) return first;
  const second = extractFrom(html, true);
  return articleChars(second) > read ? second : first;
}

/** Reads the page; `noscript` says whether `<noscript>` parts are read as the page's text. */
function extractFrom(html: string, noscript: boolean): Extraction {
  let document = parsePage(noscript ? unwrapNoscript(html) : html);
  const fields = pageFields(document as never);
  for (const el of [...document.querySelectorAll(INERT)]) el.remove();
  if (misplacedBody(document.body, document.documentElement)) {
    document = parsePage(rebuiltPage(noscript ? unwrapNoscript(html) : html));
    for (const el of [...document.querySelectorAll(INERT)]) el.remove();
  }
  // a metadata "date" that is no date ('2:33 PM', '1988') does not stop the page's date line being read
  if (!(fields.date && statedDate(fields.date, dateLanguages(fields.lang))) && !urlDate(fields.url)) {
    const shown = shownDate(document as never, dateLanguages(fields.lang));
    if (shown) fields.shown = shown.text;
  }
  const asides = asideBlocks(document as never);
  pruneFurniture(document as never);
  const body = document.body;
  if (!body || !(body.textContent ?? '').trim()) return refuse('no text on this page (only scripts or markup)');
  const root = body as unknown as HtmlNode;
  const title = fields.title ?? pageTitle(document as never);
  const byline = findByline(root, isHidden);
  const found = findMain(root, (el) => el === byline?.el || repeatsTitle(el, title));
  if (found.elements > MAX_ELEMENTS) return refuse(`too many elements for a web page (over ${MAX_ELEMENTS.toLocaleString('en')})`);
  const out = new BlockText();
  if (title) out.add(title, 'heading', 'title');
  const credit = fields.byline ?? byline?.text;
  if (credit) out.add(credit, 'plain', 'byline');
  const start = out.blocks.length;
  for (const el of found.roots) out.walk(el as never, found.skip as never);
  out.flush();
  // a heading that ends the text heads what was left out (related links, an author box), as
  // trafilatura has it; unless the page sets all its text as headings
  if (out.blocks.slice(start).some((b) => b.shape !== 'heading' && !b.kind)) out.dropTrailing(start, (b) => b.shape === 'heading' && !b.kind);
  if (!out.blocks.slice(start).some((b) => !b.kind)) return refuse('no article text found on this page');
  const shown = new Set(out.blocks.map((b) => out.text.slice(b.start, b.end)));
  for (const block of asides) if (!shown.has(block.text)) out.add(block.text, 'plain', block.kind, block.reason);
  return { ok: true, format: 'html', docs: [{ text: out.text, blocks: out.blocks, fields }] };
}

/** The page with each `<noscript>` read as a plain block, its content parsed as the page's own. */
const unwrapNoscript = (html: string) => html.replace(/<(\/?)noscript\b/gi, '<$1div');

export const htmlReader: FormatReader = {
  async extract(bytes) {
    const decoded = decodeHtml(bytes);
    if (!decoded.ok) return refuse(decoded.reason);
    return extract(decoded.text);
  },
};
