/**
 * The comparison's one-line summary: how much of each article the other carries, how many
 * passages, the longest, and which came out first. A reader decides from this line whether the
 * pair is worth reading side by side, so each figure says what it counts.
 */
import type { ArticleMeta } from '../../../shared/article';
import type { Comparison } from '../../../shared/comparison';
import { formatCount, formatDate, formatPercent } from './format';

export function summaryParts(comparison: Comparison): string[] {
  const s = comparison.stats;
  const parts = [formatCount(s.passages, 'shared passage')];
  if (s.paraphrases) parts.push(formatCount(s.paraphrases, 'paraphrase'));
  parts.push(`${formatPercent(s.sharedA)} of A and ${formatPercent(s.sharedB)} of B shared`);
  if (s.passages) parts.push(`longest ${formatCount(s.longestWords, 'word')}`);
  parts.push(publishedFirst(comparison));
  return parts;
}

/** Which article came out first, with both dates, or why that is not known. */
export function publishedFirst(comparison: Comparison): string {
  const { a, b } = comparison;
  const first = comparison.stats.firstPublished;
  if (first === 'a') return `A was published first (${formatDate(a.date)}; B ${formatDate(b.date)})`;
  if (first === 'b') return `B was published first (${formatDate(b.date)}; A ${formatDate(a.date)})`;
  if (first === 'same') return `both published ${formatDate(a.date)}`;
  const missing = [a, b].map((m, i) => (m.date ? null : 'AB'[i])).filter(Boolean);
  return missing.length === 2 ? 'neither gives a full date' : `${missing[0]} gives no full date`;
}

/** One article's line in a citation or a header: title, outlet, date. */
export function sourceLine(meta: ArticleMeta): string {
  const outlet = meta.outlet ?? 'outlet unknown';
  const date = meta.date ? formatDate(meta.date) : 'date unknown';
  return `${meta.title}. ${outlet}, ${date}`;
}
