/**
 * Publication dates as articles write them ("July 24, 2021 at 1:04 pm", "date 2026-02-26",
 * "12 March 2024"), read by chrono. A date counts only when it names its year: a date the
 * article does not fully state is never completed from the calendar.
 */
import * as chrono from 'chrono-node';
import type { DateClues } from '../../shared/article';

export interface FoundDate {
  /**
   * ISO 8601: `2021-07-24`, or `2021-07-24T13:04` when the time is written. For a numeric date
   * that reads two ways (`01/03/00`), the month-first reading until the folder settles it.
   */
  iso: string;
  /** The date as written. */
  text: string;
  /** Offset of `text` within the searched string. */
  index: number;
  /** A numeric date's two readings, when its first two numbers could each be the month. */
  readings?: DateReadings;
  /** What a numeric date shows of its layout's order: `14/12/99` can only be day first. */
  order?: { layout: string; dayFirst: boolean };
}

/** Both readings of an ambiguous numeric date, and its layout (separator and year digits). */
export interface DateReadings {
  dayFirst: string;
  monthFirst: string;
  layout: string;
}

// a full date is a month name with a four-digit year, or a numeric date (2026-02-26, 12/03/2024)
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?(?![a-z])';
const YEAR = '(?:1[6-9]|20)\\d\\d(?!\\d)';
const MONTH_AND_YEAR = new RegExp(`\\b${MONTH}[^]*${YEAR}|${YEAR}[^]*\\b${MONTH}`, 'i');
const monthAndYear = (months: string) => new RegExp(`(?<!\\p{L})(?:${months})\\.?(?!\\p{L})`, 'giu');
/** Languages besides English whose month names chrono reads, each with its month names. */
const OTHER_LANGUAGES: { code: string; parse: Parse; monthAndYear: RegExp }[] = [
  { code: 'de', parse: chrono.de.parse, monthAndYear: monthAndYear('januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept?|okt|nov|dez') },
  { code: 'fr', parse: chrono.fr.parse, monthAndYear: monthAndYear('janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|déc') },
  { code: 'it', parse: chrono.it.parse, monthAndYear: monthAndYear('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre') },
  { code: 'es', parse: chrono.es.parse, monthAndYear: monthAndYear('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre') },
  { code: 'nl', parse: chrono.nl.parse, monthAndYear: monthAndYear('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december') },
  { code: 'pt', parse: chrono.pt.parse, monthAndYear: monthAndYear('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro') },
];
const NUMERIC_DATE = /\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;

const pad = (n: number) => String(n).padStart(2, '0');

// chrono reads "Friday" or "yesterday" relative to a reference date; a fixed one keeps parsing
// deterministic, and such results are dropped anyway because their year is not written
const REFERENCE = new Date(2000, 0, 1);

/**
 * Every fully written date in `text`, in order. Month names are read in English, and in the
 * languages of `languages` (`de`, `fr`, ...; `'any'` for a page whose language is not known) when
 * the text names a month in them: "2. November 2021", "7 mai 2020".
 */
export function findDates(text: string, languages: readonly string[] | 'any' = []): FoundDate[] {
  // chrono is slow to start (it compiles its patterns on first use) and slow per call: lines that
  // cannot hold a full date are not given to it, which matters when a folder of thousands opens
  const numeric = NUMERIC_DATE.test(text);
  const others = OTHER_LANGUAGES.filter((l) => languages === 'any' || languages.includes(l.code));
  const english = numeric || MONTH_AND_YEAR.test(text);
  const found = english ? readWith(chrono.parse, text) : [];
  for (const other of others) {
    // another language's month names are read only where they stand, a few words either side:
    // chrono's parsers are slow, and a page of unknown language is tried in six of them
    for (const m of text.matchAll(other.monthAndYear)) {
      const from = Math.max(0, m.index - WINDOW_BEFORE);
      const window = text.slice(from, m.index + m[0].length + WINDOW_AFTER);
      if (!YEAR_ANYWHERE.test(window)) continue;
      for (const d of readWith(other.parse, window)) {
        const index = d.index + from;
        // a date English read already (numeric dates read the same in every language) stays
        if (!found.some((f) => f.index < index + d.text.length && index < f.index + f.text.length)) found.push({ ...d, index });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Characters read before and after a month name of another language: "Montag, 2." and " 2021, 10:15 Uhr". */
const WINDOW_BEFORE = 16;
const WINDOW_AFTER = 24;
// a year of two digits counts here too ("14 Gennaio 20"), when chrono is certain of it
const YEAR_ANYWHERE = /\d\d/;

type Parse = (text: string, ref: Date, options: chrono.ParsingOption) => chrono.ParsedResult[];

/** The full dates one chrono parser reads in `text`. */
function readWith(parse: Parse, text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const r of parse(text, REFERENCE, { forwardDate: false })) {
    const s = r.start;
    // "now" and "today" (jetzt, aujourd'hui) are certain of the reference date, but write no year
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day') || !r.text.includes(String(s.get('year')).slice(2))) continue;
    // a time counts when written as one ("16:54", "9h30", "4 pm", "10 Uhr"), not a stray number chrono took for an hour
    const time = s.isCertain('hour') && /\d[:h]\d\d|\d\s*(?:[ap]\.?m\b|uhr\b)/i.test(r.text) ? `T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` : '';
    const text = r.text.trim();
    const numeric = NUMERIC_PARTS.exec(text);
    if (numeric) {
      found.push({ ...numericDate(numeric, s.get('year')!, time), text, index: r.index });
      continue;
    }
    found.push({ iso: `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}${time}`, text, index: r.index });
  }
  return found;
}

// a numeric date with the year last; chrono reads it month first (and swaps when that cannot be)
const NUMERIC_PARTS = /(?:^|\D)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;

/**
 * A numeric date read both ways. Which is right is a matter of the folder, not the one date: a
 * date whose first number is over 12 settles its layout as day first for every file that writes
 * dates the same way (see folder-dates.ts).
 */
function numericDate(m: RegExpExecArray, year: number, time: string): Pick<FoundDate, 'iso' | 'readings' | 'order'> {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const layout = `${m[2]}${m[4]!.length === 2 ? 'yy' : 'yyyy'}`;
  const iso = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}${time}`;
  if (first > 12) return { iso: iso(second, first), order: { layout, dayFirst: true } };
  if (second > 12) return { iso: iso(first, second), order: { layout, dayFirst: false } };
  if (first === second) return { iso: iso(first, second) };
  // day.month.year is how every language that writes dates with dots orders them (German,
  // Russian, Polish, Scandinavian); month-first dates are written with slashes
  if (m[2] === '.') return { iso: iso(second, first), order: { layout, dayFirst: true } };
  return { iso: iso(first, second), readings: { dayFirst: iso(second, first), monthFirst: iso(first, second), layout } };
}

const LABEL = /^\s*(?:date[d:]?|published(?: on)?:?|posted(?: on)?:?|updated(?: on)?:?|last updated:?)?\s*/i;

/**
 * A date at the very start of a line, optionally after a label ("date 2026-02-26 Title...",
 * "Published: 3 March 2024"): returns where the date part ends, or null.
 */
export function leadingDate(line: string): (FoundDate & { end: number }) | null {
  const label = LABEL.exec(line)![0].length;
  // a leading date is written within the first few words; reading further only costs time
  const first = findDates(line.slice(0, label + 40))[0];
  if (!first || first.index > label) return null;
  return { ...first, end: first.index + first.text.length };
}

/** Share of a line's non-space characters that a date covers: a dateline is mostly date. */
export function dateCoverage(line: string, date: FoundDate): number {
  const letters = line.replace(/\s+/g, '').length;
  return letters === 0 ? 0 : date.text.replace(/\s+/g, '').length / letters;
}

/** What a found date tells its folder about the order numeric dates are written in. */
export function cluesOf(date: FoundDate): DateClues | undefined {
  if (date.readings) {
    return { layout: date.readings.layout, readings: { dayFirst: date.readings.dayFirst, monthFirst: date.readings.monthFirst } };
  }
  if (date.order) return { layout: date.order.layout, proves: date.order.dayFirst ? 'day-first' : 'month-first' };
  return undefined;
}
