/** How numbers, dates and sizes read in the UI. */

const dateFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });

/** `2021-07-24T13:04` -> `Jul 24, 2021, 1:04 PM`; `2026-02-26` -> `Feb 26, 2026`. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  if (iso.length <= 10) return dateFormat.format(date);
  const [hh, mm] = iso.slice(11, 16).split(':').map(Number) as [number, number];
  date.setHours(hh, mm);
  return `${dateFormat.format(date)}, ${timeFormat.format(date)}`;
}

export function formatCount(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function formatPercent(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}

export function formatMillis(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
