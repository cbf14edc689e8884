/**
 * The folder as passim's input (github.com/dasmiq/passim, text reuse on Apache Spark): one JSON
 * record per article, one per line, with `id` (the article id), `series` (the outlet), `date`,
 * `text` (the text Parallax shows, so passim's offsets index the same characters), `title` and
 * `url`. passim compares only articles of different series: an article whose outlet is unknown gets
 * a series of its own, so it is compared with every other.
 */
import type { Article } from '../../shared/article';
import { articleUrl } from '../../shared/article-url';

export interface PassimRecord {
  id: string;
  series: string;
  date: string | null;
  text: string;
  title: string;
  url: string | null;
}

/** The series of an article whose outlet is unknown: unique, and saying so. */
export const UNKNOWN_SERIES = 'unknown-outlet:';

export function passimRecord(article: Article): PassimRecord {
  return {
    id: article.id,
    series: article.outlet ?? `${UNKNOWN_SERIES}${article.id}`,
    // passim reads ISO dates; a date-time keeps its day first, so sorting by it still works
    date: article.date,
    text: article.text,
    title: article.title,
    url: articleUrl(article),
  };
}

/** The JSON line of one article. */
export function passimLine(article: Article): string {
  return JSON.stringify(passimRecord(article));
}
