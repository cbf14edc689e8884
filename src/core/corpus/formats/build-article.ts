/**
 * An extracted article (formats/*) to an Article: its blocks classified by the same rules as a
 * text file's (captions, links, furniture), the text read for title, credits and date lines, and
 * then what the file states (metadata, document properties, columns) put first, each field with
 * where it came from.
 */
import type { Article, SourceFormat } from '../../../shared/article';
import { classifyBlock } from '../debris';
import { readMetadata } from '../metadata';
import { outletFromHost } from '../outlet';
import { collapse, toBlock, type PageBlock } from '../page';
import { contentWords, titleFromFileName } from '../parse-article';
import { findDates } from '../dates';
import { dateLanguages, localeOrder, statedDate, urlDate } from './stated-date';
import type { ExtractedDoc } from './types';

/** Document titles that name a template or a file, not the article. */
const JUNK_TITLE = /^(?:untitled|document\d*|microsoft word\b.*|.*\.(?:docx?|pdf|rtf|odt|txt|html?))$/i;

export interface FileFacts {
  id: string;
  format: SourceFormat;
  bytes: number;
  modified: number;
}

/** The Article of one extracted document. */
export function buildArticle(doc: ExtractedDoc, file: FileFacts): Article {
  const { text, fields } = doc;
  const blocks: PageBlock[] = doc.blocks.map((b) => {
    const visible = collapse(text.slice(b.start, b.end));
    const verdict = b.kind ? { kind: b.kind, ...(b.reason ? { reason: b.reason } : {}) } : classifyBlock(visible, b.shape, false);
    return { start: b.start, end: b.end, shape: b.shape, ...verdict, markup: [], visible };
  });
  const id = doc.row === undefined ? file.id : `${file.id}#${doc.row}`;
  const found = readMetadata(text, blocks, titleFromFileName(file.id) + (doc.row === undefined ? '' : ` (row ${doc.row})`));
  const article: Article = {
    id,
    title: found.title,
    titleSource: found.titleSource,
    outlet: found.outlet,
    date: found.date,
    dateText: found.dateText,
    words: contentWords(text, blocks),
    bytes: file.bytes,
    modified: file.modified,
    text,
    blocks: blocks.map(toBlock),
    encoding: 'utf-8',
    format: file.format,
  };
  if (found.outletSource) article.outletSource = found.outletSource;
  if (found.dateSource) article.dateSource = found.dateSource;
  if (found.dateAmbiguous) article.dateAmbiguous = true;
  if (found.dateClues) article.dateClues = found.dateClues;
  const weakTitle = found.titleSource === 'first-sentence' || found.titleSource === 'file-name' || doc.row !== undefined;
  if (fields.title && !JUNK_TITLE.test(fields.title) && weakTitle) {
    article.title = collapse(fields.title);
    article.titleSource = 'metadata';
  }
  const byline = fields.byline ?? found.byline;
  if (byline) article.byline = byline;
  if (fields.url) article.url = fields.url;
  if (article.titleSource === 'metadata') article.title = withoutSiteName(article.title, fields.outlet, fields.url);
  if (fields.outlet) {
    article.outlet = collapse(fields.outlet);
    article.outletSource = 'metadata';
  } else if (!article.outlet && fields.url) {
    article.outlet = outletFromHost(/^https?:\/\/([^/:?#]+)/i.exec(fields.url)![1]!.toLowerCase());
    article.outletSource = 'url';
  }
  const languages = dateLanguages(fields.lang);
  applyStatedDate(article, fields.date, urlDate(fields.url), languages);
  // the date line the page's markup shows by its headline outranks a date-like line in its text
  if ((!article.date && !article.dateAmbiguous) || (fields.shown && article.dateSource === 'dateline')) textDate(article, fields, languages);
  const locale = localeOrder(fields.lang, fields.url);
  if (locale && article.dateClues) article.dateClues.locale = locale;
  return article;
}

const squashed = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Headline | Site" -> "Headline", when the part after the bar names the site (its name or host). */
export function withoutSiteName(title: string, outlet: string | undefined, url: string | undefined): string {
  const m = /^(.{8,}?)\s+[|–—:·•-]\s+([^|–—]{2,60})$/.exec(title);
  if (!m) return title;
  const site = squashed(m[2]!);
  const host = url ? squashed(/^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.split('.').slice(0, -1).join('') ?? '') : '';
  const names = [outlet ? squashed(outlet) : '', host].filter((n) => n.length >= 3);
  return names.some((n) => n.includes(site) || site.includes(n)) ? m[1]!.trim() : title;
}

/** Characters of the text's opening searched for a date when nothing marks one. */
const OPENING = 1500;

/**
 * A date the page shows by its article (see page-date.ts), else a date in the title or the opening
 * of the text, else the date the file was last changed.
 */
function textDate(article: Article, fields: ExtractedDoc['fields'], languages: readonly string[] | 'any'): void {
  const found =
    (fields.shown ? findDates(fields.shown, languages)[0] : undefined) ??
    findDates(`${article.title}\n${article.text.slice(0, OPENING)}`, languages).find((d) => !d.readings);
  if (found) {
    article.date = found.iso;
    article.dateText = found.text;
    article.dateSource = 'text';
    delete article.dateAmbiguous;
    delete article.dateClues;
    return;
  }
  const stated = fields.modified ? statedDate(fields.modified, languages) : null;
  if (stated?.iso) {
    article.date = stated.iso;
    article.dateText = stated.text;
    article.dateSource = 'metadata';
  }
}

/**
 * The date the file states, or the one its web address holds. The address wins when the two
 * disagree on the day, as htmldate has it: an address is fixed when the article first appears,
 * while metadata dates are rewritten on updates or given in another time zone; where they agree,
 * the metadata's time of day is kept.
 */
function applyStatedDate(article: Article, raw: string | undefined, fromUrl: string | null, languages: readonly string[] | 'any'): void {
  const stated = raw ? statedDate(raw, languages) : null;
  if (fromUrl && !stated?.iso?.startsWith(fromUrl)) {
    article.date = fromUrl;
    article.dateText = fromUrl;
    article.dateSource = 'url';
    delete article.dateAmbiguous;
    delete article.dateClues;
  } else if (stated) {
    article.date = stated.iso;
    article.dateText = stated.text;
    article.dateSource = 'metadata';
    delete article.dateAmbiguous;
    delete article.dateClues;
    if (stated.clues) article.dateClues = stated.clues;
    if (stated.clues?.readings) article.dateAmbiguous = true;
  }
}
