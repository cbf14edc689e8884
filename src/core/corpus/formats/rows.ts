/**
 * CSV and TSV exports through Papa Parse: a header row, then one article per row with a stable id,
 * `<file>#<row>` (the row's number in the file, counting the header as 1, as a spreadsheet shows
 * it). A row whose quotes are broken is refused with the reason and its number; the rest open.
 */
import Papa from 'papaparse';
import { decodeBytes } from '../decode';
import { mapColumns, noTextColumn, rowDoc } from './row-fields';
import { refuse, type Extraction, type ExtractedDoc, type FormatReader } from './types';

/** Most rows read from one file: a bigger export is a data set to split, not a folder to read. */
export const MAX_ROWS = 50_000;

function readTable(bytes: Uint8Array, delimiter: ',' | '\t', format: 'csv' | 'tsv'): Extraction {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refuse(decoded.reason);
  const parsed = Papa.parse<Record<string, unknown>>(decoded.text, { header: true, delimiter, skipEmptyLines: 'greedy' });
  const names = parsed.meta.fields ?? [];
  const columns = mapColumns(names);
  if (!columns.text) return refuse(noTextColumn(names));
  if (parsed.data.length > MAX_ROWS) return refuse(`too many rows (${parsed.data.length.toLocaleString('en')}; the limit is ${MAX_ROWS.toLocaleString('en')})`);
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null) continue;
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') broken.set(error.row, 'broken quotes');
    else if (error.code === 'TooFewFields' || error.code === 'TooManyFields') broken.set(error.row, `${error.code === 'TooFewFields' ? 'too few' : 'too many'} fields`);
  }
  const docs: ExtractedDoc[] = [];
  const refusedRows: { row: number; reason: string }[] = [];
  parsed.data.forEach((row, i) => {
    // row numbers as a spreadsheet shows them: the header is row 1
    const number = i + 2;
    const problem = broken.get(i);
    if (problem) {
      refusedRows.push({ row: number, reason: `row ${number}: ${problem}` });
      return;
    }
    const doc = rowDoc(row, columns, number);
    if (doc) docs.push(doc);
    else refusedRows.push({ row: number, reason: `row ${number}: empty text` });
  });
  if (docs.length === 0) return refuse(refusedRows[0] ? `no readable rows (${refusedRows[0].reason})` : 'no rows');
  return { ok: true, format, docs, refusedRows };
}

export const csvReader: FormatReader = { extract: async (bytes) => readTable(bytes, ',', 'csv') };
export const tsvReader: FormatReader = { extract: async (bytes) => readTable(bytes, '\t', 'tsv') };
