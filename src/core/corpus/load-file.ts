/**
 * A file of the corpus to its articles: a text or Markdown file is one article (load-article.ts);
 * a saved page, PDF or Word document is one, read by its format's reader; a CSV, TSV or JSONL
 * export is one per row. Extraction is looked up by the file's content in the cache first, and
 * otherwise runs where the caller says (the extraction pool, or this thread); the articles built
 * from it are cached with it, so a reopened folder neither parses nor reads its texts again.
 */
import type { Article, RejectedFile } from '../../shared/article';
import { buildArticle, type FileFacts } from './formats/build-article';
import { bytesKey, type ExtractCache } from './formats/extract-cache';
import { extractHere } from './formats/extract-here';
import { formatEntry, type FormatEntry } from './formats/registry';
import type { ExtractedDoc, Extraction } from './formats/types';
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
  const cached = (await options.cache?.get(key)) ?? null;
  let extraction = cached;
  if (!extraction) {
    extraction = await (options.extractor ?? extractOnThisThread)(entry, bytes, id);
  }
  if (!extraction.ok) {
    // a parse stopped for time may succeed on a less busy day: only real answers are kept
    if (!cached && !/stopped|closed/.test(extraction.reason)) await options.cache?.set(key, extraction);
    return reject(id, extraction.reason);
  }
  const facts = { id, format: extraction.format, bytes: read.size, modified: read.mtime };
  const built = (cached as BuiltExtraction | null)?.built;
  const articles = extraction.docs.map((doc, i) => fromBuilt(built?.[i], doc, facts) ?? buildArticle(doc, facts));
  if (!built) await options.cache?.set(key, { ...extraction, built: articles.map(builtPart) } as BuiltExtraction);
  const rejected = (extraction.refusedRows ?? []).map((r) => ({ path: `${id}#${r.row}`, reason: r.reason }));
  return { ok: true, articles, rejected };
}

/**
 * What building an article from its extracted text decided (title, outlet, date, blocks, with
 * their sources), kept in the cache beside the extraction: a reopened folder reads it back instead
 * of reading every text again for its metadata. The file's name, size and time are not kept.
 */
type BuiltArticle = Omit<Article, 'id' | 'text' | 'bytes' | 'modified'>;
type BuiltExtraction = Extraction & { built?: BuiltArticle[] };

function builtPart(article: Article): BuiltArticle {
  const { id: _id, text: _text, bytes: _bytes, modified: _modified, ...rest } = article;
  return rest;
}

/** The article from its cached build, or null when there is none or it was titled by the file's name. */
function fromBuilt(built: BuiltArticle | undefined, doc: ExtractedDoc, facts: FileFacts): Article | null {
  if (!built || built.titleSource === 'file-name') return null;
  const id = doc.row === undefined ? facts.id : `${facts.id}#${doc.row}`;
  return { ...built, id, text: doc.text, bytes: facts.bytes, modified: facts.modified };
}
