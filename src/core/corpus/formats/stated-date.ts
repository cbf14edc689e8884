/**
 * Dates and locales a file states: metadata dates (`2019-10-19T03:00:00Z`, a PDF's `D:2021...`
 * already made ISO, a CSV column in any form) to the app's ISO form, and the date order a page's
 * language or web address implies for numeric dates.
 */
import type { DateClues } from '../../../shared/article';
import { cluesOf, findDates } from '../dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

export interface StatedDate {
  iso: string | null;
  text: string;
  clues?: DateClues;
}

/**
 * A stated date as ISO 8601 (the date as written, no time-zone shift), or its clues when
 * ambiguous; month names read in `languages` too (a German page's "19. Oktober 2019").
 */
export function statedDate(raw: string, languages: readonly string[] | 'any' = []): StatedDate | null {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    const midnight = localMidnight(text);
    if (midnight) return { iso: midnight, text };
    return { iso: hh && !(hh === '00' && mm === '00') ? `${y}-${m}-${d}T${hh}:${mm}` : `${y}-${m}-${d}`, text };
  }
  const found = findDates(text, languages)[0];
  if (!found) return null;
  const clues = cluesOf(found);
  return { iso: found.readings ? null : found.iso, text: found.text, ...(clues ? { clues } : {}) };
}

/**
 * A date with no time of its own, stored as midnight where the publisher is and written in UTC:
 * `2021-10-28T23:00:00Z` (or 22:00, or `+00:00`) is the 29th in Central Europe, and the page shows
 * the 29th. Only a whole hour to the second, and only east of UTC by one or two hours: a time an
 * article was really published at is seldom exactly that.
 */
function localMidnight(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(2[23]):00(?::00(?:\.0+)?)?(?:Z|\+00:?00)$/.exec(text);
  if (!m) return null;
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return next.toISOString().slice(0, 10);
}

const DAY_FIRST_HOSTS = /\.(?:uk|ie|au|nz|in|za|de|fr|it|es|nl|at|ch|be|pt|br|ar|mx|ru|pl|se|no|dk|fi|tr|gr|cz|il|ng|ke|pk|sg|my|hk)$/i;

/** The date order a page's language (`en-GB`, `de`) or address suggests, if any. */
export function localeOrder(lang: string | undefined, url: string | undefined): DateClues['locale'] | undefined {
  const tag = lang?.toLowerCase();
  if (tag) {
    const [language, region] = tag.split('-');
    if (region === 'us' || region === 'ph') return 'month-first';
    if (region || (language && language !== 'en')) return 'day-first';
  }
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
  if (host && DAY_FIRST_HOSTS.test(host)) return 'day-first';
  if (host && /\.us$/i.test(host)) return 'month-first';
  return undefined;
}

/** A date written in a web address (`/2019/10/19/`, `/2019-10-19-`, `/29-10-2019`), as ISO, or null. */
export function urlDate(url: string | undefined): string | null {
  if (!url) return null;
  const pad = (n: string) => n.padStart(2, '0');
  const ymd = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (ymd) return `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`;
  // a day first (`/29-10-2021`), when the day cannot be a month: `/03-04-2021` reads both ways
  const dmy = /[/_-](1[3-9]|2\d|3[01])[/_-](0?[1-9]|1[0-2])[/_-]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(url);
  if (dmy) return `${dmy[3]}-${pad(dmy[2]!)}-${dmy[1]}`;
  return null;
}

/**
 * The languages besides English a file's month names may be written in: its own (`de-AT` -> `de`),
 * none more for English, and any when it does not say.
 */
export function dateLanguages(lang: string | undefined): readonly string[] | 'any' {
  const code = lang?.toLowerCase().split('-')[0];
  if (!code) return 'any';
  return code === 'en' ? [] : [code];
}
