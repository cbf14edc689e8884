/**
 * Publication dates as articles write them ("July 24, 2021 at 1:04 pm", "date 2026-02-26",
 * "12 March 2024"), read by chrono. A date counts only when it names its year: a date the
 * article does not fully state is never completed from the calendar.
 */
import * as chrono from 'chrono-node';

export interface FoundDate {
  /** ISO 8601: `2021-07-24`, or `2021-07-24T13:04` when the time is written. */
  iso: string;
  /** The date as written. */
  text: string;
  /** Offset of `text` within the searched string. */
  index: number;
}

// a full date is a month name with a four-digit year, or a numeric date (2026-02-26, 12/03/2024)
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?(?![a-z])';
const YEAR = '(?:1[6-9]|20)\\d\\d(?!\\d)';
const MONTH_AND_YEAR = new RegExp(`\\b${MONTH}[^]*${YEAR}|${YEAR}[^]*\\b${MONTH}`, 'i');
const NUMERIC_DATE = /\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;

const pad = (n: number) => String(n).padStart(2, '0');

// chrono reads "Friday" or "yesterday" relative to a reference date; a fixed one keeps parsing
// deterministic, and such results are dropped anyway because their year is not written
const REFERENCE = new Date(2000, 0, 1);

/** Every fully written date in `text`, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // chrono is slow to start (it compiles its patterns on first use) and slow per call: lines that
  // cannot hold a full date are not given to it, which matters when a folder of thousands opens
  if (!NUMERIC_DATE.test(text) && !MONTH_AND_YEAR.test(text)) return found;
  for (const r of chrono.parse(text, REFERENCE, { forwardDate: false })) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    let iso = `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
    if (s.isCertain('hour')) iso += `T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`;
    found.push({ iso, text: r.text.trim(), index: r.index });
  }
  return found;
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
