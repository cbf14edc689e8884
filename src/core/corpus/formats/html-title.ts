/**
 * A page's title and byline when its metadata states none, read as Readability reads them: the
 * `<title>` without the site's name that a separator sets apart ("Story | Site", "Site: Story"),
 * the lone `<h1>` when the `<title>` is too short or too long to be a headline; and the first
 * short element marked as the author's (`rel="author"`, `itemprop="author"`, a class or id saying
 * byline or author). Also which headings repeat the title, so the text does not show it twice.
 */
import type { HtmlNode } from './html-stats';
import { isBylineMark } from './html-weights';

interface Doc {
  querySelector(selector: string): (HtmlNode & { textContent: string | null }) | null;
  querySelectorAll(selector: string): ArrayLike<HtmlNode & { textContent: string | null }>;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const wordCount = (s: string) => s.split(/\s+/).length;
const SEPARATOR = / [|\-\\/>»–—] /;

/** The headline the page's `<title>` (or its lone `<h1>`) gives, or undefined. */
export function pageTitle(doc: Doc): string | undefined {
  const original = squash(doc.querySelector('title')?.textContent);
  let title = original;
  let hierarchical = false;
  if (SEPARATOR.test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const all = [...original.matchAll(new RegExp(SEPARATOR.source, 'g'))];
    title = original.slice(0, all.at(-1)!.index);
    if (wordCount(title) < 3) title = original.slice(all[0]!.index! + all[0]![0].length);
  } else if (title.includes(': ')) {
    const headings = doc.querySelectorAll('h1, h2');
    let named = false;
    for (let i = 0; i < headings.length && !named; i++) named = squash(headings[i]!.textContent) === title;
    if (!named) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title.trim()) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const ones = doc.querySelectorAll('h1');
    if (ones.length === 1) title = squash(ones[0]!.textContent);
  }
  title = squash(title);
  const count = wordCount(title);
  if (count <= 4 && (!hierarchical || count !== wordCount(original.replace(/[|\-\\/>»–—]+/g, '')) - 1)) title = original;
  return title || undefined;
}

/** Longest byline: past it, the element is an author box, not a name. */
const MAX_BYLINE = 100;

/** The first element below `root` marked as the byline, in page order, with its words. */
export function findByline(root: HtmlNode, skip: (el: HtmlNode) => boolean): { el: HtmlNode; text: string } | null {
  const children = root.childNodes;
  for (let i = 0; i < children.length; i++) {
    const el = children[i]!;
    if (el.nodeType !== 1 || skip(el)) continue;
    if (isBylineMark(el)) {
      const text = squash((el as { textContent?: string | null }).textContent);
      if (text.length > 0 && text.length < MAX_BYLINE) return { el, text };
    }
    const inner = findByline(el, skip);
    if (inner) return inner;
  }
  return null;
}

/** Whether a heading's words are the title's (the headline repeated above the text). */
export function repeatsTitle(el: HtmlNode, title: string | undefined): boolean {
  if (!title || !/^H[12]$/i.test(el.nodeName)) return false;
  const words = squash((el as { textContent?: string | null }).textContent).toLowerCase();
  const t = squash(title).toLowerCase();
  return words.length > 0 && (words === t || (t.includes(words) && words.length > t.length * 0.75) || (words.includes(t) && t.length > words.length * 0.75));
}
