/**
 * The user's corrections as a CSV sidecar, to keep beside a folder, share with a colleague, or
 * fill in a spreadsheet: one row per corrected article, `file,title,outlet,date,content_key`. On
 * import a row finds its article by content key first (a renamed file keeps its correction), then
 * by file; an empty cell leaves that field as it is.
 */
import Papa from 'papaparse';
import type { Article, Correction } from '../../shared/article';
import { isIsoDate } from './corrections';

export const CSV_COLUMNS = ['file', 'title', 'outlet', 'date', 'content_key'] as const;

/** The corrected articles as CSV, in id order. */
export function correctionsCsv(articles: Iterable<Article>, keyOf: (a: Article) => string): string {
  const rows = [...articles]
    .filter((a) => a.corrected && a.corrected.length > 0)
    .map((a) => ({
      file: a.id,
      title: a.corrected!.includes('title') ? a.title : '',
      outlet: a.corrected!.includes('outlet') ? (a.outlet ?? '') : '',
      date: a.corrected!.includes('date') ? (a.date ?? '') : '',
      content_key: keyOf(a),
    }));
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { newline: '\n' }) + '\n';
}

export interface SidecarRow {
  /** The row's line in the file, for messages. */
  line: number;
  file?: string;
  key?: string;
  changes: Correction;
}

export interface ParsedSidecar {
  rows: SidecarRow[];
  problems: string[];
}

/** Reads a sidecar: rows with at least a file or a key and one field; a bad date is a problem. */
export function parseCorrectionsCsv(csv: string): ParsedSidecar {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: 'greedy' });
  const fields = (parsed.meta.fields ?? []).map((f) => f.trim().toLowerCase());
  const problems: string[] = [];
  if (!fields.includes('file') && !fields.includes('content_key')) return { rows: [], problems: ['no "file" or "content_key" column'] };
  const rows: SidecarRow[] = [];
  parsed.data.forEach((raw, i) => {
    const line = i + 2;
    const row: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) row[k.trim().toLowerCase()] = typeof v === 'string' ? v.trim() : '';
    const changes: Correction = {};
    if (row.title) changes.title = row.title;
    if (row.outlet) changes.outlet = row.outlet;
    if (row.date) {
      if (isIsoDate(row.date)) changes.date = row.date;
      else problems.push(`line ${line}: date "${row.date}" is not YYYY-MM-DD`);
    }
    if (Object.keys(changes).length === 0) return;
    rows.push({ line, ...(row.file ? { file: row.file } : {}), ...(row.content_key ? { key: row.content_key } : {}), changes });
  });
  for (const e of parsed.errors.slice(0, 5)) problems.push(`line ${(e.row ?? 0) + 2}: ${e.message}`);
  return { rows, problems };
}
