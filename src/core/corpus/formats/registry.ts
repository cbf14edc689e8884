/**
 * The formats Parallax reads besides plain text and Markdown, one line each: the file endings and
 * the reader, which is imported only when a file of its kind is read (a folder without PDFs never
 * loads pdf.js). A new format is one file beside this one and one line here.
 */
import type { SourceFormat } from '../../../shared/article';
import type { FormatReader } from './types';

export interface FormatEntry {
  format: SourceFormat;
  /** Lower-case endings, with the dot. */
  extensions: readonly string[];
  /** Whether the file holds many articles (rows), each with the id `<file>#<row>`. */
  rows?: boolean;
  /** Largest file read, in bytes. */
  maxBytes: number;
  load(): Promise<FormatReader>;
}

const MB = 1024 * 1024;

export const FORMATS: readonly FormatEntry[] = [
  { format: 'html', extensions: ['.html', '.htm', '.xhtml'], maxBytes: 10 * MB, load: async () => (await import('./html')).htmlReader },
  { format: 'pdf', extensions: ['.pdf'], maxBytes: 50 * MB, load: async () => (await import('./pdf')).pdfReader },
  { format: 'docx', extensions: ['.docx'], maxBytes: 50 * MB, load: async () => (await import('./docx')).docxReader },
  { format: 'csv', extensions: ['.csv'], rows: true, maxBytes: 100 * MB, load: async () => (await import('./rows')).csvReader },
  { format: 'tsv', extensions: ['.tsv'], rows: true, maxBytes: 100 * MB, load: async () => (await import('./rows')).tsvReader },
  { format: 'jsonl', extensions: ['.jsonl', '.ndjson'], rows: true, maxBytes: 100 * MB, load: async () => (await import('./jsonl')).jsonlReader },
];

/** The entry that reads a file of this name, or null for plain text, Markdown and anything else. */
export function formatEntry(name: string): FormatEntry | null {
  const lower = name.toLowerCase();
  return FORMATS.find((f) => f.extensions.some((ext) => lower.endsWith(ext))) ?? null;
}

/** Every ending Parallax reads through a format reader. */
export const FORMAT_EXTENSIONS: readonly string[] = FORMATS.flatMap((f) => f.extensions);
