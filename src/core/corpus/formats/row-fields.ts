/**
 * One row of an export (Media Cloud, GDELT, a scraper's CSV or JSONL) as an article: the text column
 * is its text, cut into paragraphs at blank lines (or at line breaks when it has no blank lines),
 * and the columns that name a title, an outlet, a date, a web address or an author are what the
 * row states about it.
 */
import { splitBlocks } from '../blocks';
import type { ExtractedDoc, StatedFields } from './types';

/** Column names, lower-cased, by field, most specific first. */
export const COLUMNS = {
  text: ['text', 'body', 'content', 'article', 'full_text', 'fulltext', 'article_text', 'story', 'maintext'],
  title: ['title', 'headline', 'heading'],
  outlet: ['outlet', 'source', 'media_name', 'publisher', 'media', 'site_name', 'sitename', 'source_name', 'domain'],
  date: ['date', 'publish_date', 'published_at', 'published', 'publication_date', 'pubdate', 'date_published', 'datetime', 'timestamp'],
  url: ['url', 'link', 'source_url', 'article_url', 'permalink'],
  byline: ['author', 'byline', 'authors', 'creator'],
} as const;

type Field = keyof typeof COLUMNS;

/** Which of a file's columns holds each field (the first that exists), by column name. */
export function mapColumns(names: readonly string[]): Partial<Record<Field, string>> {
  const byLower = new Map(names.map((n) => [n.trim().toLowerCase(), n]));
  const map: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(COLUMNS) as Field[]) {
    const hit = COLUMNS[field].find((c) => byLower.has(c));
    if (hit) map[field] = byLower.get(hit)!;
  }
  return map;
}

/** A message for a file without a text column, naming the columns it has. */
export function noTextColumn(names: readonly string[]): string {
  const shown = names.slice(0, 8).map((n) => `"${n}"`).join(', ');
  return `no text column (looked for ${COLUMNS.text.slice(0, 4).join(', ')}; the file has ${shown || 'no columns'})`;
}

const value = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
};

/** The article of one row, or null when its text is empty. */
export function rowDoc(row: Record<string, unknown>, columns: Partial<Record<Field, string>>, number: number): ExtractedDoc | null {
  const text = value(row[columns.text!])?.replace(/\r\n?/g, '\n');
  if (!text) return null;
  const fields: StatedFields = {};
  for (const field of ['title', 'outlet', 'date', 'url', 'byline'] as const) {
    const column = columns[field];
    const v = column ? value(row[column]) : undefined;
    if (v) fields[field] = v.replace(/\s+/g, ' ');
  }
  if (fields.url && !/^https?:\/\//i.test(fields.url)) delete fields.url;
  const blocks = splitBlocks(text, 'text').map((b) => ({ start: b.start, end: b.end, shape: b.shape }));
  return { row: number, text, blocks, fields };
}
