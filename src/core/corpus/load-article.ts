/** A file of the corpus to an Article, or to the reason it could not be opened. */
import type { Article, RejectedFile } from '../../shared/article';
import { decodeBytes } from './decode';
import { parseArticle } from './parse-article';
import { readArticleBytes, readArticleBytesSync, type FileBytes, type ReadOptions } from './read-file';

export { MAX_ARTICLE_BYTES } from './read-file';

export type Loaded = { ok: true; article: Article } | { ok: false; rejected: RejectedFile };

export type LoadOptions = ReadOptions;

/** Reads, decodes and parses one file; `id` is its path relative to the corpus root. */
export async function loadArticle(path: string, id: string, options: LoadOptions = {}): Promise<Loaded> {
  return fromBytes(await readArticleBytes(path, options), id);
}

/**
 * The same, reading synchronously: for a thread that does nothing but read files (read-pool.ts),
 * where one system call per step beats a round trip through Node's I/O threads for each.
 */
export function loadArticleSync(path: string, id: string, options: LoadOptions = {}): Loaded {
  return fromBytes(readArticleBytesSync(path, options), id);
}

function fromBytes(read: FileBytes, id: string): Loaded {
  if (!read.ok) return reject(id, read.reason);
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return reject(id, decoded.reason);
  return { ok: true, article: articleFromText(decoded.text, id, decoded.encoding, read.size, read.mtime) };
}

/** Builds an Article from text already decoded. */
export function articleFromText(text: string, id: string, encoding: string, bytes: number, modified: number): Article {
  const parsed = parseArticle(text, id);
  return { id, ...parsed, text, encoding, bytes, modified };
}

function reject(path: string, reason: string): Loaded {
  return { ok: false, rejected: { path, reason } };
}
