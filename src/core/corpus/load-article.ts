/** A file of the corpus to an Article, or to the reason it could not be opened. */
import { lstat, readFile, stat } from 'node:fs/promises';
import type { Article, RejectedFile } from '../../shared/article';
import { decodeBytes } from './decode';
import { parseArticle } from './parse-article';
import { SYMLINK_REASON } from './scan';

/** Files above this size are not articles (a book, a dump, a log) and are refused unread. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type Loaded = { ok: true; article: Article } | { ok: false; rejected: RejectedFile };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'a folder, not a file';
  return `could not read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

export interface LoadOptions {
  /**
   * Read through a symbolic link. Off inside a corpus, where a link could lead out of the folder
   * the user opened; on for a file the user names on the command line.
   */
  followLinks?: boolean;
}

/** Reads, decodes and parses one file; `id` is its path relative to the corpus root. */
export async function loadArticle(path: string, id: string, options: LoadOptions = {}): Promise<Loaded> {
  try {
    if (!options.followLinks && (await lstat(path)).isSymbolicLink()) return reject(id, SYMLINK_REASON);
    const info = await stat(path);
    if (info.size > MAX_ARTICLE_BYTES) {
      return reject(id, `too large (${megabytes(info.size)}; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
    }
    const decoded = decodeBytes(await readFile(path));
    if (!decoded.ok) return reject(id, decoded.reason);
    return { ok: true, article: articleFromText(decoded.text, id, decoded.encoding, info.size, info.mtimeMs) };
  } catch (error) {
    return reject(id, describe(error));
  }
}

/** Builds an Article from text already decoded. */
export function articleFromText(text: string, id: string, encoding: string, bytes: number, modified: number): Article {
  const parsed = parseArticle(text, id);
  return { id, ...parsed, text, encoding, bytes, modified };
}

function reject(path: string, reason: string): Loaded {
  return { ok: false, rejected: { path, reason } };
}
