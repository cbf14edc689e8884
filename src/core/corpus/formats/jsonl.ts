/**
 * JSON Lines exports (`.jsonl`, `.ndjson`): one JSON object per line, one article per object, with
 * the id `<file>#<line>`. A line that is not a JSON object is refused with its number; the others
 * open.
 */
import { decodeBytes } from '../decode';
import { mapColumns, noTextColumn, rowDoc } from './row-fields';
import { MAX_ROWS } from './rows';
import { refuse, type ExtractedDoc, type FormatReader } from './types';

export const jsonlReader: FormatReader = {
  async extract(bytes) {
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return refuse(decoded.reason);
    const lines = decoded.text.split(/\r?\n/);
    if (lines.length > MAX_ROWS) return refuse(`too many lines (${lines.length.toLocaleString('en')}; the limit is ${MAX_ROWS.toLocaleString('en')})`);
    const docs: ExtractedDoc[] = [];
    const refusedRows: { row: number; reason: string }[] = [];
    const keys = new Set<string>();
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const number = i + 1;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        refusedRows.push({ row: number, reason: `line ${number}: not JSON` });
        return;
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) {
        refusedRows.push({ row: number, reason: `line ${number}: not a JSON object` });
        return;
      }
      const record = row as Record<string, unknown>;
      Object.keys(record).forEach((k) => keys.add(k));
      const columns = mapColumns(Object.keys(record));
      const doc = columns.text ? rowDoc(record, columns, number) : null;
      if (doc) docs.push(doc);
      else refusedRows.push({ row: number, reason: `line ${number}: ${columns.text ? 'empty text' : 'no text field'}` });
    });
    if (docs.length === 0) return refuse(keys.size > 0 ? noTextColumn([...keys]) : refusedRows[0] ? `no readable lines (${refusedRows[0].reason})` : 'no lines');
    return { ok: true, format: 'jsonl', docs, refusedRows };
  },
};
