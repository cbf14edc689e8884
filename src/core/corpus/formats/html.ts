/**
 * Saved web pages (`.html`, `.htm`, `.xhtml`): parsed by linkedom, a DOM without a browser (no
 * script runs, no resource is fetched: nothing here loads anything), the main text found by
 * Readability.js, Firefox's reader view. The article's text is its title, then the main text block
 * by block; the parts of the page Readability leaves out that a reader may still want (photo
 * captions, navigation, related links, comments) follow as set-aside blocks.
 *
 * linkedom was chosen over happy-dom and jsdom by speed (happy-dom about twice as slow, jsdom five
 * to eight times, and hard to bundle); Readability over defuddle, whose defaults call outside
 * services for some addresses.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from './html-decode';
import { asideBlocks } from './html-aside';
import { pruneFurniture } from './html-prune';
import { misplacedBody, rebuiltPage } from './html-repair';
import { BlockText } from './html-text';
import { shownDate } from './page-date';
import { pageFields } from './page-meta';
import { dateLanguages, urlDate } from './stated-date';
import { refuse, type Extraction, type FormatReader } from './types';

/** Elements that never carry text a reader sees, removed before anything reads the page. */
const INERT = 'script, style, noscript, template, svg, iframe, object, embed, canvas, link, meta[http-equiv="refresh"]';

/** Elements above this count are not a page but a dump; Readability would take seconds. */
const MAX_ELEMENTS = 60_000;

function extract(html: string): Extraction {
  let { document } = parseHTML(html);
  const fields = pageFields(document as never);
  for (const el of [...document.querySelectorAll(INERT)]) el.remove();
  if (misplacedBody(document.body, document.documentElement)) {
    ({ document } = parseHTML(rebuiltPage(html)));
    for (const el of [...document.querySelectorAll(INERT)]) el.remove();
  }
  if (!fields.date && !urlDate(fields.url)) {
    const shown = shownDate(document as never, dateLanguages(fields.lang));
    if (shown) fields.shown = shown.text;
  }
  const asides = asideBlocks(document as never);
  pruneFurniture(document as never);
  const body = document.body;
  if (!body || !(body.textContent ?? '').trim()) return refuse('no text on this page (only scripts or markup)');
  let found;
  try {
    found = new Readability(document as never, { serializer: (el) => el as never, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch (error) {
    if (/elements found/.test(String(error))) return refuse(`too many elements for a web page (over ${MAX_ELEMENTS.toLocaleString('en')})`);
    throw error;
  }
  const out = new BlockText();
  const title = fields.title ?? found?.title ?? undefined;
  if (title) out.add(title, 'heading', 'title');
  const byline = fields.byline ?? found?.byline ?? undefined;
  if (byline) out.add(byline, 'plain', 'byline');
  const start = out.blocks.length;
  if (found?.content) out.walk(found.content as never);
  else out.walk(body as never);
  out.flush();
  if (!out.blocks.slice(start).some((b) => !b.kind)) return refuse('no article text found on this page');
  const shown = new Set(out.blocks.map((b) => out.text.slice(b.start, b.end)));
  for (const block of asides) if (!shown.has(block.text)) out.add(block.text, 'plain', block.kind, block.reason);
  if (!fields.outlet && found?.siteName) fields.outlet = found.siteName;
  if (!fields.date && found?.publishedTime) fields.date = found.publishedTime;
  if (!fields.lang && found?.lang) fields.lang = found.lang;
  return { ok: true, format: 'html', docs: [{ text: out.text, blocks: out.blocks, fields }] };
}

export const htmlReader: FormatReader = {
  async extract(bytes) {
    const decoded = decodeHtml(bytes);
    if (!decoded.ok) return refuse(decoded.reason);
    return extract(decoded.text);
  },
};
