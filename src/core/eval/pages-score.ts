/**
 * Scoring the reading of saved web pages against the web-pages set's truth: the date (the
 * publication day), the main text (snippets that must and must not appear in it, compared on
 * normalised white space) and the title (present, and not the site's name alone).
 */
import type { Article } from '../../shared/article';
import { isContent } from '../../shared/content';

export interface PageTruth {
  url?: string;
  date?: string;
  with?: string[];
  without?: string[];
}

export interface PageScore {
  file: string;
  date: string | null;
  dateRight: boolean;
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
  titled: boolean;
  missed: string[];
  leaked: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The article's main text, debris set aside, as the measure compares it. */
export function mainText(article: Pick<Article, 'text' | 'blocks'>): string {
  return squash(
    article.blocks
      .filter((b) => isContent(b.kind))
      .map((b) => article.text.slice(b.start, b.end))
      .join(' '),
  );
}

/** Whether a title is a real one: not empty, not a file name, not just the site's name. */
export function isRealTitle(article: Pick<Article, 'title' | 'titleSource' | 'outlet'>): boolean {
  const title = squash(article.title);
  if (!title || article.titleSource === 'file-name') return false;
  return !(article.outlet && title === squash(article.outlet));
}

export function scorePage(file: string, article: Article | null, truth: PageTruth): PageScore {
  const text = article ? mainText(article) : '';
  const withs = truth.with ?? [];
  const withouts = truth.without ?? [];
  const missed = withs.filter((s) => !text.includes(squash(s)));
  const leaked = withouts.filter((s) => text.includes(squash(s)));
  const date = article?.date?.slice(0, 10) ?? null;
  return {
    file,
    date,
    dateRight: date !== null && date === truth.date,
    withFound: withs.length - missed.length,
    withTotal: withs.length,
    withoutFound: leaked.length,
    withoutTotal: withouts.length,
    titled: article ? isRealTitle(article) : false,
    missed,
    leaked,
  };
}
