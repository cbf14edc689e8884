/**
 * What a saved page states about itself, strongest first: JSON-LD (`NewsArticle` and kin:
 * `headline`, `datePublished`, `author`, `publisher.name`, `url`), Open Graph and article meta tags,
 * `<meta name="author">` and the date tags news systems write, `itemprop` microdata, `<time>`
 * elements marked as the publication time, the canonical address, and the page's language.
 * Read before anything changes the document.
 */
import type { StatedFields } from './types';

/** The slice of the DOM read here (html-tree.ts's light tree has it). */
interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  documentElement: El | null;
}
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage|Posting/;

/** Meta names and properties that carry the publication date, in order of trust. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article.published',
  'datepublished',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'published-date',
  'publish_date',
  'published_time',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'og:pubdate',
  'article_date_original',
  'date_published',
  'cxenseparse:recs:publishtime',
  'uploaddate',
  'datecreated',
];

/** Where a page says when it was last changed: a last resort, as most news pages change the day they appear. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];

function metaValues(doc: Doc): Map<string, string> {
  const values = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A JSON-LD person or organisation (or a list of them, or a plain string) as names. */
function names(v: unknown): string | undefined {
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) {
    const all = v.map(names).filter((n): n is string => Boolean(n));
    return all.length > 0 ? all.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return text((v as Json).name);
  return undefined;
}

function jsonLdObjects(doc: Doc): Json[] {
  const out: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else {
      out.push(v as Json);
      const graph = (v as Json)['@graph'];
      if (graph) visit(graph, depth + 1);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''), 0);
    } catch {
      // a page's broken JSON-LD is ignored, like a browser ignores it
    }
  }
  return out;
}

function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function fromJsonLd(doc: Doc): StatedFields {
  const objects = jsonLdObjects(doc);
  // an article's own object first, a web page's next; an organisation's name only as publisher
  const ranked = [...objects.filter((o) => /Article|BlogPosting|Posting|Report/.test(typeOf(o))), ...objects.filter((o) => ARTICLE_TYPE.test(typeOf(o)))];
  const fields: StatedFields = {};
  for (const o of ranked) {
    fields.title ??= text(o.headline) ?? (/Article|Posting/.test(typeOf(o)) ? text(o.name) : undefined);
    fields.date ??= text(o.datePublished) ?? text(o.dateCreated) ?? text(o.uploadDate);
    fields.modified ??= text(o.dateModified);
    fields.byline ??= names(o.author) ?? names(o.creator);
    fields.outlet ??= names(o.publisher) ?? names(o.sourceOrganization);
    const page = o.mainEntityOfPage;
    fields.url ??= text(o.url) ?? (typeof page === 'string' ? text(page) : page && typeof page === 'object' ? text((page as Json)['@id']) : undefined);
  }
  return fields;
}

function attr(doc: Doc, selector: string, name: string): string | undefined {
  return text(doc.querySelector(selector)?.getAttribute(name));
}

/** The date an element marked as the publication time carries. */
function markedDate(doc: Doc): string | undefined {
  const el =
    doc.querySelector('[itemprop="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('time.published, time.entry-date, .published time, .post-date time, .article-date time') ??
    doc.querySelector('article time[datetime], header time[datetime], main time[datetime]') ??
    doc.querySelector('time[datetime]');
  return text(el?.getAttribute('datetime')) ?? text(el?.getAttribute('content')) ?? text(el?.textContent);
}

/** Reads the fields a page states about itself. */
export function pageFields(doc: Doc): StatedFields {
  const ld = fromJsonLd(doc);
  const meta = metaValues(doc);
  const get = (...keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean);
  const title = ld.title ?? get('og:title', 'twitter:title', 'dc.title', 'parsely-title');
  const date = ld.date ?? DATE_META.map((k) => meta.get(k)).find(Boolean) ?? markedDate(doc);
  const modified = ld.modified ?? MODIFIED_META.map((k) => meta.get(k)).find(Boolean);
  const byline = ld.byline ?? get('author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl');
  const outlet = ld.outlet ?? get('og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site')?.replace(/^@/, '');
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? get('og:url') ?? ld.url;
  const lang = text(doc.documentElement?.getAttribute('lang')) ?? get('content-language', 'og:locale', 'language');
  const fields: StatedFields = {};
  if (title) fields.title = title;
  if (date) fields.date = date;
  if (modified) fields.modified = modified;
  if (byline && !/^https?:/i.test(byline)) fields.byline = byline;
  if (outlet) fields.outlet = outlet;
  if (url && /^https?:\/\//i.test(url)) fields.url = url;
  if (lang) fields.lang = lang.replace('_', '-');
  return fields;
}
