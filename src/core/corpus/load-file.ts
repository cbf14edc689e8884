/**
 * A file of the corpus to its articles: a text or Markdown file is one article (load-article.ts);
 * a saved page, PDF or Word document is one, read by its format's reader; a CSV, TSV or JSONL
 * export is one per row. Extraction is looked up by the file's content in the cache first, and
 * otherwise runs where the caller says (the extraction pool, or this thread).
 */
import type { Article, RejectedFile } from '../../shared/article';
import { buildArticle } from './formats/build-article';
import { bytesKey, type ExtractCache } from './formats/extract-cache';
import { extractHere } from './formats/extract-here';
import { formatEntry, type FormatEntry } from './formats/registry';
import type { Extraction } from './formats/types';
import { loadArticle } from './load-article';
import { readArticleBytes } from './read-file';

export type LoadedFile = { ok: true; articles: Article[]; rejected: RejectedFile[] } | { ok: false; rejected: RejectedFile };

/** Runs a format's reader on a file's bytes (the pool's `extract`, or this thread). */
export type Extractor = (entry: FormatEntry, bytes: Uint8Array, name: string) => Promise<Extraction>;

export const extractOnThisThread: Extractor = (entry, bytes, name) => extractHere(entry.format, bytes, name);

export interface FileLoadOptions {
  followLinks?: boolean;
  cache?: ExtractCache | null;
  extractor?: Extractor;
}

const reject = (path: string, reason: string): LoadedFile => ({ ok: false, rejected: { path, reason } });

/** Reads one file of the corpus; `id` is its path relative to the root. */
export async function loadFile(path: string, id: string, options: FileLoadOptions = {}): Promise<LoadedFile> {
  const entry = formatEntry(id);
  if (!entry) {
    const loaded = await loadArticle(path, id, options);
    return loaded.ok ? { ok: true, articles: [loaded.article], rejected: [] } : loaded;
  }
  // never blocks on a pipe, never follows a link out of the folder (read-file.ts)
  const read = await readArticleBytes(path, { followLinks: options.followLinks, maxBytes: entry.maxBytes });
  if (!read.ok) return reject(id, read.reason);
  if (read.size === 0) return reject(id, 'empty file');
  const bytes = read.bytes;
  const key = bytesKey(bytes);
  let extraction = (await options.cache?.get(key)) ?? null;
  if (!extraction) {
    extraction = await (options.extractor ?? extractOnThisThread)(entry, bytes, id);
    // a parse stopped for time may succeed on a less busy day: only real answers are kept
    if (extraction.ok || !/stopped|closed/.test(extraction.reason)) await options.cache?.set(key, extraction);
  }
  if (!extraction.ok) return reject(id, extraction.reason);
  const facts = { id, format: extraction.format, bytes: read.size, modified: read.mtime };
  const articles = extraction.docs.map((doc) => buildArticle(doc, facts));
  const rejected = (extraction.refusedRows ?? []).map((r) => ({ path: `${id}#${r.row}`, reason: r.reason }));
  return { ok: true, articles, rejected };
}
