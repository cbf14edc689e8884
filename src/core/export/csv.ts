/**
 * CSV as spreadsheets read it (RFC 4180): a header row, cells quoted when they hold a comma, a
 * quote or a line break, CRLF line ends. A cell that starts with `=`, `+`, `-` or `@` is text a
 * spreadsheet would run as a formula (a headline "=HYPERLINK(…)" from a hostile page): it is
 * written with a leading apostrophe, so it stays text. Numbers are written as numbers.
 */

export type Cell = string | number | boolean | null;

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as one CSV document, `header` first. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Spans as `start-end` pairs joined by `;`: offsets a researcher can slice the text with. */
export function spansCell(spans: readonly { start: number; end: number }[]): string {
  return spans.map((s) => `${s.start}-${s.end}`).join(';');
}
